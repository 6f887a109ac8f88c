package buntdb

import (
	"conflictmap/layers"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"
)

// synthArticle is article i with n events spread over the South Caucasus (lon 43..51,
// lat 38..43), each at its own place.
func synthArticle(i, n int) *layers.Result {
	r := rand.New(rand.NewPCG(uint64(i), 11))
	id := fmt.Sprintf("a%07d", i)
	var b strings.Builder
	res := &layers.Result{Article: layers.Article{ID: id, Title: "Article " + id, Publication: "Synth", Published: fmt.Sprintf("2021-%02d-%02d", 1+i%12, 1+i%28), URL: "https://example.org/" + id}}
	types := []string{layers.TypeDeployment, layers.TypeClash, layers.TypeIncident, layers.TypeExercise, layers.TypeAgreement, layers.TypeParade, layers.TypeMeeting}
	actors := []string{"Russia", "Turkey", "Azerbaijan", "Armenia"}
	for k := 0; k < n; k++ {
		t := types[r.IntN(len(types))]
		date := fmt.Sprintf("20%02d-%02d-%02d", 20+r.IntN(5), 1+r.IntN(12), 1+r.IntN(28))
		q := fmt.Sprintf("Event %d: %s at P%d-%d on %s.", k, t, i, k, date)
		start := b.Len()
		b.WriteString(q + " ")
		res.Events = append(res.Events, layers.Event{EventType: t, SubType: "s", Title: t + " at P" + strconv.Itoa(k),
			Place: fmt.Sprintf("P%d-%d", i, k), PlaceID: fmt.Sprintf("%d-%d", i, k), Country: "AZ", GeoPrecision: 1,
			Date: date, DatePrecision: "day", DateStart: date, DateEnd: date, Actors: []string{actors[r.IntN(4)]},
			Confidence: 0.8, Lon: 43 + 8*r.Float64(), Lat: 38 + 5*r.Float64(), Level: "city",
			Sources: []layers.Source{{ArticleID: id, Quote: q, Start: start, End: start + len(q)}}})
	}
	res.Article.Raw = b.String()
	return res
}

// synthPoint is where a synthetic event happens: four in five in the South Caucasus (lon 43..51,
// lat 38..43), most of the rest around it (Turkey, Iran, Russia's North Caucasus, the Caspian),
// a few anywhere in the world.
func synthPoint(r *rand.Rand) (lon, lat float64) {
	switch p := r.Float64(); {
	case p < 0.8:
		return 43 + 8*r.Float64(), 38 + 5*r.Float64()
	case p < 0.95:
		return 35 + 25*r.Float64(), 33 + 15*r.Float64()
	default:
		return -180 + 360*r.Float64(), -60 + 130*r.Float64()
	}
}

// synthBulkArticle is synthArticle with events spread by synthPoint.
func synthBulkArticle(i, n int) *layers.Result {
	res := synthArticle(i, n)
	r := rand.New(rand.NewPCG(uint64(i), 12))
	for k := range res.Events {
		res.Events[k].Lon, res.Events[k].Lat = synthPoint(r)
	}
	return res
}

// bulkSynth loads events synthetic events (articles of perArticle) with BulkLoad.
func bulkSynth(tb testing.TB, s *Store, events, perArticle int) {
	tb.Helper()
	ctx := context.Background()
	const chunk = 500
	for i := 0; i*perArticle < events; i += chunk {
		batch := make([]*layers.Result, 0, chunk)
		for j := i; j < i+chunk && j*perArticle < events; j++ {
			batch = append(batch, synthBulkArticle(j, perArticle))
		}
		if _, err := s.BulkLoad(ctx, batch); err != nil {
			tb.Fatal(err)
		}
	}
}

func fillSynth(tb testing.TB, s *Store, events, perArticle int) {
	tb.Helper()
	for i := 0; i*perArticle < events; i++ {
		if _, err := s.PutArticle(context.Background(), synthArticle(i, perArticle)); err != nil {
			tb.Fatal(err)
		}
	}
}

func benchEvents() int {
	if n, err := strconv.Atoi(os.Getenv("CONFLICTMAP_BENCH_EVENTS")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

// BenchmarkStoreBboxQuery: a full page of 100 events in a 1°×1° box of the South Caucasus,
// counted up to 10,000 (the API's CountLimit), in a store of $CONFLICTMAP_BENCH_EVENTS
// (default 100,000) events spread by synthPoint, filled with BulkLoad.
func BenchmarkStoreBboxQuery(b *testing.B) {
	s, err := Open(Config{Path: ":memory:"})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	n := benchEvents()
	bulkSynth(b, s, n, 50)
	ctx := context.Background()
	for _, tc := range []struct {
		name   string
		layer  string
		encode bool
	}{{"events", "events", false}, {"clashes", "clashes", false}, {"events+json", "events", true}} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			r := rand.New(rand.NewPCG(1, 2))
			bytes := 0
			for i := 0; i < b.N; i++ {
				x, y := 43+7*r.Float64(), 38+4*r.Float64()
				bound := orb.Bound{Min: orb.Point{x, y}, Max: orb.Point{x + 1, y + 1}}
				c, err := s.Query(ctx, layers.Query{Layer: tc.layer, Bound: &bound, Limit: 100, CountLimit: 10_000})
				if err != nil {
					b.Fatal(err)
				}
				if c.Len() != 100 {
					b.Fatalf("page of %d", c.Len())
				}
				if tc.encode {
					err = c.EachJSON(ctx, func(f string) error { bytes += len(f); return nil })
				}
				if err != nil {
					b.Fatal(err)
				}
			}
			if bytes > 0 {
				b.ReportMetric(float64(bytes)/float64(b.N), "B/page")
			}
		})
	}
}

func rssMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return -1
}

// BenchmarkOpen1M measures opening a store of 1,000,000 events (20,000 articles of 50, spread
// by synthPoint): the log replay and the index build of start-up. It reports seconds, resident
// MB after open (and at its peak during open) and the Go heap in use. The file is built with
// BulkLoad (about a minute); set $CONFLICTMAP_BENCH_DB to keep it between runs and measure on a
// second run (building it in the process inflates the resident figures), and
// $CONFLICTMAP_BENCH_EVENTS for another size.
//
//	CONFLICTMAP_BENCH_DB=/tmp/1m.db go test ./layers -run '^$' -bench Open1M -benchtime 1x
func BenchmarkOpen1M(b *testing.B) {
	events := 1_000_000
	if n, err := strconv.Atoi(os.Getenv("CONFLICTMAP_BENCH_EVENTS")); err == nil && n > 0 {
		events = n
	}
	path := os.Getenv("CONFLICTMAP_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "1m.db")
	}
	if _, err := os.Stat(path); err != nil {
		start := time.Now()
		s, err := Open(Config{Path: path, SyncPolicy: SyncNever, AutoShrinkMinSize: -1})
		if err != nil {
			b.Fatal(err)
		}
		bulkSynth(b, s, events, 50)
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.Logf("built %s (%d events) in %v", path, events, time.Since(start))
	}
	fi, _ := os.Stat(path)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		debug.FreeOSMemory()
		base := rssMB()
		peak := 0.0
		done := make(chan struct{})
		go func() {
			t := time.NewTicker(20 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-done:
					return
				case <-t.C:
					peak = max(peak, rssMB())
				}
			}
		}()
		start := time.Now()
		s, err := Open(Config{Path: path, AutoShrinkMinSize: -1})
		if err != nil {
			b.Fatal(err)
		}
		d := time.Since(start)
		close(done)
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		st, _ := s.Stats(context.Background())
		rss := rssMB()
		b.ReportMetric(d.Seconds(), "open-s")
		b.ReportMetric(rss, "rss-MB")
		b.ReportMetric(max(peak, rss), "peak-rss-MB")
		b.ReportMetric(float64(ms.HeapAlloc>>20), "heap-MB")
		b.Logf("open %v, rss %.0f MB (%.0f before, peak %.0f), heap %d MB, sys %d MB, file %d MB, %+v",
			d, rss, base, max(peak, rss), ms.HeapAlloc>>20, ms.Sys>>20, fi.Size()>>20, st)
		s.Close()
	}
}
