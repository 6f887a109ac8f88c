package web

import (
	"html"
	"io/fs"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

var (
	mapDiv    = regexp.MustCompile(`<div id="pagemap"[^>]*>`)
	dataAttr  = regexp.MustCompile(`data-(geojson|bbox|items)="([^"]*)"`)
	scriptTag = regexp.MustCompile(`(?s)<script([^>]*)>(.*?)</script>`)
)

// TestPageMaps checks the small map of the API's HTML pages: an items or item page points it at
// its own resource as JSON (whose features are those the page lists), a collection page at its
// extent; pages without features have none. Its scripts are files the binary embeds, never inline
// (the map's CSP forbids inline scripts), and a hostile query cannot break out of the attribute.
func TestPageMaps(t *testing.T) {
	_, h := seeded(t)
	id := decodeFC(t, do(h, "GET", "/api/collections/clashes/items", nil).Body).Features[0].ID
	tests := []struct {
		name, target string
		attr         string // geojson or bbox; "" for no map
		features     int    // features the JSON holds (geojson)
	}{
		{"items", "/api/collections/events/items?f=html&limit=2", "geojson", 2},
		{"items of a layer", "/api/collections/clashes/items?f=html", "geojson", 1},
		{"items, hostile query", `/api/collections/events/items?f=html&q=` + url.QueryEscape(`"><script>alert(1)</script>`), "geojson", 0},
		{"item", "/api/collections/clashes/items/" + id + "?f=html", "geojson", 1},
		{"collection", "/api/collections/deployments?f=html", "bbox", 0},
		{"empty collection", "/api/collections/meetings?f=html", "", 0},
		{"collections", "/api/collections?f=html", "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := do(h, "GET", tc.target, nil)
			if rec.Code != 200 {
				t.Fatalf("%d %s", rec.Code, rec.Body)
			}
			body := rec.Body.String()
			div := mapDiv.FindString(body)
			if tc.attr == "" {
				if div != "" || strings.Contains(body, "pagemap.js") {
					t.Errorf("a map on a page with nothing to draw: %s", div)
				}
				return
			}
			attrs := map[string]string{}
			for _, m := range dataAttr.FindAllStringSubmatch(div, -1) {
				attrs[m[1]] = html.UnescapeString(m[2])
			}
			checkScripts(t, body)
			if strings.Contains(body, "<script>alert") {
				t.Fatalf("the query broke out of the page: %s", div)
			}
			switch tc.attr {
			case "bbox":
				if n := len(strings.Split(attrs["bbox"], ",")); n != 4 {
					t.Errorf("bbox %q", attrs["bbox"])
				}
			case "geojson":
				checkMapJSON(t, h, tc.target, attrs["geojson"], tc.features)
			}
		})
	}
}

// checkMapJSON checks that the map's URL is the page's own, with f=json, and holds its features.
func checkMapJSON(t *testing.T, h http.Handler, page, src string, features int) {
	t.Helper()
	pu, _ := url.Parse(page)
	su, err := url.Parse(src)
	if err != nil || su.Path != pu.Path || su.Query().Get("f") != "json" || su.Host != "" {
		t.Fatalf("map source %q, want %s with f=json", src, pu.Path)
	}
	want := pu.Query()
	want.Set("f", "json")
	if su.Query().Get("profile") == "lean" && strings.HasSuffix(pu.Path, "/items") {
		want.Set("profile", "lean") // an items page's map needs no sources (lean.go)
	}
	if su.Query().Encode() != want.Encode() {
		t.Errorf("map query %q, want the page's %q", su.RawQuery, want.Encode())
	}
	rec := do(h, "GET", src, nil)
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), mtGeoJSON) {
		t.Fatalf("%s: %d %s", src, rec.Code, rec.Header().Get("Content-Type"))
	}
	if strings.Contains(su.Path, "/items/") {
		return // a single feature
	}
	if got := len(decodeFC(t, rec.Body).Features); got != features {
		t.Errorf("%s holds %d features, want %d", src, got, features)
	}
}

// checkScripts checks that every script of a page is an embedded file loaded from the server.
func checkScripts(t *testing.T, body string) {
	t.Helper()
	scripts := scriptTag.FindAllStringSubmatch(body, -1)
	if len(scripts) == 0 {
		t.Fatal("no scripts")
	}
	for _, s := range scripts {
		src := regexp.MustCompile(`src="(/[^/"][^"]*)"`).FindStringSubmatch(s[1])
		if strings.TrimSpace(s[2]) != "" || src == nil {
			t.Errorf("an inline or foreign script: %s", s[0])
			continue
		}
		if _, err := fs.Stat(staticFiles, "static"+src[1]); err != nil && !strings.HasPrefix(src[1], "/vendor/") {
			t.Errorf("%s is not embedded: %v", src[1], err)
		}
	}
	if regexp.MustCompile(`(?i)\son[a-z]+=`).MatchString(body) {
		t.Error("an inline event handler")
	}
}
