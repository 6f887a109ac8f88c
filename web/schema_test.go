package web

import (
	"context"
	"encoding/json"
	"sort"
	"strings"
	"testing"

	"conflictmap/layers"
)

// wireNames are the names of the properties a layer's features carry, per the property table.
func wireNames(layer string) []string {
	var out []string
	for _, p := range propertiesOf(layer) {
		if p.wire {
			out = append(out, p.name)
		}
	}
	sort.Strings(out)
	return out
}

func keysOf(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestFeaturesCarryEveryProperty checks that every feature the API serves carries every
// property of the schema, null when unknown, and that a stated count is kept.
func TestFeaturesCarryEveryProperty(t *testing.T) {
	st, h := seeded(t)
	res := synthResult(7, 1)
	res.Events[0].Fatalities, res.Events[0].Injured = 3, 0
	if _, err := st.PutArticle(context.Background(), res); err != nil {
		t.Fatal(err)
	}
	counted := "" // the id of the event with fatalities
	rec := do(h, "GET", "/api/collections/events/items?fatalities=3", nil)
	if c := decodeFC(t, rec.Body); len(c.Features) == 1 {
		counted = c.Features[0].ID
	} else {
		t.Fatalf("%d features with fatalities 3", len(c.Features))
	}
	tests := []struct {
		name, target, layer string
		props               []string // nil: every property
	}{
		{"items", "/api/collections/events/items", "events", nil},
		{"items of a layer", "/api/collections/deployments/items?limit=1", "events", nil},
		{"places", "/api/collections/places/items", "places", nil},
		{"one item", "/api/collections/events/items/" + counted, "events", nil},
		{"download", "/api/collections/events/download?format=geojson", "events", nil},
		{"items as a file", "/api/collections/clashes/items?f=geojson", "events", nil},
		{"selected", "/api/collections/events/items?properties=injured,quote,source_titles", "events", []string{"id", "injured", "quote", "source_titles"}},
		{"selected places", "/api/collections/places/items?properties=first_seen", "places", []string{"first_seen", "id"}},
		{"lean", "/api/collections/events/items?profile=lean", "events", leanProperties("events")},
		{"lean places", "/api/collections/places/items?profile=lean", "places", leanProperties("places")},
		{"full profile", "/api/collections/events/items?profile=full", "events", nil},
		{"one item stays full", "/api/collections/events/items/" + counted + "?profile=lean", "events", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := do(h, "GET", tc.target, nil)
			if rec.Code != 200 {
				t.Fatalf("%d %s", rec.Code, rec.Body)
			}
			var feats []map[string]any
			var doc struct {
				Type       string
				Features   []struct{ Properties map[string]any }
				Properties map[string]any
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
				t.Fatal(err)
			}
			if doc.Type == "Feature" {
				feats = append(feats, doc.Properties)
			}
			for _, f := range doc.Features {
				feats = append(feats, f.Properties)
			}
			if len(feats) == 0 {
				t.Fatal("no features")
			}
			want := tc.props
			if want == nil {
				want = wireNames(tc.layer)
			}
			sort.Strings(want)
			for _, p := range feats {
				if got := keysOf(p); strings.Join(got, ",") != strings.Join(want, ",") {
					t.Fatalf("properties %v, want %v", got, want)
				}
				if tc.layer != "events" || tc.props != nil {
					continue
				}
				if p["injured"] != nil || p["troops"] != nil && p["troops"].(float64) <= 0 {
					t.Errorf("%s: unknown counts must be null: injured %v troops %v", p["id"], p["injured"], p["troops"])
				}
				if p["id"] == counted && p["fatalities"] != 3.0 {
					t.Errorf("%s: fatalities %v, want 3", counted, p["fatalities"])
				}
				if p["id"] != counted && p["fatalities"] != nil {
					t.Errorf("%s: fatalities %v, want null", p["id"], p["fatalities"])
				}
				srcs, _ := p["sources"].([]any)
				if len(srcs) == 0 || p["quote"] != srcs[0].(map[string]any)["quote"] {
					t.Errorf("%s: quote %v is not the first source's", p["id"], p["quote"])
				}
				if title := srcs[0].(map[string]any)["title"].(string); !strings.Contains(p["source_titles"].(string), title) {
					t.Errorf("%s: source_titles %q lacks %q", p["id"], p["source_titles"], title)
				}
			}
		})
	}
}

// TestSchemaEndpoint checks /collections/{id}/schema (OGC API – Features Part 5): linked from
// the collection, a JSON Schema of exactly the properties the features carry, each typed, with
// the roles of id, geometry and time, consistent with the queryables.
func TestSchemaEndpoint(t *testing.T) {
	_, h := seeded(t)
	for _, l := range layers.Layers {
		t.Run(l.ID, func(t *testing.T) {
			rec := do(h, "GET", "/api/collections/"+l.ID, nil)
			var coll struct{ Links []Link }
			json.Unmarshal(rec.Body.Bytes(), &coll)
			href := ""
			for _, k := range coll.Links {
				if k.Rel == "http://www.opengis.net/def/rel/ogc/1.0/schema" && k.Type == mtSchema {
					href = k.Href
				}
			}
			if !strings.HasSuffix(href, "/api/collections/"+l.ID+"/schema") {
				t.Fatalf("schema link %q", href)
			}
			rec = do(h, "GET", "/api/collections/"+l.ID+"/schema", nil)
			if rec.Code != 200 || rec.Header().Get("Content-Type") != mtSchema {
				t.Fatalf("%d %s", rec.Code, rec.Header().Get("Content-Type"))
			}
			var doc struct {
				Schema     string `json:"$schema"`
				Type       string
				Properties map[string]map[string]any
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
				t.Fatal(err)
			}
			layer := "events"
			if l.ID == "places" {
				layer = "places"
			}
			var names []string
			for n, p := range doc.Properties {
				if n != "geometry" {
					names = append(names, n)
				}
				if p["type"] == nil && p["$ref"] == nil {
					t.Errorf("%s has no type", n)
				}
			}
			sort.Strings(names)
			if strings.Join(names, ",") != strings.Join(wireNames(layer), ",") {
				t.Errorf("schema properties %v, want %v", names, wireNames(layer))
			}
			roles := map[string]string{"id": "id", "geometry": "primary-geometry"}
			if layer == "events" {
				roles["date_start"], roles["date_end"], roles["event_type"] = "primary-interval-start", "primary-interval-end", "type"
				if typ, _ := json.Marshal(doc.Properties["injured"]["type"]); string(typ) != `["integer","null"]` {
					t.Errorf("injured type %s, want integer or null", typ)
				}
				items, _ := doc.Properties["sources"]["items"].(map[string]any)
				if sp, _ := items["properties"].(map[string]any); sp["quote"] == nil || sp["start"] == nil {
					t.Errorf("sources items %v", items)
				}
			}
			for n, role := range roles {
				if got := doc.Properties[n]["x-ogc-role"]; got != role {
					t.Errorf("%s: x-ogc-role %v, want %s", n, got, role)
				}
			}
			// every queryable but actor (a filter on actors) is a property of the same type
			rec = do(h, "GET", "/api/collections/"+l.ID+"/queryables", nil)
			var q struct{ Properties map[string]map[string]any }
			json.Unmarshal(rec.Body.Bytes(), &q)
			if len(q.Properties) < 5 {
				t.Fatalf("queryables %v", q.Properties)
			}
			for n, qp := range q.Properties {
				if n == "actor" || n == "geometry" {
					continue
				}
				sp, ok := doc.Properties[n]
				if !ok {
					t.Errorf("queryable %s is not in the schema", n)
					continue
				}
				st, _ := json.Marshal(sp["type"])
				if !strings.Contains(string(st), `"`+qp["type"].(string)+`"`) {
					t.Errorf("%s: queryable type %v, schema type %s", n, qp["type"], st)
				}
			}
			if rec := do(h, "GET", "/api/collections/"+l.ID+"/schema?f=html", nil); rec.Code != 200 || !strings.Contains(rec.Body.String(), "<td>id</td>") {
				t.Errorf("HTML schema: %d", rec.Code)
			}
		})
	}
	var api struct{ Paths map[string]any }
	json.Unmarshal(do(h, "GET", "/api/openapi", nil).Body.Bytes(), &api)
	if _, ok := api.Paths["/collections/{collectionId}/schema"]; !ok {
		t.Error("the OpenAPI definition lacks the schema path")
	}
	if rec := do(h, "GET", "/api/collections/nope/schema", nil); rec.Code != 404 || rec.Header().Get("Content-Type") != mtProblems {
		t.Errorf("unknown collection: %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
}

// TestItemHTMLListsEveryProperty checks that a feature's HTML page has a row for each of its
// properties but the sources (listed in their own table).
func TestItemHTMLListsEveryProperty(t *testing.T) {
	_, h := seeded(t)
	for _, layer := range []string{"events", "places"} {
		rec := do(h, "GET", "/api/collections/"+layer+"/items?limit=1", nil)
		id := decodeFC(t, rec.Body).Features[0].ID
		body := do(h, "GET", "/api/collections/"+layer+"/items/"+id+"?f=html", nil).Body.String()
		for _, n := range wireNames(layer) {
			if has := strings.Contains(body, "<td>"+n+"</td>"); has == (n == "sources") {
				t.Errorf("%s page of %s: row %s shown %v", layer, id, n, has)
			}
		}
	}
}
