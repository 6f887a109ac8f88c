package layers

import (
	"encoding/json"
	"testing"
)

// TestEventJSONNulls checks that every event property is on the wire, null when unknown, with
// the flat quote and source_titles beside the sources.
func TestEventJSONNulls(t *testing.T) {
	two := []Source{{ArticleID: "a", Title: "Clash at Shusha", Quote: "First sentence."},
		{ArticleID: "b", Title: " Clash at Shusha ", Quote: "Second."}, {ArticleID: "c", Title: "Later report", Quote: "Third."}}
	tests := []struct {
		name string
		e    Event
		want map[string]any // properties with these JSON values (nil: null)
	}{
		{"nothing stated", Event{ID: "x", EventType: TypeClash},
			map[string]any{"troops": nil, "fatalities": nil, "injured": nil, "counts_hedge": nil, "quote": nil, "source_titles": "",
				"date_start": nil, "date_end": nil, "date": ""}},
		{"counts stated", Event{ID: "y", EventType: TypeClash, Fatalities: 3, Injured: 5, CountsHedge: "at_least", Sources: two,
			Date: "2021-08", DateStart: "2021-08-01", DateEnd: "2021-08-31"},
			map[string]any{"date_start": "2021-08-01", "date_end": "2021-08-31", "date": "2021-08", "troops": nil, "fatalities": 3.0, "injured": 5.0, "counts_hedge": "at_least", "quote": "First sentence.",
				"source_titles": "Clash at Shusha" + SourceTitleSep + "Later report", "source_count": 3.0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := EventJSON(&tc.e)
			if err != nil {
				t.Fatal(err)
			}
			var f struct{ Properties map[string]any }
			if err := json.Unmarshal(b, &f); err != nil {
				t.Fatal(err)
			}
			for _, name := range append([]string{"date_source", "timing", "counts_hedge", "quote", "source_titles"}, EventProperties...) {
				if _, ok := f.Properties[name]; !ok {
					t.Errorf("property %s missing: %s", name, b)
				}
			}
			for k, want := range tc.want {
				got, ok := f.Properties[k]
				if !ok || got != want {
					t.Errorf("%s = %#v (present %v), want %#v", k, got, ok, want)
				}
			}
		})
	}
}
