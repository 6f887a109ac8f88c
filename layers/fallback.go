package layers

import (
	"strings"

	"conflictmap/geo"
)

// fallback places an event whose own place the gazetteer lacks ("shelled positions near Sotk")
// at the district, region or country that its sentence names, nearest the unknown name first,
// or else at the last one the four sentences before it name (past a paragraph break, only one
// of a country the sentence names). It returns the mention and the
// token of the unknown name; ok is false when the clause names no unknown place.
func (x *extraction) fallback(si int, c0, c1 int) (k, at int, ok bool) {
	s := &x.sents[si]
	at, ok = x.unknownPlace(s, c0, c1)
	if !ok {
		return -1, 0, false
	}
	best, bestDist := -1, 1<<30
	for _, m := range s.mentions {
		if !x.coarse(m) && !x.lineLabel(s, m) {
			continue
		}
		dist := x.doc.MentionTokens[m][0] - at
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = m, dist
		}
	}
	if best >= 0 {
		return best, at, true
	}
	para := false
	for i := si - 1; i >= 0 && i >= si-4; i-- {
		para = para || strings.Contains(x.doc.Text[x.sents[i].End:x.sents[i+1].Start], "\n\n")
		ms := x.sents[i].mentions
		for j := len(ms) - 1; j >= 0; j-- {
			// a region of another paragraph only where the sentence's sides allow it: not
			// Dashkasan for "Russian troops liberated Novoselovka"
			if x.coarse(ms[j]) && (!para || x.sidesAllow(s, x.doc.Mentions[ms[j]].Place.Country)) {
				return ms[j], at, true
			}
		}
	}
	return -1, 0, false
}

// sidesAllow reports whether sentence s names country cc, by name or demonym.
func (x *extraction) sidesAllow(s *sentence, cc string) bool {
	for _, h := range x.doc.Demonyms {
		if h.Start >= s.Start && h.End <= s.End && h.Country != nil && h.Country.ISO2 == cc {
			return true
		}
	}
	for _, k := range s.mentions {
		if p := x.doc.Mentions[k].Place; p != nil && p.Level == geo.LevelCountry && p.Country == cc {
			return true
		}
	}
	return false
}

// coarse reports whether mention k is a location that can stand in for a place inside it: a
// district, province, region or country.
// lineLabel reports whether mention k labels its bulleted line, a bulletin's sector: "– Kapan:
// mortar shells fell near the village of Nerkin Hand". Any place the gazetteer lacks on that
// line lies in the labelled sector.
func (x *extraction) lineLabel(s *sentence, k int) bool {
	d := x.doc
	m := d.Mentions[k]
	a, b := d.MentionTokens[k][0], d.MentionTokens[k][1]
	if m.Role != geo.RoleLocation || m.Place == nil || a != s.t0 || b >= s.t1 {
		return false
	}
	// a bullet or a dash opens the line: a dateline ("BAKU: …") is no sector, and stays excluded
	bullet := strings.TrimSpace(d.Text[s.Start:d.Tokens[a].Start])
	if bullet != "–" && bullet != "-" && bullet != "—" && bullet != "•" && bullet != "*" {
		return false
	}
	return strings.HasPrefix(strings.TrimSpace(d.Text[d.Tokens[b-1].End:d.Tokens[b].Start]), ":")
}

func (x *extraction) coarse(k int) bool {
	m := x.doc.Mentions[k]
	if m.Role != geo.RoleLocation || m.Place == nil || x.excluded[k] {
		return false
	}
	switch m.Place.Level {
	case geo.LevelAdmin1, geo.LevelDistrict, geo.LevelRegion, geo.LevelCountry:
		return true
	}
	return false
}

// unknownPlace finds, in tokens [c0, c1) of a sentence, a capitalised name that the gazetteer
// does not know standing where a place stands: after a locative word ("near Sotk") or after
// "the village of". Months, weekdays, demonyms and words inside found names are not places.
func (x *extraction) unknownPlace(s *sentence, c0, c1 int) (int, bool) {
	d := x.doc
	for j := max(c0, s.t0+1); j < c1; j++ {
		if !d.Capitalised(j) || x.covered[j] || x.demonymAt(j) || months[d.Tokens[j].Text] != 0 || isWeekday(d.Text[d.Tokens[j].Start:d.Tokens[j].End]) {
			continue
		}
		if d.Text[d.Tokens[j-1].End:d.Tokens[j].Start] == "-" {
			continue // "Commander-in-Chief"
		}
		if x.tokIn(j-1, "locative") ||
			d.Tokens[j-1].Text == "of" && j >= 2 && x.tokIn(j-2, "settlement") {
			return j, true
		}
	}
	return 0, false
}

// nestedPlaces reports whether two events' places are one inside the other: a country and a
// place in it, a district and a town of it ("Tovuz District" and Tovuz), or a division and a
// place whose first-level division it is.
func nestedPlaces(a, b *Event) bool {
	if a.Country != b.Country || a.Country == "" {
		return false
	}
	inside := func(outer, inner *Event) bool {
		switch geo.Level(outer.Level) {
		case geo.LevelCountry:
			return geo.Level(inner.Level) != geo.LevelCountry // a town of the country
		case geo.LevelAdmin1, geo.LevelDistrict:
		default:
			return false
		}
		return inner.Admin1 != "" && inner.Admin1 == outer.Place
	}
	return inside(a, b) || inside(b, a)
}

// isWeekday reports whether a word as written is a weekday's name ("Sunday").
func isWeekday(w string) bool {
	_, ok := weekdays[w]
	return ok
}
