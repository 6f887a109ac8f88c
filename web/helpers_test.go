package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"

	"conflictmap/geo"
	"conflictmap/internal/pgtest"
	"conflictmap/layers"
	"conflictmap/layers/store"
	"conflictmap/layers/store/buntdb"
	"conflictmap/layers/store/postgis"
)

const testToken = "secret-token-123"

// fakeExtractor reads a test article: the first line is its title; each line
// "EVENT type lon lat date place actor[,actor]" is an event at that place; "FAIL" fails.
type fakeExtractor struct{}

var errFake = errors.New("fake extractor: article says FAIL")

func (fakeExtractor) Extract(name string, content []byte, mediaType string) (*layers.Result, error) {
	text := string(content)
	if strings.Contains(text, "FAIL") {
		return nil, errFake
	}
	var meta struct{ Title, Text, Published, URL, Publication string }
	if mediaType == "application/json" {
		if err := json.Unmarshal(content, &meta); err != nil || meta.Text == "" {
			return nil, fmt.Errorf("fake extractor: bad JSON article: %v", err)
		}
		content, text = []byte(meta.Text), meta.Text
	}
	sum := sha256.Sum256(content)
	res := &layers.Result{Article: layers.Article{ID: hex.EncodeToString(sum[:8]), Raw: text, BodyEnd: len(text), Published: "2020-11-12", Publication: "Fake News"}}
	res.Article.Title, _, _ = strings.Cut(text, "\n")
	if meta.Title != "" {
		res.Article.Title, res.Article.Published, res.Article.URL, res.Article.Publication = meta.Title, meta.Published, meta.URL, meta.Publication
	}
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		start := off
		off += len(line)
		f := strings.Fields(line)
		if len(f) < 6 || f[0] != "EVENT" {
			continue
		}
		lon, _ := strconv.ParseFloat(f[2], 64)
		lat, _ := strconv.ParseFloat(f[3], 64)
		q := strings.TrimRight(line, "\n")
		e := layers.Event{EventType: f[1], Lon: lon, Lat: lat, Place: f[5], PlaceID: "p-" + f[5], Country: "AZ",
			GeoPrecision: 1, Title: f[1] + " at " + f[5], Confidence: 0.7,
			Sources: []layers.Source{{ArticleID: res.Article.ID, Quote: q, Start: start, End: start + len(q)}}}
		// the date may carry its date_source and timing: "2021-05-01/published/background"
		date, more, _ := strings.Cut(f[4], "/")
		e.DateSource, e.Timing, _ = strings.Cut(more, "/")
		if date != "-" {
			e.Date, e.DatePrecision, e.DateStart, e.DateEnd = date, "day", date, date
		}
		if len(f) > 6 {
			e.Actors = strings.Split(f[6], ",")
		}
		res.Events = append(res.Events, e)
		at := start + strings.Index(line, f[5])
		res.Mentions = append(res.Mentions, geo.Mention{Text: f[5], Start: at, End: at + len(f[5]), Role: geo.RoleLocation,
			Place: &geo.Place{ID: "p-" + f[5], Name: f[5], Country: "AZ", Level: geo.LevelCity, Lon: lon, Lat: lat}})
	}
	return res, nil
}

// synthTypes is the mix of event types of synthetic stores.
var synthTypes = []string{layers.TypeDeployment, layers.TypeClash, layers.TypeClash, layers.TypeIncident,
	layers.TypeExercise, layers.TypeAgreement, layers.TypeParade, layers.TypeMeeting}

var synthActors = []string{"Russia", "Turkey", "Azerbaijan", "Armenia", "Iran", "France"}

// synthResult is a synthetic article with n events spread over the South Caucasus
// (lon 43..51, lat 38..43), at distinct places so that they do not merge.
func synthResult(i, n int) *layers.Result {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	id := fmt.Sprintf("art%07d", i)
	var b strings.Builder
	b.WriteString("Synthetic article " + id + "\n")
	res := &layers.Result{Article: layers.Article{ID: id, Title: "Synthetic article " + id, Publication: "Synth",
		Published: fmt.Sprintf("20%02d-%02d-%02d", 20+i%5, 1+i%12, 1+i%28), URL: "https://example.org/" + id}}
	for k := 0; k < n; k++ {
		typ := synthTypes[r.IntN(len(synthTypes))]
		lon, lat := 43+8*r.Float64(), 38+5*r.Float64()
		place := fmt.Sprintf("Place%d_%d", i, k)
		date := fmt.Sprintf("20%02d-%02d-%02d", 20+r.IntN(5), 1+r.IntN(12), 1+r.IntN(28))
		a := synthActors[r.IntN(len(synthActors))]
		q := fmt.Sprintf("Event %d of %s: %s at %s on %s by %s.", k, id, typ, place, date, a)
		start := b.Len()
		b.WriteString(q + "\n")
		e := layers.Event{EventType: typ, SubType: "synthetic", Title: typ + " — " + place, Place: place,
			PlaceID: fmt.Sprintf("s%d-%d", i, k), Country: []string{"AZ", "AM", "GE"}[r.IntN(3)], GeoPrecision: 1 + r.IntN(3),
			Date: date, DatePrecision: "day", DateStart: date, DateEnd: date, Actors: []string{a},
			Troops: r.IntN(3) * 100, Fatalities: r.IntN(2) * 3, Confidence: 0.5 + r.Float64()/2, Lon: lon, Lat: lat, Level: "city",
			Sources: []layers.Source{{ArticleID: id, Quote: q, Start: start, End: start + len(q)}}}
		res.Events = append(res.Events, e)
		if k < 3 {
			at := start + strings.Index(q, place)
			res.Mentions = append(res.Mentions, geo.Mention{Text: place, Start: at, End: at + len(place), Role: geo.RoleLocation,
				Place: &geo.Place{ID: e.PlaceID, Name: place, Country: e.Country, Level: geo.LevelCity, Lon: lon, Lat: lat}})
		}
	}
	res.Article.Raw = b.String()
	res.Article.BodyEnd = b.Len()
	return res
}

// fillStore puts articles synthetic articles of perArticle events each.
func fillStore(tb testing.TB, s store.Store, articles, perArticle int) {
	tb.Helper()
	for i := 0; i < articles; i++ {
		if _, err := s.PutArticle(context.Background(), synthResult(i, perArticle)); err != nil {
			tb.Fatal(err)
		}
	}
}

// testStoreEnv names the store the HTTP suite runs against: unset (or "buntdb") for a buntdb
// store in memory, "postgres" for a fresh PostGIS database of the test cluster (internal/pgtest).
// `make test` runs the suite once for each.
const testStoreEnv = "CONFLICTMAP_TEST_STORE"

// openMem opens an empty store of the kind testStoreEnv names, closed when tb ends.
func openMem(tb testing.TB) store.Store {
	tb.Helper()
	var (
		s   store.Store
		err error
	)
	switch kind := os.Getenv(testStoreEnv); kind {
	case "", "buntdb":
		s, err = buntdb.Open(buntdb.Config{Path: ":memory:"})
	case "postgres":
		s, err = postgis.Open(context.Background(), pgtest.DSN(tb), postgis.Options{})
	default:
		tb.Fatalf("%s=%q: want buntdb or postgres", testStoreEnv, kind)
	}
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// testServer is a server over a store with the fake extractor.
func testServer(tb testing.TB, store store.Store, cfg Config) (*Server, http.Handler) {
	tb.Helper()
	if cfg.Token == "" {
		cfg.Token = testToken
	}
	if cfg.App == nil {
		cfg.App = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			io.WriteString(w, "map")
		})
	}
	var logs bytes.Buffer
	s := New(cfg, store, fakeExtractor{}, slog.New(slog.NewTextHandler(&logs, nil)))
	return s, s.Routes()
}

// do runs one request against h.
func do(h http.Handler, method, target string, body io.Reader, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, body)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}
