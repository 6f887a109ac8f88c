package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"conflictmap/cql2"
	"conflictmap/geo"
	"conflictmap/layers"
	"conflictmap/layers/store"
)

// fixture stores five events, each from its own article, far enough apart not to merge:
// alpha (clash, 2021-01-05, Armenia, 100 troops, a stated 0 fatalities), bravo (clash,
// 2021-02-10, Azerbaijan and Turkey, 5 fatalities), charlie (deployment, 2021-03-15 to
// 2021-03-20, Russia, 2000 troops, fatalities unknown), delta (meeting at Geneva, undated, no
// actors), echo (exercise, 2021-01-06, confidence 0.3).
func fixture(t *testing.T, s store.Store) {
	p1, p2, p3 := Place("p1", "Aghdam", 10, 10), Place("p2", "Barda", 20, 10), Place("p3", "Ganja", 30, 10)
	p4, p5 := Place("p4", "Geneva", 40, 10), Place("p5", "Fuzuli", 10.2, 10.2)
	alpha := Ev("clash", "alpha", p1, "2021-01-05", "Armenia")
	alpha.Troops, alpha.Stated = 100, layers.StatedTroops|layers.StatedFatalities
	bravo := Ev("clash", "bravo", p2, "2021-02-10", "Azerbaijan", "Turkey")
	bravo.Fatalities = 5
	charlie := Ev("deployment", "charlie", p3, "2021-03-15", "Russia")
	charlie.DateEnd, charlie.DatePrecision, charlie.Troops = "2021-03-20", "range", 2000
	delta := Ev("meeting", "delta", p4, "")
	echo := Ev("exercise", "echo", p5, "2021-01-06")
	echo.Confidence = 0.3
	all := []*geo.Place{p1, p2, p3, p4, p5}
	for i, e := range []layers.Event{alpha, bravo, charlie, delta, echo} {
		put(t, s, Result(e.Title, "2021-04-0"+string(rune('1'+i)), all, e))
	}
}

func day(s string) time.Time {
	d, _ := time.Parse(time.DateOnly, s)
	return d
}

func date(s string) cql2.TimeLit { return cql2.TimeLit{Start: day(s), End: day(s), Date: true, Raw: s} }

func prop(n string) cql2.Property { return cql2.Property{Name: n} }
func lit(v any) cql2.Literal      { return cql2.Literal{Value: v} }

func testQuery(t *testing.T, s store.Store) {
	fixture(t, s)
	box := orb.Bound{Min: orb.Point{9, 9}, Max: orb.Point{11, 11}}
	geom := cql2.GeomLit{G: orb.Bound{Min: orb.Point{15, 5}, Max: orb.Point{35, 15}}}
	for _, c := range []struct {
		name string
		q    layers.Query
		want []string
	}{
		{"layer", layers.Query{Layer: "clashes"}, []string{"alpha", "bravo"}},
		{"bbox", layers.Query{Layer: "events", Bound: &box}, []string{"alpha", "echo"}},
		{"datetime", layers.Query{Layer: "events", Start: "2021-02-01", End: "2021-03-16"}, []string{"bravo", "charlie"}},
		{"datetime open start", layers.Query{Layer: "events", End: "2021-01-05"}, []string{"alpha"}},
		{"props actor any case", layers.Query{Layer: "events", Props: map[string]string{"actor": "turkey"}}, []string{"bravo"}},
		{"props number", layers.Query{Layer: "events", Props: map[string]string{"troops": "100"}}, []string{"alpha"}},
		{"props text any case", layers.Query{Layer: "events", Props: map[string]string{"place": "GENEVA"}}, []string{"delta"}},
		{"stated zero", layers.Query{Layer: "events", Where: cql2.Compare{Op: "=", A: prop("fatalities"), B: lit(0.0)}}, []string{"alpha"}},
		{"unknown is null", layers.Query{Layer: "events", Where: cql2.IsNull{A: prop("fatalities")}}, []string{"charlie", "delta", "echo"}},
		{"is not null", layers.Query{Layer: "events", Where: cql2.IsNull{A: prop("fatalities"), Not: true}}, []string{"alpha", "bravo"}},
		{"no actors is null", layers.Query{Layer: "events", Where: cql2.IsNull{A: prop("actors")}}, []string{"delta", "echo"}},
		{"compare >", layers.Query{Layer: "events", Where: cql2.Compare{Op: ">", A: prop("troops"), B: lit(500.0)}}, []string{"charlie"}},
		{"compare <> skips null", layers.Query{Layer: "events", Where: cql2.Compare{Op: "<>", A: prop("troops"), B: lit(100.0)}}, []string{"charlie"}},
		{"between", layers.Query{Layer: "events", Where: cql2.Between{A: prop("confidence"), Lo: lit(0.5), Hi: lit(0.9)}}, []string{"alpha", "bravo", "charlie", "delta"}},
		{"not between", layers.Query{Layer: "events", Where: cql2.Between{A: prop("confidence"), Lo: lit(0.5), Hi: lit(0.9), Not: true}}, []string{"echo"}},
		{"in", layers.Query{Layer: "events", Where: cql2.In{A: prop("event_type"), List: []cql2.Operand{lit("meeting"), lit("exercise")}}}, []string{"delta", "echo"}},
		{"in actors", layers.Query{Layer: "events", Where: cql2.In{A: prop("actors"), List: []cql2.Operand{lit("Russia"), lit("Turkey")}}}, []string{"bravo", "charlie"}},
		{"like", layers.Query{Layer: "events", Where: cql2.Like{A: prop("title"), Pattern: "ch%"}}, []string{"charlie"}},
		{"like casei", layers.Query{Layer: "events", Where: cql2.Like{A: cql2.CaseI{A: prop("place")}, Pattern: "GEN%"}}, []string{"delta"}},
		{"actors equal any", layers.Query{Layer: "events", Where: cql2.Compare{Op: "=", A: prop("actors"), B: lit("Turkey")}}, []string{"bravo"}},
		{"actors casei", layers.Query{Layer: "events", Where: cql2.Compare{Op: "=", A: cql2.CaseI{A: prop("actors")}, B: cql2.CaseI{A: lit("RUSSIA")}}}, []string{"charlie"}},
		{"s_intersects", layers.Query{Layer: "events", Where: cql2.Spatial{Op: "S_INTERSECTS", A: prop("geometry"), B: geom}}, []string{"bravo", "charlie"}},
		{"s_disjoint", layers.Query{Layer: "clashes", Where: cql2.Spatial{Op: "S_DISJOINT", A: prop("geometry"), B: geom}}, []string{"alpha"}},
		{"t_before", layers.Query{Layer: "events", Where: cql2.Temporal{Op: "T_BEFORE", A: prop("date_start"), B: date("2021-02-01")}}, []string{"alpha", "echo"}},
		{"t_intersects interval", layers.Query{Layer: "events", Where: cql2.Temporal{Op: "T_INTERSECTS", A: prop("date_end"),
			B: cql2.TimeLit{Start: day("2021-03-01"), End: day("2021-03-31"), Date: true, Interval: true}}}, []string{"charlie"}},
		{"t_after open interval", layers.Query{Layer: "events", Where: cql2.Temporal{Op: "T_AFTER", A: prop("date_start"),
			B: cql2.TimeLit{End: day("2021-02-01"), Date: true, Interval: true}}}, []string{"bravo", "charlie"}},
		{"compare date", layers.Query{Layer: "events", Where: cql2.Compare{Op: ">=", A: prop("date_start"), B: date("2021-02-10")}}, []string{"bravo", "charlie"}},
		{"search place", layers.Query{Layer: "events", Where: cql2.Search{Terms: []string{"geneva"}}}, []string{"delta"}},
		{"search a place's country", layers.Query{Layer: "places", Where: cql2.Search{Terms: []string{"az"}}}, []string{"Aghdam", "Barda", "Fuzuli", "Ganja", "Geneva"}},
		{"search quote and actor", layers.Query{Layer: "events", Where: cql2.Search{Terms: []string{"sentence 0 about clash", "turkey"}}}, []string{"bravo"}},
		{"not", layers.Query{Layer: "events", Where: cql2.Not{Arg: cql2.Compare{Op: "=", A: prop("event_type"), B: lit("clash")}}}, []string{"charlie", "delta", "echo"}},
		{"or and", layers.Query{Layer: "events", Where: cql2.Or{Args: []cql2.Expr{
			cql2.Compare{Op: "=", A: prop("title"), B: lit("delta")},
			cql2.And{Args: []cql2.Expr{cql2.Compare{Op: "=", A: prop("event_type"), B: lit("clash")}, cql2.Bool(true)}}}}}, []string{"alpha", "bravo", "delta"}},
		{"false", layers.Query{Layer: "events", Where: cql2.Bool(false)}, nil},
		{"places bbox", layers.Query{Layer: "places", Bound: &box}, []string{"Aghdam", "Fuzuli"}},
		{"places props", layers.Query{Layer: "places", Props: map[string]string{"name": "ganja"}}, []string{"Ganja"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, it := titles(t, s, c.q)
			if !same(got, c.want) || it.Len() != len(c.want) || it.Matched() != len(c.want) {
				t.Errorf("got %v (Len %d, Matched %d), want %v", got, it.Len(), it.Matched(), c.want)
			}
		})
	}
	for _, c := range []struct {
		name string
		q    layers.Query
		want error
	}{
		{"unknown layer", layers.Query{Layer: "nolayer"}, layers.ErrUnknownLayer},
		{"unknown prop", layers.Query{Layer: "events", Props: map[string]string{"colour": "red"}}, layers.ErrUnknownProperty},
		{"unknown sortby", layers.Query{Layer: "events", SortBy: []layers.SortKey{{Property: "colour"}}}, layers.ErrUnknownProperty},
		{"unknown in filter", layers.Query{Layer: "events", Where: cql2.IsNull{A: prop("colour")}}, layers.ErrUnknownProperty},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := s.Query(context.Background(), c.q); !errors.Is(err, c.want) {
				t.Errorf("Query: %v, want %v", err, c.want)
			}
		})
	}
}

func testPage(t *testing.T, s store.Store) {
	fixture(t, s)
	desc := []layers.SortKey{{Property: "title", Desc: true}}
	for _, c := range []struct {
		name    string
		q       layers.Query
		want    []string
		matched int
	}{
		{"sortby desc", layers.Query{Layer: "events", SortBy: desc}, []string{"echo", "delta", "charlie", "bravo", "alpha"}, 5},
		{"offset limit", layers.Query{Layer: "events", SortBy: desc, Offset: 1, Limit: 2}, []string{"delta", "charlie"}, 5},
		{"past the end", layers.Query{Layer: "events", SortBy: desc, Offset: 9, Limit: 2}, nil, 5},
		{"last page, short", layers.Query{Layer: "events", SortBy: desc, Offset: 3, Limit: 5}, []string{"bravo", "alpha"}, 5},
		{"last page, full", layers.Query{Layer: "events", SortBy: desc, Offset: 4, Limit: 1}, []string{"alpha"}, 5},
		{"one short page", layers.Query{Layer: "events", SortBy: desc, Limit: 6, CountLimit: 6}, []string{"echo", "delta", "charlie", "bravo", "alpha"}, 5},
		{"sortby number, unknown last", layers.Query{Layer: "events", SortBy: []layers.SortKey{{Property: "troops", Desc: true}}, Limit: 3},
			[]string{"charlie", "alpha"}, 5},
		{"count limit reached", layers.Query{Layer: "events", Limit: 1, CountLimit: 2, SortBy: nil}, nil, -1},
		{"count limit not reached", layers.Query{Layer: "events", Limit: 1, CountLimit: 100}, nil, 5},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, it := titles(t, s, c.q)
			if c.q.SortBy == nil {
				if len(got) != 1 || it.Len() != 1 {
					t.Errorf("a page of %v, want 1 feature", got)
				}
			} else if c.name == "sortby number, unknown last" {
				if len(got) != 3 || !same(got[:2], c.want) {
					t.Errorf("got %v, want %v then an unknown count", got, c.want)
				}
			} else if !same(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
			if it.Matched() != c.matched {
				t.Errorf("Matched %d, want %d", it.Matched(), c.matched)
			}
		})
	}
}

// testJSON checks that EachJSON yields each feature as layers.HitJSON encodes what Each yields.
func testJSON(t *testing.T, s store.Store) {
	fixture(t, s)
	for _, c := range []struct {
		layer string
		limit int
	}{{"events", 0}, {"events", 10}, {"places", 0}, {"places", 10}} {
		t.Run(c.layer+"/limit "+string(rune('0'+c.limit/10)), func(t *testing.T) {
			q := layers.Query{Layer: c.layer, SortBy: []layers.SortKey{{Property: "id"}}, Limit: c.limit}
			it, err := s.Query(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			var want, got []string
			it.Each(context.Background(), func(h layers.Hit) error {
				b, err := layers.HitJSON(h)
				want = append(want, string(b))
				return err
			})
			it.EachJSON(context.Background(), func(f string) error {
				got = append(got, f)
				if !json.Valid([]byte(f)) {
					t.Errorf("invalid JSON %s", f)
				}
				return nil
			})
			if len(want) != 5 || !same(got, want) {
				t.Errorf("EachJSON\n%v\nwant (HitJSON of Each)\n%v", got, want)
			}
		})
	}
}

// testFeatureJSON checks that a store's GetFeatureJSON, where it has one, is HitJSON of
// GetFeature in every layer, and not found where GetFeature is.
func testFeatureJSON(t *testing.T, s store.Store) {
	g, ok := s.(store.FeatureJSONGetter)
	if !ok {
		t.Skip("the store keeps no feature text")
	}
	ctx := context.Background()
	fixture(t, s)
	it, err := s.Query(ctx, layers.Query{Layer: "events"})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	it.Each(ctx, func(h layers.Hit) error { ids = append(ids, h.ID()); return nil })
	found := 0
	for _, id := range append(ids, "nope") {
		for _, l := range layers.Layers {
			h, herr := s.GetFeature(ctx, l.ID, id)
			got, gerr := g.GetFeatureJSON(ctx, l.ID, id)
			if errors.Is(herr, layers.ErrNotFound) != errors.Is(gerr, layers.ErrNotFound) {
				t.Errorf("%s/%s: GetFeature %v, GetFeatureJSON %v", l.ID, id, herr, gerr)
				continue
			}
			if herr != nil {
				continue
			}
			want, _ := layers.HitJSON(h)
			if got != string(want) {
				t.Errorf("%s/%s: GetFeatureJSON\n%s\nwant\n%s", l.ID, id, got, want)
			}
			found++
		}
	}
	if found < 2*len(ids) { // in events and in the layer of its type
		t.Errorf("%d features found for %d ids", found, len(ids))
	}
}

func testExtentCounts(t *testing.T, s store.Store) {
	ctx := context.Background()
	fixture(t, s)
	ext, err := s.Extent(ctx, "events")
	if err != nil {
		t.Fatal(err)
	}
	want := orb.Bound{Min: orb.Point{10, 10}, Max: orb.Point{40, 10.2}}
	if ext.Count != 5 || ext.Bound != want || ext.Start != "2021-01-05" || ext.End != "2021-03-20" {
		t.Errorf("Extent(events) = %+v, want 5 in %v from 2021-01-05 to 2021-03-20", ext, want)
	}
	if ext, _ := s.Extent(ctx, "clashes"); ext.Count != 2 || ext.End != "2021-02-10" {
		t.Errorf("Extent(clashes) = %+v, want 2 to 2021-02-10", ext)
	}
	if ext, _ := s.Extent(ctx, "places"); ext.Count != 5 || ext.Start != "2021-04-01" || ext.End != "2021-04-05" {
		t.Errorf("Extent(places) = %+v, want 5 seen 2021-04-01 to 2021-04-05", ext)
	}
	if _, err := s.Extent(ctx, "nolayer"); !errors.Is(err, layers.ErrUnknownLayer) {
		t.Errorf("Extent(nolayer): %v, want ErrUnknownLayer", err)
	}
	c, err := s.Counts(ctx)
	if err != nil || total(c) != 5 || c["clash"] != 2 || c["deployment"] != 1 || c["meeting"] != 1 || c["exercise"] != 1 {
		t.Errorf("Counts = %v, %v", c, err)
	}
}

func total(counts map[string]int) int {
	n := 0
	for _, c := range counts {
		n += c
	}
	return n
}
