package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/go-chi/chi/v5"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

// Conformance classes this server implements (and no others).
var conformanceClasses = []string{
	"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
	"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
	"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
	"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
	"http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
	"http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
	"http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
	"http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
	"http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
	"http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
	"http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
	"http://www.opengis.net/spec/cql2/1.0/conf/case-insensitive-comparison",
	"http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
	"http://www.opengis.net/spec/cql2/1.0/conf/temporal-functions",
	"http://www.opengis.net/spec/ogcapi-features-5/1.0/conf/schemas",
	"http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core",
	"http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
	"http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list",
	"http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets",
	"http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt",
	"http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/oas30",
	"http://www.opengis.net/spec/tms/2.0/conf/json-tilematrixset",
}

// Link is a link of an OGC API resource.
type Link struct {
	Href  string `json:"href"`
	Rel   string `json:"rel"`
	Type  string `json:"type,omitempty"`
	Title string `json:"title,omitempty"`
}

const (
	mtJSON     = "application/json"
	mtGeoJSON  = "application/geo+json"
	mtHTML     = "text/html"
	mtOpenAPI  = "application/vnd.oai.openapi+json;version=3.0"
	mtSchema   = "application/schema+json"
	mtProblems = "application/problem+json"
)

// baseURL is Config.BaseURL when one is configured, else the scheme and host the client used.
func baseURL(r *http.Request) string {
	if b, ok := r.Context().Value(baseURLKey{}).(string); ok {
		return b
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	if p := r.Header.Get("X-Forwarded-Proto"); p == "https" || p == "http" {
		scheme = p
	}
	return scheme + "://" + r.Host
}

func writeJSON(w http.ResponseWriter, status int, mediaType string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", mediaType)
	w.WriteHeader(status)
	_, err = w.Write(append(b, '\n'))
	return err
}

func layerOf(r *http.Request) (layers.Layer, error) {
	id := chi.URLParam(r, "id")
	l, ok := layers.LayerByID(id)
	if !ok {
		return l, notFound("no collection %q (see /api/collections)", id)
	}
	return l, nil
}

// ---- landing, conformance, API definition -------------------------------------------------

func (s *Server) landing(w http.ResponseWriter, r *http.Request) error {
	f, err := formatOf(r.URL.Query(), r.Header.Get("Accept"), "json", "html")
	if err != nil {
		return err
	}
	b := baseURL(r) + "/api"
	links := []Link{
		{b, "self", mtJSON, "This document"},
		{b + "?f=html", "alternate", mtHTML, "This document as HTML"},
		{b + "/openapi", "service-desc", mtOpenAPI, "The API definition (OpenAPI 3.0)"},
		{b + "/docs", "service-doc", mtHTML, "The API documentation"},
		{b + "/conformance", "conformance", mtJSON, "Conformance classes implemented"},
		{b + "/collections", "data", mtJSON, "The layers"},
		{b + "/articles", "http://conflictmap/rel/articles", mtJSON, "The articles read"},
		{b + "/tileMatrixSets", "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes", mtJSON, "Tile matrix sets (WebMercatorQuad)"},
	}
	doc := map[string]any{
		"title":       "conflictmap",
		"description": "Events of the Armenia–Azerbaijan conflict (deployments, clashes, incidents, exercises, agreements, parades, meetings) and the places news articles mention, extracted from the articles, as OGC API – Features.",
		"links":       links,
	}
	if f == "html" {
		return s.renderHTML(w, page{Title: "conflictmap", Intro: doc["description"].(string), Links: links})
	}
	return writeJSON(w, 200, mtJSON, doc)
}

func (s *Server) conformance(w http.ResponseWriter, r *http.Request) error {
	f, err := formatOf(r.URL.Query(), r.Header.Get("Accept"), "json", "html")
	if err != nil {
		return err
	}
	if f == "html" {
		t := &table{Head: []string{"Conformance class"}}
		for _, c := range conformanceClasses {
			t.Rows = append(t.Rows, []cell{{Text: c, Href: c}})
		}
		return s.renderHTML(w, page{Title: "Conformance", Crumbs: crumbs(r, "Conformance"), Table: t})
	}
	return writeJSON(w, 200, mtJSON, map[string]any{"conformsTo": conformanceClasses})
}

func (s *Server) docs(w http.ResponseWriter, r *http.Request) error {
	b := baseURL(r) + "/api"
	t := &table{Head: []string{"Path", "What"}}
	for _, row := range [][2]string{
		{"/api", "landing page"}, {"/api/openapi", "OpenAPI 3.0 definition"}, {"/api/conformance", "conformance classes"},
		{"/api/collections", "the layers"}, {"/api/collections/{id}", "one layer, its extent"},
		{"/api/collections/{id}/queryables", "properties to filter on (JSON Schema)"},
		{"/api/collections/{id}/schema", "every property of the features, with its type (JSON Schema)"},
		{"/api/collections/{id}/items", "features: bbox, datetime, limit, offset, sortby, properties, profile=lean, filter (CQL2 text), q, property=value; f=json|html|geojson|csv|kml|xlsx"},
		{"/api/collections/{id}/items/{featureId}", "one feature"},
		{"/api/collections/{id}/tiles", "vector tilesets; /tiles/WebMercatorQuad/{z}/{y}/{x}: a Mapbox vector tile, with the items filters datetime, filter, q, property=value"},
		{"/api/tileMatrixSets", "the tile matrix sets (WebMercatorQuad)"},
		{"/api/changes", "Server-Sent Events: one 'change' event per write (kind, article, version)"},
		{"/api/collections/{id}/download", "the whole selection as a file: format=geojson|csv|kml|xlsx and the items filters"},
		{"/api/articles", "GET: articles read; POST (Bearer token): add an article (text/plain, text/markdown, text/html, application/json)"},
		{"/api/articles/{id}", "GET: an article and its mentions; DELETE (Bearer token): remove it"},
	} {
		t.Rows = append(t.Rows, []cell{{Text: row[0]}, {Text: row[1]}})
	}
	return s.renderHTML(w, page{Title: "conflictmap API", Crumbs: crumbs(r, "Documentation"),
		Intro: "OGC API – Features over the conflictmap layers. The machine-readable definition is linked below.",
		Links: []Link{{b + "/openapi", "service-desc", mtOpenAPI, "OpenAPI 3.0 definition"}}, Table: t})
}

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) error {
	return writeJSON(w, 200, mtOpenAPI, openAPIDoc(baseURL(r)+"/api", s.cfg))
}

// ---- collections --------------------------------------------------------------------------

func (s *Server) collectionDoc(ctx context.Context, r *http.Request, l layers.Layer) (map[string]any, error) {
	b := baseURL(r) + "/api/collections/" + l.ID
	links := []Link{
		{b, "self", mtJSON, l.Title},
		{b + "?f=html", "alternate", mtHTML, l.Title + " as HTML"},
		{b + "/items", "items", mtGeoJSON, l.Title + " features"},
		{b + "/items?f=html", "items", mtHTML, l.Title + " features as HTML"},
		{b + "/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables", mtSchema, "Queryable properties"},
		{b + "/schema", "http://www.opengis.net/def/rel/ogc/1.0/schema", mtSchema, "Schema of the features"},
		{b + "/tiles", relTilesets, mtJSON, l.Title + " as vector tiles (Mapbox Vector Tiles, WebMercatorQuad)"},
		{b + "/download?format=geojson", "enclosure", mtGeoJSON, "Download as GeoJSON"},
		{b + "/download?format=csv", "enclosure", "text/csv", "Download as CSV"},
		{b + "/download?format=kml", "enclosure", formats["kml"].mediaType, "Download as KML"},
		{b + "/download?format=xlsx", "enclosure", mtXLSX, "Download as XLSX (spreadsheet)"},
	}
	doc := map[string]any{
		"id": l.ID, "title": l.Title, "description": l.Description, "itemType": "feature",
		"crs": []string{crs84}, "links": links,
	}
	ext, err := s.store.Extent(ctx, l.ID)
	if err != nil {
		return nil, err
	}
	if ext.Count > 0 {
		doc["extent"] = extentDoc(ext)
	}
	doc["numberOfFeatures"] = ext.Count
	return doc, nil
}

func (s *Server) collections(w http.ResponseWriter, r *http.Request) error {
	f, err := formatOf(r.URL.Query(), r.Header.Get("Accept"), "json", "html")
	if err != nil {
		return err
	}
	var docs []map[string]any
	for _, l := range layers.Layers {
		d, err := s.collectionDoc(r.Context(), r, l)
		if err != nil {
			return err
		}
		docs = append(docs, d)
	}
	b := baseURL(r) + "/api/collections"
	links := []Link{{b, "self", mtJSON, "The layers"}, {b + "?f=html", "alternate", mtHTML, "The layers as HTML"}}
	if f == "html" {
		t := &table{Head: []string{"Collection", "Description", "Features", "Items"}}
		for _, d := range docs {
			id := d["id"].(string)
			t.Rows = append(t.Rows, []cell{{Text: d["title"].(string), Href: b + "/" + id + "?f=html"},
				{Text: d["description"].(string)}, {Text: strconv.Itoa(d["numberOfFeatures"].(int))},
				{Text: "items", Href: b + "/" + id + "/items?f=html"}})
		}
		return s.renderHTML(w, page{Title: "Collections", Crumbs: crumbs(r, "Collections"), Links: links, Table: t})
	}
	return writeJSON(w, 200, mtJSON, map[string]any{"links": links, "collections": docs})
}

func (s *Server) collection(w http.ResponseWriter, r *http.Request) error {
	l, err := layerOf(r)
	if err != nil {
		return err
	}
	f, err := formatOf(r.URL.Query(), r.Header.Get("Accept"), "json", "html")
	if err != nil {
		return err
	}
	d, err := s.collectionDoc(r.Context(), r, l)
	if err != nil {
		return err
	}
	if f == "html" {
		t := &table{Head: []string{"", ""}}
		t.Rows = append(t.Rows, []cell{{Text: "id"}, {Text: l.ID}}, []cell{{Text: "features"}, {Text: strconv.Itoa(d["numberOfFeatures"].(int))}})
		if e, ok := d["extent"]; ok {
			b, _ := json.Marshal(e)
			t.Rows = append(t.Rows, []cell{{Text: "extent"}, {Text: string(b)}})
		}
		return s.renderHTML(w, page{Title: l.Title, Intro: l.Description, Crumbs: crumbs(r, l.Title), Links: d["links"].([]Link), Table: t,
			Map: bboxMap(d, "/api/collections/"+l.ID+"/items")})
	}
	return writeJSON(w, 200, mtJSON, d)
}

// ---- items --------------------------------------------------------------------------------

func (s *Server) items(w http.ResponseWriter, r *http.Request) error {
	l, err := layerOf(r)
	if err != nil {
		return err
	}
	v := r.URL.Query()
	f, err := formatOf(v, r.Header.Get("Accept"), "json", "html", "geojson", "csv", "kml", "xlsx")
	if err != nil {
		return err
	}
	if _, ok := formats[f]; ok {
		return s.serveDownload(w, r, l, f, v)
	}
	fq, err := s.parseFeatureQuery(l.ID, v, false)
	if err != nil {
		return err
	}
	cur, err := s.store.Query(r.Context(), fq.Query)
	if err != nil {
		return err
	}
	links := itemsLinks(r, l, v, f, fq, cur)
	if f == "html" {
		return s.itemsHTML(w, r, l, fq, cur, links)
	}
	w.Header().Set("Content-Type", mtGeoJSON)
	enc := newPageEncoder(w, fq.props)
	if err := enc.begin(); err != nil {
		return err
	}
	returned, err := encodeFeatures(r.Context(), enc, cur, fq)
	if err != nil {
		return err
	}
	trailer := map[string]any{"numberReturned": returned, "timeStamp": time.Now().UTC().Format(time.RFC3339), "links": links}
	if cur.Matched() >= 0 {
		trailer["numberMatched"] = cur.Matched()
	}
	tb, _ := json.Marshal(trailer)
	return enc.end(tb[1 : len(tb)-1])
}

func (s *Server) item(w http.ResponseWriter, r *http.Request) error {
	l, err := layerOf(r)
	if err != nil {
		return err
	}
	f, err := formatOf(r.URL.Query(), r.Header.Get("Accept"), "json", "html")
	if err != nil {
		return err
	}
	id := chi.URLParam(r, "featureId")
	b := baseURL(r) + "/api/collections/" + l.ID
	links := []Link{
		{b + "/items/" + url.PathEscape(id), "self", mtGeoJSON, "This feature"},
		{b + "/items/" + url.PathEscape(id) + "?f=html", "alternate", mtHTML, "This feature as HTML"},
		{b, "collection", mtJSON, l.Title},
	}
	var fj string
	if g, ok := s.store.(store.FeatureJSONGetter); ok && f == "json" {
		// the feature's text as the store keeps it, not decoded and encoded again
		if fj, err = g.GetFeatureJSON(r.Context(), l.ID, id); err != nil {
			return itemErr(err, id, l.ID)
		}
	} else {
		h, err := s.store.GetFeature(r.Context(), l.ID, id)
		if err != nil {
			return itemErr(err, id, l.ID)
		}
		if f == "html" {
			return s.itemHTML(w, r, l, h, links)
		}
		b, err := featureJSON(h, nil)
		if err != nil {
			return err
		}
		fj = string(b)
	}
	return writeItem(w, fj, links)
}

// writeItem writes a feature's JSON with links as its last member, in one write.
func writeItem(w http.ResponseWriter, fj string, links []Link) error {
	bp := itemBufs.Get().(*[]byte)
	defer itemBufs.Put(bp)
	b := append((*bp)[:0], fj[:len(fj)-1]...)
	b = append(b, `,"links":`...)
	b = append(appendLinks(b, links), "}\n"...)
	*bp = b
	w.Header().Set("Content-Type", mtGeoJSON)
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	_, err := w.Write(b)
	return err
}

var itemBufs = sync.Pool{New: func() any { b := make([]byte, 0, 4<<10); return &b }}

func itemErr(err error, id, layer string) error {
	if isNotFound(err) {
		return notFound("no feature %q in collection %s", id, layer)
	}
	return err
}

// ---- downloads ----------------------------------------------------------------------------

func (s *Server) download(w http.ResponseWriter, r *http.Request) error {
	l, err := layerOf(r)
	if err != nil {
		return err
	}
	v := r.URL.Query()
	format := v.Get("format")
	if format == "" {
		format = v.Get("f")
	}
	if format == "" || format == "json" {
		format = "geojson"
	}
	if _, ok := formats[format]; !ok {
		return badParam("format", "format must be geojson, csv, kml or xlsx, got %q", format)
	}
	return s.serveDownload(w, r, l, format, v)
}

func (s *Server) serveDownload(w http.ResponseWriter, r *http.Request, l layers.Layer, format string, v url.Values) error {
	fq, err := s.parseFeatureQuery(l.ID, v, true)
	if err != nil {
		return err
	}
	cur, err := s.store.Query(r.Context(), fq.Query)
	if err != nil {
		return err
	}
	ft := formats[format]
	h := w.Header()
	h.Set("Content-Type", ft.mediaType)
	h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="conflictmap-%s.%s"`, l.ID, ft.ext))
	return writeFeatures(r.Context(), w, cur, format, l.ID, fq)
}

// writeFeatures streams a cursor's features in a format, as the query asks (properties, bom).
func writeFeatures(ctx context.Context, w io.Writer, cur store.Iterator, format, layer string, fq *featureQuery) error {
	if format == "xlsx" {
		return writeXLSX(ctx, w, cur, layer, "")
	}
	enc := newEncoder(format, w, "conflictmap "+layer, fq.props, fq.bom)
	if err := enc.begin(); err != nil {
		return err
	}
	n, err := encodeFeatures(ctx, enc, cur, fq)
	if err != nil {
		return err
	}
	var trailer []byte
	if format == "geojson" {
		tb, _ := json.Marshal(map[string]any{"name": "conflictmap-" + layer, "numberReturned": n,
			"timeStamp": time.Now().UTC().Format(time.RFC3339)})
		trailer = tb[1 : len(tb)-1]
	}
	return enc.end(trailer)
}

// Export writes the features of a layer that params select (the items filters: bbox, datetime,
// filter, q, sortby, properties, limit, offset, property=value; bom=1 for a CSV with a UTF-8 byte
// order mark) to w as format (geojson, csv, kml or xlsx), streaming: `conflictmap export --layer L --format F [filters]` is this function.
func Export(ctx context.Context, st store.Store, w io.Writer, layer, format string, params url.Values) error {
	l, ok := layers.LayerByID(layer)
	if !ok {
		return fmt.Errorf("web: export: unknown layer %q", layer)
	}
	if _, ok := formats[format]; !ok {
		return fmt.Errorf("web: export: unknown format %q (geojson, csv, kml, xlsx)", format)
	}
	if params == nil {
		params = url.Values{}
	}
	s := New(Config{}, st, nil, nil)
	fq, err := s.parseFeatureQuery(l.ID, params, true)
	if err != nil {
		return fmt.Errorf("web: export: %w", err)
	}
	cur, err := st.Query(ctx, fq.Query)
	if err != nil {
		return fmt.Errorf("web: export: %w", err)
	}
	return writeFeatures(ctx, w, cur, format, l.ID, fq)
}

// encodeFeatures writes a cursor's features with enc and counts them: GeoJSON with every
// property is copied from the bytes the store encoded when it wrote the features.
func encodeFeatures(ctx context.Context, enc encoder, cur store.Iterator, fq *featureQuery) (int, error) {
	n := 0
	if g, ok := enc.(*geojsonEncoder); ok && fq.props == nil {
		err := cur.EachJSON(ctx, func(f string) error { n++; return g.raw(f) })
		return n, err
	}
	if g, ok := enc.(*geojsonEncoder); ok {
		// properties= or profile=lean: cut from the same bytes (lean.go)
		keep := propertySet(fq.props)
		var buf []byte
		if li, ok := cur.(store.LeanIterator); ok && fq.lean {
			// the store keeps the lean forms: no stored feature is read
			err := li.EachLean(ctx, func(f string, cut bool) error {
				n++
				if cut {
					return g.raw(f)
				}
				var err error
				if buf, err = leanOrProject(buf[:0], f, keep); err != nil {
					return err
				}
				return g.rawBytes(buf)
			})
			return n, err
		}
		err := cur.EachJSON(ctx, func(f string) error {
			var ok bool
			if buf, ok = cutLean(buf[:0], f, fq.lean); !ok {
				var err error
				if buf, err = projectFeature(buf[:0], f, keep); err != nil {
					return err
				}
			}
			n++
			return g.rawBytes(buf)
		})
		return n, err
	}
	err := cur.Each(ctx, func(h layers.Hit) error { n++; return enc.feature(h) })
	return n, err
}

// leanOrProject appends f's lean form to b: cut in one copy, or member by member.
func leanOrProject(b []byte, f string, keep func(string) bool) ([]byte, error) {
	if b, ok := cutLean(b, f, true); ok {
		return b, nil
	}
	return projectFeature(b, f, keep)
}

func isNotFound(err error) bool {
	p := toProblem(err)
	return p.Status == http.StatusNotFound
}
