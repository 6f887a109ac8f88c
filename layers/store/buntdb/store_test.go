package buntdb

import (
	"conflictmap/layers"
	"context"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"conflictmap/cql2"
	"conflictmap/geo"
)

var (
	stepanakert = &geo.Place{ID: "174875", Name: "Stepanakert", Country: "AZ", Level: geo.LevelCity, Lon: 46.7518, Lat: 39.8152}
	shusha      = &geo.Place{ID: "584871", Name: "Shusha", Country: "AZ", Level: geo.LevelCity, Lon: 46.7539, Lat: 39.7579}
	gyumri      = &geo.Place{ID: "616635", Name: "Gyumri", Country: "AM", Level: geo.LevelCity, Lon: 43.8453, Lat: 40.7894}
)

// testResult builds an article whose text holds one sentence per event, each event at a place.
func testResult(id, published string, events ...layers.Event) *layers.Result {
	var b strings.Builder
	b.WriteString("Title\n\n")
	res := &layers.Result{Article: layers.Article{ID: id, Title: "Article " + id, Publication: "Test Times", Published: published, URL: "https://example.com/" + id}}
	for i := range events {
		e := events[i]
		start := b.Len()
		q := fmt.Sprintf("Sentence %d about %s at %s.", i, e.EventType, e.Place)
		b.WriteString(q + " ")
		e.Sources = []layers.Source{{ArticleID: id, Quote: q, Start: start, End: start + len(q)}}
		res.Events = append(res.Events, e)
		var p *geo.Place
		for _, c := range []*geo.Place{stepanakert, shusha, gyumri} {
			if c.ID == e.PlaceID {
				p = c
			}
		}
		if p != nil {
			at := start + strings.Index(q, e.Place)
			res.Mentions = append(res.Mentions, geo.Mention{Text: p.Name, Start: at, End: at + len(p.Name), Role: geo.RoleLocation, Place: p})
		}
	}
	res.Mentions = append(res.Mentions, geo.Mention{Text: "Moscow", Start: 0, End: 0, Role: geo.RoleActor, Place: &geo.Place{ID: "524901", Name: "Moscow"}})
	res.Article.Raw = b.String()
	res.Article.BodyEnd = b.Len()
	return res
}

func ev(typ string, p *geo.Place, date string, actors ...string) layers.Event {
	e := layers.Event{EventType: typ, Place: p.Name, PlaceID: p.ID, Country: p.Country, Lon: p.Lon, Lat: p.Lat,
		GeoPrecision: 1, Actors: actors, Confidence: 0.8, Title: typ + " at " + p.Name}
	if date != "" {
		e.Date, e.DatePrecision, e.DateStart, e.DateEnd = date, "day", date, date
	}
	return e
}

func openTest(t testing.TB) *Store {
	t.Helper()
	s, err := Open(Config{Path: ":memory:"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func put(t testing.TB, s *Store, res *layers.Result) layers.PutResult {
	t.Helper()
	pr, err := s.PutArticle(context.Background(), res)
	if err != nil {
		t.Fatal(err)
	}
	return pr
}

func queryIDs(t testing.TB, s *Store, q layers.Query) ([]string, int) {
	t.Helper()
	c, err := s.Query(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	if err := c.Each(context.Background(), func(h layers.Hit) error { ids = append(ids, h.ID()); return nil }); err != nil {
		t.Fatal(err)
	}
	return ids, c.Matched()
}

func TestStoreConfigValidate(t *testing.T) {
	for _, c := range []Config{{}, {Path: "x", SyncPolicy: 7}} {
		if err := c.Validate(); !errors.Is(err, layers.ErrInvalid) {
			t.Errorf("%+v: err = %v, want ErrInvalid", c, err)
		}
	}
	if _, err := Open(Config{}); err == nil {
		t.Error("Open with empty path: no error")
	}
}

func TestStorePutGet(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	res := testResult("a1", "2020-11-12", ev(layers.TypeDeployment, stepanakert, "2020-11-10", "Russia"), ev(layers.TypeClash, gyumri, ""))
	pr := put(t, s, res)
	if pr.Created != 2 || pr.Merged != 0 || pr.Replaced || len(pr.EventIDs) != 2 {
		t.Fatalf("PutResult = %+v", pr)
	}
	e, err := s.GetEvent(ctx, pr.EventIDs[0])
	if err != nil {
		t.Fatal(err)
	}
	if e.EventType != layers.TypeDeployment || e.Place != "Stepanakert" || e.DateStart != "2020-11-10" || len(e.Sources) != 1 {
		t.Fatalf("event = %+v", e)
	}
	src := e.Sources[0]
	if src.Quote != res.Events[0].Sources[0].Quote || src.Title != "Article a1" || src.Published != "2020-11-12" || src.URL == "" || src.Publication != "Test Times" {
		t.Errorf("source = %+v", src)
	}
	a, err := s.GetArticle(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if a.Article.Raw != res.Article.Raw || a.Article.Title != "Article a1" || len(a.Mentions) != 3 || len(a.EventIDs) != 2 {
		t.Errorf("article = %+v", a)
	}
	if a.Mentions[0].Place == nil || a.Mentions[0].Place.Name != "Stepanakert" {
		t.Errorf("mention = %+v", a.Mentions[0])
	}
	p, err := s.GetPlace(ctx, stepanakert.ID)
	if err != nil {
		t.Fatal(err)
	}
	if p.Mentions != 1 || p.Articles != 1 || p.FirstSeen != "2020-11-12" || p.Name != "Stepanakert" {
		t.Errorf("place = %+v", p)
	}
	if _, err := s.GetPlace(ctx, "524901"); !errors.Is(err, layers.ErrNotFound) {
		t.Errorf("actor mention became a place: %v", err)
	}
	for _, f := range []func() error{
		func() error { _, err := s.GetEvent(ctx, "nope"); return err },
		func() error { _, err := s.GetArticle(ctx, "nope"); return err },
		func() error { return s.DeleteArticle(ctx, "nope") },
		func() error { _, err := s.GetFeature(ctx, "clashes", pr.EventIDs[0]); return err },
	} {
		if err := f(); !errors.Is(err, layers.ErrNotFound) {
			t.Errorf("err = %v, want ErrNotFound", err)
		}
	}
	list, total, err := s.ListArticles(ctx, 0, 10)
	if err != nil || total != 1 || len(list) != 1 || list[0].Events != 2 {
		t.Errorf("ListArticles = %+v, %d, %v", list, total, err)
	}
}

func TestStoreReingestIdempotent(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	a1 := testResult("a1", "2020-11-12", ev(layers.TypeDeployment, stepanakert, "2020-11-10", "Russia"))
	a2 := testResult("a2", "2020-11-20", ev(layers.TypeDeployment, stepanakert, "2020-11-10", "Russia"), ev(layers.TypeClash, gyumri, "2020-11-11"))
	first := put(t, s, a1)
	second := put(t, s, a2)
	if second.EventIDs[0] != first.EventIDs[0] || second.Merged != 1 || second.Created != 1 {
		t.Fatalf("a2 did not merge into a1's event: %+v vs %+v", second, first)
	}
	e1, _ := s.GetEvent(ctx, first.EventIDs[0])
	for i := 0; i < 3; i++ {
		again := put(t, s, a1)
		if !again.Replaced || again.EventIDs[0] != first.EventIDs[0] {
			t.Fatalf("re-ingest %d: %+v", i, again)
		}
		again2 := put(t, s, a2)
		if again2.EventIDs[1] != second.EventIDs[1] {
			t.Fatalf("re-ingest changed clash id: %v vs %v", again2.EventIDs, second.EventIDs)
		}
	}
	e2, _ := s.GetEvent(ctx, first.EventIDs[0])
	if len(e2.Sources) != 2 || fmt.Sprint(e1) != fmt.Sprint(e2) {
		t.Errorf("event after re-ingests:\n%+v\nwant\n%+v", e2, e1)
	}
	p, _ := s.GetPlace(ctx, stepanakert.ID)
	if p.Mentions != 2 || p.Articles != 2 || p.FirstSeen != "2020-11-12" || p.LastSeen != "2020-11-20" {
		t.Errorf("place = %+v", p)
	}
	st, _ := s.Stats(ctx)
	if st != (Stats{Articles: 2, Events: 2, Places: 2}) {
		t.Errorf("stats = %+v", st)
	}
}

func TestStoreDelete(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	a1 := put(t, s, testResult("a1", "2020-11-12", ev(layers.TypeDeployment, stepanakert, "2020-11-10", "Russia"), ev(layers.TypeExercise, gyumri, "2021-03-01")))
	put(t, s, testResult("a2", "2020-11-20", ev(layers.TypeDeployment, stepanakert, "2020-11-10", "Russia")))
	if err := s.DeleteArticle(ctx, "a1"); err != nil {
		t.Fatal(err)
	}
	e, err := s.GetEvent(ctx, a1.EventIDs[0])
	if err != nil {
		t.Fatalf("shared event deleted: %v", err)
	}
	if len(e.Sources) != 1 || e.Sources[0].ArticleID != "a2" {
		t.Errorf("sources = %+v", e.Sources)
	}
	if _, err := s.GetEvent(ctx, a1.EventIDs[1]); !errors.Is(err, layers.ErrNotFound) {
		t.Errorf("orphan event kept: %v", err)
	}
	if _, err := s.GetPlace(ctx, gyumri.ID); !errors.Is(err, layers.ErrNotFound) {
		t.Errorf("orphan place kept: %v", err)
	}
	p, _ := s.GetPlace(ctx, stepanakert.ID)
	if p.Articles != 1 || p.Mentions != 1 || p.FirstSeen != "2020-11-20" {
		t.Errorf("place = %+v", p)
	}
	if _, err := s.GetArticle(ctx, "a1"); !errors.Is(err, layers.ErrNotFound) {
		t.Errorf("article kept: %v", err)
	}
}

func TestStoreQuery(t *testing.T) {
	s := openTest(t)
	put(t, s, testResult("a1", "2020-11-12",
		ev(layers.TypeDeployment, stepanakert, "2020-11-10", "Russia"),
		ev(layers.TypeClash, shusha, "2020-11-08", "Azerbaijan", "Armenia"),
		ev(layers.TypeClash, gyumri, "2021-05-01", "Armenia"),
		ev(layers.TypeExercise, gyumri, "", "Russia")))
	karabakh := orb.Bound{Min: orb.Point{46, 39}, Max: orb.Point{47.5, 40.5}}
	far := orb.Bound{Min: orb.Point{0, 0}, Max: orb.Point{1, 1}}
	tests := []struct {
		name string
		q    layers.Query
		want int // matched
		n    int // returned
	}{
		{"all events", layers.Query{Layer: "events"}, 4, 4},
		{"layer", layers.Query{Layer: "clashes"}, 2, 2},
		{"bbox", layers.Query{Layer: "events", Bound: &karabakh}, 2, 2},
		{"bbox layer", layers.Query{Layer: "clashes", Bound: &karabakh}, 1, 1},
		{"bbox empty", layers.Query{Layer: "events", Bound: &far}, 0, 0},
		{"datetime", layers.Query{Layer: "events", Start: "2020-11-01", End: "2020-11-30"}, 2, 2},
		{"datetime open end", layers.Query{Layer: "events", Start: "2021-01-01"}, 1, 1},
		{"datetime open start", layers.Query{Layer: "clashes", End: "2020-12-31"}, 1, 1},
		{"datetime bbox", layers.Query{Layer: "events", Bound: &karabakh, Start: "2020-11-09"}, 1, 1},
		{"actor", layers.Query{Layer: "events", Props: map[string]string{"actor": "armenia"}}, 2, 2},
		{"country", layers.Query{Layer: "events", Props: map[string]string{"country": "AM"}}, 2, 2},
		{"event_type", layers.Query{Layer: "events", Props: map[string]string{"event_type": "clash", "country": "AZ"}}, 1, 1},
		{"filter", layers.Query{Layer: "events", Where: cql2.Compare{Op: "=", A: cql2.Property{Name: "place"}, B: cql2.Literal{Value: "Gyumri"}}}, 2, 2},
		{"limit offset", layers.Query{Layer: "events", Offset: 1, Limit: 2}, 4, 2},
		{"offset past end", layers.Query{Layer: "events", Offset: 10, Limit: 2}, 4, 0},
		{"count limit", layers.Query{Layer: "events", Limit: 1, CountLimit: 2}, -1, 1},
		{"sort", layers.Query{Layer: "events", SortBy: []layers.SortKey{{Property: "date_start", Desc: true}}, Limit: 3}, 4, 3},
		{"places", layers.Query{Layer: "places"}, 3, 3},
		{"places bbox", layers.Query{Layer: "places", Bound: &karabakh}, 2, 2},
		{"places prop", layers.Query{Layer: "places", Props: map[string]string{"country": "AM"}}, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids, matched := queryIDs(t, s, tt.q)
			if matched != tt.want || len(ids) != tt.n {
				t.Errorf("matched %d returned %d (%v), want %d %d", matched, len(ids), ids, tt.want, tt.n)
			}
		})
	}
	ids, _ := queryIDs(t, s, layers.Query{Layer: "events", SortBy: []layers.SortKey{{Property: "date_start", Desc: false}}})
	var dates []string
	for _, id := range ids {
		e, _ := s.GetEvent(context.Background(), id)
		dates = append(dates, e.DateStart)
	}
	if got := strings.Join(dates, ","); got != "2020-11-08,2020-11-10,2021-05-01," {
		t.Errorf("sorted dates = %s", got)
	}
	for _, q := range []layers.Query{{Layer: "nope"}, {Layer: "events", Props: map[string]string{"nope": "x"}}, {Layer: "places", SortBy: []layers.SortKey{{Property: "troops", Desc: false}}}} {
		if _, err := s.Query(context.Background(), q); err == nil {
			t.Errorf("%+v: no error", q)
		}
	}
	ext, err := s.Extent(context.Background(), "clashes")
	if err != nil || ext.Count != 2 || ext.Start != "2020-11-08" || ext.End != "2021-05-01" || ext.Bound.Min[0] != gyumri.Lon {
		t.Errorf("extent = %+v, %v", ext, err)
	}
}

func TestStoreFailedPutLeavesNoTrace(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	put(t, s, testResult("a1", "2020-11-12", ev(layers.TypeDeployment, stepanakert, "2020-11-10", "Russia")))
	before, _ := s.Stats(ctx)
	bad := testResult("a2", "2020-11-20", ev(layers.TypeDeployment, stepanakert, "2020-11-10", "Russia"), ev(layers.TypeClash, gyumri, "2020-11-10"))
	bad.Events[1].Lat = math.NaN() // fails after the first event merged and the places were counted
	if _, err := s.PutArticle(ctx, bad); !errors.Is(err, layers.ErrInvalid) {
		t.Fatalf("err = %v, want ErrInvalid", err)
	}
	// Re-ingesting a1 badly must not lose the stored a1 either.
	bad1 := testResult("a1", "2020-11-12", layers.Event{EventType: "Bad Type"})
	if _, err := s.PutArticle(ctx, bad1); !errors.Is(err, layers.ErrInvalid) {
		t.Fatalf("err = %v, want ErrInvalid", err)
	}
	after, _ := s.Stats(ctx)
	if before != after {
		t.Errorf("stats %+v after failed puts, want %+v", after, before)
	}
	p, _ := s.GetPlace(ctx, stepanakert.ID)
	if p.Articles != 1 || p.Mentions != 1 {
		t.Errorf("place = %+v", p)
	}
	ids, _ := queryIDs(t, s, layers.Query{Layer: "events"})
	e, _ := s.GetEvent(ctx, ids[0])
	if len(ids) != 1 || len(e.Sources) != 1 {
		t.Errorf("events %v sources %+v", ids, e.Sources)
	}
	ctxc, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.PutArticle(ctxc, testResult("a3", "")); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled put: %v", err)
	}
	if _, err := s.PutArticle(ctx, &layers.Result{}); !errors.Is(err, layers.ErrInvalid) {
		t.Errorf("put without id: %v", err)
	}
}

func TestStoreDurable(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "store.db")
	s, err := Open(Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	pr := put(t, s, testResult("a1", "2020-11-12", ev(layers.TypeDeployment, stepanakert, "2020-11-10", "Russia"), ev(layers.TypeClash, shusha, "2020-11-08")))
	put(t, s, testResult("a2", "2020-11-13", ev(layers.TypeClash, gyumri, "2020-11-08")))
	if err := s.DeleteArticle(ctx, "a2"); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, _ := s.Stats(ctx)
	if st != (Stats{Articles: 1, Events: 2, Places: 2}) {
		t.Errorf("stats after reopen = %+v", st)
	}
	b := orb.Bound{Min: orb.Point{46, 39}, Max: orb.Point{47, 40}}
	ids, n := queryIDs(t, s, layers.Query{Layer: "deployments", Bound: &b, Start: "2020-11-01"})
	if n != 1 || ids[0] != pr.EventIDs[0] {
		t.Errorf("query after reopen: %v %d", ids, n)
	}
}
