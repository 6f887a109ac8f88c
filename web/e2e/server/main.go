// Command server is the stand-in conflictmap server of the browser speed test
// (web/e2e/test/perf.test.mjs): the real map (web.AppHandler) and basemap labels
// (web.BasemapLabelsHandler) in front of a small read-only fake of the OGC API that serves
// synthetic events, because the real server cannot make 10,000 events from the sample articles.
// It answers /healthz, /api/collections and /api/collections/{id}/items (with limit and offset,
// all the map sends); every other browser test runs against the real `conflictmap serve`.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"math/rand/v2"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"conflictmap/geo"
	"conflictmap/web"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "listen address")
	synthetic := flag.Int("synthetic", 10000, "how many synthetic events to serve")
	flag.Parse()
	if *synthetic < 0 {
		log.Fatalf("-synthetic %d: must not be negative", *synthetic)
	}

	s := &fakeAPI{events: syntheticEvents(*synthetic)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "ok\n") })
	mux.HandleFunc("GET /api/collections", s.collections)
	mux.HandleFunc("GET /api/collections/{id}/items", s.items)
	if g, err := geo.LoadEmbedded(); err == nil {
		mux.Handle("GET /api/basemap/labels", web.BasemapLabelsHandler(g))
	} else {
		log.Printf("no gazetteer (%v): the map labels countries from its basemap", err)
	}
	mux.Handle("/api/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		problem(w, http.StatusNotFound, "not found: "+r.URL.Path)
	}))
	mux.Handle("/", web.AppHandler())

	srv := &http.Server{Addr: *addr, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Fatal(err)
		}
	}()
	log.Printf("e2e server on http://%s (%d events)", *addr, len(s.events))
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	<-stop
	_ = srv.Close()
}

type feature = map[string]any

// fakeAPI serves events, fixed at start, read-only: no places and no articles.
type fakeAPI struct {
	events []feature
	pages  sync.Map // path?query → encoded items page, so the speed test measures the map, not this fake
}

// layerTypes maps each collection to the event_type of its items ("" for all of them).
var layerTypes = map[string]string{
	"deployments": "deployment", "clashes": "clash", "incidents": "incident", "exercises": "exercise",
	"agreements": "agreement", "parades": "parade", "meetings": "meeting", "events": "", "places": "",
}

func problem(w http.ResponseWriter, status int, detail string) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"title": http.StatusText(status), "status": status, "detail": detail})
}

func (s *fakeAPI) collections(w http.ResponseWriter, r *http.Request) {
	var cs []map[string]any
	for _, id := range []string{"deployments", "clashes", "incidents", "exercises", "agreements", "parades", "meetings", "events", "places"} {
		cs = append(cs, map[string]any{"id": id, "title": id, "links": []any{}})
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"collections": cs})
}

// selectFeatures returns the items of collection id: the events of its type, none for places.
func (s *fakeAPI) selectFeatures(id string) ([]feature, bool) {
	typ, ok := layerTypes[id]
	if !ok || id == "places" {
		return nil, ok
	}
	var out []feature
	for _, f := range s.events {
		if p, _ := f["properties"].(map[string]any); typ == "" || p["event_type"] == typ {
			out = append(out, f)
		}
	}
	return out, true
}

func (s *fakeAPI) items(w http.ResponseWriter, r *http.Request) {
	key := r.URL.Path + "?" + r.URL.RawQuery
	if b, ok := s.pages.Load(key); ok {
		w.Header().Set("Content-Type", "application/geo+json")
		_, _ = w.Write(b.([]byte))
		return
	}
	all, ok := s.selectFeatures(r.PathValue("id"))
	if !ok {
		problem(w, http.StatusNotFound, "no such collection")
		return
	}
	limit, offset := 10, 0
	if v, err := strconv.Atoi(r.URL.Query().Get("limit")); err == nil && v > 0 {
		limit = min(v, 10000)
	}
	if v, err := strconv.Atoi(r.URL.Query().Get("offset")); err == nil && v > 0 {
		offset = v
	}
	page := all[min(offset, len(all)):min(offset+limit, len(all))]
	links := []any{}
	if offset+limit < len(all) {
		q := r.URL.Query()
		q.Set("offset", strconv.Itoa(offset+limit))
		q.Set("limit", strconv.Itoa(limit))
		links = append(links, map[string]any{"rel": "next", "type": "application/geo+json", "href": r.URL.Path + "?" + q.Encode()})
	}
	if page == nil {
		page = []feature{}
	}
	b, err := json.Marshal(map[string]any{
		"type": "FeatureCollection", "features": page, "numberMatched": len(all), "numberReturned": len(page), "links": links,
	})
	if err != nil {
		problem(w, http.StatusInternalServerError, err.Error())
		return
	}
	s.pages.Store(key, b)
	w.Header().Set("Content-Type", "application/geo+json")
	_, _ = w.Write(b)
}

// syntheticEvents makes n events scattered over the South Caucasus from 2020 to 2023, with the
// mix of types, precisions and modalities of real data, the same for every run.
func syntheticEvents(n int) []feature {
	rng := rand.New(rand.NewPCG(1, 2))
	types := []string{"deployment", "clash", "incident", "exercise", "agreement", "parade", "meeting"}
	places := []string{"Stepanakert", "Shusha", "Lachin", "Aghdam", "Fuzuli", "Goris", "Ganja", "Baku", "Yerevan", "Nakhchivan"}
	start := time.Date(2020, 9, 27, 0, 0, 0, 0, time.UTC)
	out := make([]feature, n)
	for i := range out {
		typ := types[rng.IntN(len(types))]
		place := places[rng.IntN(len(places))]
		lon, lat := 43.5+rng.Float64()*7, 38.5+rng.Float64()*3
		day := start.AddDate(0, 0, rng.IntN(1100)).Format("2006-01-02")
		prec := []int{1, 1, 1, 2, 2, 3, 4}[rng.IntN(7)]
		modality := []string{"reported", "reported", "reported", "reported", "expected", "speculative"}[rng.IntN(6)]
		quote := fmt.Sprintf("Synthetic report %d of a %s in %s.", i, typ, place)
		ps := strings.Index(quote, place)
		id := fmt.Sprintf("syn-%05d", i)
		out[i] = feature{"type": "Feature", "id": id, "geometry": map[string]any{"type": "Point", "coordinates": []float64{lon, lat}},
			"properties": map[string]any{
				"id": id, "event_type": typ, "sub_type": "", "title": fmt.Sprintf("Synthetic %s %d — %s", typ, i, place), "place": place,
				"place_id": "", "country": "AZ", "admin1": "", "level": "city", "geo_precision": prec, "date": day, "date_precision": "day",
				"date_start": day, "date_end": day, "actors": []string{"Russia"}, "modality": modality, "confidence": 0.7,
				"sources": []map[string]any{{"article_id": "syn", "title": "Synthetic", "publication": "Test", "published": day, "url": "",
					"quote": quote, "start": 0, "end": len(quote), "place_start": ps, "place_end": ps + len(place)}},
				"source_count": 1,
			}}
	}
	return out
}
