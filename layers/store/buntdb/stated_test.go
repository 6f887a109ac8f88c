package buntdb

import (
	"encoding/json"
	"testing"

	"conflictmap/layers"
)

// TestPartsKeepStated: a record's parts keep which counts a report stated, so that a stated 0
// folds back into a known 0 and a count nobody gave stays unknown.
func TestPartsKeepStated(t *testing.T) {
	report := func(fatalities int, stated uint8) *layers.Event {
		return &layers.Event{ID: "e", EventType: layers.TypeClash, Fatalities: fatalities, Stated: stated,
			Sources: []layers.Source{{ArticleID: "a", Fatalities: fatalities, Stated: stated}}}
	}
	for _, c := range []struct {
		name  string
		r     *layers.Event
		known bool
	}{
		{"stated zero", report(0, layers.StatedFatalities), true},
		{"not stated", report(0, 0), false},
		{"a count", report(3, layers.StatedFatalities), true},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := toCEvent(c.r, "a", "")
			b, err := json.Marshal(p)
			if err != nil {
				t.Fatal(err)
			}
			var back cEvent
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if f := fold("e", layers.TypeClash, []cEvent{back}, nil); f.FatalitiesKnown() != c.known {
				t.Errorf("folded from the record's parts: fatalities known %v, want %v (%s)", f.FatalitiesKnown(), c.known, b)
			}
		})
	}
}
