package buntdb

import (
	"reflect"
	"testing"

	"conflictmap/cql2"
	"conflictmap/layers"
)

// TestTypedEntriesAgreeWithDecoding: for every property an index entry holds, the entry gives
// what the decoded event gives, to filters (layers.Row) and to sort keys (Hit.Value).
func TestTypedEntriesAgreeWithDecoding(t *testing.T) {
	s := openTest(t)
	fillSynth(t, s, 200, 20)
	odd := ev(layers.TypeClash, shusha, "2020-11-10", "Azer\"baijan", "Armenia")
	odd.Place, odd.Fatalities, odd.Troops, odd.Confidence = `Shusha "old town" \ west`, 3, 120, 0.7
	empty := ev(layers.TypeIncident, gyumri, "")
	empty.Actors, empty.Fatalities, empty.Injured = nil, 2, 5
	put(t, s, testResult("odd", "2020-11-12", odd, empty))
	s.imu.RLock()
	defer s.imu.RUnlock()
	n, typedN := 0, 0
	s.idx.search(rect{-180, -90, 180, 90}, 0xff, func(it *evEntry) bool {
		n++
		e, err := decodeEvent(keyEvent+it.id, it.val, &metaCache{})
		if err != nil {
			t.Fatal(err)
		}
		if !it.typed.ok {
			return true
		}
		typedN++
		row, hit := entryRow{it}, layers.Hit{Event: e}
		for name := range typedProps {
			got, gok := row.Value(name)
			want, wok := layers.Row(hit).Value(name)
			if gok != wok || !reflect.DeepEqual(got, want) {
				t.Errorf("%s %s: entry %#v %v, decoded %#v %v", it.id, name, got, gok, want, wok)
			}
			if hv, _ := hit.Value(name); !reflect.DeepEqual(row.prop(name), hv) && name != "geometry" {
				t.Errorf("%s %s: entry sorts by %#v, decoded %#v", it.id, name, row.prop(name), hv)
			}
		}
		return true
	})
	t.Logf("%d entries, %d typed", n, typedN)
	if n < 200 || typedN < n-1 {
		t.Errorf("%d entries, %d typed", n, typedN)
	}
}

// TestTypedQueryMatchesDecodedQuery: a filter on typed properties selects what the same filter
// selects when a property that needs decoding (title) rides along and holds for every event.
func TestTypedQueryMatchesDecodedQuery(t *testing.T) {
	s := openTest(t)
	fillSynth(t, s, 400, 20)
	for _, f := range []string{
		"event_type = 'clash'", "confidence >= 0.8 AND country = 'AZ'", "fatalities IS NULL",
		"actors = 'Russia' OR actors = 'Turkey'", "date_start >= '2022-01-01' AND NOT place LIKE 'P1%'",
		"S_INTERSECTS(geometry, BBOX(44,39,47,41))", "T_INTERSECTS(date, INTERVAL('2021-01-01','2022-06-30'))",
	} {
		t.Run(f, func(t *testing.T) {
			typedQ := layers.Query{Layer: "events", Where: mustParseT(t, f), SortBy: []layers.SortKey{{Property: "date_start"}}}
			decodedQ := typedQ
			decodedQ.Where = mustParseT(t, "("+f+") AND title IS NOT NULL")
			if queryTyped(decodedQ) || !queryTyped(typedQ) {
				t.Fatal("queryTyped does not tell the queries apart")
			}
			a, n := queryIDs(t, s, typedQ)
			b, m := queryIDs(t, s, decodedQ)
			if n != m || !reflect.DeepEqual(a, b) {
				t.Errorf("typed %d %v\ndecoded %d %v", n, a, m, b)
			}
			if n == 0 {
				t.Error("the filter matches nothing: a weak test")
			}
		})
	}
}

func mustParseT(t *testing.T, s string) cql2.Expr {
	t.Helper()
	e, err := cql2.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// TestSortedPagesAgree: the pages of a sorted query, read with offsets, are the slices of the
// whole sorted result (the top-k kept per page is the head of the full sort, ties in order).
func TestSortedPagesAgree(t *testing.T) {
	s := openTest(t)
	fillSynth(t, s, 300, 20)
	for _, sort := range [][]layers.SortKey{
		{{Property: "date_start", Desc: true}},
		{{Property: "event_type"}, {Property: "place", Desc: true}},
		{{Property: "title"}}, // decoded
	} {
		t.Run(sort[0].Property, func(t *testing.T) {
			all, n := queryIDs(t, s, layers.Query{Layer: "events", SortBy: sort})
			if n != len(all) || n < 300 {
				t.Fatalf("%d matched, %d ids", n, len(all))
			}
			for _, off := range []int{0, 7, 150, n - 5} {
				page, _ := queryIDs(t, s, layers.Query{Layer: "events", SortBy: sort, Offset: off, Limit: 10})
				want := all[off:min(off+10, n)]
				if !reflect.DeepEqual(page, want) {
					t.Errorf("offset %d: %v, want %v", off, page, want)
				}
			}
		})
	}
}
