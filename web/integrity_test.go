package web

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"

	"conflictmap/data"
	"conflictmap/layers"
)

var (
	realOnce sync.Once
	realPipe *layers.Pipeline
	realErr  error
)

// realServer is a server over a :memory: store holding the sample articles, with the real
// extractor (as `conflictmap serve --db :memory:` starts).
func realServer(t *testing.T) http.Handler {
	t.Helper()
	realOnce.Do(func() { realPipe, realErr = layers.LoadPipeline() })
	if realErr != nil {
		t.Fatalf("LoadPipeline: %v", realErr)
	}
	st := openMem(t)
	if n, err := layers.SeedIfEmpty(context.Background(), st, realPipe, data.FS, "articles"); err != nil || n == 0 {
		t.Fatalf("seed: %d articles, %v", n, err)
	}
	s := New(Config{Token: testToken}, st, realPipe, nil)
	return s.Routes()
}

// postJSONArticle posts an article as the map's "Add article" dialog does and returns the answer.
func postJSONArticle(t *testing.T, h http.Handler, title, published, text string) map[string]any {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"title": title, "published": published, "text": text})
	rec := do(h, "POST", "/api/articles", strings.NewReader(string(body)), "Content-Type", "application/json", "Authorization", "Bearer "+testToken)
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST %q: %d %s", title, rec.Code, rec.Body)
	}
	var out map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// eventsAt returns the features of a layer at a place.
func eventsAt(t *testing.T, h http.Handler, layer, place string) []map[string]any {
	t.Helper()
	rec := do(h, "GET", "/api/collections/"+layer+"/items?place="+place, nil)
	var got fc
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || rec.Code != 200 {
		t.Fatalf("GET %s at %s: %d %v %s", layer, place, rec.Code, err, rec.Body)
	}
	var out []map[string]any
	for _, f := range got.Features {
		out = append(out, f.Properties)
	}
	return out
}

// sourceArticles lists the article ids of a feature's sources.
func sourceArticles(p map[string]any) []string {
	var ids []string
	for _, s := range p["sources"].([]any) {
		ids = append(ids, s.(map[string]any)["article_id"].(string))
	}
	return ids
}

// A 2022 report of 50 dead near Kalbajar, dated only by its publication, is an event of 2022:
// it never joins, and rewrites, the August 2021 clash of a sample article (3 killed).
func TestReportNeverRewritesAnotherEvent(t *testing.T) {
	h := realServer(t)
	before := eventsAt(t, h, "clashes", "Kalbajar")
	if len(before) != 1 || before[0]["fatalities"] != 3.0 || !strings.HasPrefix(before[0]["date"].(string), "2021-08") {
		t.Fatalf("the sample's Kalbajar clash: %v", before)
	}
	oldID, oldSources := before[0]["id"], sourceArticles(before[0])
	res := postJSONArticle(t, h, "Clashes on the border", "2022-09-14",
		"Azerbaijan said 50 of its servicemen died in clashes near the Kalbajar and Lachin districts.")
	newArticle := res["id"].(string)
	after := eventsAt(t, h, "clashes", "Kalbajar")
	if len(after) != 2 {
		t.Fatalf("want the 2021 clash and a 2022 one at Kalbajar, got %v", after)
	}
	for _, p := range after {
		switch p["id"] {
		case oldID:
			if p["fatalities"] != 3.0 || !strings.HasPrefix(p["date"].(string), "2021-08") || !sameSet(sourceArticles(p), oldSources) {
				t.Errorf("the 2021 clash was rewritten: %v", p)
			}
		default:
			if p["fatalities"] != 50.0 || p["date"] != "2022-09-14" || !sameSet(sourceArticles(p), []string{newArticle}) {
				t.Errorf("the 2022 clash: %v", p)
			}
		}
	}
}

// A rumour stays a rumour: a speculative report of a Turkish base in Azerbaijan and a report of
// Turkish troops deployed there are two features, each with its own modality and source.
func TestRumourStaysARumour(t *testing.T) {
	h := realServer(t)
	rumour := postJSONArticle(t, h, "Rumours", "2021-08-20", "There are rumours that Turkey is considering a military base in Azerbaijan.")["id"].(string)
	fact := postJSONArticle(t, h, "Deployed", "2021-08-18", "Turkey has deployed troops to a military base in Azerbaijan.")["id"].(string)
	got := map[string][]string{} // modality → article ids
	for _, p := range eventsAt(t, h, "deployments", "Azerbaijan") {
		for _, a := range sourceArticles(p) {
			if a == rumour || a == fact {
				got[p["modality"].(string)] = append(got[p["modality"].(string)], a)
			}
		}
	}
	want := map[string][]string{"speculative": {rumour}, "reported": {fact}}
	if len(got) != len(want) || !sameSet(got["speculative"], want["speculative"]) || !sameSet(got["reported"], want["reported"]) {
		t.Errorf("deployments in Azerbaijan by modality: %v, want %v", got, want)
	}
}

// Two articles about one clash give two death tolls: each source keeps its own, the feature
// shows their range and the latest figure, and deleting the later article recomputes it.
func TestCountsPerSourceAndDelete(t *testing.T) {
	h := realServer(t)
	first := postJSONArticle(t, h, "First toll", "2021-08-06", "At least three Armenian soldiers died in clashes in Shusha on August 5.")["id"].(string)
	later := postJSONArticle(t, h, "Later toll", "2021-08-09", "Five Armenian soldiers died in clashes in Shusha on August 5, the ministry said.")["id"].(string)
	check := func(step string, fat, lo, hi float64, per map[string]float64) {
		t.Helper()
		got := eventsAt(t, h, "clashes", "Shusha")
		if len(got) != 1 {
			t.Fatalf("%s: %d clashes at Shusha, want 1: %v", step, len(got), got)
		}
		p := got[0]
		if p["fatalities"] != fat || p["fatalities_min"] != lo || p["fatalities_max"] != hi {
			t.Errorf("%s: fatalities %v [%v,%v], want %v [%v,%v]", step, p["fatalities"], p["fatalities_min"], p["fatalities_max"], fat, lo, hi)
		}
		srcs := p["sources"].([]any)
		if len(srcs) != len(per) {
			t.Errorf("%s: %d sources, want %d", step, len(srcs), len(per))
		}
		for _, s := range srcs {
			s := s.(map[string]any)
			if want := per[s["article_id"].(string)]; s["fatalities"] != want {
				t.Errorf("%s: source %v says %v killed, want %v", step, s["article_id"], s["fatalities"], want)
			}
		}
	}
	check("both", 5, 3, 5, map[string]float64{first: 3, later: 5})
	if rec := do(h, "DELETE", "/api/articles/"+later, nil, "Authorization", "Bearer "+testToken); rec.Code != http.StatusNoContent {
		t.Fatalf("DELETE: %d %s", rec.Code, rec.Body)
	}
	check("after deleting the later article", 3, 3, 3, map[string]float64{first: 3})
}

// summary is the answer to POST /api/articles.
type summary struct {
	ID, Article string
	Created     []summaryEntry
	Merged      []summaryEntry
	Events      fc
	Links       []Link
}

type summaryEntry struct {
	ID          string
	EventType   string `json:"event_type"`
	Place, Date string
	Quote       string
	SourceCount int `json:"source_count"`
	Links       []Link
}

func postSummary(t *testing.T, h http.Handler, title, published, text string) summary {
	t.Helper()
	raw, _ := json.Marshal(postJSONArticle(t, h, title, published, text))
	var s summary
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// The answer to a POST says what it created and what it merged into which feature, each with
// the article's quote, and links to the article, whose DELETE undoes the write.
func TestPostSaysWhatItDid(t *testing.T) {
	h := realServer(t)
	sample := eventsAt(t, h, "clashes", "Kalbajar")[0]
	tests := []struct {
		name, published, text string
		created, merged       []string // places
	}{
		{"new events", "2022-09-14", "Azerbaijan said 50 of its servicemen died in clashes near the Kalbajar and Lachin districts.",
			[]string{"Kalbajar", "Lachin Rayon"}, nil},
		{"merged into the sample's clash", "2021-08-10", "Three Armenian soldiers died in clashes in Kalbajar in early August.",
			nil, []string{"Kalbajar"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := postSummary(t, h, tt.name, tt.published, tt.text)
			if s.Article != s.ID || s.ID == "" {
				t.Errorf("article %q, id %q", s.Article, s.ID)
			}
			places := func(es []summaryEntry) []string {
				var out []string
				for _, e := range es {
					out = append(out, e.Place)
					if e.Quote != tt.text || e.EventType != "clash" || len(e.Links) == 0 || !strings.HasSuffix(e.Links[0].Href, "/items/"+e.ID) {
						t.Errorf("entry %+v", e)
					}
				}
				return out
			}
			if got := places(s.Created); !sameSet(got, tt.created) || len(got) != len(tt.created) {
				t.Errorf("created %v, want %v", got, tt.created)
			}
			if got := places(s.Merged); !sameSet(got, tt.merged) || len(got) != len(tt.merged) {
				t.Errorf("merged %v, want %v", got, tt.merged)
			}
			if len(s.Events.Features) != len(s.Created)+len(s.Merged) {
				t.Errorf("%d features for %d entries", len(s.Events.Features), len(s.Created)+len(s.Merged))
			}
			for _, m := range s.Merged {
				if m.ID != sample["id"] || m.SourceCount != len(sample["sources"].([]any))+1 {
					t.Errorf("merged into %s (%d sources), want %s with one more source than %d", m.ID, m.SourceCount, sample["id"], len(sample["sources"].([]any)))
				}
			}
			var undo string
			for _, l := range s.Links {
				if l.Rel == "edit" {
					undo = l.Href
				}
			}
			if !strings.HasSuffix(undo, "/api/articles/"+s.ID) {
				t.Fatalf("no undo link: %+v", s.Links)
			}
			// undo: the article's features go, the sample's clash is as it was
			if rec := do(h, "DELETE", undo, nil, "Authorization", "Bearer "+testToken); rec.Code != http.StatusNoContent {
				t.Fatalf("DELETE %s: %d %s", undo, rec.Code, rec.Body)
			}
			for _, c := range s.Created {
				if rec := do(h, "GET", "/api/collections/events/items/"+c.ID, nil); rec.Code != http.StatusNotFound {
					t.Errorf("created %s still there after undo: %d", c.ID, rec.Code)
				}
			}
			after := eventsAt(t, h, "clashes", "Kalbajar")
			if len(after) != 1 || !sameSet(sourceArticles(after[0]), sourceArticles(sample)) || after[0]["fatalities"] != sample["fatalities"] {
				t.Errorf("after undo: %v, want %v", after, sample)
			}
		})
	}
}

// The OpenAPI document describes the answer to POST /api/articles.
func TestOpenAPIDescribesWriteSummary(t *testing.T) {
	_, h := testServer(t, openMem(t), Config{})
	var doc struct {
		Paths map[string]map[string]struct {
			Responses map[string]struct {
				Content map[string]struct {
					Schema map[string]any
				}
			}
		}
		Components struct {
			Schemas map[string]struct {
				Properties map[string]any
			}
		}
	}
	if err := json.Unmarshal(do(h, "GET", "/api/openapi", nil).Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	ref := doc.Paths["/articles"]["post"].Responses["201"].Content[mtJSON].Schema["$ref"]
	if ref != "#/components/schemas/WriteSummary" {
		t.Errorf("201 schema %v", ref)
	}
	props := doc.Components.Schemas["WriteSummary"].Properties
	for _, p := range []string{"article", "created", "merged", "links"} {
		if props[p] == nil {
			t.Errorf("WriteSummary lacks %s: %v", p, props)
		}
	}
}
