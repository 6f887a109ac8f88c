package web

import (
	"conflictmap/layers/store"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

const article1 = `Russian peacekeepers arrive
EVENT deployment 46.7518 39.8152 2020-11-10 Stepanakert Russia
EVENT clash 46.7539 39.7579 2020-11-08 Shusha Azerbaijan,Armenia
EVENT exercise 43.8453 40.7894 - Gyumri Russia
`

const article2 = `More peacekeepers
EVENT deployment 46.7520 39.8150 2020-11-10 Stepanakert Russia
EVENT incident 46.50 39.50 2021-05-01 Aghdam Azerbaijan
`

// seeded is a server over a store holding article1 and article2, ingested over HTTP.
func seeded(t *testing.T) (store.Store, http.Handler) {
	t.Helper()
	st := openMem(t)
	_, h := testServer(t, st, Config{})
	for _, a := range []string{article1, article2} {
		rec := do(h, "POST", "/api/articles", strings.NewReader(a), "Content-Type", "text/plain", "Authorization", "Bearer "+testToken)
		if rec.Code != http.StatusCreated {
			t.Fatalf("POST: %d %s", rec.Code, rec.Body)
		}
	}
	return st, h
}

type fc struct {
	Type     string `json:"type"`
	Features []struct {
		ID         string         `json:"id"`
		Properties map[string]any `json:"properties"`
		Geometry   struct {
			Type        string    `json:"type"`
			Coordinates []float64 `json:"coordinates"`
		} `json:"geometry"`
	} `json:"features"`
	NumberMatched  *int   `json:"numberMatched"`
	NumberReturned int    `json:"numberReturned"`
	TimeStamp      string `json:"timeStamp"`
	Links          []Link `json:"links"`
}

func decodeFC(t *testing.T, body io.Reader) fc {
	t.Helper()
	var c fc
	if err := json.NewDecoder(body).Decode(&c); err != nil {
		t.Fatalf("decode: %v", err)
	}
	return c
}

func TestEndpoints(t *testing.T) {
	_, h := seeded(t)
	tests := []struct {
		name, target, accept string
		status               int
		ctype                string
		contains             []string
	}{
		{"landing", "/api", "", 200, mtJSON, []string{`"service-desc"`, `"conformance"`, `"data"`, `/api/openapi`, `"service-doc"`}},
		{"landing slash", "/api/", "", 200, mtJSON, []string{`"service-desc"`}},
		{"landing html", "/api", "text/html,application/xhtml+xml", 200, "text/html; charset=utf-8", []string{"<h1>conflictmap</h1>"}},
		{"landing f=html", "/api?f=html", "", 200, "text/html; charset=utf-8", []string{"<html"}},
		{"openapi", "/api/openapi", "", 200, mtOpenAPI, []string{`"openapi":"3.0.3"`, `/collections/{collectionId}/items`}},
		{"docs", "/api/docs", "", 200, "text/html; charset=utf-8", []string{"OpenAPI"}},
		{"conformance", "/api/conformance", "", 200, mtJSON, []string{"ogcapi-features-1/1.0/conf/core", "conf/geojson", "conf/oas30", "conf/html", "cql2-text"}},
		{"conformance html", "/api/conformance?f=html", "", 200, "text/html; charset=utf-8", []string{"conf/core"}},
		{"collections", "/api/collections", "", 200, mtJSON, []string{`"id":"deployments"`, `"id":"places"`, `"id":"events"`, `"extent"`, `"rel":"items"`}},
		{"collections html", "/api/collections", "text/html", 200, "text/html; charset=utf-8", []string{"Deployments"}},
		{"collection", "/api/collections/deployments", "", 200, mtJSON, []string{`"bbox":[[`, `"interval":[["2020-11-10T00:00:00Z","2020-11-10T23:59:59Z"]]`, `"numberOfFeatures":1`}},
		{"collection html", "/api/collections/clashes?f=html", "", 200, "text/html; charset=utf-8", []string{"Clashes"}},
		{"queryables", "/api/collections/events/queryables", "", 200, mtSchema, []string{`"event_type"`, `"actors"`, `"geometry"`, `"$schema"`}},
		{"queryables html", "/api/collections/places/queryables?f=html", "", 200, "text/html; charset=utf-8", []string{"mentions"}},
		{"items", "/api/collections/events/items", "", 200, mtGeoJSON, []string{`"numberMatched":4`, `"numberReturned":4`, `"timeStamp"`}},
		{"items html", "/api/collections/events/items?f=html", "", 200, "text/html; charset=utf-8", []string{"Stepanakert", "<table>"}},
		{"items places", "/api/collections/places/items", "", 200, mtGeoJSON, []string{`"name":"Stepanakert"`, `"mentions":2`, `"articles":2`}},
		{"articles", "/api/articles", "", 200, mtJSON, []string{`"numberMatched":2`, `"Russian peacekeepers arrive"`}},
		{"articles html", "/api/articles?f=html", "", 200, "text/html; charset=utf-8", []string{"More peacekeepers"}},
		{"healthz", "/healthz", "", 200, mtJSON, []string{`"ok"`}},
		{"map", "/", "", 200, "", []string{"map"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, "GET", tt.target, nil, "Accept", tt.accept)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
			if tt.ctype != "" && rec.Header().Get("Content-Type") != tt.ctype {
				t.Errorf("Content-Type %q, want %q", rec.Header().Get("Content-Type"), tt.ctype)
			}
			if rec.Header().Get("Access-Control-Allow-Origin") != "*" {
				t.Errorf("no CORS header")
			}
			body := rec.Body.String()
			for _, c := range tt.contains {
				if !strings.Contains(body, c) {
					t.Errorf("body lacks %q:\n%.2000s", c, body)
				}
			}
		})
	}
}

func TestItemsQueries(t *testing.T) {
	_, h := seeded(t)
	tests := []struct {
		name, query string
		layer       string
		matched     int
		returned    int
		check       func(t *testing.T, c fc)
	}{
		{"all", "", "events", 4, 4, nil},
		{"layer", "", "deployments", 1, 1, func(t *testing.T, c fc) {
			p := c.Features[0].Properties
			if p["source_count"].(float64) != 2 || p["event_type"] != "deployment" || len(p["sources"].([]any)) != 2 {
				t.Errorf("merged deployment: %v", p)
			}
		}},
		{"bbox", "bbox=46.6,39.7,46.8,39.9", "events", 2, 2, nil},
		{"bbox 6", "bbox=46.6,39.7,0,46.8,39.9,100", "events", 2, 2, nil},
		{"datetime day", "datetime=2020-11-10", "events", 1, 1, nil},
		{"datetime instant", "datetime=2020-11-08T12:00:00Z", "events", 1, 1, nil},
		{"datetime interval", "datetime=2020-11-01/2020-11-30", "events", 2, 2, nil},
		{"datetime open end", "datetime=2021-01-01/..", "events", 1, 1, nil},
		{"datetime open start", "datetime=../2020-11-09", "events", 1, 1, nil},
		{"datetime empty start", "datetime=/2020-11-09T00:00:00Z", "events", 1, 1, nil},
		{"equality", "event_type=clash&country=AZ&actor=Armenia", "events", 1, 1, nil},
		{"actor", "actor=russia", "events", 2, 2, nil},
		{"limit", "limit=1", "events", 4, 1, func(t *testing.T, c fc) {
			if !hasRel(c.Links, "next") || hasRel(c.Links, "prev") {
				t.Errorf("links %v", c.Links)
			}
		}},
		{"offset", "limit=2&offset=2", "events", 4, 2, func(t *testing.T, c fc) {
			if hasRel(c.Links, "next") || !hasRel(c.Links, "prev") {
				t.Errorf("links %v", c.Links)
			}
		}},
		{"limit clamped", "limit=100000", "events", 4, 4, nil},
		{"sortby", "sortby=-date_start", "events", 4, 4, func(t *testing.T, c fc) {
			if c.Features[0].Properties["date_start"] != "2021-05-01" || c.Features[3].Properties["date_start"] != nil {
				t.Errorf("order: %v … %v", c.Features[0].Properties["date_start"], c.Features[3].Properties["date_start"])
			}
		}},
		{"sortby asc", "sortby=%2Bdate,place", "events", 4, 4, func(t *testing.T, c fc) {
			if c.Features[0].Properties["date"] != "2020-11-08" {
				t.Errorf("first %v", c.Features[0].Properties["date"])
			}
		}},
		{"properties", "properties=place,date", "events", 4, 4, func(t *testing.T, c fc) {
			if p := c.Features[0].Properties; len(p) != 3 || p["id"] == nil { // id always
				t.Errorf("properties %v", c.Features[0].Properties)
			}
		}},
		{"cql2 eq", "filter=event_type%3D'clash'", "events", 1, 1, nil},
		{"cql2 and or", "filter=" + url.QueryEscape("(event_type='clash' OR event_type='incident') AND NOT place='Aghdam'"), "events", 1, 1, nil},
		{"cql2 like", "filter=" + url.QueryEscape("place LIKE 'S%'"), "events", 2, 2, nil},
		{"cql2 in", "filter=" + url.QueryEscape("place IN ('Gyumri','Aghdam')"), "events", 2, 2, nil},
		{"cql2 null", "filter=" + url.QueryEscape("date IS NULL"), "events", 1, 1, nil},
		{"cql2 not null", "filter=" + url.QueryEscape("date IS NOT NULL AND source_count >= 2"), "events", 1, 1, nil},
		{"cql2 actors", "filter=" + url.QueryEscape("actors = 'Armenia'"), "events", 1, 1, nil},
		{"cql2 casei", "filter=" + url.QueryEscape("CASEI(place) = casei('GYUMRI')"), "events", 1, 1, nil},
		{"cql2 bbox", "filter=" + url.QueryEscape("S_INTERSECTS(geometry, BBOX(46.6,39.7,46.8,39.9))"), "events", 2, 2, nil},
		{"cql2 point", "filter=" + url.QueryEscape("S_INTERSECTS(geometry, POINT(43.8453 40.7894))"), "events", 1, 1, nil},
		{"cql2 polygon", "filter=" + url.QueryEscape("S_WITHIN(geometry, POLYGON((46 39, 47 39, 47 40, 46 40, 46 39)))"), "events", 3, 3, nil},
		{"cql2 t_intersects", "filter=" + url.QueryEscape("T_INTERSECTS(date, INTERVAL('2020-11-01','2020-11-30'))"), "events", 2, 2, nil},
		{"cql2 t_after", "filter=" + url.QueryEscape("T_AFTER(date, DATE('2020-12-31'))"), "events", 1, 1, nil},
		{"cql2 t_before", "filter=" + url.QueryEscape("T_BEFORE(date_start, TIMESTAMP('2020-11-09T00:00:00Z'))"), "events", 1, 1, nil},
		{"cql2 date compare", "filter=" + url.QueryEscape("date_start >= DATE('2020-11-09')"), "events", 2, 2, nil},
		{"cql2 between", "filter=" + url.QueryEscape("date_start BETWEEN '2020-11-01' AND '2020-11-09'"), "events", 1, 1, nil},
		{"q", "q=shusha", "events", 1, 1, nil},
		{"places bbox", "bbox=46.6,39.7,46.8,39.9", "places", 2, 2, nil},
		{"places eq", "name=Gyumri", "places", 1, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, "GET", "/api/collections/"+tt.layer+"/items?"+tt.query, nil)
			if rec.Code != 200 {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); ct != mtGeoJSON {
				t.Errorf("Content-Type %q", ct)
			}
			c := decodeFC(t, rec.Body)
			if c.NumberMatched == nil || *c.NumberMatched != tt.matched || c.NumberReturned != tt.returned || len(c.Features) != tt.returned {
				m := -1
				if c.NumberMatched != nil {
					m = *c.NumberMatched
				}
				t.Fatalf("matched %d returned %d/%d, want %d %d", m, c.NumberReturned, len(c.Features), tt.matched, tt.returned)
			}
			if tt.check != nil {
				tt.check(t, c)
			}
		})
	}
}

func hasRel(links []Link, rel string) bool {
	for _, l := range links {
		if l.Rel == rel {
			return true
		}
	}
	return false
}

func TestItemAndPaging(t *testing.T) {
	_, h := seeded(t)
	rec := do(h, "GET", "/api/collections/events/items?limit=1&sortby=place", nil)
	c := decodeFC(t, rec.Body)
	id := c.Features[0].ID
	rec = do(h, "GET", "/api/collections/events/items/"+id, nil)
	if rec.Code != 200 || rec.Header().Get("Content-Type") != mtGeoJSON || !strings.Contains(rec.Body.String(), `"rel":"collection"`) {
		t.Fatalf("item: %d %s", rec.Code, rec.Body)
	}
	var f map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &f); err != nil || f["type"] != "Feature" || f["id"] != id {
		t.Fatalf("item JSON: %v %v", err, f)
	}
	if rec := do(h, "GET", "/api/collections/events/items/"+id+"?f=html", nil); rec.Code != 200 || !strings.Contains(rec.Body.String(), "Sentence") && !strings.Contains(rec.Body.String(), "EVENT") {
		t.Errorf("item html: %d %.500s", rec.Code, rec.Body)
	}
	// Follow next links through every page.
	seen := map[string]bool{}
	next := "/api/collections/events/items?limit=1"
	for pages := 0; next != "" && pages < 10; pages++ {
		rec := do(h, "GET", next, nil)
		c := decodeFC(t, rec.Body)
		for _, f := range c.Features {
			seen[f.ID] = true
		}
		next = ""
		for _, l := range c.Links {
			if l.Rel == "next" {
				u, _ := url.Parse(l.Href)
				next = u.RequestURI()
			}
		}
	}
	if len(seen) != 4 {
		t.Errorf("paging saw %d features, want 4", len(seen))
	}
}

func TestProblems(t *testing.T) {
	_, h := seeded(t)
	auth := []string{"Authorization", "Bearer " + testToken}
	tests := []struct {
		name, method, target string
		body                 string
		header               []string
		status               int
	}{
		{"unknown route", "GET", "/api/nope", "", nil, 404},
		{"unknown collection", "GET", "/api/collections/nope", "", nil, 404},
		{"unknown collection items", "GET", "/api/collections/nope/items", "", nil, 404},
		{"unknown feature", "GET", "/api/collections/events/items/nope", "", nil, 404},
		{"feature of other layer", "GET", "/api/collections/places/items/nope", "", nil, 404},
		{"bbox 3 numbers", "GET", "/api/collections/events/items?bbox=1,2,3", "", nil, 400},
		{"bbox not number", "GET", "/api/collections/events/items?bbox=a,2,3,4", "", nil, 400},
		{"bbox lat range", "GET", "/api/collections/events/items?bbox=1,-91,3,4", "", nil, 400},
		{"bbox lon range", "GET", "/api/collections/events/items?bbox=1,2,181,4", "", nil, 400},
		{"bbox inverted lat", "GET", "/api/collections/events/items?bbox=1,5,3,4", "", nil, 400},
		{"bbox antimeridian", "GET", "/api/collections/events/items?bbox=170,5,-170,6", "", nil, 400},
		{"bbox crs", "GET", "/api/collections/events/items?bbox=1,2,3,4&bbox-crs=EPSG:3857", "", nil, 400},
		{"datetime bad", "GET", "/api/collections/events/items?datetime=yesterday", "", nil, 400},
		{"datetime reversed", "GET", "/api/collections/events/items?datetime=2021-01-01/2020-01-01", "", nil, 400},
		{"datetime open both", "GET", "/api/collections/events/items?datetime=../..", "", nil, 400},
		{"datetime bad month", "GET", "/api/collections/events/items?datetime=2020-13-01", "", nil, 400},
		{"limit zero", "GET", "/api/collections/events/items?limit=0", "", nil, 400},
		{"limit text", "GET", "/api/collections/events/items?limit=ten", "", nil, 400},
		{"offset negative", "GET", "/api/collections/events/items?offset=-1", "", nil, 400},
		{"unknown property", "GET", "/api/collections/events/items?colour=red", "", nil, 400},
		{"place prop on events", "GET", "/api/collections/events/items?mentions=2", "", nil, 400},
		{"repeated param", "GET", "/api/collections/events/items?limit=1&limit=2", "", nil, 400},
		{"sortby unknown", "GET", "/api/collections/events/items?sortby=colour", "", nil, 400},
		{"properties unknown", "GET", "/api/collections/events/items?properties=colour", "", nil, 400},
		{"bad f", "GET", "/api/collections/events/items?f=xml", "", nil, 400},
		{"cql2 syntax", "GET", "/api/collections/events/items?filter=" + url.QueryEscape("place = "), "", nil, 400},
		{"cql2 unknown property", "GET", "/api/collections/events/items?filter=" + url.QueryEscape("colour = 'red'"), "", nil, 400},
		{"cql2 lang", "GET", "/api/collections/events/items?filter=a&filter-lang=cql2-json", "", nil, 400},
		{"download format", "GET", "/api/collections/events/download?format=shp", "", nil, 400},
		{"post no token", "POST", "/api/articles", article1, []string{"Content-Type", "text/plain"}, 401},
		{"post bad token", "POST", "/api/articles", article1, []string{"Content-Type", "text/plain", "Authorization", "Bearer wrong-token-0"}, 401},
		{"delete no token", "DELETE", "/api/articles/x", "", nil, 401},
		{"delete unknown", "DELETE", "/api/articles/nope", "", auth, 404},
		{"get unknown article", "GET", "/api/articles/nope", "", nil, 404},
		{"post media type", "POST", "/api/articles", "x", append([]string{"Content-Type", "image/png"}, auth...), 415},
		{"post charset", "POST", "/api/articles", "x", append([]string{"Content-Type", "text/plain; charset=iso-8859-1"}, auth...), 415},
		{"post not utf8", "POST", "/api/articles", "caf\xe9", append([]string{"Content-Type", "text/plain"}, auth...), 400},
		{"post extractor error", "POST", "/api/articles", "FAIL", append([]string{"Content-Type", "text/plain"}, auth...), 422},
		{"post empty", "POST", "/api/articles", "", append([]string{"Content-Type", "text/plain"}, auth...), 422},
		{"post bad event", "POST", "/api/articles", "t\nEVENT Bad! 1 2 - X\n", append([]string{"Content-Type", "text/plain"}, auth...), 422},
		{"method", "PUT", "/api/collections", "", nil, 405},
		{"articles limit", "GET", "/api/articles?limit=-3", "", nil, 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, tt.method, tt.target, strings.NewReader(tt.body), tt.header...)
			assertProblem(t, rec, tt.status)
		})
	}
	t.Run("too large", func(t *testing.T) {
		_, h := testServer(t, openMem(t), Config{MaxBodyBytes: 100})
		rec := do(h, "POST", "/api/articles", strings.NewReader(strings.Repeat("a", 101)), "Content-Type", "text/plain", "Authorization", "Bearer "+testToken)
		assertProblem(t, rec, 413)
	})
	t.Run("writes disabled", func(t *testing.T) {
		s := New(Config{App: http.NotFoundHandler()}, openMem(t), fakeExtractor{}, nil)
		rec := do(s.Routes(), "POST", "/api/articles", strings.NewReader("x"), "Content-Type", "text/plain", "Authorization", "Bearer ")
		assertProblem(t, rec, 403)
	})
}

func assertProblem(t *testing.T, rec interface {
	Result() *http.Response
}, status int) {
	t.Helper()
	res := rec.Result()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != status {
		t.Fatalf("status %d, want %d: %s", res.StatusCode, status, body)
	}
	if ct := res.Header.Get("Content-Type"); ct != mtProblems {
		t.Errorf("Content-Type %q, want %s", ct, mtProblems)
	}
	var p Problem
	if err := json.Unmarshal(body, &p); err != nil || p.Status != status || p.Title == "" || p.Type == "" || p.Instance == "" {
		t.Errorf("problem %s: %v", body, err)
	}
}

func TestIngest(t *testing.T) {
	st, h := seeded(t)
	auth := []string{"Authorization", "Bearer " + testToken}
	// JSON body.
	body := `{"title":"JSON article","text":"JSON article\nEVENT meeting 49.8671 40.4093 2021-01-11 Baku Russia,Turkey\n","published":"2021-01-11","url":"https://x.example/a","publication":"X"}`
	rec := do(h, "POST", "/api/articles?name=a.json", strings.NewReader(body), append([]string{"Content-Type", "application/json"}, auth...)...)
	if rec.Code != 201 {
		t.Fatalf("POST json: %d %s", rec.Code, rec.Body)
	}
	var res struct {
		ID       string `json:"id"`
		Title    string `json:"title"`
		Mentions int    `json:"mentions"`
		Events   fc     `json:"events"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	if res.ID == "" || len(res.Events.Features) != 1 || res.Events.Type != "FeatureCollection" || res.Mentions != 1 {
		t.Fatalf("POST result: %s", rec.Body)
	}
	if loc := rec.Header().Get("Location"); loc != "/api/articles/"+res.ID {
		t.Errorf("Location %q", loc)
	}
	// Re-ingest: same event id.
	rec2 := do(h, "POST", "/api/articles", strings.NewReader(body), append([]string{"Content-Type", "application/json"}, auth...)...)
	if !strings.Contains(rec2.Body.String(), `"replaced":true`) || !strings.Contains(rec2.Body.String(), res.Events.Features[0].ID) {
		t.Errorf("re-ingest: %s", rec2.Body)
	}
	rec = do(h, "GET", "/api/articles/"+res.ID, nil)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"mentions":[{"text":"Baku"`) || !strings.Contains(rec.Body.String(), `"text":"JSON article`) {
		t.Errorf("GET article: %d %s", rec.Code, rec.Body)
	}
	if rec := do(h, "GET", "/api/articles/"+res.ID+"?f=html", nil); rec.Code != 200 {
		t.Errorf("GET article html: %d", rec.Code)
	}
	rec = do(h, "DELETE", "/api/articles/"+res.ID, nil, auth...)
	if rec.Code != 204 {
		t.Fatalf("DELETE: %d %s", rec.Code, rec.Body)
	}
	if _, err := st.GetEvent(context.Background(), res.Events.Features[0].ID); err == nil {
		t.Errorf("event kept after its only article was deleted")
	}
	rec = do(h, "GET", "/api/articles?limit=1&offset=1", nil)
	if !strings.Contains(rec.Body.String(), `"numberReturned":1`) || !strings.Contains(rec.Body.String(), `"rel":"prev"`) {
		t.Errorf("articles page: %s", rec.Body)
	}
}

func TestDownloads(t *testing.T) {
	_, h := seeded(t)
	for _, tt := range []struct{ target, ctype, file string }{
		{"/api/collections/events/download?format=geojson", mtGeoJSON, "conflictmap-events.geojson"},
		{"/api/collections/events/download?format=csv", "text/csv; charset=utf-8", "conflictmap-events.csv"},
		{"/api/collections/events/download?format=kml", "application/vnd.google-earth.kml+xml", "conflictmap-events.kml"},
		{"/api/collections/events/items?f=csv", "text/csv; charset=utf-8", "conflictmap-events.csv"},
		{"/api/collections/places/items?f=kml", "application/vnd.google-earth.kml+xml", "conflictmap-places.kml"},
		{"/api/collections/deployments/items?f=geojson", mtGeoJSON, "conflictmap-deployments.geojson"},
	} {
		rec := do(h, "GET", tt.target, nil)
		if rec.Code != 200 || rec.Header().Get("Content-Type") != tt.ctype ||
			rec.Header().Get("Content-Disposition") != `attachment; filename="`+tt.file+`"` {
			t.Errorf("%s: %d %q %q", tt.target, rec.Code, rec.Header().Get("Content-Type"), rec.Header().Get("Content-Disposition"))
		}
	}
	rec := do(h, "GET", "/api/collections/events/download?format=csv&country=AZ&sortby=date_start", nil)
	rows, err := csv.NewReader(rec.Body).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 || strings.Join(rows[0], ",") != strings.Join(CSVColumns, ",") {
		t.Fatalf("csv: %v", rows)
	}
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	dep := rows[2] // sorted by date_start: "", 2020-11-08, 2020-11-10, 2021-05-01 (empty last)
	if dep[col["event_type"]] != "deployment" || dep[col["source_count"]] != "2" || dep[col["actors"]] != "Russia" ||
		!strings.HasPrefix(dep[col["wkt"]], "POINT (46.75") || !strings.Contains(dep[col["quote"]], "EVENT deployment") ||
		strings.Count(dep[col["article_ids"]], ";") != 1 {
		t.Errorf("csv row: %v", dep)
	}
	rec = do(h, "GET", "/api/collections/events/download?format=kml&bbox=46.6,39.7,46.8,39.9", nil)
	var k struct {
		Placemarks []struct {
			Name  string `xml:"name"`
			Desc  string `xml:"description"`
			Point string `xml:"Point>coordinates"`
			Data  []struct {
				Name  string `xml:"name,attr"`
				Value string `xml:"value"`
			} `xml:"ExtendedData>Data"`
		} `xml:"Document>Placemark"`
	}
	if err := xml.Unmarshal(rec.Body.Bytes(), &k); err != nil {
		t.Fatalf("kml: %v\n%s", err, rec.Body)
	}
	if len(k.Placemarks) != 2 || k.Placemarks[0].Point == "" || len(k.Placemarks[0].Data) < 10 || k.Placemarks[0].Desc == "" {
		t.Errorf("kml: %+v", k)
	}
	rec = do(h, "GET", "/api/collections/events/download?format=geojson&q=gyumri", nil)
	c := decodeFC(t, rec.Body)
	if len(c.Features) != 1 {
		t.Errorf("geojson download: %d features", len(c.Features))
	}
}

func TestExport(t *testing.T) {
	st, _ := seeded(t)
	var b strings.Builder
	if err := Export(context.Background(), st, &b, "events", "csv", url.Values{"event_type": {"clash"}}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), "\n"); n != 2 {
		t.Errorf("export: %d lines:\n%s", n, b.String())
	}
	for _, bad := range [][2]string{{"nope", "csv"}, {"events", "shp"}} {
		if err := Export(context.Background(), st, io.Discard, bad[0], bad[1], nil); err == nil {
			t.Errorf("Export(%v): no error", bad)
		}
	}
	if err := Export(context.Background(), st, io.Discard, "events", "csv", url.Values{"bbox": {"x"}}); err == nil {
		t.Error("Export with a bad bbox: no error")
	}
}

func TestConfigValidate(t *testing.T) {
	for _, c := range []Config{{MaxBodyBytes: -1}, {DefaultLimit: 20, MaxLimit: 10}, {Token: "short"}, {Addr: "nohost"}} {
		if err := c.Validate(); err == nil {
			t.Errorf("%+v: no error", c)
		}
	}
	if err := (Config{}).Validate(); err != nil {
		t.Errorf("zero config: %v", err)
	}
}

func TestNegotiate(t *testing.T) {
	for accept, want := range map[string]string{
		"": "json", "text/html": "html", "application/json": "json", "*/*": "json",
		"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8": "html",
		"application/geo+json, application/json;q=0.9, text/html;q=0.1":   "json",
		"application/json;q=0.5, text/html":                               "html",
	} {
		if got := negotiate(accept); got != want {
			t.Errorf("negotiate(%q) = %s, want %s", accept, got, want)
		}
	}
}
