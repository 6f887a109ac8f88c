package web

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// TestMalformedQuery: a malformed escape or too many parameters is a 400 problem, not a
// parameter silently dropped.
func TestMalformedQuery(t *testing.T) {
	_, h := testServer(t, openMem(t), Config{})
	for _, tc := range []struct {
		target string
		want   int
		title  string
	}{
		{"/api/collections/events/items?bbox=1,2,3,4%zz", 400, "Malformed query string"},
		{"/api/collections/events/items?filter=%zz", 400, "Malformed query string"},
		{"/api/collections/events/download?format=csv&q=%", 400, "Malformed query string"},
		{"/api/collections?a=1;b=2", 400, "Malformed query string"},
		{"/api/collections/events/items?" + strings.Repeat("event_type=clash&", 64) + "event_type=clash", 400, "Too many parameters"},
		{"/api/collections/events/items?bbox=1,2,3,4&filter=fatalities%20%3E%3D%201&f=json", 200, ""},
	} {
		rec := do(h, http.MethodGet, tc.target, nil)
		if rec.Code != tc.want {
			t.Errorf("GET %.80s: %d, want %d (%s)", tc.target, rec.Code, tc.want, rec.Body.String())
			continue
		}
		if tc.want == 400 {
			var p Problem
			if ct := rec.Header().Get("Content-Type"); ct != "application/problem+json" || json.Unmarshal(rec.Body.Bytes(), &p) != nil || p.Status != 400 || p.Title != tc.title {
				t.Errorf("GET %.80s: %s %q, want a problem %q", tc.target, ct, rec.Body.String(), tc.title)
			}
		}
	}
}
