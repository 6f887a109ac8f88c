package web

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/url"
	"reflect"
	"slices"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/maptile"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

// thinFixture fills st with 13,000 events in one z6 tile's thinning grid: in 40 cells of it,
// about 325 a cell, one in ten on the cell's max x edge (the next cell's min edge, or the
// grid's edge in its last column) and one in ten on its max y edge; one in nine undated, one
// in eleven with no place named.
func thinFixture(t *testing.T, st store.Store, xs, ys []float64) {
	t.Helper()
	r := rand.New(rand.NewPCG(3, 5))
	cells := make([][2]int, 40)
	for k := range cells {
		cells[k] = [2]int{r.IntN(thinGrid), r.IntN(thinGrid)}
	}
	cells[0], cells[1], cells[2] = [2]int{thinGrid - 1, 5}, [2]int{7, thinGrid - 1}, [2]int{thinGrid - 1, thinGrid - 1}
	var rs []*layers.Result
	for a := 0; a < 130; a++ {
		res := synthResult(a, 100)
		for k := range res.Events {
			c := cells[(a*100+k)%len(cells)]
			lon := xs[c[0]] + r.Float64()*(xs[c[0]+1]-xs[c[0]])
			lat := ys[c[1]] + r.Float64()*(ys[c[1]+1]-ys[c[1]])
			switch r.IntN(10) {
			case 0:
				lon = xs[c[0]+1]
			case 1:
				lat = ys[c[1]+1]
			}
			res.Events[k].Lon, res.Events[k].Lat = lon, lat
			if (a*100+k)%9 == 0 { // some undated, some placed nowhere named: a tile's NULLs
				e := &res.Events[k]
				e.Date, e.DateStart, e.DateEnd, e.DatePrecision = "", "", "", "unknown"
			}
			if (a*100+k)%11 == 0 {
				res.Events[k].Place = ""
			}
		}
		res.Mentions = nil
		rs = append(rs, res)
	}
	if _, err := st.BulkLoad(context.Background(), rs); err != nil {
		t.Fatal(err)
	}
}

// TestThinTileOneStatement: a store's one-statement thinning (store.TileThinner) gives, of each
// cell, min(thinPerCell, the cell's matches) of the features matching the tile's query (its
// layer, collection and filters), a point on a shared edge in the cell it starts. Which of a
// full cell's matches come first is the scan's choice (it changes with the plan), so the test
// holds each against every match, read by one query over the grid.
func TestThinTileOneStatement(t *testing.T) {
	st := openMem(t)
	tt, ok := st.(store.TileThinner)
	if !ok {
		t.Skipf("the %T store thins tiles by one query per cell", st)
	}
	s, _ := testServer(t, st, Config{})
	xs, ys := thinEdges(tileBound(maptile.At(orb.Point{47, 40.5}, 6), tileBuffer))
	thinFixture(t, st, xs, ys)
	ctx := context.Background()
	for _, tc := range []struct{ layer, query string }{{"events", ""}, {"events", "event_type=clash"},
		{"events", "filter=fatalities > 0"}, {"clashes", ""}, {"events", "datetime=2022-01-01/2023-12-31&q=clash"}} {
		name := tc.layer + "?" + tc.query
		v, _ := url.ParseQuery(tc.query)
		fq, err := s.parseFeatureQuery(tc.layer, v, true)
		if err != nil {
			t.Fatal(err)
		}
		all := readTile(t, s, fq.Query, orb.Bound{Min: orb.Point{xs[0], ys[0]}, Max: orb.Point{xs[thinGrid], ys[thinGrid]}})
		cur, err := tt.ThinTile(ctx, fq.Query, xs, ys, thinPerCell)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var one []*geojson.Feature
		if err := eachTileFeature(ctx, cur, tc.layer, func(f *geojson.Feature) error { one = append(one, f); return nil }); err != nil {
			t.Fatal(err)
		}
		var fromJSON []*geojson.Feature
		if err := eachTileFeature(ctx, jsonOnly{cur}, tc.layer, func(f *geojson.Feature) error { fromJSON = append(fromJSON, f); return nil }); err != nil {
			t.Fatal(err)
		}
		sameTileFeatures(t, name, one, fromJSON)
		want, got := cellCounts(all, xs, ys), cellCounts(one, xs, ys)
		for c, n := range want {
			if got[c] != min(n, thinPerCell) {
				t.Errorf("%s: cell %v gives %d of its %d matches, want %d", name, c, got[c], n, min(n, thinPerCell))
			}
		}
		matches := map[string]bool{}
		for _, id := range thinIDs(all) {
			matches[id] = true
		}
		for _, id := range thinIDs(one) {
			if !matches[id] {
				t.Errorf("%s: %s is no match of the tile", name, id)
			}
			delete(matches, id) // twice is an error too
		}
		checkThinned(t, name, one, xs, ys)
	}
}

// readTile is every feature of q in b.
func readTile(t *testing.T, s *Server, q layers.Query, b orb.Bound) []*geojson.Feature {
	t.Helper()
	q.Bound, q.Limit = &b, 1_000_000
	cur, err := s.store.Query(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	var fs []*geojson.Feature
	if err := eachTileFeature(context.Background(), cur, q.Layer, func(f *geojson.Feature) error { fs = append(fs, f); return nil }); err != nil {
		t.Fatal(err)
	}
	return fs
}

func cellCounts(fs []*geojson.Feature, xs, ys []float64) map[[2]int]int {
	out := map[[2]int]int{}
	for _, f := range fs {
		p := f.Point()
		out[[2]int{thinCell(xs, p[0]), thinCell(ys, p[1])}]++
	}
	return out
}

// checkThinned asserts the fixture exercises what thinning decides: full cells and points kept
// on the grid's last edges, no cell over thinPerCell.
func checkThinned(t *testing.T, name string, fs []*geojson.Feature, xs, ys []float64) {
	t.Helper()
	lastEdge, full := 0, 0
	for _, f := range fs {
		if p := f.Point(); p[0] == xs[thinGrid] || p[1] == ys[thinGrid] {
			lastEdge++
		}
	}
	for c, n := range cellCounts(fs, xs, ys) {
		if n > thinPerCell {
			t.Errorf("%s: cell %v gives %d features", name, c, n)
		}
		if n == thinPerCell {
			full++
		}
	}
	if len(fs) < 60 || full < 20 || lastEdge == 0 {
		t.Errorf("%s: %d features, %d cells full, %d on the grid's last edges", name, len(fs), full, lastEdge)
	}
}

// thinCell is the cell of the grid edges a coordinate v is in: on an edge, the cell it starts.
func thinCell(edges []float64, v float64) int {
	i, exact := slices.BinarySearch(edges, v)
	if exact {
		return min(i, len(edges)-2)
	}
	return i - 1
}

func thinIDs(fs []*geojson.Feature) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = fmt.Sprint(f.Properties["id"], f.Point())
	}
	slices.Sort(out)
	return out
}

// sameTileFeatures: a thinned tile's features as its store's iterator gives them (from the
// values the thinning read, store.TileIterator) are those of each feature's GeoJSON.
func sameTileFeatures(t *testing.T, name string, got, fromJSON []*geojson.Feature) {
	t.Helper()
	if len(got) != len(fromJSON) || len(got) == 0 {
		t.Fatalf("%s: %d features, %d from their JSON", name, len(got), len(fromJSON))
	}
	for i := range got {
		a, b := got[i], fromJSON[i]
		if a.Point() != b.Point() || !reflect.DeepEqual(a.Properties, b.Properties) {
			t.Errorf("%s feature %d: %v %v, JSON %v %v", name, i, a.Point(), a.Properties, b.Point(), b.Properties)
		}
	}
}
