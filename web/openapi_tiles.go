package web

type (
	oaParam = func(name, in, desc string, schema map[string]any, required bool) map[string]any
	oaOK    = func(desc string, types ...string) map[string]any
	oaGet   = func(summary, opID string, params []any, resp map[string]any) map[string]any
)

// addTilesPaths adds the vector tiles and /changes to the OpenAPI paths.
func addTilesPaths(paths map[string]any, param oaParam, collection map[string]any, filters []any, problem map[string]any, ok oaOK, get oaGet) {
	integer := func(max int) map[string]any { return map[string]any{"type": "integer", "minimum": 0, "maximum": max} }
	tileParams := []any{collection,
		param("tileMatrix", "path", "The zoom level, 0 to 22.", integer(tileMaxZoom), true),
		param("tileRow", "path", "The row, 0 to 2^tileMatrix - 1 (from the north).", integer(1<<tileMaxZoom-1), true),
		param("tileCol", "path", "The column, 0 to 2^tileMatrix - 1 (from the west).", integer(1<<tileMaxZoom-1), true)}
	for _, p := range filters[1:] { // the items filters, bbox excepted
		if p.(map[string]any)["name"] != "bbox" && p.(map[string]any)["name"] != "sortby" && p.(map[string]any)["name"] != "properties" {
			tileParams = append(tileParams, p)
		}
	}
	tile := get("A vector tile", "getTileVector", tileParams,
		ok("A Mapbox vector tile (one layer named after the collection; properties id, event_type, date, fatalities, place, or for places id, name, mentions). A tile with more than 10,000 features in its box is thinned to at most 4 a cell of a 32 × 32 grid (header X-Tile-Thinned: 1).", mtMVT))
	tile["get"].(map[string]any)["responses"].(map[string]any)["204"] = map[string]any{"description": "No feature in the tile."}
	tile["get"].(map[string]any)["responses"].(map[string]any)["304"] = map[string]any{"description": "Not modified (If-None-Match)."}
	paths["/collections/{collectionId}/tiles"] = get("Vector tilesets of a layer", "getTilesetsList", []any{collection}, ok("The tilesets.", mtJSON))
	paths["/collections/{collectionId}/tiles/WebMercatorQuad"] = get("The WebMercatorQuad tileset", "getTileset", []any{collection}, ok("The tileset metadata.", mtJSON))
	paths["/collections/{collectionId}/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}"] = tile
	paths["/tileMatrixSets"] = get("Tile matrix sets", "getTileMatrixSetsList", nil, ok("The tile matrix sets.", mtJSON))
	paths["/tileMatrixSets/WebMercatorQuad"] = get("The WebMercatorQuad tile matrix set", "getTileMatrixSet", nil, ok("Its definition (OGC 2D TMS 2.0 JSON).", mtJSON))
	paths["/changes"] = map[string]any{"get": map[string]any{"summary": "Writes as they happen", "operationId": "getChanges",
		"responses": map[string]any{"200": ok("Server-Sent Events: 'change' events whose data is {kind, article, version}; comments as heartbeats.", "text/event-stream"), "500": problem}}}
}
