package web

import (
	"net/http"

	"conflictmap/layers"
)

// property describes one property of a layer's features: the one list behind the collection's
// schema (/schema, OGC API – Features Part 5: every property a feature carries), its queryables
// (/queryables, OGC API – Features Part 3) and the properties= and equality parameters.
type property struct {
	name string
	typ  string // JSON Schema type: string, integer, number, array, object
	// format is the JSON Schema format (date, uri …), "" for none.
	format string
	// null: the property is JSON null when unknown.
	null bool
	// role is the OGC x-ogc-role: id, type, primary-interval-start, primary-interval-end.
	role string
	// enum, when not nil, lists the values the property takes.
	enum []string
	// queryable: it filters (property=value, CQL2) and is listed in the queryables; wire: it is
	// in the features (actor filters but is not a property).
	queryable, wire bool
	desc            string
}

var (
	levels     = []string{"country", "region", "admin1", "district", "city", "village", "landmark"}
	modalities = []string{"reported", "expected", "speculative"}
)

// eventProperties are the properties of an event feature, in the order of the wire form.
var eventProperties = []property{
	{name: "id", typ: "string", role: "id", queryable: true, wire: true, desc: "Stable id: the same event from the same sources keeps it across re-ingests."},
	{name: "event_type", typ: "string", role: "type", queryable: true, wire: true, desc: "The kind of event, one per event layer."},
	{name: "sub_type", typ: "string", queryable: true, wire: true, desc: "A finer kind (peacekeeping, base, demining, shelling, landmine …); empty when none."},
	{name: "title", typ: "string", queryable: true, wire: true, desc: "A one-line summary."},
	{name: "place", typ: "string", queryable: true, wire: true, desc: "Canonical English name of where it happened."},
	{name: "place_id", typ: "string", queryable: true, wire: true, desc: "Gazetteer id of the place (GeoNames id where it has one)."},
	{name: "country", typ: "string", queryable: true, wire: true, desc: "ISO 3166-1 alpha-2 code of the place."},
	{name: "admin1", typ: "string", queryable: true, wire: true, desc: "First-level division name; empty when unknown."},
	{name: "level", typ: "string", enum: levels, queryable: true, wire: true, desc: "The level of the place."},
	{name: "geo_precision", typ: "integer", enum: nil, queryable: true, wire: true, desc: "1 the place itself; 2 near it or its district; 3 a region; 4 only the country."},
	{name: "date", typ: "string", queryable: true, wire: true, desc: "ISO 8601 as precise as the text allows (2020-11-28, 2021-08, 2020); empty when unknown."},
	{name: "date_precision", typ: "string", enum: []string{"day", "month", "year", "unknown"}, queryable: true, wire: true, desc: "The precision of date."},
	{name: "date_start", typ: "string", format: "date", null: true, role: "primary-interval-start", queryable: true, wire: true, desc: "First day date can mean; null when undated."},
	{name: "date_end", typ: "string", format: "date", null: true, role: "primary-interval-end", queryable: true, wire: true, desc: "Last day date can mean; null when undated."},
	{name: "date_source", typ: "string", enum: []string{layers.DateSourceText, layers.DateSourceDateline, layers.DateSourcePublished, layers.DateSourceNone}, queryable: true, wire: true,
		desc: "Where date comes from: the article's text, its dateline, its publication day, or none."},
	{name: "timing", typ: "string", enum: []string{layers.TimingNews, layers.TimingBackground}, queryable: true, wire: true,
		desc: "news: what the article reports; background: what it recalls from before its time."},
	{name: "actors", typ: "array", queryable: true, wire: true, desc: "States, forces or organisations involved."},
	{name: "actor", typ: "string", queryable: true, desc: "Equals when any of the actors equals it."},
	{name: "troops", typ: "integer", null: true, queryable: true, wire: true, desc: "Personnel deployed; 0 when a report states none, null when not stated."},
	{name: "fatalities", typ: "integer", null: true, queryable: true, wire: true, desc: "People killed; 0 when a report states none (\"no one was killed\"), null when not stated."},
	{name: "injured", typ: "integer", null: true, queryable: true, wire: true, desc: "People injured; 0 when a report states none (\"there were no injuries\"), null when not stated."},
	{name: "troops_min", typ: "integer", null: true, queryable: true, wire: true, desc: "The smallest figure of personnel deployed any source gives (0 when one states none); null when none states one."},
	{name: "troops_max", typ: "integer", null: true, queryable: true, wire: true, desc: "The largest figure of personnel deployed any source gives (0 when one states none); null when none states one."},
	{name: "fatalities_min", typ: "integer", null: true, queryable: true, wire: true, desc: "The smallest figure of people killed any source gives (0 when one states none); null when none states one."},
	{name: "fatalities_max", typ: "integer", null: true, queryable: true, wire: true, desc: "The largest figure of people killed any source gives (0 when one states none); null when none states one."},
	{name: "injured_min", typ: "integer", null: true, queryable: true, wire: true, desc: "The smallest figure of people injured any source gives (0 when one states none); null when none states one."},
	{name: "injured_max", typ: "integer", null: true, queryable: true, wire: true, desc: "The largest figure of people injured any source gives (0 when one states none); null when none states one."},
	{name: "counts_hedge", typ: "string", null: true, enum: []string{"exact", "at_least", "about", "up_to", "more_than"}, queryable: true, wire: true,
		desc: "How the report qualified its count (troops, else fatalities, else injured); null with no count."},
	{name: "modality", typ: "string", enum: modalities, queryable: true, wire: true, desc: "reported (it happened), expected (likely, planned), speculative (rumour, considered)."},
	{name: "confidence", typ: "number", queryable: true, wire: true, desc: "The extractor's confidence, 0 to 1."},
	{name: "sources", typ: "array", wire: true, desc: "The reports: {article_id, title, publication, published, url, quote, start, end, place_start, place_end} each."},
	{name: "source_count", typ: "integer", queryable: true, wire: true, desc: "The number of sources."},
	{name: "quote", typ: "string", null: true, wire: true, desc: "The first source's sentence; null with no source."},
	{name: "source_titles", typ: "string", wire: true, desc: "The titles of the source articles, each once, joined by \"" + layers.SourceTitleSep + "\"."},
}

// placeProperties are the properties of a feature of the places layer.
var placeProperties = []property{
	{name: "id", typ: "string", role: "id", queryable: true, wire: true, desc: "The place's id."},
	{name: "name", typ: "string", queryable: true, wire: true, desc: "Canonical English name."},
	{name: "place_id", typ: "string", queryable: true, wire: true, desc: "Gazetteer id (GeoNames id where it has one)."},
	{name: "country", typ: "string", queryable: true, wire: true, desc: "ISO 3166-1 alpha-2 code."},
	{name: "level", typ: "string", enum: levels, queryable: true, wire: true, desc: "The level of the place."},
	{name: "mentions", typ: "integer", queryable: true, wire: true, desc: "Location mentions in the articles."},
	{name: "articles", typ: "integer", queryable: true, wire: true, desc: "Articles that mention it."},
	{name: "first_seen", typ: "string", queryable: true, wire: true, desc: "Publication date of the first article that mentions it, as precise as that date."},
	{name: "last_seen", typ: "string", queryable: true, wire: true, desc: "Publication date of the last article that mentions it."},
}

// propertiesOf returns the property list of a layer.
func propertiesOf(layer string) []property {
	if layer == "places" {
		return placeProperties
	}
	return eventProperties
}

// wireProperty reports whether the layer's features carry the property.
func wireProperty(layer, name string) bool {
	for _, p := range propertiesOf(layer) {
		if p.name == name {
			return p.wire
		}
	}
	return false
}

// enumOf is a property's values, the event types of the layer for event_type.
func (p property) enumOf(l layers.Layer) []string {
	if p.name != "event_type" {
		return p.enum
	}
	var types []string
	for _, x := range layers.Layers {
		if x.EventType != "" && (l.EventType == "" || l.EventType == x.EventType) {
			types = append(types, x.EventType)
		}
	}
	return types
}

// jsonSchema is the property's JSON Schema; in a schema (not queryables), a property that may be
// null says so in its type.
func (p property) jsonSchema(l layers.Layer, schema bool) map[string]any {
	m := map[string]any{"title": p.name, "type": p.typ, "description": p.desc}
	if schema && p.null {
		m["type"] = []string{p.typ, "null"}
	}
	if p.typ == "array" {
		m["items"] = map[string]any{"type": "string"}
		if p.name == "sources" {
			m["items"] = sourceSchema
		}
	}
	if e := p.enumOf(l); e != nil {
		m["enum"] = e
	}
	if schema && p.format != "" {
		m["format"] = p.format
	}
	if schema && p.role != "" {
		m["x-ogc-role"] = p.role
	}
	return m
}

// sourceSchema is one of an event's sources (layers.Source).
var sourceSchema = map[string]any{"type": "object", "properties": map[string]any{
	"article_id": map[string]any{"type": "string"}, "title": map[string]any{"type": "string"},
	"publication": map[string]any{"type": "string"}, "published": map[string]any{"type": "string"},
	"url": map[string]any{"type": "string"}, "quote": map[string]any{"type": "string", "description": "The sentence."},
	"start":       map[string]any{"type": "integer", "description": "UTF-8 byte offset of the quote in the article."},
	"end":         map[string]any{"type": "integer", "description": "UTF-8 byte offset of the quote's end (exclusive)."},
	"place_start": map[string]any{"type": "integer", "description": "Byte offset of the place name in the quote; 0 when unknown."},
	"place_end":   map[string]any{"type": "integer", "description": "Byte offset of the place name's end in the quote."},
}}

// geometrySchema is the features' geometry, a point.
var geometrySchema = map[string]any{"title": "geometry", "format": "geometry-point", "$ref": "https://geojson.org/schema/Point.json"}

// schema serves /collections/{id}/schema: the JSON Schema of the layer's features (OGC API –
// Features Part 5), every property with its type and, where it has one, its role.
func (s *Server) schema(w http.ResponseWriter, r *http.Request) error {
	return s.propertiesDoc(w, r, true)
}

// queryables serves /collections/{id}/queryables: the properties that filter the layer.
func (s *Server) queryables(w http.ResponseWriter, r *http.Request) error {
	return s.propertiesDoc(w, r, false)
}

func (s *Server) propertiesDoc(w http.ResponseWriter, r *http.Request, schema bool) error {
	l, err := layerOf(r)
	if err != nil {
		return err
	}
	f, err := formatOf(r.URL.Query(), r.Header.Get("Accept"), "json", "html")
	if err != nil {
		return err
	}
	geom := map[string]any{}
	for k, v := range geometrySchema {
		geom[k] = v
	}
	name, what, meta := "queryables", "Queryables", "https://json-schema.org/draft/2019-09/schema"
	if schema {
		name, what, meta = "schema", "Schema", "https://json-schema.org/draft/2020-12/schema"
		geom["x-ogc-role"] = "primary-geometry"
	}
	props := map[string]any{"geometry": geom}
	t := &table{Head: []string{"Property", "Type", "Description"}}
	for _, p := range propertiesOf(l.ID) {
		if (schema && !p.wire) || (!schema && !p.queryable) {
			continue
		}
		props[p.name] = p.jsonSchema(l, schema)
		typ := p.typ
		if schema && p.null {
			typ += " or null"
		}
		t.Rows = append(t.Rows, []cell{{Text: p.name}, {Text: typ}, {Text: p.desc}})
	}
	if f == "html" {
		return s.renderHTML(w, page{Title: l.Title + ": " + name, Crumbs: crumbs(r, what), Table: t})
	}
	doc := map[string]any{"$schema": meta, "$id": baseURL(r) + "/api/collections/" + l.ID + "/" + name,
		"type": "object", "title": l.Title, "properties": props}
	if !schema {
		doc["additionalProperties"] = false
	}
	return writeJSON(w, 200, mtSchema, doc)
}
