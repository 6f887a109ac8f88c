package postgis

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"conflictmap/internal/pgtest"
	"conflictmap/layers"
	"conflictmap/layers/store"
)

// terminate ends every other connection to the store's database, as a server restart does.
func terminate(t *testing.T, dsn string) {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	_, err = conn.Exec(context.Background(), `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
		WHERE datname = current_database() AND pid <> pg_backend_pid()`)
	if err != nil {
		t.Fatal(err)
	}
}

// TestConnectionsLost: queries on connections the server ended fail with ErrUnavailable or
// succeed on a new connection, never with another error; Watch reconnects.
func TestConnectionsLost(t *testing.T) {
	dsn := pgtest.DSN(t)
	s, err := Open(context.Background(), dsn, Options{MaxConns: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	ch, err := s.Watch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 { // fill the pool
		if _, err := s.Version(ctx); err != nil {
			t.Fatal(err)
		}
	}
	terminate(t, dsn)
	for i := range 4 {
		_, err := s.Version(ctx)
		t.Logf("query %d: %v", i, err)
		if err != nil && !errors.Is(err, store.ErrUnavailable) {
			t.Errorf("query %d after the connections were ended: %v, want ErrUnavailable or success", i, err)
		}
	}
	// writes reach the watcher again once it has reconnected (changes meanwhile may be lost)
	deadline := time.After(time.Minute) // a hang guard
	for i := 0; ; i++ {
		res := &layers.Result{Article: layers.Article{ID: fmt.Sprintf("a%d", i), Title: "A", Raw: "text"}}
		if _, err := s.PutArticle(ctx, res); err != nil && !errors.Is(err, store.ErrUnavailable) {
			t.Fatal(err)
		}
		select {
		case c := <-ch:
			if c.Kind != "put" {
				t.Errorf("change %+v, want a put", c)
			}
			return
		case <-deadline:
			t.Fatal("Watch delivered nothing after the connections were ended")
		case <-time.After(200 * time.Millisecond):
		}
	}
}
