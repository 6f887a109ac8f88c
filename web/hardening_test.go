package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"
	"syscall"
	"testing"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

// fullDiskStore fails every write as a full disk does.
type fullDiskStore struct{ store.Store }

var errDiskFull = fmt.Errorf("layers: write article: %w", &os.PathError{Op: "write", Path: "conflictmap.db", Err: syscall.ENOSPC})

func (fullDiskStore) PutArticle(context.Context, *layers.Result) (layers.PutResult, error) {
	return layers.PutResult{}, errDiskFull
}

func (fullDiskStore) DeleteArticle(context.Context, string) error { return errDiskFull }

// TestDiskFull: a write that fails for want of space is a 507 problem that says so.
func TestDiskFull(t *testing.T) {
	s := New(Config{Token: testToken, App: http.NotFoundHandler()}, fullDiskStore{openMem(t)}, fakeExtractor{}, nil)
	h := s.Routes()
	for _, tc := range []struct{ method, target, body string }{
		{http.MethodPost, "/api/articles", "A title\nEVENT clash 45.6 40.9 2021-05-01 Tovuz Azerbaijan\n"},
		{http.MethodDelete, "/api/articles/abc", ""},
	} {
		rec := do(h, tc.method, tc.target, strings.NewReader(tc.body),
			"Content-Type", "text/plain", "Authorization", "Bearer "+testToken)
		var p Problem
		if rec.Code != http.StatusInsufficientStorage || json.Unmarshal(rec.Body.Bytes(), &p) != nil || p.Title != "Disk full" {
			t.Errorf("%s %s on a full disk: %d %s; want a 507 'Disk full' problem", tc.method, tc.target, rec.Code, rec.Body.String())
		}
	}
}

// TestHTMLPagesCSP: the API's HTML pages carry the map's Content-Security-Policy.
func TestHTMLPagesCSP(t *testing.T) {
	_, h := testServer(t, openMem(t), Config{})
	for _, target := range []string{"/api?f=html", "/api/collections?f=html", "/api/collections/events/items?f=html", "/api/articles?f=html", "/api/docs"} {
		rec := do(h, http.MethodGet, target, nil)
		if rec.Code != 200 || rec.Header().Get("Content-Security-Policy") != appCSP {
			t.Errorf("GET %s: %d, CSP %q; want the map's", target, rec.Code, rec.Header().Get("Content-Security-Policy"))
		}
	}
}
