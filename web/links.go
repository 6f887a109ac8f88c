package web

import (
	"net/http"
	"net/url"
	"strconv"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

// Links are plain paths with the format in their type: a JSON or GeoJSON resource is linked
// without ?f=json, because GIS clients build URLs on them (GDAL asks for the items link plus
// "/{featureId}", which ?f=json would turn into /items?f=json/{id}). An HTML rendition is
// linked with ?f=html, so that the href gives HTML whatever the client's Accept header. The
// HTML pages themselves link JSON resources with ?f=json (browsable), since a browser's Accept
// header would otherwise bring the HTML page back.

// itemsLinks are the links of an items page in format f (json or html): self and alternate,
// the collection, and next and prev while there are more pages, in the page's format.
func itemsLinks(r *http.Request, l layers.Layer, v url.Values, f string, fq *featureQuery, cur store.Iterator) []Link {
	page := func(format string, offset int) string {
		q := url.Values{}
		for k, vs := range v {
			if k != "f" {
				q[k] = vs
			}
		}
		if format == "html" {
			q.Set("f", "html")
		}
		if offset >= 0 {
			q.Set("offset", strconv.Itoa(offset))
		}
		u := baseURL(r) + r.URL.Path
		if e := q.Encode(); e != "" {
			u += "?" + e
		}
		return u
	}
	self, alt := Link{page("json", -1), "self", mtGeoJSON, "This page"}, Link{page("html", -1), "alternate", mtHTML, "This page as HTML"}
	mt := mtGeoJSON
	if f == "html" {
		self, alt = Link{alt.Href, "self", mtHTML, "This page"}, Link{self.Href, "alternate", mtGeoJSON, "This page as GeoJSON"}
		mt = mtHTML
	}
	links := []Link{self, alt, {baseURL(r) + "/api/collections/" + l.ID, "collection", mtJSON, l.Title}}
	n := cur.Len()
	if (cur.Matched() < 0 && n == fq.Limit) || (cur.Matched() >= 0 && fq.Offset+n < cur.Matched()) {
		links = append(links, Link{page(f, fq.Offset+n), "next", mt, "Next page"})
	}
	if fq.Offset > 0 {
		links = append(links, Link{page(f, max(0, fq.Offset-fq.Limit)), "prev", mt, "Previous page"})
	}
	return links
}

// browsable returns links for an HTML page: JSON resources get ?f=json, so that following one
// in a browser shows the JSON rather than this page again.
func browsable(links []Link) []Link {
	out := make([]Link, len(links))
	for i, l := range links {
		out[i] = l
		switch l.Type {
		case mtJSON, mtGeoJSON, mtSchema:
		default:
			continue
		}
		u, err := url.Parse(l.Href)
		if err != nil {
			continue
		}
		q := u.Query()
		if q.Has("f") || q.Has("format") {
			continue
		}
		q.Set("f", "json")
		u.RawQuery = q.Encode()
		out[i].Href = u.String()
	}
	return out
}
