package postgis

import (
	"context"
	"testing"

	"github.com/paulmach/orb"

	"conflictmap/cql2"
	"conflictmap/layers"
)

// A filtered page's statement runs on the pool of generic plans; a box alone, whose custom
// plan orders its features, on the default pool.
func TestFilteredPagesPlanOnce(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	var got string
	if err := s.generic.QueryRow(ctx, "SHOW plan_cache_mode").Scan(&got); err != nil || got != "force_generic_plan" {
		t.Errorf("generic pool: plan_cache_mode %q, %v", got, err)
	}
	if err := s.pool.QueryRow(ctx, "SHOW plan_cache_mode").Scan(&got); err != nil || got != "auto" {
		t.Errorf("default pool: plan_cache_mode %q, %v", got, err)
	}
	box := &orb.Bound{Min: orb.Point{0, 0}, Max: orb.Point{1, 1}}
	where, err := cql2.Parse("fatalities >= 5")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		q    layers.Query
		want bool
	}{
		{layers.Query{Layer: "events", Bound: box, Limit: 100}, false},
		{layers.Query{Layer: "events", Bound: box, Limit: 100, Where: where}, true},
		{layers.Query{Layer: "events", Bound: box, Limit: 100, Start: "2024-01-01"}, true},
		{layers.Query{Layer: "events", Where: where}, false}, // no limit: a download, by id
	} {
		st, err := compile(c.q)
		if err != nil {
			t.Fatal(err)
		}
		if st.generic != c.want {
			t.Errorf("%+v: generic %v, want %v", c.q, st.generic, c.want)
		}
		it, err := s.Query(ctx, c.q)
		if err != nil {
			t.Fatalf("%+v: %v", c.q, err)
		}
		if it.Matched() != 0 {
			t.Errorf("%+v: matched %d in an empty store", c.q, it.Matched())
		}
	}
}
