package geo

import (
	"math"
	"strings"
)

// withinKm is how far from a district's point a place may lie and still be taken to be in it.
const withinKm = 60

// container returns the index of the span that names the division span k lies in, or -1:
// "the village of Agdam in the Tovuz district", "Agdam, Tovuz district", "Sisian (Syunik)",
// "Sotk, in Armenia's Gegharkunik province".
func container(d *Doc, spans []span, k int) int {
	if k+1 >= len(spans) {
		return -1
	}
	s, t := &spans[k], k+1
	// "in Armenia's Syunik province": the possessed division, not the country, holds the place
	if t+1 < len(spans) && spans[t].place != nil && spans[t].place.Level == LevelCountry {
		if _, _, ok := possessive(d, &spans[t]); ok {
			t++
		}
	}
	// cheap tests first: the division is near ("village , in the") and is a division or a town
	if spans[k+1].i-s.j > 3 || spans[t].place == nil || !division(spans[t].place) && spans[t].place.Level != LevelCity {
		return -1
	}
	between := strings.Fields(strings.ToLower(d.Text[d.Tokens[s.j-1].End:d.Tokens[spans[k+1].i].Start]))
	if len(between) > 0 && settlementWords[between[0]] {
		between = between[1:] // "Agdam village in the Tovuz district"
	}
	if strings.Join(between, " ") == "(" {
		return bracketed(d, spans, t) // "Sisian (Syunik)", "Kut (Vardenis, Gegharkunik)"
	}
	c := &spans[t]
	if !division(c.place) {
		return -1
	}
	// "(Vardenis, Gegharkunik)": the town of a bracketed pair lies in the division after it
	if strings.Join(between, " ") == "," && strings.HasSuffix(d.before(s.i), "(") && strings.HasPrefix(d.gap(c.j-1), ")") {
		return t
	}
	if c.j >= len(d.Tokens) || !divisionWords[d.Tokens[c.j].Text] || d.gap(c.j-1) != " " {
		return -1
	}
	switch strings.Join(between, " ") {
	case ",", ", the", ", in", ", in the", "in", "in the", "of the", "of":
		return t
	}
	return -1
}

// division reports whether a place is a first- or second-level division.
func division(pl *Place) bool {
	return pl != nil && (pl.Level == LevelAdmin1 || pl.Level == LevelDistrict)
}

// bracketed returns the division named in brackets after a place, "(Syunik)", or the most
// precise one of a bracketed list, "(Vardenis, Gegharkunik)": its first name if that is a
// division or a town (its district is named after it: alone in the brackets, or before a
// division), else the last division; -1 for none.
func bracketed(d *Doc, spans []span, t int) int {
	c := &spans[t]
	if c.place == nil {
		return -1
	}
	if division(c.place) || c.place.Level == LevelCity && !c.place.Capital {
		// a town stands for the district named after it, when a division follows it in the brackets
		if division(c.place) || t+1 < len(spans) && strings.TrimSpace(d.Text[d.Tokens[c.j-1].End:d.Tokens[spans[t+1].i].Start]) == "," &&
			division(spans[t+1].place) {
			return t
		}
		// alone in the brackets, as ACLED writes a village's district: "Aghdam (Tovuz)"
		if strings.HasPrefix(d.gap(c.j-1), ")") {
			return t
		}
	}
	return -1
}

// inside reports whether a place lies in the division c: the same first-level division, or
// within withinKm of the division's point. A first-level division's seat stands for its
// division: "Bakhmut (Donetsk)" is Bakhmut in Donetsk oblast, 75 km from the city.
func inside(pl, c *Place) bool {
	if pl.Country != c.Country {
		return false
	}
	if (c.Level == LevelAdmin1 || c.Feature == "PPLA") && pl.Admin1Code != "" && pl.Admin1Code == c.Admin1Code {
		return true
	}
	return distanceKm(pl.Point(), c.Point()) <= withinKm
}

// constrain resolves each settlement that a division follows to a candidate inside that
// division; one with no candidate there is a namesake of a place the gazetteer lacks and is
// dropped ("the village of Agdam in the Tovuz district" is not the Aghdam 100 km away).
func (p *Parser) constrain(d *Doc, spans []span, ctx *context) {
	// from the last: in "Kut (Vardenis, Gegharkunik)" Vardenis is settled before it settles Kut
	for k := len(spans) - 1; k >= 0; k-- {
		s := &spans[k]
		if s.place == nil || s.forced != nil || s.place.Level.Rank() < LevelDistrict.Rank() {
			continue
		}
		t := container(d, spans, k)
		if t < 0 {
			continue
		}
		c := spans[t].place
		s.settled = true // the text says where it is: no namesake check overrides that
		if inside(s.place, c) {
			continue
		}
		best, bestScore := (*Place)(nil), math.Inf(-1)
		cue := p.cueOf(d, s)
		for _, h := range s.hits {
			pl := p.g.Place(h.Ref)
			if pl == c || !inside(pl, c) {
				continue
			}
			if sc := p.score(h, pl, ctx, cue); sc > bestScore {
				best, bestScore = pl, sc
			}
		}
		s.place = best
	}
}
