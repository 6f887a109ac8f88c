package web

import (
	"net/http"
	"testing"
)

// TestHeadAndAllow: HEAD answers wherever GET does; a 405 says what is allowed.
func TestHeadAndAllow(t *testing.T) {
	_, h := testServer(t, openMem(t), Config{})
	for _, tc := range []struct {
		method, target string
		want           int
		allow          string
	}{
		{http.MethodHead, "/healthz", 200, ""},
		{http.MethodHead, "/api", 200, ""},
		{http.MethodHead, "/api/collections", 200, ""},
		{http.MethodHead, "/api/collections/events/items", 200, ""},
		{http.MethodHead, "/api/articles", 200, ""},
		{http.MethodHead, "/api/collections/nope", 404, ""},
		{http.MethodDelete, "/api/collections/events", 405, "GET, HEAD"},
		{http.MethodPost, "/api/collections", 405, "GET, HEAD"},
		{http.MethodPut, "/api/articles", 405, "GET, HEAD, POST"},
		{http.MethodPost, "/api/articles/abc", 405, "GET, HEAD, DELETE"},
	} {
		rec := do(h, tc.method, tc.target, nil)
		if rec.Code != tc.want || rec.Header().Get("Allow") != tc.allow {
			t.Errorf("%s %s: %d, Allow %q; want %d, Allow %q", tc.method, tc.target, rec.Code, rec.Header().Get("Allow"), tc.want, tc.allow)
		}
		if tc.want == 405 && rec.Header().Get("Content-Type") != "application/problem+json" {
			t.Errorf("%s %s: Content-Type %q, want a problem", tc.method, tc.target, rec.Header().Get("Content-Type"))
		}
	}
}
