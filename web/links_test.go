package web

import (
	"encoding/json"
	"html"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// TestLinksPlain follows every link of every resource in JSON: a JSON or GeoJSON link is a plain
// path (no f=), it answers 200 with the media type the link announces, and the collection's
// items link extended with "/{featureId}" (as GDAL builds it) finds the feature.
func TestLinksPlain(t *testing.T) {
	_, h := seeded(t)
	rec := do(h, "GET", "/api/collections/events/items?limit=1", nil)
	id := decodeFC(t, rec.Body).Features[0].ID
	resources := []string{
		"/api", "/api/collections", "/api/collections/events", "/api/collections/places",
		"/api/collections/events/items?limit=2", "/api/collections/events/items?limit=2&offset=2",
		"/api/collections/events/items?limit=2&f=json", "/api/collections/places/items?limit=1&offset=1",
		"/api/collections/events/items/" + id, "/api/collections/events/items/" + id + "?f=json",
	}
	for _, res := range resources {
		t.Run(res, func(t *testing.T) {
			rec := do(h, "GET", res, nil)
			if rec.Code != 200 {
				t.Fatalf("%d %s", rec.Code, rec.Body)
			}
			var doc struct{ Links []Link }
			if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
				t.Fatal(err)
			}
			if len(doc.Links) == 0 {
				t.Fatal("no links")
			}
			for _, l := range doc.Links {
				u, err := url.Parse(l.Href)
				if err != nil || !u.IsAbs() {
					t.Errorf("%s link %q: not an absolute URL", l.Rel, l.Href)
					continue
				}
				if l.Type == mtJSON || l.Type == mtGeoJSON || l.Type == mtSchema {
					if u.Query().Has("f") {
						t.Errorf("%s link %q carries f=: want a plain path with the format in type", l.Rel, l.Href)
					}
				}
				got := do(h, "GET", u.RequestURI(), nil)
				if got.Code != 200 {
					t.Errorf("%s link %q: %d", l.Rel, l.Href, got.Code)
					continue
				}
				if ct := got.Header().Get("Content-Type"); !strings.HasPrefix(ct, strings.SplitN(l.Type, ";", 2)[0]) {
					t.Errorf("%s link %q: type %q, served %q", l.Rel, l.Href, l.Type, ct)
				}
			}
		})
	}
	t.Run("items link plus id", func(t *testing.T) {
		rec := do(h, "GET", "/api/collections/events", nil)
		var doc struct{ Links []Link }
		json.Unmarshal(rec.Body.Bytes(), &doc)
		for _, l := range doc.Links {
			if l.Rel != "items" || l.Type != mtGeoJSON {
				continue
			}
			u, _ := url.Parse(l.Href + "/" + url.PathEscape(id))
			if got := do(h, "GET", u.RequestURI(), nil); got.Code != 200 || !strings.Contains(got.Body.String(), id) {
				t.Errorf("GET %s: %d %s", u, got.Code, got.Body)
			}
			return
		}
		t.Error("no items link of type GeoJSON")
	})
}

// TestLinksHTML checks the links of HTML pages: next and prev stay HTML, and JSON resources are
// linked with f=json so that a browser shows them.
func TestLinksHTML(t *testing.T) {
	_, h := seeded(t)
	href := regexp.MustCompile(`<a href="([^"]+)">([^<]*)</a> <small>\(([^,)]+)(?:, ([^)]+))?\)</small>`)
	for _, res := range []string{"/api?f=html", "/api/collections/events?f=html", "/api/collections/events/items?f=html&limit=1&offset=1"} {
		t.Run(res, func(t *testing.T) {
			rec := do(h, "GET", res, nil, "Accept", "text/html")
			if rec.Code != 200 {
				t.Fatalf("%d", rec.Code)
			}
			links := href.FindAllStringSubmatch(rec.Body.String(), -1)
			if len(links) == 0 {
				t.Fatal("no links on the page")
			}
			for _, m := range links {
				u, err := url.Parse(html.UnescapeString(m[1]))
				if err != nil {
					t.Fatal(err)
				}
				got := do(h, "GET", u.RequestURI(), nil, "Accept", "text/html")
				if got.Code != 200 {
					t.Errorf("%s %s: %d", m[3], u, got.Code)
					continue
				}
				want := html.UnescapeString(m[4])
				if m[3] == "next" || m[3] == "prev" {
					want = mtHTML
				}
				if ct := got.Header().Get("Content-Type"); want != "" && !strings.HasPrefix(ct, strings.SplitN(want, ";", 2)[0]) {
					t.Errorf("%s %s: type %q, a browser gets %q", m[3], u, want, ct)
				}
			}
		})
	}
	rec := do(h, "GET", "/api/collections/events/items?f=html&limit=1&offset=1", nil)
	var next, prev bool
	for _, m := range href.FindAllStringSubmatch(rec.Body.String(), -1) {
		next = next || m[3] == "next"
		prev = prev || m[3] == "prev"
	}
	if !next || !prev {
		t.Errorf("an HTML middle page links next %v, prev %v", next, prev)
	}
}
