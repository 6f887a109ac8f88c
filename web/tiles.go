package web

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/mvt"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/maptile"
	"github.com/tidwall/gjson"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

// Vector tiles of the layers (OGC API – Tiles, Mapbox Vector Tiles) in WebMercatorQuad.
//
// A tile carries a small property set (events: id, event_type, date, fatalities, place;
// places: id, name, mentions): a client fetches the whole feature by id. A tile whose box holds
// at most tileCap features carries them all. A denser one (a low zoom over a million events) is
// thinned by a grid: the tile is cut into thinGrid × thinGrid cells and each cell gives at most
// thinPerCell features (the first in the store's order), so that a dense tile costs thinGrid²
// small queries and at most thinGrid² × thinPerCell features however many the box holds; the
// response then says X-Tile-Thinned: 1.

const (
	tmsWebMercator = "WebMercatorQuad"
	tmsURI         = "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad"
	crs3857        = "http://www.opengis.net/def/crs/EPSG/0/3857"
	mtMVT          = "application/vnd.mapbox-vector-tile"
	relTilesets    = "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector"
	relTilingSch   = "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme"

	tileMaxZoom  = 22
	tileExtent   = 4096
	tileBuffer   = 8.0 / 256 // of a tile: points a few pixels outside still draw their circle's edge
	tileCap      = 10000     // features sent whole up to this many in a tile's box
	thinGrid     = 32        // cells per side of a dense tile (8 px cells of a 256 px tile)
	thinPerCell  = 4         // features a cell of a dense tile gives at most
	tileMaxAge   = "public, max-age=30"
	tileTemplate = "{tileMatrix}/{tileRow}/{tileCol}"
)

// Parameters a tile request does not take (the rest are the items filters).
var tileRefused = map[string]bool{
	"bbox": true, "bbox-crs": true, "limit": true, "offset": true, "sortby": true, "properties": true,
	"format": true, "bom": true, "crs": true,
}

// tileLink is a Link that may be a URI template.
type tileLink struct {
	Href      string `json:"href"`
	Rel       string `json:"rel"`
	Type      string `json:"type,omitempty"`
	Title     string `json:"title,omitempty"`
	Templated bool   `json:"templated,omitempty"`
}

func tilesetDoc(b string, l layers.Layer) map[string]any {
	ts := b + "/tiles/" + tmsWebMercator
	return map[string]any{
		"title": l.Title + " (vector tiles)", "dataType": "vector", "crs": crs3857, "tileMatrixSetURI": tmsURI,
		"minzoom": 0, "maxzoom": tileMaxZoom,
		"links": []tileLink{
			{Href: ts, Rel: "self", Type: mtJSON, Title: "This tileset"},
			{Href: "/api/tileMatrixSets/" + tmsWebMercator, Rel: relTilingSch, Type: mtJSON, Title: "WebMercatorQuad"},
			{Href: ts + "/" + tileTemplate, Rel: "item", Type: mtMVT, Title: "Mapbox vector tiles", Templated: true},
		},
		"layers": []map[string]any{{"id": l.ID, "title": l.Title, "dataType": "vector", "geometryDimension": 0,
			"minTileMatrix": "0", "maxTileMatrix": strconv.Itoa(tileMaxZoom), "propertiesSchema": tilePropsSchema(l.ID)}},
	}
}

func tilePropsSchema(layer string) map[string]any {
	str, num := map[string]any{"type": "string"}, map[string]any{"type": "integer"}
	p := map[string]any{"id": str, "event_type": str, "date": str, "fatalities": num, "place": str}
	if layer == "places" {
		p = map[string]any{"id": str, "name": str, "mentions": num}
	}
	return map[string]any{"type": "object", "properties": p}
}

// fixTileLinks makes the tiling-scheme link absolute.
func fixTileLinks(doc map[string]any, base string) {
	for i, l := range doc["links"].([]tileLink) {
		if strings.HasPrefix(l.Href, "/") {
			doc["links"].([]tileLink)[i].Href = base + l.Href
		}
	}
}

func (s *Server) tilesets(w http.ResponseWriter, r *http.Request) error {
	l, err := layerOf(r)
	if err != nil {
		return err
	}
	b := baseURL(r) + "/api/collections/" + l.ID
	ts := tilesetDoc(b, l)
	fixTileLinks(ts, baseURL(r))
	delete(ts, "layers")
	return writeJSON(w, 200, mtJSON, map[string]any{
		"links":    []Link{{b + "/tiles", "self", mtJSON, "The tilesets of " + l.Title}, {b, "collection", mtJSON, l.Title}},
		"tilesets": []any{ts},
	})
}

func (s *Server) tileset(w http.ResponseWriter, r *http.Request) error {
	l, err := layerOf(r)
	if err != nil {
		return err
	}
	if t := chi.URLParam(r, "tms"); t != tmsWebMercator {
		return notFound("no tile matrix set %q (only %s)", t, tmsWebMercator)
	}
	doc := tilesetDoc(baseURL(r)+"/api/collections/"+l.ID, l)
	fixTileLinks(doc, baseURL(r))
	return writeJSON(w, 200, mtJSON, doc)
}

// parseTile parses the {z}/{y}/{x} of a tile request.
func parseTile(r *http.Request) (maptile.Tile, error) {
	num := func(name string, max uint64) (uint32, error) {
		v := chi.URLParam(r, name)
		n, err := strconv.ParseUint(v, 10, 32)
		if err != nil || n > max {
			return 0, badParam(name, "%s must be an integer from 0 to %d, got %q", name, max, v)
		}
		return uint32(n), nil
	}
	z, err := num("tileMatrix", tileMaxZoom)
	if err != nil {
		return maptile.Tile{}, err
	}
	y, err := num("tileRow", 1<<z-1)
	if err != nil {
		return maptile.Tile{}, err
	}
	x, err := num("tileCol", 1<<z-1)
	if err != nil {
		return maptile.Tile{}, err
	}
	return maptile.New(x, y, maptile.Zoom(z)), nil
}

func (s *Server) tile(w http.ResponseWriter, r *http.Request) error {
	l, err := layerOf(r)
	if err != nil {
		return err
	}
	if t := chi.URLParam(r, "tms"); t != tmsWebMercator {
		return notFound("no tile matrix set %q (only %s)", t, tmsWebMercator)
	}
	t, err := parseTile(r)
	if err != nil {
		return err
	}
	v := r.URL.Query()
	for k := range v {
		if tileRefused[k] {
			return badParam(k, "a tile takes the items filters (datetime, filter, q, property=value) but not %s", k)
		}
	}
	if f := v.Get("f"); f != "" && f != "mvt" {
		return badParam("f", "tiles are only served as mvt, got %q", f)
	}
	v.Del("f")
	v.Del("v") // a client's cache key (the map bumps it when the store changes); the ETag has it
	fq, err := s.parseFeatureQuery(l.ID, v, true)
	if err != nil {
		return err
	}
	version, err := s.store.Version(r.Context())
	if err != nil {
		return err
	}
	gz := acceptsGzip(r.Header.Get("Accept-Encoding"))
	etag := tileETag(version, l.ID, t, r.URL.Query(), gz)
	h := w.Header()
	h.Set("Cache-Control", tileMaxAge)
	h.Set("ETag", etag)
	h.Add("Vary", "Accept-Encoding")
	if etagMatch(r.Header.Get("If-None-Match"), etag) {
		w.WriteHeader(http.StatusNotModified)
		return nil
	}
	tb, err := s.tiles.get(r.Context(), version, etag, func() (tileBody, error) {
		return s.renderTile(r.Context(), l.ID, fq.Query, t, gz)
	})
	if err != nil {
		return err
	}
	h.Set("X-Tile-Features", strconv.Itoa(tb.features))
	if tb.thinned {
		h.Set("X-Tile-Thinned", "1")
	}
	if tb.features == 0 {
		w.WriteHeader(http.StatusNoContent)
		return nil
	}
	h.Set("Content-Type", mtMVT)
	if gz {
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("Content-Length", strconv.Itoa(len(tb.body)))
	_, err = w.Write(tb.body)
	return err
}

// renderTile selects a tile's features and encodes them (no bytes when there are none).
func (s *Server) renderTile(ctx context.Context, layer string, q layers.Query, t maptile.Tile, gz bool) (tileBody, error) {
	fs, thinned, err := s.tileFeatures(ctx, q, t)
	if err != nil || len(fs) == 0 {
		return tileBody{thinned: thinned}, err
	}
	body, err := encodeTile(layer, fs, t, gz)
	return tileBody{body: body, features: len(fs), thinned: thinned}, err
}

// encodeTile encodes features (in lon/lat) as a one-layer Mapbox vector tile.
func encodeTile(layer string, fs []*geojson.Feature, t maptile.Tile, gz bool) ([]byte, error) {
	if b, ok := encodePoints(layer, fs, t); ok {
		if gz {
			return gzipBytes(b)
		}
		return b, nil
	}
	return encodeTileOrb(layer, fs, t, gz)
}

// encodeTileOrb is encodeTile by orb/encoding/mvt, for any feature.
func encodeTileOrb(layer string, fs []*geojson.Feature, t maptile.Tile, gz bool) ([]byte, error) {
	ly := &mvt.Layer{Name: layer, Version: 2, Extent: tileExtent, Features: fs}
	ls := mvt.Layers{ly}
	ls.ProjectToTile(t)
	if gz {
		return mvt.MarshalGzipped(ls)
	}
	return mvt.Marshal(ls)
}

// tileBound is a tile's box with its buffer, clamped to the world.
func tileBound(t maptile.Tile, buffer float64) orb.Bound {
	b := t.Bound(buffer)
	b.Min[0], b.Max[0] = max(b.Min[0], -180), min(b.Max[0], 180)
	b.Min[1], b.Max[1] = max(b.Min[1], -90), min(b.Max[1], 90)
	return b
}

// tileFeatures selects a tile's features: all of them up to tileCap, else thinned by grid.
func (s *Server) tileFeatures(ctx context.Context, q layers.Query, t maptile.Tile) ([]*geojson.Feature, bool, error) {
	b := tileBound(t, tileBuffer)
	q.Bound, q.Offset, q.SortBy = &b, 0, nil
	if dense, err := s.tooDense(ctx, q); dense || err != nil {
		fs, err := s.thinTile(ctx, q, b)
		return fs, true, err
	}
	q.Limit, q.CountLimit = tileCap, tileCap+1
	cur, err := s.store.Query(ctx, q)
	if err != nil {
		return nil, false, err
	}
	if n := cur.Matched(); n >= 0 && n <= tileCap {
		fs := make([]*geojson.Feature, 0, cur.Len())
		err := eachTileFeature(ctx, cur, q.Layer, func(f *geojson.Feature) error { fs = append(fs, f); return nil })
		return fs, false, err
	}
	fs, err := s.thinTile(ctx, q, b)
	return fs, true, err
}

// tooDense reports whether a store that thins tiles in one statement (store.TileThinner)
// holds more than tileCap features of q, by counting them alone: a tile's page of tileCap
// features, read to be thrown away, costs that store more than its thinning.
func (s *Server) tooDense(ctx context.Context, q layers.Query) (bool, error) {
	if _, ok := s.store.(store.TileThinner); !ok || q.Layer == "places" {
		return false, nil
	}
	q.Limit, q.CountLimit = 1, tileCap+1
	cur, err := s.store.Query(ctx, q)
	if err != nil {
		return false, err
	}
	return cur.Matched() < 0 || cur.Matched() > tileCap, nil
}

// thinTile gives at most thinPerCell features of each cell of a thinGrid × thinGrid grid over b:
// in one statement from a store that can (store.TileThinner), else one query per cell.
func (s *Server) thinTile(ctx context.Context, q layers.Query, b orb.Bound) ([]*geojson.Feature, error) {
	xs, ys := thinEdges(b)
	tt, ok := s.store.(store.TileThinner)
	if !ok || q.Layer == "places" {
		return s.thinTileByCell(ctx, q, xs, ys)
	}
	cur, err := tt.ThinTile(ctx, q, xs, ys, thinPerCell)
	if err != nil {
		return nil, err
	}
	var fs []*geojson.Feature
	err = eachTileFeature(ctx, cur, q.Layer, func(f *geojson.Feature) error { fs = append(fs, f); return nil })
	return fs, err
}

// thinEdges are the edges of the thinning grid's cells over b, thinGrid + 1 a side.
func thinEdges(b orb.Bound) (xs, ys []float64) {
	dx, dy := (b.Max[0]-b.Min[0])/thinGrid, (b.Max[1]-b.Min[1])/thinGrid
	xs, ys = make([]float64, thinGrid+1), make([]float64, thinGrid+1)
	for i := range xs {
		xs[i], ys[i] = b.Min[0]+float64(float64(i)*dx), b.Min[1]+float64(float64(i)*dy)
	}
	return xs, ys
}

// thinTileByCell is thinTile by one store query per cell of the grid with edges xs × ys.
func (s *Server) thinTileByCell(ctx context.Context, q layers.Query, xs, ys []float64) ([]*geojson.Feature, error) {
	q.Limit, q.CountLimit, q.Offset, q.SortBy = thinPerCell, 1, 0, nil
	nx, ny := len(xs)-1, len(ys)-1
	var fs []*geojson.Feature
	for i := 0; i < nx; i++ {
		for j := 0; j < ny; j++ {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			cell := orb.Bound{Min: orb.Point{xs[i], ys[j]}, Max: orb.Point{xs[i+1], ys[j+1]}}
			q.Bound = &cell
			cur, err := s.store.Query(ctx, q)
			if err != nil {
				return nil, err
			}
			err = eachTileFeature(ctx, cur, q.Layer, func(f *geojson.Feature) error {
				// a point on a cell's edge is in two cells: keep it in the one it starts
				if p := f.Point(); (p[0] == cell.Max[0] && i < nx-1) || (p[1] == cell.Max[1] && j < ny-1) {
					return nil
				}
				fs = append(fs, f)
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
	}
	return fs, nil
}

// eachTileFeature calls fn with each feature of cur as a tile carries it: from the store's
// index when it offers them so (store.TileIterator), else read from each feature's GeoJSON.
func eachTileFeature(ctx context.Context, cur store.Iterator, layer string, fn func(*geojson.Feature) error) error {
	ti, ok := cur.(store.TileIterator)
	if !ok || layer == "places" {
		return cur.EachJSON(ctx, func(js string) error { return fn(tileFeature(layer, js)) })
	}
	return ti.EachTile(ctx, func(p store.TilePoint) error {
		if p.JSON != "" {
			return fn(tileFeature(layer, p.JSON))
		}
		f := geojson.NewFeature(orb.Point{p.Lon, p.Lat})
		f.Properties["id"] = p.ID
		f.Properties["event_type"] = p.EventType
		f.Properties["place"] = p.Place
		if p.Date != "" {
			f.Properties["date"] = p.Date
		}
		if p.Fatalities >= 0 {
			f.Properties["fatalities"] = int64(p.Fatalities)
		}
		return fn(f)
	})
}

// tileFeature is a feature's GeoJSON (as the store encoded it) with the tile's small property
// set, read with gjson: decoding whole events would cost ten times more.
func tileFeature(layer, js string) *geojson.Feature {
	paths := []string{"geometry.coordinates.0", "geometry.coordinates.1", "properties.id",
		"properties.event_type", "properties.place", "properties.date", "properties.fatalities"}
	if layer == "places" {
		paths = append(paths[:3], "properties.name", "properties.mentions")
	}
	r := gjson.GetMany(js, paths...)
	f := geojson.NewFeature(orb.Point{r[0].Float(), r[1].Float()})
	f.Properties["id"] = r[2].String()
	if layer == "places" {
		f.Properties["name"] = r[3].String()
		f.Properties["mentions"] = r[4].Int()
		return f
	}
	f.Properties["event_type"] = r[3].String()
	f.Properties["place"] = r[4].String()
	if r[5].Type == gjson.String && r[5].Str != "" { // an undated event's "date" is "": none, as from an index
		f.Properties["date"] = r[5].String()
	}
	if r[6].Type == gjson.Number {
		f.Properties["fatalities"] = r[6].Int()
	}
	return f
}

// tileETag names a tile's content: the store's version, the tile, its filters and encoding.
func tileETag(version, layer string, t maptile.Tile, v url.Values, gz bool) string {
	sum := sha256.Sum256([]byte(version + "|" + layer + "|" + strconv.Itoa(int(t.Z)) + "/" +
		strconv.Itoa(int(t.Y)) + "/" + strconv.Itoa(int(t.X)) + "|" + v.Encode() + "|" + strconv.FormatBool(gz)))
	return `"` + hex.EncodeToString(sum[:12]) + `"`
}

// etagMatch reports whether an If-None-Match header names etag (or is *); weak tags match too.
func etagMatch(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}

// acceptsGzip reports whether an Accept-Encoding header accepts gzip (q=0 refuses it).
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), "gzip") {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
