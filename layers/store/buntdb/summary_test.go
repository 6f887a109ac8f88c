package buntdb

import (
	"conflictmap/geo"
	"conflictmap/layers"
	"context"
	"encoding/json"
	"reflect"
	"testing"

	bdb "github.com/tidwall/buntdb"
)

// TestListArticlesSummaries: a list row carries the article's metadata and the counts of its
// mentions and events, as the full record has them.
func TestListArticlesSummaries(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	a := testResult("a1", "2020-11-12", ev(layers.TypeDeployment, stepanakert, "2020-11-10", "Russia"), ev(layers.TypeClash, gyumri, "2020-11-11"))
	a.Article.Title, a.Article.Publication, a.Article.URL = "Title “quoted”", "Wire", "https://example.org/a1"
	put(t, s, a)
	put(t, s, testResult("a2", "2020-11-13"))
	list, total, err := s.ListArticles(ctx, 0, 10)
	if err != nil || total != 2 || len(list) != 2 {
		t.Fatalf("ListArticles = %+v, %d, %v", list, total, err)
	}
	full, err := s.GetArticle(ctx, list[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	want := layers.ArticleSummary{ID: full.Article.ID, Title: "Title “quoted”", Publication: "Wire", Published: "2020-11-12",
		URL: "https://example.org/a1", Mentions: len(full.Mentions), Events: len(full.EventIDs)}
	if list[0] != want || want.Events != 2 {
		t.Errorf("summary %+v, want %+v", list[0], want)
	}
	if second, err := s.GetArticle(ctx, list[1].ID); err != nil || list[1].Mentions != len(second.Mentions) || list[1].Events != 0 {
		t.Errorf("eventless article's summary %+v (%v)", list[1], err)
	}
	if _, err := articleSummary("article:x", `{"id":"x","m":[{"t":`); err == nil {
		t.Error("a truncated record was summarised")
	}
}

// BenchmarkListArticlesLarge lists a page holding one article of 50,000 mentions: "summary" is
// what ListArticles does, "decode" what it did before (decoding the whole record).
func BenchmarkListArticlesLarge(b *testing.B) {
	ctx := context.Background()
	s := openTest(b)
	a := testResult("big", "2020-11-12", ev(layers.TypeDeployment, stepanakert, "2020-11-10", "Russia"))
	for i := 0; i < 50000; i++ {
		a.Mentions = append(a.Mentions, geo.Mention{Text: "Shusha", Start: i, End: i + 1, Role: geo.RoleLocation, Place: shusha})
	}
	put(b, s, a)
	var v string
	s.db.View(func(tx *bdb.Tx) error { v, _ = tx.Get(keyArticle + "big"); return nil })
	b.Run("summary", func(b *testing.B) {
		for b.Loop() {
			if list, _, err := s.ListArticles(ctx, 0, 10); err != nil || list[0].Mentions < 50000 {
				b.Fatal(list, err)
			}
		}
	})
	b.Run("decode", func(b *testing.B) {
		for b.Loop() {
			var sa storedArticle
			if err := json.Unmarshal([]byte(v), &sa); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// PutArticle says, event by event, whether it created the stored event or merged into one.
func TestPutResultNewEvent(t *testing.T) {
	s := openTest(t)
	first := put(t, s, testResult("a1", "2020-11-12", ev(layers.TypeClash, shusha, "2020-11-10", "Azerbaijan")))
	second := put(t, s, testResult("a2", "2020-11-12", ev(layers.TypeClash, shusha, "2020-11-10", "Azerbaijan"), ev(layers.TypeDeployment, gyumri, "2020-11-10", "Russia")))
	if !reflect.DeepEqual(first.NewEvent, []bool{true}) || !reflect.DeepEqual(second.NewEvent, []bool{false, true}) ||
		second.EventIDs[0] != first.EventIDs[0] || second.Created != 1 || second.Merged != 1 {
		t.Errorf("first %+v, second %+v", first, second)
	}
}
