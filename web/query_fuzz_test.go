package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
)

// FuzzCheckQuery: any raw query string gets an answer, never a panic; one that url.ParseQuery
// reads whole, within the parameter bound, passes checkQuery, and one it cannot is a 400.
func FuzzCheckQuery(f *testing.F) {
	for _, s := range []string{"", "bbox=1,2,3,4%zz", "filter=%zz", "a=1;b=2", "f=json&limit=5", "%", "=&=&&", "q=%E2%82%AC"} {
		f.Add(s)
	}
	s := New(Config{}, nil, nil, nil)
	h := s.checkQuery(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) }))
	f.Fuzz(func(t *testing.T, raw string) {
		req := httptest.NewRequest(http.MethodGet, "/api/collections", nil)
		req.URL.RawQuery = raw
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		v, err := url.ParseQuery(raw)
		switch {
		case err != nil && rec.Code != 400:
			t.Errorf("%q: ParseQuery fails (%v) but checkQuery answered %d", raw, err, rec.Code)
		case err == nil && len(v) > 0 && rec.Code == 400 && len(raw) < 64:
			t.Errorf("%q: a well-formed short query refused", raw)
		}
	})
}
