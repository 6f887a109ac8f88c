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
		if _, ok := possessive(d, &spans[t]); ok {
			t++
		}
	}
	c := &spans[t]
	if c.place == nil || c.place.Level != LevelAdmin1 && c.place.Level != LevelDistrict {
		return -1
	}
	between := strings.ToLower(strings.Join(strings.Fields(d.Text[d.Tokens[s.j-1].End:d.Tokens[spans[k+1].i].Start]), " "))
	division := c.j < len(d.Tokens) && divisionWords[d.Tokens[c.j].Text] && d.gap(c.j-1) == " "
	switch between {
	case "(":
		return t // "Sisian (Syunik)"
	case ",", ", the", ", in", ", in the", "in", "in the", "of the":
		if division {
			return t
		}
	}
	return -1
}

// inside reports whether a place lies in the division c: the same first-level division, or
// within withinKm of the division's point.
func inside(pl, c *Place) bool {
	if pl.Country != c.Country {
		return false
	}
	if c.Level == LevelAdmin1 && pl.Admin1Code != "" && pl.Admin1Code == c.Admin1Code {
		return true
	}
	return distanceKm(pl.Point(), c.Point()) <= withinKm
}

// constrain resolves each settlement that a division follows to a candidate inside that
// division; one with no candidate there is a namesake of a place the gazetteer lacks and is
// dropped ("the village of Agdam in the Tovuz district" is not the Aghdam 100 km away).
func (p *Parser) constrain(d *Doc, spans []span, ctx *context) {
	for k := range spans {
		s := &spans[k]
		if s.place == nil || s.forced != nil || s.place.Level.Rank() < LevelDistrict.Rank() {
			continue
		}
		t := container(d, spans, k)
		if t < 0 {
			continue
		}
		c := spans[t].place
		if inside(s.place, c) {
			continue
		}
		best, bestScore := (*Place)(nil), math.Inf(-1)
		cue := cueOf(d, s)
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
