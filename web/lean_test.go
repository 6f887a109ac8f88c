package web

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"conflictmap/layers"
)

// TestProjectFeature: a feature cut by projectFeature decodes to the full feature with only the
// kept properties (and id), whatever its strings hold.
func TestProjectFeature(t *testing.T) {
	tricky := []string{`a "quoted" {brace} [bracket], comma`, `back\slash \"`, "new\nline", "<&>", `}`, `"properties":{`}
	for i, s := range tricky {
		e := &layers.Event{ID: fmt.Sprintf("e%d", i), EventType: "clash", Title: s, Place: s, Actors: []string{s, "x"},
			Fatalities: 2, Stated: layers.StatedFatalities, Sources: []layers.Source{{Quote: s, Title: s}}}
		b, err := layers.EventJSON(e)
		if err != nil {
			t.Fatal(err)
		}
		for _, props := range [][]string{{}, {"title"}, {"actors", "sources", "fatalities"}, leanProperties("events"), wireNames("events")} {
			t.Run(fmt.Sprintf("%d %v", i, props), func(t *testing.T) {
				got, err := projectFeature(nil, string(b), propertySet(props))
				if err != nil {
					t.Fatal(err)
				}
				var full, cut map[string]any
				if err := json.Unmarshal(b, &full); err != nil {
					t.Fatal(err)
				}
				if err := json.Unmarshal(got, &cut); err != nil {
					t.Fatalf("%v: %s", err, got)
				}
				want := map[string]any{}
				for k, v := range full["properties"].(map[string]any) {
					if k == "id" || contains(props, k) {
						want[k] = v
					}
				}
				full["properties"] = want
				if !reflect.DeepEqual(full, cut) {
					t.Errorf("cut %s\nwant %v", got, full)
				}
			})
		}
	}
	for _, bad := range []string{"", `{"type":"Feature"}`, `{"properties":{"a":"unterminated}`, `{"properties":{"a":}`, `{"properties":{"a":[1,2}`} {
		if _, err := projectFeature(nil, bad, propertySet(nil)); err == nil {
			t.Errorf("projectFeature(%q): no error", bad)
		}
	}
}

// TestLeanParams: bad properties= and profile= values are 400 problem+json.
func TestLeanParams(t *testing.T) {
	st := openMem(t)
	fillStore(t, st, 2, 3)
	_, h := testServer(t, st, Config{})
	for _, c := range []struct {
		name, target string
		code         int
	}{
		{"unknown property", "/api/collections/events/items?properties=title,nosuch", 400},
		{"a place property on events", "/api/collections/events/items?properties=mentions", 400},
		{"unknown profile", "/api/collections/events/items?profile=tiny", 400},
		{"lean and properties", "/api/collections/events/items?profile=lean&properties=title", 400},
		{"lean", "/api/collections/events/items?profile=lean", 200},
		{"lean download", "/api/collections/events/download?format=geojson&profile=lean", 200},
	} {
		t.Run(c.name, func(t *testing.T) {
			rec := do(h, http.MethodGet, c.target, nil)
			if rec.Code != c.code {
				t.Fatalf("%s: %d, want %d: %s", c.target, rec.Code, c.code, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); c.code == 400 && ct != "application/problem+json" {
				t.Errorf("%s: Content-Type %q", c.target, ct)
			}
			if c.code == 200 && strings.Contains(rec.Body.String(), `"sources"`) {
				t.Errorf("%s: lean page carries sources", c.target)
			}
		})
	}
}

// BenchmarkItemsProfile: a limit-100 page of a box, full, lean and with a few properties, over
// loopback (as BenchmarkItemsBbox); it reports bytes per feature and req/s.
//
//	go test ./web -run '^$' -bench BenchmarkItemsProfile -benchtime 5000x
func BenchmarkItemsProfile(b *testing.B) {
	base := loadServer(b)
	c := loadClient()
	for _, p := range []struct{ name, query string }{
		{"full", ""}, {"lean", "&profile=lean"}, {"props", "&properties=event_type,date,country,fatalities"},
	} {
		b.Run(p.name, func(b *testing.B) {
			page := func(r *rand.Rand) string { return bboxURL(base, r, loadBox()) + p.query }
			size, n := pageSize(b, c, page(rand.New(rand.NewPCG(5, 5))))
			var done atomic.Int64
			var once sync.Once
			b.SetParallelism(max(1, 16/runtime.GOMAXPROCS(0)))
			b.ResetTimer()
			start := time.Now()
			b.RunParallel(func(pb *testing.PB) {
				r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 3))
				for pb.Next() {
					if _, err := get(c, page(r)); err != nil {
						once.Do(func() { b.Error(err) })
						return
					}
					done.Add(1)
				}
			})
			b.ReportMetric(float64(done.Load())/time.Since(start).Seconds(), "req/s")
			b.ReportMetric(float64(size)/float64(max(n, 1)), "B/feature")
		})
	}
}

// pageSize is the bytes of a page and its number of features.
func pageSize(b *testing.B, c *http.Client, url string) (int, int) {
	res, err := c.Get(url)
	if err != nil {
		b.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	var fc struct {
		Features []json.RawMessage `json:"features"`
	}
	if err := json.Unmarshal(body, &fc); err != nil {
		b.Fatal(err)
	}
	return len(body), len(fc.Features)
}

// FuzzProjectFeature: any input gives a result or an error, never a panic; a result of a valid
// feature is valid JSON.
func FuzzProjectFeature(f *testing.F) {
	e := &layers.Event{ID: "x", Title: `"q" {}`, Sources: []layers.Source{{Quote: `a\"b`}}}
	b, _ := layers.EventJSON(e)
	f.Add(string(b))
	f.Add(`{"properties":{"a":[{"b":"}"}],"id":1}}`)
	f.Add(`{"properties":{"a":"\\"}}`)
	keep := propertySet([]string{"title", "a"})
	f.Fuzz(func(t *testing.T, s string) {
		out, err := projectFeature(nil, s, keep)
		if err == nil && json.Valid([]byte(s)) && !json.Valid(out) {
			var v map[string]any
			if json.Unmarshal([]byte(s), &v) == nil && v["properties"] != nil {
				if _, ok := v["properties"].(map[string]any); ok && strings.Count(s, `"properties":{`) == 1 {
					t.Errorf("valid feature %q projected to invalid %q", s, out)
				}
			}
		}
	})
}
