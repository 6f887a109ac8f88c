package web

// writeSummarySchema is the OpenAPI schema of the answer to POST /api/articles (ingested).
func writeSummarySchema() map[string]any {
	str := map[string]any{"type": "string"}
	integer := map[string]any{"type": "integer"}
	link := map[string]any{"type": "object", "properties": map[string]any{"href": str, "rel": str, "type": str, "title": str}}
	links := map[string]any{"type": "array", "items": link}
	feature := map[string]any{"type": "object", "properties": map[string]any{
		"id":           map[string]any{"type": "string", "description": "The feature's id (GET /collections/events/items/{id})."},
		"event_type":   str,
		"title":        str,
		"place":        str,
		"date":         str,
		"modality":     map[string]any{"type": "string", "enum": []string{"reported", "expected", "speculative"}},
		"coordinates":  map[string]any{"type": "array", "items": map[string]any{"type": "number"}, "minItems": 2, "maxItems": 2, "description": "lon, lat"},
		"quote":        map[string]any{"type": "string", "description": "The article's first sentence that went into the feature."},
		"quotes":       map[string]any{"type": "array", "items": str, "description": "Every sentence of the article that went into the feature."},
		"source_count": map[string]any{"type": "integer", "description": "The feature's sources from every article, this one included."},
		"links":        links,
	}}
	list := func(desc string) map[string]any {
		return map[string]any{"type": "array", "items": feature, "description": desc}
	}
	return map[string]any{"type": "object", "required": []string{"article", "created", "merged", "links"}, "properties": map[string]any{
		"id":       map[string]any{"type": "string", "description": "The article's id (the same as article)."},
		"article":  map[string]any{"type": "string", "description": "The article's id."},
		"title":    str,
		"mentions": integer,
		"replaced": map[string]any{"type": "boolean", "description": "The article was stored before: its old sources were replaced."},
		"created":  list("The features that exist because of this article."),
		"merged":   list("The features already stored that now count this article among their sources."),
		"events":   map[string]any{"type": "object", "description": "A GeoJSON FeatureCollection of those features, as stored after the write."},
		"links":    map[string]any{"type": "array", "items": link, "description": "self: the article; edit: the article again, whose DELETE undoes the write."},
	}}
}
