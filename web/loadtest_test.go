package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"conflictmap/layers"
	"conflictmap/layers/store"
	"conflictmap/layers/store/buntdb"
)

// The load tests: GET items?bbox=…&limit=100 (full pages of 100 features in 1°×1° boxes of
// the South Caucasus) over loopback against a large synthetic store, the client in the same
// process as the server (so it competes with it for the machine's cores).
//
//	go test ./web -run '^$' -bench BenchmarkItemsBbox -benchtime 20000x          # 100,000 events
//	CONFLICTMAP_LOAD_EVENTS=1000000 CONFLICTMAP_LOAD_DB=/tmp/load1m.db \
//	    go test ./web -run '^$' -bench BenchmarkItemsBbox -benchtime 50000x    # 1,000,000 events
//	CONFLICTMAP_LOADTEST=1 go test ./web -run TestLoadRate -v                   # p99 at 500 req/s
//	CONFLICTMAP_LOADTEST=1 go test ./web -run TestDownloadMemory -v             # 100,000 features
//
// $CONFLICTMAP_LOAD_DB keeps the store file between runs (it is built with BulkLoad when
// missing); $CONFLICTMAP_LOAD_BBOX sets the box size in degrees (default 1);
// $CONFLICTMAP_LOAD_CLIENTS the concurrent clients of the benchmark (default 16);
// $CONFLICTMAP_LOAD_RATE the rate of TestLoadRate (default 500/s).

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

func loadEvents() int { return envInt("CONFLICTMAP_LOAD_EVENTS", 100_000) }

func loadBox() float64 {
	if f, err := strconv.ParseFloat(os.Getenv("CONFLICTMAP_LOAD_BBOX"), 64); err == nil && f > 0 {
		return f
	}
	return 1
}

// synthPoint spreads synthetic events: four in five in the South Caucasus (lon 43..51, lat
// 38..43), most of the rest around it, a few anywhere in the world.
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

// bulkFill stores events synthetic events (articles of 50, spread by synthPoint) with BulkLoad.
func bulkFill(tb testing.TB, st store.Store, events int) {
	tb.Helper()
	const per, chunk = 50, 500
	for i := 0; i*per < events; i += chunk {
		batch := make([]*layers.Result, 0, chunk)
		for j := i; j < i+chunk && j*per < events; j++ {
			res := synthResult(j, per)
			r := rand.New(rand.NewPCG(uint64(j), 8))
			for k := range res.Events {
				e := &res.Events[k]
				e.Lon, e.Lat = synthPoint(r)
			}
			for k := range res.Mentions {
				if p := res.Mentions[k].Place; p != nil {
					p.Lon, p.Lat = res.Events[k].Lon, res.Events[k].Lat
				}
			}
			batch = append(batch, res)
		}
		if _, err := st.BulkLoad(context.Background(), batch); err != nil {
			tb.Fatal(err)
		}
	}
}

// openLoadStore opens $CONFLICTMAP_LOAD_DB (or a temporary file), filling it with events
// synthetic events when it is new.
func openLoadStore(tb testing.TB, events int) (*buntdb.Store, func()) {
	tb.Helper()
	path, cleanup := os.Getenv("CONFLICTMAP_LOAD_DB"), func() {}
	if path == "" {
		dir, err := os.MkdirTemp("", "conflictmap-load")
		if err != nil {
			tb.Fatal(err)
		}
		path, cleanup = filepath.Join(dir, "load.db"), func() { os.RemoveAll(dir) }
	}
	_, statErr := os.Stat(path)
	start := time.Now()
	st, err := buntdb.Open(buntdb.Config{Path: path, SyncPolicy: buntdb.SyncNever})
	if err != nil {
		tb.Fatal(err)
	}
	if statErr != nil {
		bulkFill(tb, st, events)
		tb.Logf("loaded %d events in %v", events, time.Since(start))
	} else {
		tb.Logf("opened %s in %v", path, time.Since(start))
	}
	return st, func() { st.Close(); cleanup() }
}

var benchBase struct {
	once sync.Once
	url  string
}

// loadServer serves a store of loadEvents() synthetic events on loopback (built once per
// process for benchmarks, which run their function several times).
func loadServer(tb testing.TB) string {
	tb.Helper()
	if _, ok := tb.(*testing.B); ok {
		benchBase.once.Do(func() { benchBase.url = buildLoadServer(tb) })
		return benchBase.url
	}
	return buildLoadServer(tb)
}

func buildLoadServer(tb testing.TB) string {
	tb.Helper()
	st, done := openLoadStore(tb, loadEvents())
	s := New(Config{App: http.NotFoundHandler()}, st, nil, nil)
	if t, ok := tb.(*testing.T); ok {
		t.Cleanup(done)
		return serveTest(t, s)
	}
	ln, err := netListen()
	if err != nil {
		tb.Fatal(err)
	}
	go s.Serve(context.Background(), ln) // lives as long as the benchmark process
	return "http://" + ln.Addr().String()
}

func loadClient() *http.Client {
	return &http.Client{Transport: &http.Transport{MaxIdleConns: 1024, MaxIdleConnsPerHost: 1024, DisableCompression: true}, Timeout: 10 * time.Second}
}

// bboxURL is a page of a box of the South Caucasus, where a 1° box holds thousands of events.
func bboxURL(base string, r *rand.Rand, box float64) string {
	x, y := 43+(7.5-box)*r.Float64(), 38+(4.5-box)*r.Float64()
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

// checkFullPage checks that a box of the load test returns a full page of 100 features.
func checkFullPage(tb testing.TB, c *http.Client, base string, box float64) {
	tb.Helper()
	res, err := c.Get(bboxURL(base, rand.New(rand.NewPCG(5, 5)), box))
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	var fc struct {
		NumberReturned int  `json:"numberReturned"`
		NumberMatched  *int `json:"numberMatched"`
	}
	b, _ := io.ReadAll(res.Body)
	if err := json.Unmarshal(b, &fc); err != nil || fc.NumberReturned != 100 {
		tb.Fatalf("page: %d features (%v), want 100", fc.NumberReturned, err)
	}
	tb.Logf("a page: %d bytes, numberReturned %d, numberMatched %v", len(b), fc.NumberReturned, fc.NumberMatched)
}

func percentile(d []time.Duration, p float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	return d[min(len(d)-1, int(float64(len(d))*p))]
}

// BenchmarkItemsBbox runs $CONFLICTMAP_LOAD_CLIENTS (default 16) concurrent HTTP clients in a
// closed loop and reports requests per second and p50/p99 latencies.
func BenchmarkItemsBbox(b *testing.B) {
	base := loadServer(b)
	c := loadClient()
	box := loadBox()
	checkFullPage(b, c, base, box)
	clients := envInt("CONFLICTMAP_LOAD_CLIENTS", 16)
	var (
		mu   sync.Mutex
		lats []time.Duration
		seed atomic.Uint64
	)
	b.SetParallelism(max(1, clients/runtime.GOMAXPROCS(0)))
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

// TestLoadRate sends $CONFLICTMAP_LOAD_RATE (default 500) requests a second, open loop, for
// 10 s and checks p99 <= 20 ms.
func TestLoadRate(t *testing.T) {
	if os.Getenv("CONFLICTMAP_LOADTEST") == "" {
		t.Skip("set CONFLICTMAP_LOADTEST=1 to run the load test")
	}
	base := loadServer(t)
	c := loadClient()
	box := loadBox()
	checkFullPage(t, c, base, box)
	rate, dur := envInt("CONFLICTMAP_LOAD_RATE", 500), 10*time.Second
	var (
		mu   sync.Mutex
		lats []time.Duration
		errs atomic.Int64
		wg   sync.WaitGroup
	)
	// Warm the connection pool and the server, then send on a schedule (start times do not
	// drift when a tick is late: requests due are sent at once).
	for i := 0; i < 50; i++ {
		get(c, bboxURL(base, rand.New(rand.NewPCG(uint64(i), 1)), box))
	}
	r := rand.New(rand.NewPCG(9, 9))
	interval := time.Second / time.Duration(rate)
	begin := time.Now()
	for i := 0; ; i++ {
		due := begin.Add(time.Duration(i) * interval)
		if due.Sub(begin) >= dur {
			break
		}
		time.Sleep(time.Until(due))
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
	el := time.Since(begin)
	p50, p99 := percentile(lats, 0.5), percentile(lats, 0.99)
	t.Logf("%d requests at %d/s (%.0f/s achieved): p50 %v, p99 %v, max %v, errors %d",
		len(lats), rate, float64(len(lats))/el.Seconds(), p50, p99, percentile(lats, 1), errs.Load())
	if p99 > 20*time.Millisecond {
		t.Errorf("p99 %v > 20ms", p99)
	}
	if errs.Load() > 0 {
		t.Errorf("%d errors", errs.Load())
	}
}

// TestDownloadMemory downloads a whole layer of 100,000 features as GeoJSON over loopback and
// checks that the server's heap grows by much less than the file (the features are streamed
// from the bytes the store holds, not gathered).
func TestDownloadMemory(t *testing.T) {
	if os.Getenv("CONFLICTMAP_LOADTEST") == "" {
		t.Skip("set CONFLICTMAP_LOADTEST=1 to run the download test")
	}
	st := openMem(t)
	bulkFill(t, st, 100_000)
	base := serveTest(t, New(Config{App: http.NotFoundHandler()}, st, nil, nil))
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.HeapAlloc
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		var m runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-time.After(10 * time.Millisecond):
				runtime.ReadMemStats(&m)
				if m.HeapAlloc > peak.Load() {
					peak.Store(m.HeapAlloc)
				}
			}
		}
	}()
	start := time.Now()
	res, err := loadClient().Get(base + "/api/collections/events/download?format=geojson")
	if err != nil {
		t.Fatal(err)
	}
	var tail bytes.Buffer
	n, err := io.Copy(io.MultiWriter(io.Discard, &lastBytes{buf: &tail}), res.Body)
	res.Body.Close()
	close(done)
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("download: %v, status %d", err, res.StatusCode)
	}
	if !bytes.Contains(tail.Bytes(), []byte(`"numberReturned":100000`)) {
		t.Fatalf("download trailer %q", tail.String())
	}
	growth := int64(peak.Load()) - int64(before)
	t.Logf("downloaded %d features, %d MB in %v; server+client heap %d MB before, peak growth %d MB",
		100_000, n>>20, time.Since(start), before>>20, growth>>20)
	if growth > n/4 {
		t.Errorf("heap grew by %d MB during a download of %d MB", growth>>20, n>>20)
	}
}

// lastBytes keeps the last 512 bytes written to it.
type lastBytes struct{ buf *bytes.Buffer }

func (l *lastBytes) Write(p []byte) (int, error) {
	l.buf.Write(p)
	if l.buf.Len() > 512 {
		b := append([]byte(nil), l.buf.Bytes()[l.buf.Len()-512:]...)
		l.buf.Reset()
		l.buf.Write(b)
	}
	return len(p), nil
}
