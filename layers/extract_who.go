package layers

// Who took part and how sure the report is: actors, modality, sub-types.

import (
	"sort"
	"strings"

	"conflictmap/geo"
)

// actors are the states a clause names as actors, by country, capital or demonym, in canonical
// names; if the clause names none, the sentence's.
func (x *extraction) actors(s *sentence, c0, c1 int) []string {
	lo, hi := x.doc.Tokens[c0].Start, x.doc.Tokens[c1-1].End
	if a := x.actorsIn(s, lo, hi); len(a) > 0 {
		return a
	}
	// "Russia, which has its own base in Armenia": the clause before names the subject
	if a := x.actorsIn(s, s.Start, lo); len(a) > 0 {
		return a[len(a)-1:]
	}
	return x.actorsIn(s, s.Start, s.End)
}

func (x *extraction) actorsIn(s *sentence, lo, hi int) []string {
	d := x.doc
	var out []string
	add := func(name string) {
		for _, o := range out {
			if o == name {
				return
			}
		}
		out = append(out, name)
	}
	type hit struct {
		at   int
		name string
	}
	var hits []hit
	for _, k := range s.mentions {
		m := d.Mentions[k]
		// a state inside the name of its body acts through it: "Military Forces of Azerbaijan",
		// "the President of Armenia"
		stateBody := m.Role == geo.RoleName && m.Place != nil && m.Place.Level == geo.LevelCountry
		if m.Start < lo || m.End > hi || m.Role != geo.RoleActor && !stateBody || m.Place == nil || s.inCitation(m.Start) {
			continue
		}
		if name := x.actorName(m.Place); name != "" {
			hits = append(hits, hit{m.Start, name})
		}
	}
	for _, h := range d.Demonyms {
		if h.Start >= lo && h.End <= hi && !s.inCitation(h.Start) {
			hits = append(hits, hit{h.Start, h.Country.Name})
		}
	}
	for _, o := range findOrgs(x.orgs, d.Text, lo, hi) {
		if !s.inCitation(o.start) {
			hits = append(hits, hit{o.start, o.name})
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	for _, h := range hits {
		add(h.name)
	}
	return out
}

// withAttacked adds to a clash that only foreign states fight the state whose territory it is
// fought on: "Russian drones struck Kyiv" is fought by Russia and Ukraine, "Ukrainian shelling of
// Belgorod" by Ukraine and Russia. A clash one of whose actors is no state (a militia, a
// movement) or is the territory's own state is left as reported.
func (x *extraction) withAttacked(actors []string, pl *geo.Place) []string {
	if len(actors) == 0 || pl.Country == "" || pl.Level == geo.LevelRegion {
		return actors
	}
	home := x.g.Country(pl.Country)
	if home == nil {
		return actors
	}
	for _, a := range actors {
		c := x.g.CountryByName(geo.Key(a))
		if c == nil || c.ISO2 == home.ISO2 {
			return actors
		}
	}
	return append(actors[:len(actors):len(actors)], home.Name)
}

// metonymOrgs are capitals that stand for an organisation rather than their state.
var metonymOrgs = map[string]string{"Brussels": "European Union"}

// actorName is the canonical actor a place stands for: a country's name, a capital's country.
func (x *extraction) actorName(p *geo.Place) string {
	if org, ok := metonymOrgs[p.Name]; ok && p.Capital {
		return org
	}
	if p.Level == geo.LevelCountry {
		return p.Name
	}
	if p.Capital {
		if c := x.g.Country(p.Country); c != nil {
			return c.Name
		}
	}
	return ""
}

// modality reads the words of the trigger's comma-delimited stretch: rumours and considering make
// it speculative, likely and will make it expected.
func (x *extraction) modality(s *sentence, tok int) string {
	d := x.doc
	lo, hi := tok, tok+1
	for lo > s.t0 && !strings.ContainsAny(d.Text[d.Tokens[lo-1].End:d.Tokens[lo].Start], ",;") {
		lo--
	}
	for hi < s.t1 && !strings.ContainsAny(d.Text[d.Tokens[hi-1].End:d.Tokens[hi].Start], ",;") {
		hi++
	}
	mod := "reported"
	speculative, expected := x.cls.ref("speculative"), x.cls.ref("expected")
	content, contentPrep := x.cls.ref("content_clause"), x.cls.ref("content_prep")
	for i := lo; i < hi; i++ {
		t := d.Tokens[i].Text
		if i > tok && (x.cls.is(i, content) || x.cls.is(i, contentPrep) && i+1 < hi && d.Tokens[i+1].Text == "which") {
			break // "signed a declaration under which Armenia will allow …"
		}
		if (t == "may" || t == "march") && d.Capitalised(i) {
			continue // the month
		}
		if x.cls.is(i, speculative) {
			if (t == "may" || t == "might" || t == "could") && i+1 < hi && d.Tokens[i+1].Text == "have" {
				continue // "may have fueled": a guess about the past, not about this event
			}
			return "speculative"
		}
		if x.cls.is(i, expected) {
			if t == "set" && !(i+1 < hi && d.Tokens[i+1].Text == "to") {
				continue
			}
			mod = "expected"
		}
	}
	return mod
}

// deploymentKind reads a deployment's sub_type from its clause's words.
func deploymentKind(toks []geo.Token) string {
	for i, t := range toks {
		switch t.Text {
		case "peacekeepers", "peacekeeping", "peacekeeper":
			return "peacekeeping"
		case "demining", "sappers", "deminers", "engineering":
			return "demining"
		case "mining":
			if i > 0 && toks[i-1].Text == "de" {
				return "demining"
			}
		case "aircraft", "jets", "fighters", "squadron", "f", "drones", "bombers", "helicopters":
			return "air"
		case "force":
			if i > 0 && toks[i-1].Text == "air" {
				return "air"
			}
		case "advisory", "advisers", "advisors", "instructors":
			return "advisory"
		case "base", "bases":
			return "base"
		}
	}
	return ""
}
