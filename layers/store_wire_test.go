package layers

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/tidwall/buntdb"
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

// TestStoreReencodesOldWire checks that a store whose features were encoded in an older form
// encodes them again when it opens, so that what it serves has every property.
func TestStoreReencodesOldWire(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := OpenStore(StoreConfig{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, testResult("a1", "2020-11-10", ev(TypeClash, shusha, "2020-11-08", "Armenia")))
	// Make it an old store: a feature without the newer properties, and no wire version.
	err = s.db.Update(func(tx *buntdb.Tx) error {
		var key, val string
		tx.AscendKeys(keyEvent+"*", func(k, v string) bool { key, val = k, v; return false })
		h, ok := parseHeader(val)
		if !ok {
			t.Fatalf("no event record: %q", val)
		}
		parts, err := eventParts(val)
		if err != nil {
			return err
		}
		v, err := encodeEvent(h, []byte(`{"type":"Feature","id":"old","properties":{"id":"old"}}`), parts)
		if err != nil {
			return err
		}
		if _, _, err := tx.Set(key, v, nil); err != nil {
			return err
		}
		_, err = tx.Delete(keyFeatureFormat)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = OpenStore(StoreConfig{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cur, err := s.Query(context.Background(), Query{Layer: "events"})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	err = cur.EachJSON(context.Background(), func(f string) error {
		n++
		var got struct{ Properties map[string]any }
		if err := json.Unmarshal([]byte(f), &got); err != nil {
			return err
		}
		if got.Properties["quote"] != "Sentence 0 about clash at Shusha." || got.Properties["source_titles"] != "Article a1" {
			t.Errorf("feature not encoded again: %s", f)
		}
		return nil
	})
	if err != nil || n != 1 {
		t.Fatalf("%d features, %v", n, err)
	}
	if s.featuresStale() {
		t.Error("the store does not record its wire version")
	}
}
