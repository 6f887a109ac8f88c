package layers

import (
	"conflictmap/cql2"
)

// Row is a hit as a CQL2 filter sees it (cql2.Row): its properties as Hit.Value has them, its
// point under "geometry", the quotes of its sources under "quotes" (for cql2.Search), and a
// count nobody stated (troops, fatalities, injured) as NULL rather than 0.
func Row(h Hit) cql2.Row { return hitRow{h} }

type hitRow struct{ h Hit }

func (r hitRow) Value(name string) (any, bool) {
	switch name {
	case "geometry":
		return r.h.Point(), true
	case "quotes":
		if r.h.Event == nil {
			return nil, false
		}
		q := make([]string, 0, len(r.h.Event.Sources))
		for _, s := range r.h.Event.Sources {
			q = append(q, s.Quote)
		}
		return q, true
	}
	if e := r.h.Event; e != nil {
		switch name {
		case "troops":
			return knownCount(e.Troops, e.TroopsKnown())
		case "fatalities":
			return knownCount(e.Fatalities, e.FatalitiesKnown())
		case "injured":
			return knownCount(e.Injured, e.InjuredKnown())
		}
	}
	return r.h.Value(name)
}

func knownCount(n int, known bool) (any, bool) {
	if !known {
		return nil, false
	}
	return n, true
}
