package buntdb

import (
	"context"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/paulmach/orb"

	"conflictmap/cql2"
	"conflictmap/layers"
)

var (
	filterStoreOnce sync.Once
	filterStore     *Store
)

// benchFilterStore is a store of benchEvents() synthetic events (synthBulkArticle), a third of
// them with fatalities 0..9 stated, shared by the filter benchmarks.
func benchFilterStore(b *testing.B) *Store {
	filterStoreOnce.Do(func() {
		s, err := Open(Config{Path: ":memory:", SyncPolicy: SyncNever})
		if err != nil {
			b.Fatal(err)
		}
		ctx := context.Background()
		const per, chunk = 50, 500
		n := benchEvents()
		for i := 0; i*per < n; i += chunk {
			batch := make([]*layers.Result, 0, chunk)
			for j := i; j < i+chunk && j*per < n; j++ {
				res := synthBulkArticle(j, per)
				r := rand.New(rand.NewPCG(uint64(j), 13))
				for k := range res.Events {
					if r.IntN(3) == 0 {
						res.Events[k].Fatalities = r.IntN(10)
					}
				}
				batch = append(batch, res)
			}
			if _, err := s.BulkLoad(ctx, batch); err != nil {
				b.Fatal(err)
			}
		}
		filterStore = s
	})
	return filterStore
}

func mustParse(b *testing.B, s string) cql2.Expr {
	e, err := cql2.Parse(s)
	if err != nil {
		b.Fatal(err)
	}
	return e
}

// BenchmarkStoreFilter: the API's filtered pages (limit 100, counted up to 10,000) over a box of
// the South Caucasus, in a store of $CONFLICTMAP_BENCH_EVENTS (default 100,000) events.
func BenchmarkStoreFilter(b *testing.B) {
	s := benchFilterStore(b)
	ctx := context.Background()
	for _, tc := range []struct {
		name  string
		size  float64
		where string
		props map[string]string
		sort  []layers.SortKey
	}{
		{name: "box0.5", size: 0.5},
		{name: "box0.5+type_fatalities", size: 0.5, where: "event_type = 'clash' AND fatalities > 0"},
		{name: "box2+fatalities>=5", size: 2, where: "fatalities >= 5"},
		{name: "box2+prop+sortby", size: 2, props: map[string]string{"country": "AZ"}, sort: []layers.SortKey{{Property: "date_start", Desc: true}}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			var where cql2.Expr
			if tc.where != "" {
				where = mustParse(b, tc.where)
			}
			r := rand.New(rand.NewPCG(1, 2))
			for i := 0; i < b.N; i++ {
				x, y := 43+7*r.Float64(), 38+4*r.Float64()
				bound := orb.Bound{Min: orb.Point{x, y}, Max: orb.Point{x + tc.size, y + tc.size}}
				c, err := s.Query(ctx, layers.Query{Layer: "events", Bound: &bound, Where: where, Props: tc.props,
					SortBy: tc.sort, Limit: 100, CountLimit: 10_000})
				if err != nil {
					b.Fatal(err)
				}
				if err := c.EachJSON(ctx, func(string) error { return nil }); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
