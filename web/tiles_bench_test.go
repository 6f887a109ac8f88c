package web

import (
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"conflictmap/layers/store"
)

var tileBench struct {
	once sync.Once
	h    http.Handler
}

// BenchmarkTile times tile requests (query, thinning, MVT encoding) over loadEvents() synthetic
// events ($CONFLICTMAP_LOAD_EVENTS, default 100,000; $CONFLICTMAP_LOAD_DB keeps the store between
// runs), at the centre of the densest area (the South Caucasus), and prints the median. With
// CONFLICTMAP_TEST_STORE=postgres the events are loaded into a fresh database of the test cluster:
//
//	CONFLICTMAP_LOAD_EVENTS=1000000 CONFLICTMAP_LOAD_DB=/tmp/load1m.db go test ./web -run '^$' -bench Tile -benchtime 20x
//	CONFLICTMAP_TEST_STORE=postgres go test ./web -run '^$' -bench Tile/z6 -benchtime 10x
func BenchmarkTile(b *testing.B) {
	tileBench.once.Do(func() {
		var st store.Store
		if os.Getenv(testStoreEnv) == "postgres" {
			st = openMem(b)
			bulkFill(b, st, loadEvents())
		} else {
			st, _ = openLoadStore(b, loadEvents()) // kept open for the process: sub-benchmarks share it
		}
		_, tileBench.h = testServer(b, st, Config{TileCacheBytes: -1}) // cold renders: every request misses
	})
	centre := orb.Point{47, 40.5}
	for _, tc := range []struct {
		name  string
		z     int
		gzip  bool
		query string
	}{{"z6", 6, false, ""}, {"z6-gzip", 6, true, ""}, {"z8", 8, false, ""}, {"z10", 10, false, ""}, {"z12", 12, false, ""},
		{"z6-event_type", 6, false, "?event_type=clash"}, {"z6-clashes", 6, false, "clashes"}} {
		b.Run(tc.name, func(b *testing.B) {
			path := tileOfB(centre, tc.z) + tc.query
			if tc.query == "clashes" { // the layer's own collection: the store's fast path
				path = strings.Replace(tileOfB(centre, tc.z), "/events/", "/clashes/", 1)
			}
			hdr := []string{}
			if tc.gzip {
				hdr = []string{"Accept-Encoding", "gzip"}
			}
			var times []time.Duration
			var size, feats int
			for b.Loop() {
				t0 := time.Now()
				rec := do(tileBench.h, "GET", path, nil, hdr...)
				times = append(times, time.Since(t0))
				if rec.Code != 200 {
					b.Fatalf("%s: %d %s", path, rec.Code, rec.Body)
				}
				size = rec.Body.Len()
				feats = atoiOr(rec.Header().Get("X-Tile-Features"))
			}
			slices.Sort(times)
			b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(size), "bytes")
			b.ReportMetric(float64(feats), "features")
		})
	}
}

func atoiOr(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return n
		}
		n = n*10 + int(c-'0')
	}
	return n
}
