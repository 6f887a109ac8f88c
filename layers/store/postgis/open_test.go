package postgis

import (
	"context"
	"errors"
	"net"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"conflictmap/internal/pgtest"
	"conflictmap/layers"
	"conflictmap/layers/store"
)

func TestOpenErrors(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close() // nothing listens there now
	for _, c := range []struct {
		name, dsn string
		want      error
	}{
		{"bad dsn", "postgres://%zz", layers.ErrInvalid},
		{"nothing listening", "postgres://postgres@127.0.0.1:" + strconv.Itoa(port) + "/x?connect_timeout=5", store.ErrUnavailable},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := Open(context.Background(), c.dsn, Options{})
			if err == nil {
				s.Close()
			}
			if !errors.Is(err, c.want) {
				t.Errorf("Open: %v, want %v", err, c.want)
			}
		})
	}
}

// TestOpenTogether opens one new database from several stores at once: the migrations run
// once, and every store works.
func TestOpenTogether(t *testing.T) {
	dsn := pgtest.DSN(t)
	stores := make([]*Store, 4)
	errs := make([]error, len(stores))
	var wg sync.WaitGroup
	for i := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = Open(context.Background(), dsn, Options{})
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Open %d: %v", i, err)
		}
		defer stores[i].Close()
	}
	var n, v int
	err := stores[0].pool.QueryRow(context.Background(), "SELECT count(*), max(version) FROM conflictmap_schema_version").Scan(&n, &v)
	if err != nil || n != len(migrations) || v != len(migrations) {
		t.Errorf("schema versions: %d rows, version %d, %v; want each of %d once", n, v, err, len(migrations))
	}
	// a write through one store is seen through another, as its version and its Watch
	ch, err := stores[1].Watch(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := stores[0].PutArticle(context.Background(), emptyResult()); err != nil {
		t.Fatal(err)
	}
	v0, _ := stores[0].Version(context.Background())
	v1, _ := stores[1].Version(context.Background())
	if v0 != v1 || v0 == "0" {
		t.Errorf("versions %q and %q, want one, changed", v0, v1)
	}
	select {
	case c := <-ch:
		if c.Version != v0 {
			t.Errorf("change %+v, want version %s", c, v0)
		}
	case <-time.After(time.Minute): // a hang guard
		t.Fatal("no change seen by the other store")
	}
}

func emptyResult() *layers.Result {
	return &layers.Result{Article: layers.Article{ID: "x1", Title: "X", Raw: "text"}}
}

func TestStatementTimeout(t *testing.T) {
	s, err := Open(context.Background(), pgtest.DSN(t), Options{StatementTimeout: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = s.pool.Exec(context.Background(), "SELECT pg_sleep(5)")
	if err := wrap("sleep", err); !errors.Is(err, store.ErrUnavailable) {
		t.Errorf("a statement past the timeout: %v, want ErrUnavailable", err)
	}
}

// TestUnstorableText: text PostgreSQL cannot hold is refused as invalid, not as a database error.
func TestUnstorableText(t *testing.T) {
	s := openTest(t)
	for _, c := range []struct{ name, raw string }{{"nul", "a\x00b"}, {"invalid utf-8", "a\xffb"}} {
		t.Run(c.name, func(t *testing.T) {
			_, err := s.PutArticle(context.Background(), &layers.Result{Article: layers.Article{ID: "x", Raw: c.raw}})
			if !errors.Is(err, layers.ErrInvalid) {
				t.Errorf("PutArticle: %v, want ErrInvalid", err)
			}
		})
	}
}

func TestCluster(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	if _, err := s.BulkLoad(ctx, synthetic(500)); err != nil {
		t.Fatal(err)
	}
	box := orb.Bound{Min: orb.Point{38, 36}, Max: orb.Point{45, 40}}
	before, err := s.Query(ctx, layers.Query{Layer: "events", Bound: &box})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Cluster(ctx); err != nil {
		t.Fatal(err)
	}
	after, err := s.Query(ctx, layers.Query{Layer: "events", Bound: &box})
	if err != nil {
		t.Fatal(err)
	}
	if before.Matched() != after.Matched() || after.Matched() == 0 {
		t.Errorf("%d events in the box before clustering, %d after", before.Matched(), after.Matched())
	}
	// event_docs lies in the order of events (a page's features on a few heap pages), all kept
	var evOrder, docOrder []string
	if err := s.pool.QueryRow(ctx, "SELECT array_agg(id ORDER BY ctid) FROM events").Scan(&evOrder); err != nil {
		t.Fatal(err)
	}
	if err := s.pool.QueryRow(ctx, "SELECT array_agg(id ORDER BY ctid) FROM event_docs").Scan(&docOrder); err != nil {
		t.Fatal(err)
	}
	pos := map[string]int{}
	for i, id := range evOrder {
		pos[id] = i
	}
	back := 0 // docs stored before one that comes earlier in events
	for i := 1; i < len(docOrder); i++ {
		if pos[docOrder[i]] < pos[docOrder[i-1]] {
			back++
		}
	}
	if len(evOrder) == 0 || len(docOrder) != len(evOrder) || back > len(evOrder)/50 {
		t.Errorf("after Cluster, %d events and %d docs, %d docs out of the events' order", len(evOrder), len(docOrder), back)
	}
	t.Logf("%d of %d docs out of order", back, len(docOrder))
	var fs []string
	after.EachJSON(ctx, func(f string) error { fs = append(fs, f); return nil })
	if len(fs) != after.Len() || len(fs) == 0 {
		t.Errorf("%d features of a page of %d after Cluster", len(fs), after.Len())
	}
}
