package postgis

import (
	"conflictmap/layers/store/buntdb"
	"context"
	"encoding/json"
	"io/fs"
	"path"
	"sort"
	"sync"
	"testing"
	"time"

	"conflictmap/data"
	"conflictmap/layers"
)

// The sample articles through the real extractor, stored in the buntdb store and in this
// one: the same features must come out. (After the buntdb store moves to
// layers/store/buntdb, point openBunt at it.)

var (
	sampleOnce sync.Once
	samples    []*layers.Result
	sampleErr  error
)

func sampleResults(t testing.TB) []*layers.Result {
	t.Helper()
	sampleOnce.Do(func() {
		x, err := layers.LoadPipeline()
		if err != nil {
			sampleErr = err
			return
		}
		entries, err := fs.ReadDir(data.FS, "articles")
		if err != nil {
			sampleErr = err
			return
		}
		for _, e := range entries {
			if !layers.IsArticleFile(e.Name()) {
				continue
			}
			b, err := fs.ReadFile(data.FS, path.Join("articles", e.Name()))
			if err != nil {
				sampleErr = err
				return
			}
			res, err := x.Extract(e.Name(), b, "")
			if err != nil {
				sampleErr = err
				return
			}
			samples = append(samples, res)
		}
	})
	if sampleErr != nil || len(samples) == 0 {
		t.Fatalf("sample articles: %d, %v", len(samples), sampleErr)
	}
	return samples
}

func openBunt(t testing.TB) *buntdb.Store {
	s, err := buntdb.Open(buntdb.Config{Path: ":memory:"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestParityWithBuntdb(t *testing.T) {
	ctx := context.Background()
	bunt, pg := openBunt(t), openTest(t)
	for _, res := range sampleResults(t) {
		bp, err := bunt.PutArticle(ctx, res)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		pp, err := pg.PutArticle(ctx, res)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("PutArticle %s: %d events (%d new) in %v", res.Article.ID, len(pp.EventIDs), pp.Created, time.Since(start))
		if !same(bp.EventIDs, pp.EventIDs) || bp.Created != pp.Created {
			t.Errorf("%s: buntdb put %+v, postgis %+v", res.Article.ID, bp, pp)
		}
	}
	for _, layer := range []string{"events", "places"} {
		t.Run(layer, func(t *testing.T) {
			want := map[string]string{}
			c, err := bunt.Query(ctx, layers.Query{Layer: layer})
			if err != nil {
				t.Fatal(err)
			}
			c.EachJSON(ctx, func(f string) error { want[idOf(t, f)] = f; return nil })
			it, err := pg.Query(ctx, layers.Query{Layer: layer})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			it.EachJSON(ctx, func(f string) error { got[idOf(t, f)] = f; return nil })
			if len(got) != len(want) || len(want) == 0 {
				t.Errorf("%d features, buntdb has %d", len(got), len(want))
			}
			for _, id := range keys(want) {
				if got[id] != want[id] {
					t.Errorf("feature %s:\n postgis %s\n  buntdb %s", id, got[id], want[id])
				}
			}
		})
	}
	// deleting an article refolds the same way
	first := sampleResults(t)[0].Article.ID
	if err := bunt.DeleteArticle(ctx, first); err != nil {
		t.Fatal(err)
	}
	if err := pg.DeleteArticle(ctx, first); err != nil {
		t.Fatal(err)
	}
	be, _ := bunt.Extent(ctx, "events")
	pe, _ := pg.Extent(ctx, "events")
	if be != pe {
		t.Errorf("extent after deleting %s: postgis %+v, buntdb %+v", first, pe, be)
	}
}

func idOf(t testing.TB, feature string) string {
	var f struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal([]byte(feature), &f); err != nil {
		t.Fatalf("feature %s: %v", feature, err)
	}
	return f.ID
}

func keys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func same(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
