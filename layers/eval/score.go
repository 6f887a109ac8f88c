package eval

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// tolKM is the distance a predicted event may lie from the gold place, by geo_precision
// (1 the place, 2 near it, 3 a region); 4 (a country) and country-level places use the
// country rule instead.
var tolKM = map[float64]float64{1: 50, 2: 60, 3: 120}

const (
	resolveKM   = 161 // acc@161km
	countryKM   = 300 // a country-level event in another country still matches this close
	mustNotKM   = 25  // a forbidden feature this close to the must_not place is a violation
	defaultTol  = 50
	earthRadius = 6371.0
)

// km is the great-circle distance between two (lat, lon) points.
func km(a, b [2]float64) float64 {
	p1, p2 := a[0]*math.Pi/180, b[0]*math.Pi/180
	dp, dl := p2-p1, (b[1]-a[1])*math.Pi/180
	h := math.Pow(math.Sin(dp/2), 2) + math.Cos(p1)*math.Cos(p2)*math.Pow(math.Sin(dl/2), 2)
	return 2 * earthRadius * math.Asin(math.Min(1, math.Sqrt(h)))
}

func (p Place) xy() [2]float64 { return [2]float64{p.Lat, p.Lon} }

// placeOK reports whether a predicted event at xy in country matches the gold place.
func placeOK(gp Place, prec *float64, xy *[2]float64, country any) bool {
	if xy == nil {
		return false
	}
	if (prec != nil && *prec == 4) || gp.Level == "country" {
		return sameCountry(gp.Country, country) || km(*xy, gp.xy()) <= countryKM
	}
	tol := float64(defaultTol)
	if prec != nil && *prec != 0 {
		if t, ok := tolKM[*prec]; ok {
			tol = t
		}
	}
	return km(*xy, gp.xy()) <= tol
}

func sameCountry(gold *string, pred any) bool {
	if gold == nil {
		return pred == nil
	}
	s, ok := pred.(string)
	return ok && s == *gold
}

// Score scores every article of the gold against what predict finds in it.
func Score(g *Gold, predict Predictor) (*Report, error) {
	r := NewReport(g.Path)
	for i := range g.Articles {
		a := &g.Articles[i]
		p, err := predict(a.Path, a.Content, a.Published)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", a.Path, err)
		}
		r.Articles++
		r.Warnings = append(r.Warnings, a.Mismatches()...)
		r.scoreToponyms(g, a, p.Mentions)
		r.scoreEvents(g, a, p.features())
	}
	return r, nil
}

// scoreToponyms matches each gold toponym to the first unused predicted mention it overlaps.
func (r *Report) scoreToponyms(g *Gold, a *Article, preds []PredMention) {
	used := make([]bool, len(preds))
	for _, t := range a.Toponyms {
		hit := -1
		for i, p := range preds {
			if !used[i] && p.Start < t.End && t.Start < p.End {
				hit = i
				break
			}
		}
		if hit < 0 {
			r.TopFN++
			r.note("miss toponym %s@%d %s", a.ID, t.Start, t.Text)
			continue
		}
		used[hit] = true
		r.TopTP++
		r.scoreMention(g.Places[t.Place], a, t, preds[hit])
	}
	for i, p := range preds {
		if !used[i] {
			r.TopFP++
			r.note("extra toponym %s@%d %s", a.ID, p.Start, p.Text)
		}
	}
}

// scoreMention scores the role and resolution of a matched mention.
func (r *Report) scoreMention(gp Place, a *Article, t Toponym, p PredMention) {
	r.RoleN++
	if contains(strings.Split(t.Role, "|"), p.Role) {
		r.RoleOK++
	} else {
		r.note("role %s@%d %s: %s want %s", a.ID, t.Start, t.Text, p.Role, t.Role)
	}
	if !gp.scored() {
		return
	}
	r.ResN++
	ok := false
	if pp := p.Place; pp != nil && pp.Lat != nil && pp.Lon != nil {
		if gp.Level == "country" {
			ok = sameCountry(gp.Country, anyStr(pp.Country)) && pp.Level == "country"
		} else {
			ok = km([2]float64{*pp.Lat, *pp.Lon}, gp.xy()) <= resolveKM
		}
	}
	if ok {
		r.ResOK++
		return
	}
	if pp := p.Place; pp != nil && pp.Lat != nil && pp.Lon != nil {
		r.note("resolve %s@%d %s: %s %s %.3f,%.3f want %s", a.ID, t.Start, t.Text, pp.Name, deref(pp.Country), *pp.Lat, *pp.Lon, gp.Name)
	} else {
		r.note("resolve %s@%d %s: unresolved want %s", a.ID, t.Start, t.Text, gp.Name)
	}
}

func anyStr(s *string) any {
	if s == nil {
		return nil
	}
	return *s
}

func deref(s *string) string {
	if s == nil {
		return "-"
	}
	return *s
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// pair is a predicted event that could be a gold event, d km from its nearest gold place.
type pair struct {
	d      float64
	gi, pi int
}

// pairs lists every (gold, predicted) candidate pair, nearest first.
func pairs(g *Gold, a *Article, pv []pred) []pair {
	var out []pair
	for gi, ge := range a.Events {
		for pi, p := range pv {
			if p.typ != ge.Type {
				continue
			}
			best, found := 0.0, false
			for _, k := range ge.placeKeys() {
				gp := g.Places[k]
				if placeOK(gp, ge.GeoPrecision, p.xy, p.country) {
					if d := km(*p.xy, gp.xy()); !found || d < best {
						best, found = d, true
					}
				}
			}
			if found {
				out = append(out, pair{best, gi, pi})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		x, y := out[i], out[j]
		if x.d != y.d {
			return x.d < y.d
		}
		if x.gi != y.gi {
			return x.gi < y.gi
		}
		return x.pi < y.pi
	})
	return out
}

// scoreEvents pairs gold and predicted events greedily, nearest first; a predicted event that
// could have matched but whose gold event was taken is a duplicate, not an extra.
func (r *Report) scoreEvents(g *Gold, a *Article, feats []PredFeature) {
	pv := make([]pred, len(feats))
	for i, f := range feats {
		pv[i] = newPred(f)
	}
	matched := map[string]int{} // gold event id → predicted index
	claimed := make([]bool, len(pv))
	ps := pairs(g, a, pv)
	for _, p := range ps {
		id := a.Events[p.gi].ID
		if _, taken := matched[id]; claimed[p.pi] || taken {
			continue
		}
		claimed[p.pi] = true
		matched[id] = p.pi
	}
	for _, p := range ps {
		if !claimed[p.pi] {
			claimed[p.pi] = true
			r.Dup++
			r.typ(pv[p.pi].typ).Dup++
			r.note("duplicate %s %s at %s: %s", a.ID, pv[p.pi].typ, str(pv[p.pi].props, "place"), quoteOf(pv[p.pi].props))
		}
	}
	for _, ge := range a.Events {
		if !ge.required() {
			continue
		}
		pi, ok := matched[ge.ID]
		if !ok {
			r.EvFN++
			r.typ(ge.Type).FN++
			r.note("miss event %s %s (%s at %s): %s", a.ID, ge.ID, ge.Type, placeName(g, ge), clip(ge.Quote))
			continue
		}
		r.EvTP++
		r.typ(ge.Type).TP++
		r.scoreFields(a, ge, pv[pi].props, r.typ(ge.Type))
	}
	for i, p := range pv {
		r.checkMustNot(g, a, p)
		if !claimed[i] {
			r.EvFP++
			r.typ(p.typ).FP++
			r.note("extra event %s %s at %s%s: %s", a.ID, p.typ, str(p.props, "place"), fmtXY(p.xy), quoteOf(p.props))
		}
	}
}

// scoreFields scores the date, actors and counts of a matched event.
func (r *Report) scoreFields(a *Article, ge GoldEvent, props map[string]any, tc *TypeCounts) {
	if ge.Date != "" {
		r.DateN++
		tc.DateN++
		if d := str(props, "date"); strings.HasPrefix(d, ge.Date) {
			r.DateOK++
			tc.DateOK++
		} else {
			r.note("date %s %s: %s want %s", a.ID, ge.ID, orDash(d), ge.Date)
		}
	}
	r.ActorN++
	have := strs(props, "actors")
	if subset(ge.Actors, have) {
		r.ActorOK++
	} else {
		r.note("actors %s %s: [%s] want [%s]", a.ID, ge.ID, strings.Join(have, ", "), strings.Join(ge.Actors, ", "))
	}
	for _, k := range CountKeys {
		want, ok := ge.Counts[k]
		if !ok {
			continue
		}
		r.CountN++
		tc.CountN++
		if got := props[k]; sameValue(got, want) {
			r.CountOK++
			tc.CountOK++
		} else {
			r.note("%s %s %s: %v want %v", k, a.ID, ge.ID, orNone(got), orNone(want))
		}
	}
}

// checkMustNot counts a predicted event near a must_not place of its type as one violation.
func (r *Report) checkMustNot(g *Gold, a *Article, p pred) {
	bad := false
	for _, m := range a.MustNot {
		if (m.Type == "*" || m.Type == p.typ) && p.xy != nil && km(*p.xy, g.Places[m.Place].xy()) <= mustNotKM {
			bad = true
			r.note("VIOLATION %s %s at %s: %s", a.ID, p.typ, str(p.props, "place"), m.Why)
		}
	}
	if bad {
		r.Viol++
		r.typ(p.typ).Viol++
	}
}

func subset(want, have []string) bool {
	for _, w := range want {
		if !contains(have, w) {
			return false
		}
	}
	return true
}

func placeName(g *Gold, ge GoldEvent) string {
	keys := ge.placeKeys()
	if len(keys) == 0 {
		return "-"
	}
	names := make([]string, len(keys))
	for i, k := range keys {
		names[i] = g.Places[k].Name
	}
	return strings.Join(names, "|")
}

// quoteOf is the first source's quote of a predicted event, clipped.
func quoteOf(props map[string]any) string {
	srcs, _ := props["sources"].([]any)
	if len(srcs) > 0 {
		if s, ok := srcs[0].(map[string]any); ok {
			return clip(str(s, "quote"))
		}
	}
	return "-"
}

func clip(s string) string {
	if s == "" {
		return "-"
	}
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) > 90 {
		return `"` + string(r[:87]) + `…"`
	}
	return `"` + string(r) + `"`
}

func fmtXY(xy *[2]float64) string {
	if xy == nil {
		return " (no geometry)"
	}
	return fmt.Sprintf(" (%.3f,%.3f)", xy[0], xy[1])
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func orNone(v any) any {
	if v == nil {
		return "none"
	}
	return v
}
