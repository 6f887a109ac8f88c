package storetest

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"conflictmap/geo"
	"conflictmap/layers"
	"conflictmap/layers/store"
)

var (
	stepanakert = Place("174875", "Stepanakert", 46.7518, 39.8152)
	shusha      = Place("584871", "Shusha", 46.7539, 39.7579)
	gyumri      = Place("616635", "Gyumri", 43.8453, 40.7894)
	towns       = []*geo.Place{stepanakert, shusha, gyumri}
)

func testPutGetList(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Result("a1", "2021-08-03", towns, Ev("clash", "Clash at Shusha", shusha, "2021-08-01", "Armenia"),
		Ev("deployment", "Troops to Gyumri", gyumri, "2021-08-02", "Russia"))
	pr := put(t, s, a)
	if pr.Created != 2 || pr.Merged != 0 || pr.Replaced || len(pr.EventIDs) != 2 || pr.EventIDs[0] == pr.EventIDs[1] {
		t.Fatalf("PutResult %+v, want 2 new events", pr)
	}
	sa, err := s.GetArticle(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if sa.Article.Title != "Article a1" || sa.Article.Raw != a.Article.Raw || sa.Article.Published != "2021-08-03" ||
		len(sa.Mentions) != len(a.Mentions) || !same(sa.EventIDs, pr.EventIDs) {
		t.Errorf("GetArticle = %+v, want the article put (events %v)", sa, pr.EventIDs)
	}
	if m := sa.Mentions[0]; m.Place == nil || m.Place.ID != shusha.ID || m.Text != "Shusha" {
		t.Errorf("first mention %+v, want Shusha with its place", m)
	}
	e := event(t, s, pr.EventIDs[0])
	if e.Title != "Clash at Shusha" || e.EventType != "clash" || len(e.Sources) != 1 || e.Sources[0].Title != "Article a1" ||
		e.Sources[0].Quote != "Sentence 0 about clash at Shusha." {
		t.Errorf("GetEvent = %+v, want the clash with its source's article and quote", e)
	}
	put(t, s, Result("a0", "", towns, Ev("meeting", "Talks", stepanakert, "")))
	list, total, err := s.ListArticles(ctx, 1, 5)
	if err != nil || total != 2 || len(list) != 1 || list[0].ID != "a1" || list[0].Events != 2 || list[0].Mentions != 3 {
		t.Errorf("ListArticles(1, 5) = %+v, %d, %v; want a1 (2 events, 3 mentions) of 2", list, total, err)
	}
	for _, c := range []struct {
		name string
		err  error
		want error
	}{
		{"GetArticle missing", errOf(s.GetArticle(ctx, "nope")), layers.ErrNotFound},
		{"GetEvent missing", errOf(s.GetEvent(ctx, "nope")), layers.ErrNotFound},
		{"DeleteArticle missing", s.DeleteArticle(ctx, "nope"), layers.ErrNotFound},
		{"GetFeature other layer", errOf(s.GetFeature(ctx, "deployments", pr.EventIDs[0])), layers.ErrNotFound},
		{"GetFeature unknown layer", errOf(s.GetFeature(ctx, "nolayer", pr.EventIDs[0])), layers.ErrUnknownLayer},
	} {
		t.Run(c.name, func(t *testing.T) {
			if !errors.Is(c.err, c.want) {
				t.Errorf("error %v, want %v", c.err, c.want)
			}
		})
	}
	h, err := s.GetFeature(ctx, "clashes", pr.EventIDs[0])
	if err != nil || h.Event == nil || h.Event.ID != pr.EventIDs[0] {
		t.Errorf("GetFeature(clashes) = %+v, %v", h, err)
	}
	h, err = s.GetFeature(ctx, "places", shusha.ID)
	if err != nil || h.Place == nil || h.Place.Name != "Shusha" || h.Place.Mentions != 1 || h.Place.FirstSeen != "2021-08-03" {
		t.Errorf("GetFeature(places, Shusha) = %+v, %v", h.Place, err)
	}
}

func errOf[T any](_ T, err error) error { return err }

func testInvalid(t *testing.T, s store.Store) {
	bad := Ev("Clash!", "bad", shusha, "")
	outside := Ev("clash", "outside", shusha, "")
	outside.Lat = 95
	backwards := Ev("clash", "backwards", shusha, "2021-08-02")
	backwards.DateEnd = "2021-08-01"
	for _, c := range []struct {
		name string
		res  *layers.Result
	}{
		{"nil", nil},
		{"no id", &layers.Result{}},
		{"event type", Result("x", "", nil, bad)},
		{"coordinates", Result("x", "", nil, outside)},
		{"dates", Result("x", "", nil, backwards)},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := s.PutArticle(context.Background(), c.res); !errors.Is(err, layers.ErrInvalid) {
				t.Errorf("PutArticle: %v, want ErrInvalid", err)
			}
		})
	}
	if _, total, _ := s.ListArticles(context.Background(), 0, 0); total != 0 {
		t.Errorf("%d articles stored after refused puts, want 0", total)
	}
}

func testRePut(t *testing.T, s store.Store) {
	res := Result("a1", "2021-08-03", towns, Ev("clash", "Clash at Shusha", shusha, "2021-08-01"))
	first := put(t, s, res)
	again := put(t, s, res)
	if !again.Replaced || first.Replaced || !same(first.EventIDs, again.EventIDs) || again.Created != 1 {
		t.Errorf("put twice: %+v then %+v, want the same new event, the second replacing", first, again)
	}
	if e := event(t, s, first.EventIDs[0]); len(e.Sources) != 1 {
		t.Errorf("%d sources after re-put, want 1", len(e.Sources))
	}
	if h, err := s.GetFeature(context.Background(), "places", shusha.ID); err != nil || h.Place.Articles != 1 || h.Place.Mentions != 1 {
		t.Errorf("place after re-put %+v, %v; want 1 article, 1 mention", h.Place, err)
	}
}

func testMerge(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := put(t, s, Result("a1", "2021-08-03", towns, Ev("clash", "Clash at Shusha", shusha, "2021-08-01", "Armenia")))
	b := put(t, s, Result("b1", "2021-08-04", towns, Ev("clash", "Shusha shelled", shusha, "2021-08-01", "Azerbaijan", "Armenia")))
	if b.Merged != 1 || b.Created != 0 || b.EventIDs[0] != a.EventIDs[0] {
		t.Fatalf("second report: %+v, want it merged into %s", b, a.EventIDs[0])
	}
	id := a.EventIDs[0]
	e := event(t, s, id)
	if len(e.Sources) != 2 || len(e.Actors) != 2 {
		t.Errorf("merged event has %d sources and actors %v, want 2 and both", len(e.Sources), e.Actors)
	}
	boxJSON(t, s, id, 2)
	if err := s.DeleteArticle(ctx, "a1"); err != nil {
		t.Fatal(err)
	}
	e = event(t, s, id)
	if len(e.Sources) != 1 || e.Sources[0].ArticleID != "b1" || e.Title != "Shusha shelled" || !same(e.Actors, []string{"Azerbaijan", "Armenia"}) {
		t.Errorf("after deleting a1: %+v, want b1's report alone", e)
	}
	boxJSON(t, s, id, 1)
	if err := s.DeleteArticle(ctx, "b1"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.GetEvent(ctx, id); !errors.Is(err, layers.ErrNotFound) {
		t.Errorf("event with no source left: %v, want ErrNotFound", err)
	}
	n, _ := s.Counts(ctx)
	for typ, c := range n {
		if c != 0 {
			t.Errorf("Counts %v after deleting every article: %d %s, want none", n, c, typ)
		}
	}
}

// boxJSON checks that a page of a box around Shusha alone (a store may serve it from stored
// feature text) holds event id as GetFeature encodes it, with its number of sources.
func boxJSON(t *testing.T, s store.Store, id string, sources int) {
	t.Helper()
	ctx := context.Background()
	box := orb.Bound{Min: orb.Point{shusha.Lon - 0.1, shusha.Lat - 0.1}, Max: orb.Point{shusha.Lon + 0.1, shusha.Lat + 0.1}}
	it, err := s.Query(ctx, layers.Query{Layer: "events", Bound: &box, Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	if err := it.EachJSON(ctx, func(f string) error { got = append(got, f); return nil }); err != nil {
		t.Fatal(err)
	}
	h, err := s.GetFeature(ctx, "events", id)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := layers.HitJSON(h)
	if len(got) != 1 || got[0] != string(want) || len(h.Event.Sources) != sources {
		t.Errorf("box page %q\nwant [%s] with %d sources", got, want, sources)
	}
}

func testPlaces(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Result("a1", "2021-08-03", towns, Ev("clash", "one", shusha, ""), Ev("clash", "two", shusha, "")))
	put(t, s, Result("b1", "2021-07-01", towns, Ev("meeting", "three", shusha, ""), Ev("meeting", "four", gyumri, "")))
	h, err := s.GetFeature(ctx, "places", shusha.ID)
	if err != nil || h.Place.Mentions != 3 || h.Place.Articles != 2 || h.Place.FirstSeen != "2021-07-01" || h.Place.LastSeen != "2021-08-03" {
		t.Fatalf("Shusha %+v, %v; want 3 mentions in 2 articles, seen 2021-07-01 to 2021-08-03", h.Place, err)
	}
	if err := s.DeleteArticle(ctx, "b1"); err != nil {
		t.Fatal(err)
	}
	h, err = s.GetFeature(ctx, "places", shusha.ID)
	if err != nil || h.Place.Mentions != 2 || h.Place.Articles != 1 || h.Place.FirstSeen != "2021-08-03" {
		t.Errorf("Shusha after deleting b1: %+v, %v", h.Place, err)
	}
	if _, err := s.GetFeature(ctx, "places", gyumri.ID); !errors.Is(err, layers.ErrNotFound) {
		t.Errorf("Gyumri, mentioned by no article: %v, want ErrNotFound", err)
	}
	if got, _ := titles(t, s, layers.Query{Layer: "places"}); !same(got, []string{"Shusha"}) {
		t.Errorf("places layer %v, want Shusha", got)
	}
}

func testVersion(t *testing.T, s store.Store) {
	ctx := context.Background()
	v0, err := s.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, Result("a1", "", towns, Ev("clash", "one", shusha, "")))
	v1, _ := s.Version(ctx)
	titles(t, s, layers.Query{Layer: "events"})
	v2, _ := s.Version(ctx)
	if err := s.DeleteArticle(ctx, "a1"); err != nil {
		t.Fatal(err)
	}
	v3, _ := s.Version(ctx)
	if v1 == v0 || v3 == v1 || v2 != v1 {
		t.Errorf("versions %q put %q read %q delete %q: want a change at each write only", v0, v1, v2, v3)
	}
}

func testWatch(t *testing.T, s store.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	ch, err := s.Watch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, Result("a1", "", towns, Ev("clash", "one", shusha, "")))
	if err := s.DeleteArticle(context.Background(), "a1"); err != nil {
		t.Fatal(err)
	}
	v, _ := s.Version(context.Background())
	var got []store.Change
	for len(got) < 2 {
		select {
		case c, ok := <-ch:
			if !ok {
				t.Fatalf("channel closed after %v", got)
			}
			got = append(got, c)
		case <-time.After(time.Minute): // a hang guard, not a timing assertion
			t.Fatalf("no change delivered after a minute; got %v", got)
		}
	}
	if got[0].Kind != "put" || got[0].Article != "a1" || got[1].Kind != "delete" || got[1].Version != v {
		t.Errorf("changes %+v, want put a1 then delete at version %s", got, v)
	}
	cancel()
	for range ch { // closed once ctx ends
	}
}

func testConcurrent(t *testing.T, s store.Store) {
	res := Result("a1", "2021-08-03", towns, Ev("clash", "one", shusha, "2021-08-01"), Ev("meeting", "two", gyumri, ""))
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = s.PutArticle(context.Background(), res)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	_, total, _ := s.ListArticles(context.Background(), 0, 0)
	got, it := titles(t, s, layers.Query{Layer: "events"})
	if total != 1 || !same(got, []string{"one", "two"}) || it.Matched() != 2 {
		t.Errorf("%d articles, events %v after concurrent puts of one article, want 1 and one, two", total, got)
	}
	it.Each(context.Background(), func(h layers.Hit) error {
		if len(h.Event.Sources) != 1 {
			t.Errorf("event %s has %d sources, want 1", h.Event.Title, len(h.Event.Sources))
		}
		return nil
	})
}

func testBulkLoad(t *testing.T, s store.Store) {
	var results []*layers.Result
	for i := range 3 {
		results = append(results, Result(string(rune('a'+i)), "", towns, Ev("clash", "same", shusha, "2021-08-01")))
	}
	n, err := s.BulkLoad(context.Background(), results)
	if err != nil || n != 3 {
		t.Fatalf("BulkLoad = %d, %v; want 3 events", n, err)
	}
	if c, _ := s.Counts(context.Background()); c["clash"] != 3 {
		t.Errorf("Counts %v, want 3 clashes (bulk loads do not merge)", c)
	}
}

func testSeeded(t *testing.T, s store.Store) {
	if s.Seeded() {
		t.Fatal("a new store is seeded")
	}
	if err := s.MarkSeeded(); err != nil {
		t.Fatal(err)
	}
	if !s.Seeded() {
		t.Error("not seeded after MarkSeeded")
	}
}
