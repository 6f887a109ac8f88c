package buntdb

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"conflictmap/layers"
)

// leanPage is every event of the store's events layer: its feature as EachJSON gives it and
// what EachLean gives, with whether EachLean gave it cut.
func leanPage(t *testing.T, s *Store) (full, lean []string, cut []bool) {
	t.Helper()
	ctx := context.Background()
	c, err := s.Query(ctx, layers.Query{Layer: "events", Lean: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.EachJSON(ctx, func(f string) error { full = append(full, f); return nil }); err != nil {
		t.Fatal(err)
	}
	err = c.(*Cursor).EachLean(ctx, func(f string, ok bool) error {
		lean, cut = append(lean, f), append(cut, ok)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return full, lean, cut
}

// checkLean fails unless every event's lean form in memory is the cut of its stored feature.
func checkLean(t *testing.T, s *Store, what string) {
	t.Helper()
	full, lean, cut := leanPage(t, s)
	if len(full) == 0 || len(full) != len(lean) {
		t.Fatalf("%s: %d features, %d lean", what, len(full), len(lean))
	}
	for i, f := range full {
		at := layers.LeanCut(f)
		if at < 0 {
			t.Fatalf("%s: stored feature not in the wire form's order: %s", what, f)
		}
		if want := f[:at] + layers.LeanClose; !cut[i] || lean[i] != want {
			t.Errorf("%s: event %d: lean %v\n%s\nwant\n%s", what, i, cut[i], lean[i], want)
		}
	}
}

// TestLeanFormsInMemory: the lean forms the index's leaves keep, made in the background after
// open and again after writes change a leaf, are byte for byte the cut of the stored features,
// through re-ingests that change an event's source_count, new events and deletes.
func TestLeanFormsInMemory(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "lean.db")
	s, err := Open(Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	bulkSynth(t, s, 400, 5)
	put(t, s, testResult("m1", "2020-11-12", ev(layers.TypeDeployment, stepanakert, "2020-11-10", "Russia")))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s, err = Open(Config{Path: path, LeanPrefill: true}); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	<-s.prefilled
	var leaves []*qnode
	collectLeaves(&s.idx.root, &leaves)
	for _, n := range leaves {
		if n.lean.Load() == nil {
			t.Fatalf("a leaf of %d items without its lean forms after the prefill", len(n.items))
		}
	}
	checkLean(t, s, "after open")

	// a second report of the same event: its record, and its source_count, change
	put(t, s, testResult("m2", "2020-11-13", ev(layers.TypeDeployment, stepanakert, "2020-11-10", "Russia")))
	put(t, s, testResult("m3", "2021-01-02", ev(layers.TypeClash, gyumri, "2021-01-01")))
	if err := s.DeleteArticle(ctx, "a0000003"); err != nil {
		t.Fatal(err)
	}
	checkLean(t, s, "after writes")
	full, lean, _ := leanPage(t, s)
	if len(full) != 400-5+2 {
		t.Errorf("%d events after the writes, want %d", len(full), 400-5+2)
	}
	merged := 0
	for _, l := range lean {
		if strings.Contains(l, `"place":"Stepanakert"`) && strings.HasSuffix(l, `"source_count":2}}`) {
			merged++
		}
	}
	if merged != 1 {
		t.Errorf("%d merged events with source_count 2 in the lean forms, want 1", merged)
	}
}
