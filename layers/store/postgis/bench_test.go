package postgis

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"conflictmap/layers"
)

// synthetic is n events over lon 38–52, lat 36–44 (the area of /work/shared/bench), 50 to an
// article, seeded so that every run gets the same ones.
func synthetic(n int) []*layers.Result {
	rng := rand.New(rand.NewPCG(7, 9))
	types := []string{"clash", "incident", "deployment", "exercise", "agreement", "parade", "meeting"}
	var out []*layers.Result
	for i := 0; i < n; i += 50 {
		res := &layers.Result{Article: layers.Article{ID: fmt.Sprintf("syn%06d", i/50), Title: "Synthetic", Raw: "text",
			Published: "2022-01-01"}}
		for j := i; j < min(i+50, n); j++ {
			d := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(1500)).Format(time.DateOnly)
			e := layers.Event{EventType: types[rng.IntN(len(types))], Title: "event", Place: "somewhere",
				Lon: 38 + rng.Float64()*14, Lat: 36 + rng.Float64()*8, Date: d, DateStart: d, DateEnd: d,
				DatePrecision: "day", Confidence: 0.5, Fatalities: rng.IntN(3)}
			res.Events = append(res.Events, e)
		}
		out = append(out, res)
	}
	return out
}

// BenchmarkPutSampleArticles stores the two sample articles (through the real extractor)
// again and again: each put replaces the article stored before.
func BenchmarkPutSampleArticles(b *testing.B) {
	s := openTest(b)
	results := sampleResults(b)
	ctx := context.Background()
	for b.Loop() {
		for _, res := range results {
			if _, err := s.PutArticle(ctx, res); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkBoxQuery queries random 0.5° boxes, limit 100, over 100,000 synthetic events, and
// reads each page's features as EachJSON gives them.
func BenchmarkBoxQuery(b *testing.B) {
	s := openTest(b)
	ctx := context.Background()
	start := time.Now()
	n, err := s.BulkLoad(ctx, synthetic(100_000))
	if err != nil || n != 100_000 {
		b.Fatalf("BulkLoad = %d, %v", n, err)
	}
	if _, err := s.pool.Exec(ctx, "ANALYZE"); err != nil {
		b.Fatal(err)
	}
	b.Logf("BulkLoad of %d events: %v", n, time.Since(start))
	benchBoxes(b, s, "")
	start = time.Now()
	if err := s.Cluster(ctx); err != nil {
		b.Fatal(err)
	}
	b.Logf("Cluster: %v", time.Since(start))
	benchBoxes(b, s, "clustered/")
}

func benchBoxes(b *testing.B, s *Store, prefix string) {
	ctx := context.Background()
	for _, c := range []struct {
		name string
		q    func(box *orb.Bound) layers.Query
	}{
		{"box", func(box *orb.Bound) layers.Query { return layers.Query{Layer: "events", Bound: box, Limit: 100} }},
		{"box+countlimit", func(box *orb.Bound) layers.Query {
			return layers.Query{Layer: "events", Bound: box, Limit: 100, CountLimit: 1000}
		}},
		{"box+countlimit10000 (the API's default)", func(box *orb.Bound) layers.Query {
			return layers.Query{Layer: "events", Bound: box, Limit: 100, CountLimit: 10_000}
		}},
		{"box+datetime", func(box *orb.Bound) layers.Query {
			return layers.Query{Layer: "events", Bound: box, Limit: 100, Start: "2021-01-01", End: "2021-12-31"}
		}},
	} {
		b.Run(prefix+c.name, func(b *testing.B) {
			rng := rand.New(rand.NewPCG(1, 1))
			features, bytes := 0, 0
			for b.Loop() {
				x, y := 38+rng.Float64()*13.5, 36+rng.Float64()*7.5
				box := orb.Bound{Min: orb.Point{x, y}, Max: orb.Point{x + 0.5, y + 0.5}}
				it, err := s.Query(ctx, c.q(&box))
				if err != nil {
					b.Fatal(err)
				}
				it.EachJSON(ctx, func(f string) error { features++; bytes += len(f); return nil })
			}
			b.ReportMetric(float64(features)/float64(b.N), "features/op")
			b.ReportMetric(float64(bytes)/float64(b.N), "bytes/op")
		})
	}
}
