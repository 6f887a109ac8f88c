package layers

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"
)

// synthArticle is article i with n events spread over the South Caucasus (lon 43..51,
// lat 38..43), each at its own place.
func synthArticle(i, n int) *Result {
	r := rand.New(rand.NewPCG(uint64(i), 11))
	id := fmt.Sprintf("a%07d", i)
	var b strings.Builder
	res := &Result{Article: Article{ID: id, Title: "Article " + id, Publication: "Synth", Published: fmt.Sprintf("2021-%02d-%02d", 1+i%12, 1+i%28), URL: "https://example.org/" + id}}
	types := []string{TypeDeployment, TypeClash, TypeIncident, TypeExercise, TypeAgreement, TypeParade, TypeMeeting}
	actors := []string{"Russia", "Turkey", "Azerbaijan", "Armenia"}
	for k := 0; k < n; k++ {
		t := types[r.IntN(len(types))]
		date := fmt.Sprintf("20%02d-%02d-%02d", 20+r.IntN(5), 1+r.IntN(12), 1+r.IntN(28))
		q := fmt.Sprintf("Event %d: %s at P%d-%d on %s.", k, t, i, k, date)
		start := b.Len()
		b.WriteString(q + " ")
		res.Events = append(res.Events, Event{EventType: t, SubType: "s", Title: t + " at P" + strconv.Itoa(k),
			Place: fmt.Sprintf("P%d-%d", i, k), PlaceID: fmt.Sprintf("%d-%d", i, k), Country: "AZ", GeoPrecision: 1,
			Date: date, DatePrecision: "day", DateStart: date, DateEnd: date, Actors: []string{actors[r.IntN(4)]},
			Confidence: 0.8, Lon: 43 + 8*r.Float64(), Lat: 38 + 5*r.Float64(), Level: "city",
			Sources: []Source{{ArticleID: id, Quote: q, Start: start, End: start + len(q)}}})
	}
	res.Article.Raw = b.String()
	return res
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

// BenchmarkStoreBboxQuery: a page of 100 events in a 0.5° box of a large store
// ($CONFLICTMAP_BENCH_EVENTS, default 100,000).
func BenchmarkStoreBboxQuery(b *testing.B) {
	s, err := OpenStore(StoreConfig{Path: ":memory:"})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	n := benchEvents()
	fillSynth(b, s, n, 50)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < b.N; i++ {
		x, y := 43+7.5*r.Float64(), 38+4.5*r.Float64()
		bound := orb.Bound{Min: orb.Point{x, y}, Max: orb.Point{x + 0.5, y + 0.5}}
		c, err := s.Query(ctx, Query{Layer: "events", Bound: &bound, Limit: 100, CountLimit: 100_000})
		if err != nil {
			b.Fatal(err)
		}
		if err := c.Each(ctx, func(Hit) error { return nil }); err != nil {
			b.Fatal(err)
		}
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

// BenchmarkOpen1M measures opening a store of 1,000,000 events (20,000 articles of 50): the
// log replay and index rebuild of start-up. It reports seconds and resident MB after open.
// Building the file takes a few minutes; set $CONFLICTMAP_BENCH_DB to keep it between runs.
func BenchmarkOpen1M(b *testing.B) {
	const events = 1_000_000
	path := os.Getenv("CONFLICTMAP_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "1m.db")
	}
	if _, err := os.Stat(path); err != nil {
		start := time.Now()
		s, err := OpenStore(StoreConfig{Path: path, SyncPolicy: SyncNever, AutoShrinkMinSize: -1})
		if err != nil {
			b.Fatal(err)
		}
		fillSynth(b, s, events, 50)
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.Logf("built %s in %v", path, time.Since(start))
	}
	fi, _ := os.Stat(path)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		runtime.GC()
		start := time.Now()
		s, err := OpenStore(StoreConfig{Path: path})
		if err != nil {
			b.Fatal(err)
		}
		d := time.Since(start)
		runtime.GC()
		st, _ := s.Stats(context.Background())
		b.ReportMetric(d.Seconds(), "open-s")
		b.ReportMetric(rssMB(), "rss-MB")
		b.Logf("open %v, rss %.0f MB, file %d MB, %+v", d, rssMB(), fi.Size()>>20, st)
		s.Close()
	}
}
