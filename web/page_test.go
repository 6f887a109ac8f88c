package web

import (
	"encoding/json"
	"net/http"
	"strconv"
	"testing"
)

// TestItemsPageLength: an items page that fits the page buffer carries its Content-Length,
// the length of its body; one that does not streams without it; both are whole collections.
func TestItemsPageLength(t *testing.T) {
	st := openMem(t)
	fillStore(t, st, 60, 6)
	_, h := testServer(t, st, Config{})
	for _, c := range []struct {
		target string
		sized  bool
	}{
		{"/api/collections/events/items?limit=10", true},
		{"/api/collections/events/items?limit=10&profile=lean", true},
		{"/api/collections/events/items?limit=1000", false},
	} {
		rec := do(h, http.MethodGet, c.target, nil)
		if rec.Code != 200 {
			t.Fatalf("%s: %d", c.target, rec.Code)
		}
		cl := rec.Header().Get("Content-Length")
		if c.sized && cl != strconv.Itoa(rec.Body.Len()) {
			t.Errorf("%s: Content-Length %q, body %d bytes", c.target, cl, rec.Body.Len())
		}
		if !c.sized && (cl != "" || rec.Body.Len() <= pageBufSize) {
			t.Errorf("%s: Content-Length %q for a %d-byte page", c.target, cl, rec.Body.Len())
		}
		var fc struct{ Features []json.RawMessage }
		if err := json.Unmarshal(rec.Body.Bytes(), &fc); err != nil || len(fc.Features) == 0 {
			t.Errorf("%s: %d features, %v", c.target, len(fc.Features), err)
		}
	}
}
