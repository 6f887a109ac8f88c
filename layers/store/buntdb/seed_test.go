package buntdb_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"testing/fstest"

	"conflictmap/layers"
	"conflictmap/layers/store/buntdb"
)

func TestSeedOnlyOnce(t *testing.T) {
	ctx := context.Background()
	x := testPipeline(t)
	samples := fstest.MapFS{"articles/a.md": {Data: []byte("---\ntitle: Clash\npublished: 2021-08-01\n---\nTwo soldiers were killed in clashes near Kalbajar on Sunday.\n")}}
	path := filepath.Join(t.TempDir(), "seed.db")
	open := func() *buntdb.Store {
		t.Helper()
		st, err := buntdb.Open(buntdb.Config{Path: path})
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	seed := func(st *buntdb.Store) (int, int) {
		t.Helper()
		n, err := layers.SeedIfEmpty(ctx, st, x, samples, "articles")
		if err != nil {
			t.Fatal(err)
		}
		_, total, err := st.ListArticles(ctx, 0, 10)
		if err != nil {
			t.Fatal(err)
		}
		return n, total
	}

	st := open()
	if n, total := seed(st); n != 1 || total != 1 {
		t.Fatalf("first start: seeded %d, %d stored; want 1, 1", n, total)
	}
	list, _, _ := st.ListArticles(ctx, 0, 10)
	if err := st.DeleteArticle(ctx, list[0].ID); err != nil {
		t.Fatal(err)
	}
	st.Close()

	st = open()
	defer st.Close()
	if n, total := seed(st); n != 0 || total != 0 {
		t.Errorf("restart after deleting every article: seeded %d, %d stored; want 0, 0", n, total)
	}
}

func TestSeedLeavesAStoreThatHadArticles(t *testing.T) {
	ctx := context.Background()
	x := testPipeline(t)
	st, err := buntdb.Open(buntdb.Config{Path: ":memory:"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, _, err := layers.Ingest(ctx, st, x, "own.md", []byte("Troops were deployed to Shusha on 3 May 2021.")); err != nil {
		t.Fatal(err)
	}
	samples := fstest.MapFS{"articles/b.md": {Data: []byte("Troops were deployed to Fizuli on 4 May 2021.")}}
	if n, err := layers.SeedIfEmpty(ctx, st, x, samples, "articles"); err != nil || n != 0 {
		t.Fatalf("seeded %d (%v), want 0 into a store with articles", n, err)
	}
	if !st.Seeded() {
		t.Error("a store that held articles is not marked seeded: emptying it would seed it")
	}
}

// testPipeline loads the embedded gazetteer once per test binary.
func testPipeline(tb testing.TB) *layers.Pipeline {
	tb.Helper()
	pipelineOnce.Do(func() { pipeline, pipelineErr = layers.LoadPipeline() })
	if pipelineErr != nil {
		tb.Fatalf("LoadPipeline: %v", pipelineErr)
	}
	return pipeline
}

var (
	pipelineOnce sync.Once
	pipeline     *layers.Pipeline
	pipelineErr  error
)
