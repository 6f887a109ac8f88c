package web

import (
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
)

// The WebMercatorQuad tile matrix set (OGC 2D Tile Matrix Set 2.0, JSON encoding), the only one
// the tiles are served in.

const (
	webMercatorOrigin = 20037508.3427892       // metres from the origin to the edge of the square
	webMercatorScale0 = 559082264.028717842319 // scale denominator of zoom 0 (0.28 mm pixels)
)

func webMercatorQuad(base string) map[string]any {
	ms := make([]map[string]any, 0, tileMaxZoom+1)
	for z := 0; z <= tileMaxZoom; z++ {
		n := 1 << z
		ms = append(ms, map[string]any{
			"id": strconv.Itoa(z), "scaleDenominator": webMercatorScale0 / float64(n),
			"cellSize":       2 * webMercatorOrigin / 256 / float64(n),
			"cornerOfOrigin": "topLeft", "pointOfOrigin": []float64{-webMercatorOrigin, webMercatorOrigin},
			"tileWidth": 256, "tileHeight": 256, "matrixWidth": n, "matrixHeight": n,
		})
	}
	return map[string]any{
		"id": tmsWebMercator, "title": "Google Maps Compatible for the World", "uri": tmsURI, "crs": crs3857,
		"orderedAxes": []string{"X", "Y"}, "wellKnownScaleSet": "http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible",
		"boundingBox": map[string]any{"lowerLeft": []float64{-webMercatorOrigin, -webMercatorOrigin},
			"upperRight": []float64{webMercatorOrigin, webMercatorOrigin}, "crs": crs3857},
		"links":        []Link{{base + "/api/tileMatrixSets/" + tmsWebMercator, "self", mtJSON, "WebMercatorQuad"}},
		"tileMatrices": ms,
	}
}

func (s *Server) tileMatrixSets(w http.ResponseWriter, r *http.Request) error {
	b := baseURL(r)
	return writeJSON(w, 200, mtJSON, map[string]any{
		"links": []Link{{b + "/api/tileMatrixSets", "self", mtJSON, "Tile matrix sets"}},
		"tileMatrixSets": []map[string]any{{"id": tmsWebMercator, "title": "Google Maps Compatible for the World", "uri": tmsURI,
			"links": []Link{{b + "/api/tileMatrixSets/" + tmsWebMercator, "self", mtJSON, "WebMercatorQuad"}}}},
	})
}

func (s *Server) tileMatrixSet(w http.ResponseWriter, r *http.Request) error {
	if id := chi.URLParam(r, "tms"); id != tmsWebMercator {
		return notFound("no tile matrix set %q (only %s)", id, tmsWebMercator)
	}
	return writeJSON(w, 200, mtJSON, webMercatorQuad(baseURL(r)))
}
