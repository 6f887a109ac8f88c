package web_test

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"conflictmap/geo"
	"conflictmap/web"
)

func appFiles() fstest.MapFS {
	return fstest.MapFS{
		"index.html":                {Data: []byte("<!doctype html><title>map</title>")},
		"app.css":                   {Data: []byte(strings.Repeat("body { margin: 0 }\n", 200))},
		"js/main.js":                {Data: []byte("export const x = 1;\n")},
		"vendor/leaflet/leaflet.js": {Data: []byte(strings.Repeat("var L = {};\n", 300))},
		"favicon.svg":               {Data: []byte("<svg/>")},
	}
}

func TestAppHandler(t *testing.T) {
	h := web.NewAppHandler(web.AppConfig{Files: appFiles()})
	tests := []struct {
		name, method, path string
		status             int
		ctype, cache       string
	}{
		{"index at root", "GET", "/", 200, "text/html; charset=utf-8", "no-cache"},
		{"index by name", "GET", "/index.html", 200, "text/html; charset=utf-8", "no-cache"},
		{"module", "GET", "/js/main.js", 200, "text/javascript; charset=utf-8", "no-cache"},
		{"css", "GET", "/app.css", 200, "text/css; charset=utf-8", "no-cache"},
		{"svg", "GET", "/favicon.svg", 200, "image/svg+xml", "no-cache"},
		{"vendor cached a day", "GET", "/vendor/leaflet/leaflet.js", 200, "text/javascript; charset=utf-8", "public, max-age=86400"},
		{"head", "HEAD", "/", 200, "text/html; charset=utf-8", "no-cache"},
		{"missing", "GET", "/nope.js", 404, "application/problem+json", ""},
		{"missing vendor says what to run", "GET", "/vendor/x.js", 404, "application/problem+json", ""},
		{"directory", "GET", "/js", 404, "application/problem+json", ""},
		{"dot-dot stays inside", "GET", "/../app.go", 404, "application/problem+json", ""},
		{"post", "POST", "/", 405, "application/problem+json", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, nil))
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
			if got := rec.Header().Get("Content-Type"); got != tt.ctype {
				t.Errorf("Content-Type %q, want %q", got, tt.ctype)
			}
			if got := rec.Header().Get("Cache-Control"); tt.cache != "" && got != tt.cache {
				t.Errorf("Cache-Control %q, want %q", got, tt.cache)
			}
			if tt.status == 404 && strings.HasPrefix(tt.path, "/vendor/") && !strings.Contains(rec.Body.String(), "make assets") {
				t.Errorf("404 of a vendor file should say to run make assets: %s", rec.Body)
			}
			if tt.method == "HEAD" && rec.Body.Len() != 0 {
				t.Errorf("HEAD has a body")
			}
		})
	}
}

func TestAppHandlerSecurityHeaders(t *testing.T) {
	h := web.NewAppHandler(web.AppConfig{Files: appFiles()})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	csp := rec.Header().Get("Content-Security-Policy")
	for _, want := range []string{"script-src 'self'", "connect-src 'self'", "object-src 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
		t.Error("no nosniff")
	}
}

func TestAppHandlerETag(t *testing.T) {
	h := web.NewAppHandler(web.AppConfig{Files: appFiles()})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/js/main.js", nil))
	etag := rec.Header().Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	req := httptest.NewRequest("GET", "/js/main.js", nil)
	req.Header.Set("If-None-Match", etag)
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
		t.Fatalf("conditional GET: %d with %d bytes, want 304 and none", rec.Code, rec.Body.Len())
	}
}

func TestAppHandlerGzip(t *testing.T) {
	h := web.NewAppHandler(web.AppConfig{Files: appFiles()})
	for _, tt := range []struct {
		accept string
		gz     bool
	}{{"gzip, deflate, br", true}, {"br", false}, {"", false}, {"gzip;q=0", false}, {"gzip;q=0.5", true}} {
		req := httptest.NewRequest("GET", "/vendor/leaflet/leaflet.js", nil)
		req.Header.Set("Accept-Encoding", tt.accept)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if got := rec.Header().Get("Content-Encoding") == "gzip"; got != tt.gz {
			t.Errorf("Accept-Encoding %q: gzip %v, want %v", tt.accept, got, tt.gz)
			continue
		}
		if !tt.gz {
			continue
		}
		zr, err := gzip.NewReader(rec.Body)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(zr)
		if !strings.HasPrefix(string(b), "var L = {};") {
			t.Errorf("gunzipped body %.20q", b)
		}
	}
}

func TestAppHandlerDevDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte("one"), 0o644); err != nil {
		t.Fatal(err)
	}
	h := web.NewAppHandler(web.AppConfig{Dir: dir})
	get := func() (string, string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
		return rec.Body.String(), rec.Header().Get("Cache-Control")
	}
	if body, cc := get(); body != "one" || cc != "no-store" {
		t.Fatalf("got %q, %q", body, cc)
	}
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte("two"), 0o644); err != nil {
		t.Fatal(err)
	}
	if body, _ := get(); body != "two" {
		t.Fatalf("dev mode served a stale file: %q", body)
	}
}

func TestAppHandlerEmbedded(t *testing.T) {
	rec := httptest.NewRecorder()
	web.NewAppHandler(web.AppConfig{}).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "js/main.js") {
		t.Fatalf("embedded index.html: %d %.80q", rec.Code, rec.Body.String())
	}
}

func TestBasemapLabels(t *testing.T) {
	g, err := geo.LoadEmbedded()
	if err != nil {
		t.Skipf("no gazetteer: %v", err)
	}
	rec := httptest.NewRecorder()
	web.BasemapLabelsHandler(g).ServeHTTP(rec, httptest.NewRequest("GET", "/api/basemap/labels", nil))
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "application/geo+json" {
		t.Fatalf("%d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Geometry struct {
				Type        string    `json:"type"`
				Coordinates []float64 `json:"coordinates"`
			} `json:"geometry"`
			Properties struct {
				Name, Kind, Country string
				Population          int
			} `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &fc); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	lastRank := -1
	rank := map[string]int{web.LabelCountry: 0, web.LabelCapital: 1, web.LabelCity: 2, web.LabelTown: 3}
	for _, f := range fc.Features {
		p := f.Properties
		if f.Geometry.Type != "Point" || len(f.Geometry.Coordinates) != 2 {
			t.Fatalf("%s: geometry %+v", p.Name, f.Geometry)
		}
		r, ok := rank[p.Kind]
		if !ok {
			t.Fatalf("%s: kind %q", p.Name, p.Kind)
		}
		if r < lastRank {
			t.Fatalf("%s (%s) after a smaller kind: labels must come largest first", p.Name, p.Kind)
		}
		lastRank = r
		if _, seen := kinds[p.Name+"/"+p.Country]; !seen {
			kinds[p.Name+"/"+p.Country] = p.Kind
		}
	}
	for name, want := range map[string]string{"Baku/AZ": web.LabelCapital, "Yerevan/AM": web.LabelCapital, "Tbilisi/GE": web.LabelCapital, "Istanbul/TR": web.LabelCity} {
		if got := kinds[name]; got != want {
			t.Errorf("%s: kind %q, want %q", name, got, want)
		}
	}
	if len(fc.Features) < 300 {
		t.Errorf("only %d labels", len(fc.Features))
	}
}
