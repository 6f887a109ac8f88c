package buntdb

import (
	"conflictmap/layers"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	bdb "github.com/tidwall/buntdb"
)

// killed is a clash at Shusha reported with a death toll.
func killed(n int, hedge string) layers.Event {
	e := ev(layers.TypeClash, shusha, "2021-08-05", "Azerbaijan")
	e.Fatalities, e.CountsHedge = n, hedge
	return e
}

// counts returns an event's fatalities, their range and its sources' figures by article.
func counts(t *testing.T, s *Store, id string) (int, int, int, map[string]int) {
	t.Helper()
	e, err := s.GetEvent(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	per := map[string]int{}
	for _, src := range e.Sources {
		per[src.ArticleID] = src.Fatalities
	}
	return e.Fatalities, e.FatalitiesMin, e.FatalitiesMax, per
}

// Each article keeps its own figure; the feature shows their range and the latest report's
// figure; deleting an article recomputes the feature from the reports that remain.
func TestStoreKeepsCountsPerSource(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name           string
		del            string
		fat, min, max  int
		articles       []string
		perArticleWant map[string]int
	}{
		{"both", "", 5, 3, 5, []string{"a1", "a2"}, map[string]int{"a1": 3, "a2": 5}},
		{"the latest deleted", "a2", 3, 3, 3, []string{"a1"}, map[string]int{"a1": 3}},
		{"the first deleted", "a1", 5, 5, 5, []string{"a2"}, map[string]int{"a2": 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t)
			id := put(t, s, testResult("a1", "2021-08-06", killed(3, "at_least"))).EventIDs[0]
			if pr := put(t, s, testResult("a2", "2021-08-09", killed(5, "exact"))); pr.EventIDs[0] != id {
				t.Fatalf("the second report did not merge: %v, want %s", pr.EventIDs, id)
			}
			if tt.del != "" {
				if err := s.DeleteArticle(ctx, tt.del); err != nil {
					t.Fatal(err)
				}
			}
			fat, lo, hi, per := counts(t, s, id)
			if fat != tt.fat || lo != tt.min || hi != tt.max || len(per) != len(tt.perArticleWant) {
				t.Errorf("fatalities %d [%d,%d], sources %v; want %d [%d,%d] %v", fat, lo, hi, per, tt.fat, tt.min, tt.max, tt.perArticleWant)
			}
			for a, n := range tt.perArticleWant {
				if per[a] != n {
					t.Errorf("source of %s: %d killed, want %d", a, per[a], n)
				}
			}
			// the served feature says the same
			c, err := s.Query(ctx, layers.Query{Layer: "clashes"})
			if err != nil {
				t.Fatal(err)
			}
			c.EachJSON(ctx, func(f string) error {
				var got struct {
					Properties map[string]any `json:"properties"`
				}
				json.Unmarshal([]byte(f), &got)
				p := got.Properties
				if p["fatalities"] != float64(tt.fat) || p["fatalities_min"] != float64(tt.min) || p["fatalities_max"] != float64(tt.max) {
					t.Errorf("feature %s", f)
				}
				return nil
			})
		})
	}
}

// A store written before sources kept their figures opens with every feature in the current
// form: one-sentence reports' figures on their sources, the ranges from the reports.
func TestStoreUpgradesFeatureForm(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	s, err := Open(Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	id := put(t, s, testResult("a1", "2021-08-06", killed(3, "exact"))).EventIDs[0]
	put(t, s, testResult("a2", "2021-08-09", killed(5, "exact")))
	// Rewrite the store as the previous version wrote it: no figures on sources, no ranges in
	// the feature, no format key.
	err = s.db.Update(func(tx *bdb.Tx) error {
		v, err := tx.Get(keyEvent + id)
		if err != nil {
			return err
		}
		h, fo, fn, pj, _ := splitEvent(v)
		var parts []cEvent
		if err := json.Unmarshal([]byte(pj), &parts); err != nil {
			return err
		}
		for i := range parts {
			for k := range parts[i].Sources {
				parts[i].Sources[k].Fatalities = 0
			}
		}
		feature := v[fo : fo+fn]
		for _, p := range []string{`"fatalities_min":3,`, `"fatalities_max":5,`, `,"fatalities":3`, `,"fatalities":5`} {
			feature = strings.ReplaceAll(feature, p, "")
		}
		old, err := encodeEvent(h, []byte(feature), parts)
		if err != nil {
			return err
		}
		if strings.Contains(old, "fatalities_m") || strings.Contains(old, `"fa":`) && !strings.Contains(pj, `"fa":`) {
			t.Fatalf("not the old form: %s", old)
		}
		if _, _, err := tx.Set(keyEvent+id, old, nil); err != nil {
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
	fat, lo, hi, per := counts(t, s, id)
	if fat != 5 || lo != 3 || hi != 5 || per["a1"] != 3 || per["a2"] != 5 {
		t.Errorf("after upgrade: fatalities %d [%d,%d], sources %v", fat, lo, hi, per)
	}
	c, err := s.Query(ctx, layers.Query{Layer: "clashes"})
	if err != nil {
		t.Fatal(err)
	}
	c.EachJSON(ctx, func(f string) error {
		if !strings.Contains(f, `"fatalities_min":3`) || !strings.Contains(f, `"fatalities_max":5`) {
			t.Errorf("feature not re-encoded: %s", f)
		}
		return nil
	})
	if s.featuresStale() {
		t.Error("the store still says its features are stale")
	}
}
