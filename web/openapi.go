package web

import "conflictmap/layers"

// openAPIDoc is the OpenAPI 3.0 definition of the API.
func openAPIDoc(base string, cfg Config) map[string]any {
	var ids []string
	for _, l := range layers.Layers {
		ids = append(ids, l.ID)
	}
	param := func(name, in, desc string, schema map[string]any, required bool) map[string]any {
		p := map[string]any{"name": name, "in": in, "description": desc, "schema": schema, "required": required}
		if in == "query" {
			p["style"] = "form"
			p["explode"] = false
		}
		return p
	}
	str := map[string]any{"type": "string"}
	collection := param("collectionId", "path", "The layer.", map[string]any{"type": "string", "enum": ids}, true)
	f := func(vals ...string) map[string]any {
		return param("f", "query", "The response format; without it, the Accept header decides.", map[string]any{"type": "string", "enum": vals}, false)
	}
	filters := []any{
		collection,
		param("bbox", "query", "minlon,minlat,maxlon,maxlat (CRS84).", map[string]any{"type": "array", "minItems": 4, "maxItems": 6, "items": map[string]any{"type": "number"}}, false),
		param("datetime", "query", "An RFC 3339 date-time or date, or an interval a/b with open ends '..'.", str, false),
		param("filter", "query", "A CQL2 text filter.", str, false),
		param("filter-lang", "query", "The filter's language.", map[string]any{"type": "string", "enum": []string{"cql2-text"}}, false),
		param("sortby", "query", "Sort keys: +date,-source_count.", str, false),
		param("properties", "query", "The properties to return, comma-separated (GeoJSON; id always, geometry always); an unknown name is a 400. Without it (and without profile=lean) every property is present, null when unknown.", str, false),
		param("profile", "query", "lean: every property but sources, quote and source_titles (source_count stays), for list pages; full (the default): every property. Not with properties=. items/{featureId} is always full.",
			map[string]any{"type": "string", "enum": []string{"full", "lean"}, "default": "full"}, false),
		param("q", "query", "Words that must all occur in the feature's text (title, place, actors, quotes).", str, false),
		param("event_type", "query", "Equality filter (any queryable property works the same way).", str, false),
		param("country", "query", "Equality filter: ISO 3166-1 alpha-2 code.", str, false),
		param("actor", "query", "Equality filter: any of the event's actors.", str, false),
	}
	bom := param("bom", "query", "1: a CSV starts with a UTF-8 byte order mark, so that spreadsheets (Excel) read it as UTF-8; without it, none. Other formats ignore it.",
		map[string]any{"type": "string", "enum": []string{"1", "0", "true", "false"}, "default": "0"}, false)
	items := append([]any{}, filters...)
	items = append(items,
		param("limit", "query", "Page size; larger values are clamped.", map[string]any{"type": "integer", "minimum": 1, "maximum": cfg.Defaults().MaxLimit, "default": cfg.Defaults().DefaultLimit}, false),
		param("offset", "query", "Features to skip.", map[string]any{"type": "integer", "minimum": 0, "default": 0}, false),
		f("json", "html", "geojson", "csv", "kml", "xlsx"), bom)
	download := append([]any{}, filters...)
	download = append(download, param("format", "query", "The file format.", map[string]any{"type": "string", "enum": []string{"geojson", "csv", "kml", "xlsx"}, "default": "geojson"}, false), bom)
	problem := map[string]any{"description": "A problem (RFC 9457).", "content": map[string]any{mtProblems: map[string]any{"schema": map[string]any{"$ref": "#/components/schemas/Problem"}}}}
	ok := func(desc string, types ...string) map[string]any {
		c := map[string]any{}
		for _, t := range types {
			c[t] = map[string]any{}
		}
		return map[string]any{"description": desc, "content": c}
	}
	get := func(summary, opID string, params []any, resp map[string]any) map[string]any {
		return map[string]any{"get": map[string]any{"summary": summary, "operationId": opID, "parameters": params,
			"responses": map[string]any{"200": resp, "400": problem, "404": problem, "500": problem}}}
	}
	bearer := []any{map[string]any{"bearer": []string{}}}
	doc := map[string]any{
		"openapi": "3.0.3",
		"info": map[string]any{"title": "conflictmap", "version": "1.0.0",
			"description": "Events of the Armenia–Azerbaijan conflict extracted from news articles, as OGC API – Features."},
		"servers": []any{map[string]any{"url": base}},
		"paths": map[string]any{
			"/":            get("Landing page", "getLandingPage", []any{f("json", "html")}, ok("The landing page.", mtJSON, mtHTML)),
			"/conformance": get("Conformance classes", "getConformance", []any{f("json", "html")}, ok("The conformance classes.", mtJSON, mtHTML)),
			"/openapi":     get("This definition", "getOpenAPI", nil, ok("The OpenAPI definition.", mtOpenAPI)),
			"/collections": get("The layers", "getCollections", []any{f("json", "html")}, ok("The collections.", mtJSON, mtHTML)),
			"/collections/{collectionId}": get("A layer", "getCollection", []any{collection, f("json", "html")},
				ok("The collection.", mtJSON, mtHTML)),
			"/collections/{collectionId}/queryables": get("Queryable properties", "getQueryables", []any{collection, f("json", "html")},
				ok("A JSON Schema of the queryable properties.", mtSchema, mtHTML)),
			"/collections/{collectionId}/schema": get("Schema of the features", "getSchema", []any{collection, f("json", "html")},
				ok("A JSON Schema of every property of the features (OGC API – Features Part 5), each with its type, null when unknown.", mtSchema, mtHTML)),
			"/collections/{collectionId}/items": get("Features", "getFeatures", items,
				ok("A page of features (numberMatched, numberReturned, next/prev links).", mtGeoJSON, mtHTML, "text/csv", formats["kml"].mediaType, mtXLSX)),
			"/collections/{collectionId}/items/{featureId}": get("A feature", "getFeature",
				[]any{collection, param("featureId", "path", "The feature's id.", str, true), f("json", "html")}, ok("The feature.", mtGeoJSON, mtHTML)),
			"/collections/{collectionId}/download": get("A file of the selected features", "download", download,
				ok("The features as an attachment.", mtGeoJSON, "text/csv", formats["kml"].mediaType, mtXLSX)),
			"/articles": map[string]any{
				"get": map[string]any{"summary": "Articles read", "operationId": "getArticles",
					"parameters": []any{param("limit", "query", "Page size.", map[string]any{"type": "integer"}, false), param("offset", "query", "Articles to skip.", map[string]any{"type": "integer"}, false)},
					"responses":  map[string]any{"200": ok("A page of articles.", mtJSON), "400": problem}},
				"post": map[string]any{"summary": "Add an article", "operationId": "postArticle", "security": bearer,
					"parameters": []any{param("name", "query", "The article's file name (guides the reader).", str, false)},
					"requestBody": map[string]any{"required": true, "content": map[string]any{
						"text/plain": map[string]any{}, "text/markdown": map[string]any{}, "text/html": map[string]any{},
						mtJSON: map[string]any{"schema": map[string]any{"type": "object", "required": []string{"text"}, "properties": map[string]any{
							"title": str, "text": str, "published": str, "url": str, "publication": str}}}}},
					"responses": map[string]any{"201": map[string]any{"description": "What the write did: the features it created and merged into, each with the article's quotes; DELETE the article's link (rel edit) to undo it.",
						"content": map[string]any{mtJSON: map[string]any{"schema": map[string]any{"$ref": "#/components/schemas/WriteSummary"}}}},
						"400": problem, "401": problem, "413": problem, "415": problem, "422": problem}},
			},
			"/articles/{articleId}": map[string]any{
				"get": map[string]any{"summary": "An article and its mentions", "operationId": "getArticle",
					"parameters": []any{param("articleId", "path", "The article's id.", str, true)},
					"responses":  map[string]any{"200": ok("The article.", mtJSON, mtHTML), "404": problem}},
				"delete": map[string]any{"summary": "Remove an article and its sources", "operationId": "deleteArticle", "security": bearer,
					"parameters": []any{param("articleId", "path", "The article's id.", str, true)},
					"responses":  map[string]any{"204": map[string]any{"description": "Deleted."}, "401": problem, "404": problem}},
			},
		},
		"components": map[string]any{
			"securitySchemes": map[string]any{"bearer": map[string]any{"type": "http", "scheme": "bearer"}},
			"schemas": map[string]any{"Problem": map[string]any{"type": "object", "properties": map[string]any{
				"type": str, "title": str, "status": map[string]any{"type": "integer"}, "detail": str, "instance": str}},
				"WriteSummary": writeSummarySchema()},
		},
	}
	addTilesPaths(doc["paths"].(map[string]any), param, collection, filters, problem, ok, get)
	return doc
}
