package web

import (
	"bytes"
	"context"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/mvt"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/maptile"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

const tilePath = "/api/collections/events/tiles/WebMercatorQuad/"

// tileIDs decodes a tile response into its features' ids and properties by id.
func tileIDs(t *testing.T, body []byte, gz bool, layer string) map[string]map[string]any {
	t.Helper()
	var ls mvt.Layers
	var err error
	if gz {
		ls, err = mvt.UnmarshalGzipped(body)
	} else {
		ls, err = mvt.Unmarshal(body)
	}
	if err != nil {
		t.Fatalf("decoding the tile: %v", err)
	}
	out := map[string]map[string]any{}
	for _, l := range ls {
		if l.Name != layer {
			t.Errorf("tile layer %q, want %q", l.Name, layer)
		}
		for _, f := range l.Features {
			out[f.Properties["id"].(string)] = f.Properties
		}
	}
	return out
}

func tileOf(p orb.Point, z int) string { return tileOfB(p, z) }

// tileOfB is the path of the events tile at p at zoom z.
func tileOfB(p orb.Point, z int) string {
	tl := maptile.At(p, maptile.Zoom(z))
	return tilePath + strings.Join([]string{strconv.Itoa(int(tl.Z)), strconv.Itoa(int(tl.Y)), strconv.Itoa(int(tl.X))}, "/")
}

func TestTileMetadata(t *testing.T) {
	_, h := testServer(t, openMem(t), Config{})
	for _, tc := range []struct{ name, path, want string }{
		{"tilesets", "/api/collections/events/tiles", `"tileMatrixSetURI":"` + tmsURI + `"`},
		{"tileset", "/api/collections/places/tiles/WebMercatorQuad", `WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}","rel":"item","type":"application/vnd.mapbox-vector-tile"`},
		{"tileset dataType", "/api/collections/events/tiles/WebMercatorQuad", `"dataType":"vector"`},
		{"collection links", "/api/collections/events", `"rel":"` + relTilesets + `"`},
		{"conformance", "/api/conformance", "ogcapi-tiles-1/1.0/conf/mvt"},
		{"tile matrix sets", "/api/tileMatrixSets", `"id":"WebMercatorQuad"`},
		{"tile matrix set", "/api/tileMatrixSets/WebMercatorQuad", `"matrixWidth":4194304`},
		{"openapi", "/api/openapi", `"/collections/{collectionId}/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := do(h, "GET", tc.path, nil)
			if rec.Code != 200 || !strings.Contains(rec.Body.String(), tc.want) {
				t.Errorf("GET %s: %d, body lacks %s:\n%.600s", tc.path, rec.Code, tc.want, rec.Body.String())
			}
		})
	}
}

func TestTileBadRequests(t *testing.T) {
	_, h := testServer(t, openMem(t), Config{})
	for _, tc := range []struct {
		path string
		code int
	}{
		{tilePath + "23/0/0", 400}, {tilePath + "1/2/0", 400}, {tilePath + "1/0/2", 400},
		{tilePath + "a/0/0", 400}, {tilePath + "-1/0/0", 400}, {tilePath + "0/0/0.5", 400},
		{tilePath + "99999999999999999999/0/0", 400}, {tilePath + "0/0/0?bbox=0,0,1,1", 400},
		{tilePath + "0/0/0?limit=5", 400}, {tilePath + "0/0/0?f=png", 400}, {tilePath + "0/0/0?nosuch=1", 400},
		{tilePath + "0/0/0?datetime=yesterday", 400}, {tilePath + "0/0/0?filter=fatalities%20%3E", 400},
		{"/api/collections/events/tiles/WorldCRS84Quad/0/0/0", 404}, {"/api/collections/nosuch/tiles", 404},
		{"/api/tileMatrixSets/WorldCRS84Quad", 404},
	} {
		t.Run(tc.path, func(t *testing.T) {
			rec := do(h, "GET", tc.path, nil)
			if rec.Code != tc.code || rec.Header().Get("Content-Type") != mtProblems {
				t.Errorf("%d %s, want %d problem+json: %s", rec.Code, rec.Header().Get("Content-Type"), tc.code, rec.Body.String())
			}
		})
	}
}

func TestTileFeatures(t *testing.T) {
	st := openMem(t)
	fillStore(t, st, 20, 10)
	_, h := testServer(t, st, Config{})
	ctx := context.Background()
	ext, _ := st.Extent(ctx, "events")
	one, err := st.Query(ctx, layers.Query{Layer: "events", Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	var first layers.Hit
	_ = one.Each(ctx, func(hit layers.Hit) error { first = hit; return nil })
	for _, tc := range []struct {
		name, path string
		gz         bool
		check      func(t *testing.T, fs map[string]map[string]any)
	}{
		{"world tile has every event", tilePath + "0/0/0", false, func(t *testing.T, fs map[string]map[string]any) {
			if len(fs) != ext.Count {
				t.Errorf("%d features, want %d", len(fs), ext.Count)
			}
		}},
		{"gzipped", tilePath + "0/0/0", true, func(t *testing.T, fs map[string]map[string]any) {
			if len(fs) != ext.Count {
				t.Errorf("%d features, want %d", len(fs), ext.Count)
			}
		}},
		{"zoom 12 tile has its event with the small property set", tileOf(first.Point(), 12), false, func(t *testing.T, fs map[string]map[string]any) {
			p, ok := fs[first.Event.ID]
			if !ok {
				t.Fatalf("tile lacks %s: %v", first.Event.ID, fs)
			}
			if p["event_type"] != first.Event.EventType || p["place"] != first.Event.Place || p["date"] != first.Event.Date {
				t.Errorf("properties %v, event %+v", p, first.Event)
			}
			if _, ok := p["title"]; ok {
				t.Errorf("tile carries the title: %v", p)
			}
		}},
		{"event_type filter", tilePath + "0/0/0?event_type=clash", false, func(t *testing.T, fs map[string]map[string]any) {
			if len(fs) == 0 || len(fs) == ext.Count {
				t.Errorf("%d clashes of %d events", len(fs), ext.Count)
			}
			for id, p := range fs {
				if p["event_type"] != "clash" {
					t.Errorf("%s is a %v", id, p["event_type"])
				}
			}
		}},
		{"datetime filter", tilePath + "0/0/0?datetime=2021-01-01/2021-12-31", false, func(t *testing.T, fs map[string]map[string]any) {
			for id, p := range fs {
				if d, _ := p["date"].(string); !strings.HasPrefix(d, "2021") {
					t.Errorf("%s dated %q", id, d)
				}
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hdr := []string{}
			if tc.gz {
				hdr = []string{"Accept-Encoding", "gzip, deflate"}
			}
			rec := do(h, "GET", tc.path, nil, hdr...)
			if rec.Code != 200 || rec.Header().Get("Content-Type") != mtMVT {
				t.Fatalf("%d %s: %s", rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
			}
			if got := rec.Header().Get("Content-Encoding") == "gzip"; got != tc.gz {
				t.Errorf("Content-Encoding %q, gzip wanted: %v", rec.Header().Get("Content-Encoding"), tc.gz)
			}
			tc.check(t, tileIDs(t, rec.Body.Bytes(), tc.gz, "events"))
		})
	}
	t.Run("empty tile is 204", func(t *testing.T) {
		if rec := do(h, "GET", tilePath+"3/0/0", nil); rec.Code != http.StatusNoContent {
			t.Errorf("%d", rec.Code)
		}
	})
	t.Run("places layer", func(t *testing.T) {
		rec := do(h, "GET", "/api/collections/places/tiles/WebMercatorQuad/0/0/0", nil)
		fs := tileIDs(t, rec.Body.Bytes(), false, "places")
		for id, p := range fs {
			if p["name"] == nil || p["mentions"] == nil {
				t.Errorf("place %s: %v", id, p)
			}
		}
	})
}

func TestTileETag(t *testing.T) {
	st := openMem(t)
	fillStore(t, st, 3, 5)
	_, h := testServer(t, st, Config{})
	rec := do(h, "GET", tilePath+"0/0/0", nil)
	etag := rec.Header().Get("ETag")
	if etag == "" || !strings.HasPrefix(rec.Header().Get("Cache-Control"), "public, max-age=") {
		t.Fatalf("ETag %q, Cache-Control %q", etag, rec.Header().Get("Cache-Control"))
	}
	for _, tc := range []struct {
		name, path, inm string
		code            int
	}{
		{"same tile", tilePath + "0/0/0", etag, 304},
		{"weak and listed", tilePath + "0/0/0", `"x", W/` + etag, 304},
		{"other tile", tilePath + "1/0/1", etag, 200},
		{"other filter", tilePath + "0/0/0?event_type=clash", etag, 200},
		{"other cache key", tilePath + "0/0/0?v=2", etag, 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if rec := do(h, "GET", tc.path, nil, "If-None-Match", tc.inm); rec.Code != tc.code {
				t.Errorf("%d, want %d", rec.Code, tc.code)
			}
		})
	}
	t.Run("a write changes the ETag", func(t *testing.T) {
		if _, err := st.PutArticle(context.Background(), synthResult(99, 2)); err != nil {
			t.Fatal(err)
		}
		rec := do(h, "GET", tilePath+"0/0/0", nil, "If-None-Match", etag)
		if rec.Code != 200 || rec.Header().Get("ETag") == etag {
			t.Errorf("%d, ETag %q (was %q)", rec.Code, rec.Header().Get("ETag"), etag)
		}
	})
}

func TestTileThinned(t *testing.T) {
	st := openMem(t)
	var rs []*layers.Result
	for i := 0; i < 120; i++ {
		rs = append(rs, synthResult(i, 100))
	}
	if _, err := st.BulkLoad(context.Background(), rs); err != nil {
		t.Fatal(err)
	}
	_, h := testServer(t, st, Config{})
	rec := do(h, "GET", tilePath+"0/0/0", nil)
	fs := tileIDs(t, rec.Body.Bytes(), false, "events")
	if rec.Header().Get("X-Tile-Thinned") != "1" || len(fs) == 0 || len(fs) > thinGrid*thinGrid*thinPerCell {
		t.Errorf("thinned %q, %d features", rec.Header().Get("X-Tile-Thinned"), len(fs))
	}
	t.Logf("12,000 events: the world tile carries %d", len(fs))
}

// jsonOnly hides a store's TileIterator: its features are read from their GeoJSON.
type jsonOnly struct{ store.Iterator }

// TestTileFeaturesFromIndex: the features a tile gets from the store's index (TileIterator) are
// those read from each feature's GeoJSON, coordinates and properties alike.
func TestTileFeaturesFromIndex(t *testing.T) {
	st := openMem(t)
	fillStore(t, st, 40, 25)
	ctx := context.Background()
	for _, q := range []layers.Query{{Layer: "events", Limit: 2000}, {Layer: "events", Limit: 2000, Props: map[string]string{"event_type": "clash"}},
		{Layer: "clashes", Limit: 2000}, {Layer: "places", Limit: 2000}} {
		read := func(wrap bool) []*geojson.Feature {
			cur, err := st.Query(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if wrap {
				cur = jsonOnly{cur}
			}
			var fs []*geojson.Feature
			if err := eachTileFeature(ctx, cur, q.Layer, func(f *geojson.Feature) error { fs = append(fs, f); return nil }); err != nil {
				t.Fatal(err)
			}
			return fs
		}
		fromIndex, fromJSON := read(false), read(true)
		if len(fromJSON) < 10 || len(fromIndex) != len(fromJSON) {
			t.Fatalf("%s: %d features from the index, %d from JSON", q.Layer, len(fromIndex), len(fromJSON))
		}
		for i := range fromJSON {
			a, b := fromIndex[i], fromJSON[i]
			if a.Point() != b.Point() || !reflect.DeepEqual(a.Properties, b.Properties) {
				t.Errorf("%s feature %d: index %v %v, JSON %v %v", q.Layer, i, a.Point(), a.Properties, b.Point(), b.Properties)
			}
		}
	}
}

// TestEncodePointsAsOrb: the direct encoder writes the bytes orb/encoding/mvt writes for the same
// features (events with and without a date or fatalities, places, a thinned tile's worth).
func TestEncodePointsAsOrb(t *testing.T) {
	st := openMem(t)
	fillStore(t, st, 40, 25)
	ctx := context.Background()
	for _, tc := range []struct {
		layer string
		z     int
	}{{"events", 0}, {"events", 6}, {"events", 9}, {"clashes", 5}, {"places", 0}, {"places", 7}} {
		tl := maptile.At(orb.Point{47, 40.5}, maptile.Zoom(tc.z))
		b := tileBound(tl, tileBuffer)
		cur, err := st.Query(ctx, layers.Query{Layer: tc.layer, Bound: &b, Limit: tileCap})
		if err != nil {
			t.Fatal(err)
		}
		var fs []*geojson.Feature
		if err := eachTileFeature(ctx, cur, tc.layer, func(f *geojson.Feature) error { fs = append(fs, f); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(fs) > 2 && tc.layer == "events" { // one event without date nor fatalities, one with a shared value
			delete(fs[0].Properties, "date")
			delete(fs[0].Properties, "fatalities")
			fs[1].Properties["place"] = fs[1].Properties["event_type"]
		}
		clone := func() []*geojson.Feature { // orb projects the features it encodes in place
			out := make([]*geojson.Feature, len(fs))
			for i, f := range fs {
				out[i] = geojson.NewFeature(f.Geometry)
				out[i].Properties = f.Properties
			}
			return out
		}
		got, ok := encodePoints(tc.layer, clone(), tl)
		want, err := encodeTileOrb(tc.layer, clone(), tl, false)
		if !ok || err != nil || len(fs) < 3 {
			t.Fatalf("%s z%d: %d features, direct ok %v, orb %v", tc.layer, tc.z, len(fs), ok, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s z%d (%d features): %d bytes, orb %d; first differing at %d", tc.layer, tc.z, len(fs), len(got), len(want), firstDiff(got, want))
		}
	}
	f := geojson.NewFeature(orb.Point{1, 2})
	f.Properties["confidence"] = 0.5
	if _, ok := encodePoints("events", []*geojson.Feature{f}, maptile.New(0, 0, 0)); ok {
		t.Error("a property outside the tile's set was encoded directly")
	}
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
