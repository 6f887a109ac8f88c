package web

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"conflictmap/layers"
)

// The load test: GET items?bbox=…&limit=100 over loopback against a large synthetic store.
//
//	go test ./web -run '^$' -bench BenchmarkItemsBbox -benchtime 10s        # 100,000 events
//	CONFLICTMAP_LOAD_EVENTS=1000000 go test ./web -run '^$' -bench BenchmarkItemsBbox
//	CONFLICTMAP_LOADTEST=1 go test ./web -run TestLoadRate -v               # p99 at 500 req/s
//
// $CONFLICTMAP_LOAD_BBOX sets the box size in degrees (default 0.2, a town and its district).

func loadEvents() int {
	if n, err := strconv.Atoi(os.Getenv("CONFLICTMAP_LOAD_EVENTS")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

func loadBox() float64 {
	if f, err := strconv.ParseFloat(os.Getenv("CONFLICTMAP_LOAD_BBOX"), 64); err == nil && f > 0 {
		return f
	}
	return 0.2
}

// loadServer serves a store of loadEvents() synthetic events on loopback.
func loadServer(tb testing.TB) string {
	tb.Helper()
	st, err := layers.OpenStore(layers.StoreConfig{Path: filepath.Join(tb.TempDir(), "load.db"), SyncPolicy: layers.SyncNever})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	n := loadEvents()
	start := time.Now()
	fillStore(tb, st, n/50, 50)
	tb.Logf("loaded %d events in %v", n, time.Since(start))
	s := New(Config{App: http.NotFoundHandler()}, st, nil, nil)
	if t, ok := tb.(*testing.T); ok {
		return serveTest(t, s)
	}
	ctx, cancel := context.WithCancel(context.Background())
	tb.Cleanup(cancel)
	ln, err := netListen()
	if err != nil {
		tb.Fatal(err)
	}
	go s.Serve(ctx, ln)
	return "http://" + ln.Addr().String()
}

func loadClient() *http.Client {
	return &http.Client{Transport: &http.Transport{MaxIdleConns: 256, MaxIdleConnsPerHost: 256, DisableCompression: true}, Timeout: 10 * time.Second}
}

func bboxURL(base string, r *rand.Rand, box float64) string {
	x, y := 43+(8-box)*r.Float64(), 38+(5-box)*r.Float64()
	return fmt.Sprintf("%s/api/collections/events/items?bbox=%.4f,%.4f,%.4f,%.4f&limit=100", base, x, y, x+box, y+box)
}

func get(c *http.Client, url string) (time.Duration, error) {
	start := time.Now()
	res, err := c.Get(url)
	if err != nil {
		return 0, err
	}
	_, err = io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode != 200 {
		return 0, fmt.Errorf("status %d", res.StatusCode)
	}
	return time.Since(start), err
}

func percentile(d []time.Duration, p float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	return d[min(len(d)-1, int(float64(len(d))*p))]
}

// BenchmarkItemsBbox runs parallel HTTP clients (GOMAXPROCS×8 goroutines) and reports
// requests per second and p50/p99 latencies.
func BenchmarkItemsBbox(b *testing.B) {
	base := loadServer(b)
	c := loadClient()
	box := loadBox()
	var (
		mu   sync.Mutex
		lats []time.Duration
		seed atomic.Uint64
	)
	b.SetParallelism(8)
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		r := rand.New(rand.NewPCG(seed.Add(1), 3))
		var local []time.Duration
		for pb.Next() {
			d, err := get(c, bboxURL(base, r, box))
			if err != nil {
				b.Error(err)
				return
			}
			local = append(local, d)
		}
		mu.Lock()
		lats = append(lats, local...)
		mu.Unlock()
	})
	el := time.Since(start)
	b.ReportMetric(float64(len(lats))/el.Seconds(), "req/s")
	b.ReportMetric(float64(percentile(lats, 0.50).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(percentile(lats, 0.99).Microseconds())/1000, "p99-ms")
}

// TestLoadRate sends 500 requests a second (open loop) for 10 s and checks p99 <= 20 ms.
func TestLoadRate(t *testing.T) {
	if os.Getenv("CONFLICTMAP_LOADTEST") == "" {
		t.Skip("set CONFLICTMAP_LOADTEST=1 to run the load test")
	}
	base := loadServer(t)
	c := loadClient()
	box := loadBox()
	const rate, dur = 500, 10 * time.Second
	var (
		mu   sync.Mutex
		lats []time.Duration
		errs atomic.Int64
		wg   sync.WaitGroup
	)
	tick := time.NewTicker(time.Second / rate)
	defer tick.Stop()
	r := rand.New(rand.NewPCG(9, 9))
	end := time.Now().Add(dur)
	for time.Now().Before(end) {
		<-tick.C
		u := bboxURL(base, r, box)
		wg.Add(1)
		go func() {
			defer wg.Done()
			d, err := get(c, u)
			if err != nil {
				errs.Add(1)
				return
			}
			mu.Lock()
			lats = append(lats, d)
			mu.Unlock()
		}()
	}
	wg.Wait()
	p50, p99 := percentile(lats, 0.5), percentile(lats, 0.99)
	t.Logf("%d requests at %d/s: p50 %v, p99 %v, max %v, errors %d", len(lats), rate, p50, p99, percentile(lats, 1), errs.Load())
	if p99 > 20*time.Millisecond {
		t.Errorf("p99 %v > 20ms", p99)
	}
	if errs.Load() > 0 {
		t.Errorf("%d errors", errs.Load())
	}
}
