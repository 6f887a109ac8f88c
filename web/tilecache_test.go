package web

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/paulmach/orb"

	"conflictmap/internal/pgtest"
	"conflictmap/layers/store"
	"conflictmap/layers/store/postgis"
)

// tileCount is the X-Tile-Features of a tile request, failing on anything but 200.
func tileCount(t *testing.T, srv *Server, path string) int {
	t.Helper()
	rec := do(srv.Routes(), "GET", path, nil)
	if rec.Code != 200 {
		t.Fatalf("GET %s: %d %s", path, rec.Code, rec.Body)
	}
	return atoiOr(rec.Header().Get("X-Tile-Features"))
}

func TestTileCacheWriteInvalidates(t *testing.T) {
	st := openMem(t)
	fillStore(t, st, 3, 5)
	srv, _ := testServer(t, st, Config{})
	before := tileCount(t, srv, tilePath+"0/0/0")
	if n, _ := srv.tiles.stats(); n != 1 {
		t.Fatalf("%d tiles cached after one request, want 1", n)
	}
	if _, err := st.PutArticle(context.Background(), synthResult(99, 4)); err != nil {
		t.Fatal(err)
	}
	if after := tileCount(t, srv, tilePath+"0/0/0"); after != before+4 {
		t.Errorf("after a write of 4 events the tile has %d features, was %d: served stale", after, before)
	}
	if n, _ := srv.tiles.stats(); n != 1 {
		t.Errorf("%d tiles cached, want only the new version's", n)
	}
}

func TestTileCacheByteBound(t *testing.T) {
	st := openMem(t)
	fillStore(t, st, 20, 10)
	centre := orb.Point{47, 40.5}
	_, off := testServer(t, st, Config{TileCacheBytes: -1})
	var sizes []int
	for z := 0; z <= 6; z++ {
		sizes = append(sizes, do(off, "GET", tileOf(centre, z), nil).Body.Len())
	}
	bound := int64(slices.Max(sizes) + 2*tileEntryOverhead + 200) // room for the largest, not for all
	srv, h := testServer(t, st, Config{TileCacheBytes: bound})
	for round := 0; round < 2; round++ {
		for z := 0; z <= 6; z++ {
			rec := do(h, "GET", tileOf(centre, z), nil)
			if rec.Body.Len() != sizes[z] {
				t.Errorf("zoom %d: %d bytes through the cache, %d without", z, rec.Body.Len(), sizes[z])
			}
			if n, size := srv.tiles.stats(); size > bound || n == 0 {
				t.Fatalf("after zoom %d: %d tiles, %d bytes; bound %d", z, n, size, bound)
			}
		}
	}
	if n, _ := srv.tiles.stats(); n == len(sizes) {
		t.Errorf("all %d tiles (%v bytes) cached under %d bytes: nothing evicted", n, sizes, bound)
	}
}

func TestTileCacheRendersOnce(t *testing.T) {
	c := newTileCache(1 << 20)
	var renders atomic.Int32
	release := make(chan struct{})
	const n = 16
	var wg sync.WaitGroup
	started := make(chan struct{}, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			started <- struct{}{}
			tb, err := c.get(context.Background(), "v1", "k", func() (tileBody, error) {
				renders.Add(1)
				<-release
				return tileBody{body: []byte("tile"), features: 1}, nil
			})
			if err != nil || string(tb.body) != "tile" {
				t.Errorf("%q, %v", tb.body, err)
			}
		}()
	}
	for i := 0; i < n; i++ {
		<-started
	}
	for renders.Load() == 0 {
		runtime.Gosched()
	}
	close(release)
	wg.Wait()
	// goroutines that reached get after the render finished found it cached: still one render
	if r := renders.Load(); r != 1 {
		t.Errorf("%d concurrent misses rendered %d times, want 1", n, r)
	}
	if _, err := c.get(context.Background(), "v2", "k", func() (tileBody, error) { return tileBody{}, fmt.Errorf("boom") }); err == nil {
		t.Error("another version served the cached tile")
	}
}

// TestTileCacheTwoServers runs two servers on one PostGIS database: a write through one must
// change the tile the other serves from its cache.
func TestTileCacheTwoServers(t *testing.T) {
	if os.Getenv(testStoreEnv) != "postgres" {
		t.Skip("needs " + testStoreEnv + "=postgres")
	}
	dsn := pgtest.DSN(t)
	open := func() store.Store {
		s, err := postgis.Open(context.Background(), dsn, postgis.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	a, b := open(), open()
	fillStore(t, a, 3, 5)
	srvA, _ := testServer(t, a, Config{})
	srvB, _ := testServer(t, b, Config{})
	for round := 0; round < 3; round++ {
		na, nb := tileCount(t, srvA, tilePath+"0/0/0"), tileCount(t, srvB, tilePath+"0/0/0")
		if na != nb {
			t.Fatalf("round %d: server A's tile has %d features, B's %d", round, na, nb)
		}
		if _, err := a.PutArticle(context.Background(), synthResult(100+round, 3)); err != nil {
			t.Fatal(err)
		}
		if got := tileCount(t, srvB, tilePath+"0/0/0"); got != nb+3 {
			t.Fatalf("round %d: after a write through A, B serves %d features, was %d: stale", round, got, nb)
		}
	}
}
