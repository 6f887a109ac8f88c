// Package storetest is the conformance suite of store.Store: every store (buntdb, PostGIS)
// runs it, so that the API and the map cannot tell them apart. Call Run from a test of the
// store's package with a function opening a fresh, empty store.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"

	"conflictmap/geo"
	"conflictmap/layers"
	"conflictmap/layers/store"
)

// Open opens a fresh, empty store for one test; it closes it at the test's cleanup.
type Open func(t *testing.T) store.Store

// Run runs the suite against the stores open makes.
func Run(t *testing.T, open Open) {
	t.Run("PutGetList", func(t *testing.T) { testPutGetList(t, open(t)) })
	t.Run("Invalid", func(t *testing.T) { testInvalid(t, open(t)) })
	t.Run("RePutReplaces", func(t *testing.T) { testRePut(t, open(t)) })
	t.Run("MergeAndRefold", func(t *testing.T) { testMerge(t, open(t)) })
	t.Run("Places", func(t *testing.T) { testPlaces(t, open(t)) })
	t.Run("Query", func(t *testing.T) { testQuery(t, open(t)) })
	t.Run("Page", func(t *testing.T) { testPage(t, open(t)) })
	t.Run("JSON", func(t *testing.T) { testJSON(t, open(t)) })
	t.Run("FeatureJSON", func(t *testing.T) { testFeatureJSON(t, open(t)) })
	t.Run("ExtentCounts", func(t *testing.T) { testExtentCounts(t, open(t)) })
	t.Run("Version", func(t *testing.T) { testVersion(t, open(t)) })
	t.Run("Watch", func(t *testing.T) { testWatch(t, open(t)) })
	t.Run("Concurrent", func(t *testing.T) { testConcurrent(t, open(t)) })
	t.Run("BulkLoad", func(t *testing.T) { testBulkLoad(t, open(t)) })
	t.Run("Seeded", func(t *testing.T) { testSeeded(t, open(t)) })
}

// Place returns a place of the fixtures.
func Place(id, name string, lon, lat float64) *geo.Place {
	return &geo.Place{ID: id, Name: name, Country: "AZ", Level: geo.LevelCity, Lon: lon, Lat: lat}
}

// Ev is an event at a place, dated (a day) unless date is "".
func Ev(typ, title string, p *geo.Place, date string, actors ...string) layers.Event {
	e := layers.Event{EventType: typ, Title: title, Place: p.Name, PlaceID: p.ID, Country: p.Country,
		Lon: p.Lon, Lat: p.Lat, GeoPrecision: 1, Actors: actors, Confidence: 0.8, Level: string(p.Level)}
	if date != "" {
		e.Date, e.DatePrecision, e.DateStart, e.DateEnd = date, "day", date, date
	}
	return e
}

// Result is an article whose text holds one sentence per event (each its source) and a
// location mention of each event's place.
func Result(id, published string, places []*geo.Place, events ...layers.Event) *layers.Result {
	var b strings.Builder
	b.WriteString("Title\n\n")
	res := &layers.Result{Article: layers.Article{ID: id, Title: "Article " + id, Publication: "Test Times",
		Published: published, URL: "https://example.com/" + id}}
	for i := range events {
		e := events[i]
		start := b.Len()
		q := fmt.Sprintf("Sentence %d about %s at %s.", i, e.EventType, e.Place)
		b.WriteString(q + " ")
		e.Sources = []layers.Source{{ArticleID: id, Quote: q, Start: start, End: start + len(q)}}
		res.Events = append(res.Events, e)
		for _, p := range places {
			if p.ID == e.PlaceID {
				at := start + strings.Index(q, e.Place)
				res.Mentions = append(res.Mentions, geo.Mention{Text: p.Name, Start: at, End: at + len(p.Name),
					Role: geo.RoleLocation, Place: p})
			}
		}
	}
	res.Mentions = append(res.Mentions, geo.Mention{Text: "Moscow", Role: geo.RoleActor, Place: &geo.Place{ID: "524901", Name: "Moscow"}})
	res.Article.Raw = b.String()
	res.Article.BodyEnd = b.Len()
	return res
}

func put(t *testing.T, s store.Store, res *layers.Result) layers.PutResult {
	t.Helper()
	pr, err := s.PutArticle(context.Background(), res)
	if err != nil {
		t.Fatalf("PutArticle %s: %v", res.Article.ID, err)
	}
	return pr
}

func event(t *testing.T, s store.Store, id string) *layers.Event {
	t.Helper()
	e, err := s.GetEvent(context.Background(), id)
	if err != nil {
		t.Fatalf("GetEvent %s: %v", id, err)
	}
	return e
}

// titles runs a query and returns its features' titles (events) or names (places), sorted
// unless the query sorts.
func titles(t *testing.T, s store.Store, q layers.Query) ([]string, store.Iterator) {
	t.Helper()
	it, err := s.Query(context.Background(), q)
	if err != nil {
		t.Fatalf("Query %+v: %v", q, err)
	}
	var out []string
	err = it.Each(context.Background(), func(h layers.Hit) error {
		switch {
		case h.Event != nil:
			out = append(out, h.Event.Title)
		case h.Place != nil:
			out = append(out, h.Place.Name)
		default:
			return errors.New("a hit with neither event nor place")
		}
		return nil
	})
	if err != nil {
		t.Fatalf("Each: %v", err)
	}
	if len(q.SortBy) == 0 {
		sort.Strings(out)
	}
	return out, it
}

func same(a, b []string) bool {
	return strings.Join(a, "|") == strings.Join(b, "|")
}
