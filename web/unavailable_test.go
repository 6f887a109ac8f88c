package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

// downStore is a store whose database has gone away: every read fails as unavailable.
type downStore struct{ store.Store }

func (downStore) Query(context.Context, layers.Query) (store.Iterator, error) {
	return nil, fmt.Errorf("query: %w: connection refused", store.ErrUnavailable)
}

func (downStore) GetFeature(context.Context, string, string) (layers.Hit, error) {
	return layers.Hit{}, fmt.Errorf("get: %w: connection refused", store.ErrUnavailable)
}

// TestStoreUnavailable: a store that cannot reach its database answers 503 problem+json with
// Retry-After, never a 500, and the same server answers again once the store is back.
func TestStoreUnavailable(t *testing.T) {
	up := openMem(t)
	var cur store.Store = downStore{up}
	_, h := testServer(t, switchStore{&cur}, Config{})
	for _, path := range []string{"/api/collections/events/items", "/api/collections/events/items/x"} {
		rec := do(h, http.MethodGet, path, nil)
		if rec.Code != http.StatusServiceUnavailable || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/problem+json") ||
			rec.Header().Get("Retry-After") == "" {
			t.Errorf("GET %s with the database down: %d %q Retry-After %q, want 503 problem+json with Retry-After",
				path, rec.Code, rec.Header().Get("Content-Type"), rec.Header().Get("Retry-After"))
		}
	}
	cur = up // the database is back
	if rec := do(h, http.MethodGet, "/api/collections/events/items", nil); rec.Code != http.StatusOK {
		t.Errorf("with the database back: %d %s", rec.Code, rec.Body)
	}
}

// switchStore forwards to whichever store *s holds now.
type switchStore struct{ s *store.Store }

func (w switchStore) PutArticle(ctx context.Context, r *layers.Result) (layers.PutResult, error) {
	return (*w.s).PutArticle(ctx, r)
}
func (w switchStore) BulkLoad(ctx context.Context, rs []*layers.Result) (int, error) {
	return (*w.s).BulkLoad(ctx, rs)
}
func (w switchStore) DeleteArticle(ctx context.Context, id string) error {
	return (*w.s).DeleteArticle(ctx, id)
}
func (w switchStore) GetArticle(ctx context.Context, id string) (*layers.StoredArticle, error) {
	return (*w.s).GetArticle(ctx, id)
}
func (w switchStore) ListArticles(ctx context.Context, o, l int) ([]layers.ArticleSummary, int, error) {
	return (*w.s).ListArticles(ctx, o, l)
}
func (w switchStore) GetEvent(ctx context.Context, id string) (*layers.Event, error) {
	return (*w.s).GetEvent(ctx, id)
}
func (w switchStore) GetFeature(ctx context.Context, l, id string) (layers.Hit, error) {
	return (*w.s).GetFeature(ctx, l, id)
}
func (w switchStore) Query(ctx context.Context, q layers.Query) (store.Iterator, error) {
	return (*w.s).Query(ctx, q)
}
func (w switchStore) Extent(ctx context.Context, l string) (layers.Extent, error) {
	return (*w.s).Extent(ctx, l)
}
func (w switchStore) Counts(ctx context.Context) (map[string]int, error) { return (*w.s).Counts(ctx) }
func (w switchStore) Version(ctx context.Context) (string, error)        { return (*w.s).Version(ctx) }
func (w switchStore) Watch(ctx context.Context) (<-chan store.Change, error) {
	return (*w.s).Watch(ctx)
}
func (w switchStore) Seeded() bool      { return (*w.s).Seeded() }
func (w switchStore) MarkSeeded() error { return (*w.s).MarkSeeded() }
func (w switchStore) Close() error      { return nil }
