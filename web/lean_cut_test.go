package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"conflictmap/layers"
)

// TestCutLean: the one-copy lean cut gives byte for byte what projectFeature gives with the lean
// properties, for events with tricky strings, several sources, no source and unknown counts;
// a feature not in the wire form's order (an older store's, a place) is left to projectFeature.
func TestCutLean(t *testing.T) {
	keep := propertySet(leanProperties("events"))
	tricky := []string{`,"sources":[`, `"source_count":3,"sources":[`, `a "quoted" {brace}`, `back\slash \"`, "new\nline", `}}`}
	var events []*layers.Event
	for i, s := range tricky {
		events = append(events, &layers.Event{ID: fmt.Sprintf("e%d", i), EventType: "clash", Title: s, Place: s, Actors: []string{s},
			Fatalities: 2, Stated: layers.StatedFatalities, Sources: []layers.Source{{Quote: s, Title: s}, {Quote: "two", Title: s}}})
	}
	events = append(events, &layers.Event{ID: "none", EventType: "deployment"})
	res := synthResult(3, 2)
	for i := range res.Events {
		events = append(events, &res.Events[i])
	}
	for _, e := range events {
		b, err := layers.EventJSON(e)
		if err != nil {
			t.Fatal(err)
		}
		want, err := projectFeature(nil, string(b), keep)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := cutLean([]byte("x"), string(b), true)
		if !ok || string(got) != "x"+string(want) {
			t.Errorf("event %s: cutLean %v\n%s\nwant\n%s", e.ID, ok, got, want)
		}
		if _, ok := cutLean(nil, string(b), false); ok {
			t.Errorf("event %s: cut though the page is not lean", e.ID)
		}
	}
	older := `{"type":"Feature","id":"a","geometry":null,"properties":{"id":"a","confidence":0.5,"sources":[],"source_count":0,"quote":null,"source_titles":""}}`
	place := `{"type":"Feature","id":"p","geometry":null,"properties":{"id":"p","name":"Shusha","mentions":3}}`
	for _, f := range []string{older, place, strings.TrimSuffix(older, "}")} {
		if got, ok := cutLean([]byte("x"), f, true); ok || string(got) != "x" {
			t.Errorf("cutLean(%s) = %s, %v: want it left to projectFeature", f, got, ok)
		}
	}
}

// TestLeanPageIsTheCut: a profile=lean page, whose features the store may serve from lean forms
// it keeps in memory, is feature for feature, byte for byte, the full page's features cut member
// by member (projectFeature), whatever path produced it.
func TestLeanPageIsTheCut(t *testing.T) {
	st := openMem(t)
	fillStore(t, st, 6, 4)
	_, h := testServer(t, st, Config{})
	features := func(target string) []json.RawMessage {
		rec := do(h, http.MethodGet, target, nil)
		if rec.Code != 200 {
			t.Fatalf("%s: %d %s", target, rec.Code, rec.Body)
		}
		var fc struct{ Features []json.RawMessage }
		if err := json.Unmarshal(rec.Body.Bytes(), &fc); err != nil {
			t.Fatal(err)
		}
		return fc.Features
	}
	full := features("/api/collections/events/items?limit=1000")
	lean := features("/api/collections/events/items?limit=1000&profile=lean")
	if len(full) < 10 || len(full) != len(lean) {
		t.Fatalf("%d full features, %d lean", len(full), len(lean))
	}
	keep := propertySet(leanProperties("events"))
	for i := range full {
		want, err := projectFeature(nil, string(full[i]), keep)
		if err != nil {
			t.Fatal(err)
		}
		if string(lean[i]) != string(want) {
			t.Errorf("feature %d: lean page\n%s\nwant\n%s", i, lean[i], want)
		}
	}
}
