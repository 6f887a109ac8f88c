package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"strconv"
	"strings"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

// page is one server-rendered HTML page: every API resource has one (f=html).
type page struct {
	Title  string
	Intro  string
	Crumbs []Link
	Links  []Link
	Table  *table
	Extra  *table
	JSON   string
	Map    *pageMap
}

// pageMap is the small map of a page (web/static/js/pagemap.js): the page's own resource as
// GeoJSON, or a collection's extent; Items is the items path its markers link into.
type pageMap struct {
	GeoJSON string
	BBox    string
	Items   string
}

type table struct {
	Head []string
	Rows [][]cell
}

type cell struct {
	Text string
	Href string
}

var pageTmpl = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}} — conflictmap API</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 1.5rem;color:#222}
nav{font-size:.9rem;margin-bottom:1rem}nav a{color:#555}
table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.9rem}
th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}pre{background:#f7f7f7;padding:.8rem;overflow:auto;font-size:.8rem}
a{color:#0b5cad}
#pagemap{height:320px;margin:1rem 0;border:1px solid #ddd;background:#dfe8ee}
</style>{{with .Map}}
<link rel="stylesheet" href="/vendor/leaflet/leaflet.css">
<script src="/vendor/leaflet/leaflet.js" defer></script>
<script src="/vendor/topojson/topojson-client.min.js" defer></script>
<script type="module" src="/js/pagemap.js"></script>{{end}}
</head><body>
<nav><a href="/">map</a>{{range .Crumbs}} › <a href="{{.Href}}">{{.Title}}</a>{{end}}</nav>
<h1>{{.Title}}</h1>
{{if .Intro}}<p>{{.Intro}}</p>{{end}}
{{with .Map}}<div id="pagemap" role="img" aria-label="A map of what this page lists"{{if .GeoJSON}} data-geojson="{{.GeoJSON}}"{{end}}{{if .BBox}} data-bbox="{{.BBox}}"{{end}}{{if .Items}} data-items="{{.Items}}"{{end}}></div>{{end}}
{{with .Table}}<table><thead><tr>{{range .Head}}<th>{{.}}</th>{{end}}</tr></thead><tbody>
{{range .Rows}}<tr>{{range .}}<td>{{if .Href}}<a href="{{.Href}}">{{.Text}}</a>{{else}}{{.Text}}{{end}}</td>{{end}}</tr>
{{end}}</tbody></table>{{end}}
{{with .Extra}}<table><thead><tr>{{range .Head}}<th>{{.}}</th>{{end}}</tr></thead><tbody>
{{range .Rows}}<tr>{{range .}}<td>{{if .Href}}<a href="{{.Href}}">{{.Text}}</a>{{else}}{{.Text}}{{end}}</td>{{end}}</tr>
{{end}}</tbody></table>{{end}}
{{if .Links}}<h2>Links</h2><ul>{{range .Links}}<li><a href="{{.Href}}">{{if .Title}}{{.Title}}{{else}}{{.Href}}{{end}}</a> <small>({{.Rel}}{{if .Type}}, {{.Type}}{{end}})</small></li>{{end}}</ul>{{end}}
{{if .JSON}}<h2>JSON</h2><pre>{{.JSON}}</pre>{{end}}
</body></html>
`))

func (s *Server) renderHTML(w http.ResponseWriter, p page) error {
	p.Links = browsable(p.Links)
	var b bytes.Buffer
	if err := pageTmpl.Execute(&b, p); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", appCSP) // the map's: only the server's own scripts run
	h.Set("Referrer-Policy", "same-origin")
	_, err := w.Write(b.Bytes())
	return err
}

// crumbs are the navigation links above a page: the API, then the collection when in one.
func crumbs(r *http.Request, last string) []Link {
	out := []Link{{Href: "/api?f=html", Title: "API"}}
	parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/api/"), "/")
	if len(parts) >= 2 && parts[0] == "collections" {
		out = append(out, Link{Href: "/api/collections?f=html", Title: "Collections"})
		if len(parts) > 2 {
			out = append(out, Link{Href: "/api/collections/" + parts[1] + "?f=html", Title: parts[1]})
		}
	}
	return append(out, Link{Href: r.URL.Path + "?f=html", Title: last})
}

func (s *Server) itemsHTML(w http.ResponseWriter, r *http.Request, l layers.Layer, fq *featureQuery, cur store.Iterator, links []Link) error {
	t := &table{}
	b := "/api/collections/" + l.ID + "/items/"
	if l.ID == "places" {
		t.Head = []string{"Name", "Country", "Level", "Mentions", "Articles", "First seen", "Last seen"}
	} else {
		t.Head = []string{"Title", "Type", "Date", "Place", "Country", "Actors", "Sources"}
	}
	err := cur.Each(r.Context(), func(h layers.Hit) error {
		href := b + h.ID() + "?f=html"
		if p := h.Place; p != nil {
			t.Rows = append(t.Rows, []cell{{Text: p.Name, Href: href}, {Text: p.Country}, {Text: p.Level},
				{Text: strconv.Itoa(p.Mentions)}, {Text: strconv.Itoa(p.Articles)}, {Text: p.FirstSeen}, {Text: p.LastSeen}})
			return nil
		}
		e := h.Event
		title := e.Title
		if title == "" {
			title = e.ID
		}
		t.Rows = append(t.Rows, []cell{{Text: title, Href: href}, {Text: e.EventType}, {Text: e.Date}, {Text: e.Place},
			{Text: e.Country}, {Text: strings.Join(e.Actors, ", ")}, {Text: strconv.Itoa(len(e.Sources))}})
		return nil
	})
	if err != nil {
		return err
	}
	intro := fmt.Sprintf("%d features from %d", len(t.Rows), fq.Offset+1)
	if cur.Matched() >= 0 {
		intro += fmt.Sprintf(" of %d matching", cur.Matched())
	}
	return s.renderHTML(w, page{Title: l.Title, Intro: intro, Crumbs: crumbs(r, "Items"), Table: t, Links: links,
		Map: &pageMap{GeoJSON: asLeanJSON(r), Items: "/api/collections/" + l.ID + "/items"}})
}

func (s *Server) itemHTML(w http.ResponseWriter, r *http.Request, l layers.Layer, h layers.Hit, links []Link) error {
	b, err := layers.HitJSON(h)
	if err != nil {
		return err
	}
	var f struct{ Properties map[string]any }
	if err := json.Unmarshal(b, &f); err != nil {
		return err
	}
	t := &table{Head: []string{"Property", "Value"}}
	for _, p := range propertiesOf(l.ID) {
		v, ok := f.Properties[p.name]
		if !ok || p.name == "sources" {
			continue
		}
		text := fmt.Sprint(v)
		switch v := v.(type) {
		case nil:
			text = "" // unknown
		case []any:
			parts := make([]string, len(v))
			for i, x := range v {
				parts[i] = fmt.Sprint(x)
			}
			text = strings.Join(parts, ", ")
		}
		t.Rows = append(t.Rows, []cell{{Text: p.name}, {Text: text}})
	}
	pt := h.Point()
	t.Rows = append(t.Rows, []cell{{Text: "location"}, {Text: fmt.Sprintf("%.5f, %.5f (lat, lon)", pt[1], pt[0])}})
	var extra *table
	if e := h.Event; e != nil && len(e.Sources) > 0 {
		extra = &table{Head: []string{"Quote", "Article", "Published"}}
		for _, src := range e.Sources {
			extra.Rows = append(extra.Rows, []cell{{Text: src.Quote}, {Text: orDefaultStr(src.Title, src.ArticleID), Href: "/api/articles/" + src.ArticleID + "?f=html"}, {Text: src.Published}})
		}
	}
	title := h.ID()
	if h.Event != nil && h.Event.Title != "" {
		title = h.Event.Title
	} else if h.Place != nil {
		title = h.Place.Name
	}
	return s.renderHTML(w, page{Title: title, Crumbs: crumbs(r, h.ID()), Table: t, Extra: extra, Links: links,
		Map: &pageMap{GeoJSON: asJSON(r)}})
}

// asJSON is the request's own path and query with f=json: what a page's map draws.
func asJSON(r *http.Request) string {
	q := r.URL.Query()
	q.Set("f", "json")
	return r.URL.Path + "?" + q.Encode()
}

// asLeanJSON is the request as GeoJSON in the lean form (lean.go), unless it chooses its
// properties: the page's small map shows a title, a type, a date and a place per dot.
func asLeanJSON(r *http.Request) string {
	q := r.URL.Query()
	q.Set("f", "json")
	if !q.Has("properties") {
		q.Set("profile", "lean")
	}
	return r.URL.Path + "?" + q.Encode()
}

// bboxMap is the map of a collection page: its extent (extentDoc), or none when it is empty.
func bboxMap(doc map[string]any, items string) *pageMap {
	e, ok := doc["extent"].(map[string]any)
	if !ok {
		return nil
	}
	sp, _ := e["spatial"].(map[string]any)
	bb, _ := sp["bbox"].([][]float64)
	if len(bb) == 0 || len(bb[0]) != 4 {
		return nil
	}
	parts := make([]string, 4)
	for i, v := range bb[0] {
		parts[i] = strconv.FormatFloat(v, 'f', -1, 64)
	}
	return &pageMap{BBox: strings.Join(parts, ","), Items: items}
}
