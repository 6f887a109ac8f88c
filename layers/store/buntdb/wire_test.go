package buntdb

import (
	"conflictmap/layers"
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	bdb "github.com/tidwall/buntdb"
)

// TestEventJSONNulls checks that every event property is on the wire, null when unknown, with
// the flat quote and source_titles beside the sources.
// TestStoreReencodesOldWire checks that a store whose features were encoded in an older form
// encodes them again when it opens, so that what it serves has every property.
func TestStoreReencodesOldWire(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, testResult("a1", "2020-11-10", ev(layers.TypeClash, shusha, "2020-11-08", "Armenia")))
	// Make it an old store: a feature without the newer properties, and no wire version.
	err = s.db.Update(func(tx *bdb.Tx) error {
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
	s, err = Open(Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cur, err := s.Query(context.Background(), layers.Query{Layer: "events"})
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
