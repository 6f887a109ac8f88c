// Command server is a stand-in conflictmap server for the browser tests of the web map: the real
// map (web.AppHandler) and basemap labels (web.BasemapLabelsHandler) in front of a small fake of
// the OGC API that serves fixture or synthetic events and "extracts" events from posted articles
// by looking for a few place names. The tests only need the HTTP contract, so web/e2e/run.sh can
// start the real `conflictmap serve` instead.
package main

import (
	"crypto/subtle"
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
	"path/filepath"
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
	token := flag.String("token", "test-token", "bearer token for POST /api/articles")
	fixtures := flag.String("fixtures", "web/e2e/fixtures", "directory with events.geojson and places.geojson")
	synthetic := flag.Int("synthetic", 0, "serve this many synthetic events instead of the fixtures")
	flag.Parse()

	s := &fakeAPI{token: *token, articles: map[string]map[string]any{}}
	if *synthetic > 0 {
		s.events = syntheticEvents(*synthetic)
	} else {
		var err error
		if s.events, err = readFeatures(filepath.Join(*fixtures, "events.geojson")); err != nil {
			log.Fatal(err)
		}
		if s.places, err = readFeatures(filepath.Join(*fixtures, "places.geojson")); err != nil {
			log.Fatal(err)
		}
	}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "ok\n") })
	mux.HandleFunc("GET /api/collections", s.collections)
	mux.HandleFunc("GET /api/collections/{id}/items", s.items)
	mux.HandleFunc("GET /api/collections/{id}/download", s.download)
	mux.HandleFunc("POST /api/articles", s.postArticle)
	mux.HandleFunc("GET /api/articles/{id}", s.getArticle)
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

type fakeAPI struct {
	token    string
	mu       sync.RWMutex
	events   []feature
	places   []feature
	articles map[string]map[string]any
	nextID   int
	pages    sync.Map // path?query → encoded items page, so the speed test measures the map, not this fake
}

var layerTypes = map[string]string{
	"deployments": "deployment", "clashes": "clash", "incidents": "incident", "exercises": "exercise",
	"agreements": "agreement", "parades": "parade", "meetings": "meeting", "events": "", "places": "",
}

func readFeatures(name string) ([]feature, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var fc struct {
		Features []feature `json:"features"`
	}
	if err := json.Unmarshal(b, &fc); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return fc.Features, nil
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

// selectFeatures applies the filters the map sends: bbox, datetime, q and event_type.
func (s *fakeAPI) selectFeatures(r *http.Request) ([]feature, bool) {
	id := r.PathValue("id")
	typ, ok := layerTypes[id]
	if !ok {
		return nil, false
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	src := s.events
	if id == "places" {
		src = s.places
	}
	q := r.URL.Query()
	var bbox []float64
	for _, v := range strings.Split(q.Get("bbox"), ",") {
		if f, err := strconv.ParseFloat(v, 64); err == nil {
			bbox = append(bbox, f)
		}
	}
	from, to, _ := strings.Cut(q.Get("datetime"), "/")
	text := strings.ToLower(q.Get("q"))
	var out []feature
	for _, f := range src {
		p, _ := f["properties"].(map[string]any)
		if typ != "" && p["event_type"] != typ {
			continue
		}
		if len(bbox) == 4 {
			c, _ := f["geometry"].(map[string]any)["coordinates"].([]any)
			if len(c) == 2 {
				x, y := c[0].(float64), c[1].(float64)
				if x < bbox[0] || y < bbox[1] || x > bbox[2] || y > bbox[3] {
					continue
				}
			}
		}
		if from != "" && from != ".." {
			ds, _ := p["date_start"].(string)
			de, _ := p["date_end"].(string)
			if ds == "" || de < from || (to != "" && to != ".." && ds > to) {
				continue
			}
		}
		if text != "" {
			b, _ := json.Marshal(p)
			if !strings.Contains(strings.ToLower(string(b)), text) {
				continue
			}
		}
		out = append(out, f)
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
	all, ok := s.selectFeatures(r)
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

func (s *fakeAPI) download(w http.ResponseWriter, r *http.Request) {
	all, ok := s.selectFeatures(r)
	if !ok {
		problem(w, http.StatusNotFound, "no such collection")
		return
	}
	id := r.PathValue("id")
	switch format := r.URL.Query().Get("format"); format {
	case "", "geojson":
		w.Header().Set("Content-Type", "application/geo+json")
		w.Header().Set("Content-Disposition", `attachment; filename="`+id+`.geojson"`)
		if all == nil {
			all = []feature{}
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"type": "FeatureCollection", "features": all})
	case "csv":
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="`+id+`.csv"`)
		_, _ = io.WriteString(w, "id,title\n")
		for _, f := range all {
			p := f["properties"].(map[string]any)
			fmt.Fprintf(w, "%q,%q\n", p["id"], p["title"])
		}
	case "kml":
		w.Header().Set("Content-Type", "application/vnd.google-earth.kml+xml")
		w.Header().Set("Content-Disposition", `attachment; filename="`+id+`.kml"`)
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>%s</name></Document></kml>`, id)
	default:
		problem(w, http.StatusBadRequest, "unknown format "+format)
	}
}

// fakePlaces is the whole "gazetteer" of the fake extractor.
var fakePlaces = []struct {
	name, id, cc string
	lon, lat     float64
}{
	{"Kalbajar", "148736", "AZ", 46.0386, 40.1098},
	{"Goris", "616629", "AM", 46.3378, 39.5111},
	{"Ganja", "148565", "AZ", 46.3606, 40.6828},
	{"Yerevan", "616052", "AM", 44.5136, 40.1811},
	{"Tbilisi", "611717", "GE", 44.7930, 41.7151},
}

func (s *fakeAPI) postArticle(w http.ResponseWriter, r *http.Request) {
	auth := r.Header.Get("Authorization")
	if !strings.HasPrefix(auth, "Bearer ") || subtle.ConstantTimeCompare([]byte(strings.TrimPrefix(auth, "Bearer ")), []byte(s.token)) != 1 {
		problem(w, http.StatusUnauthorized, "a valid bearer token is required to add articles")
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 4<<20))
	if err != nil {
		problem(w, http.StatusBadRequest, err.Error())
		return
	}
	art := map[string]any{"text": string(body)}
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		art = map[string]any{}
		if err := json.Unmarshal(body, &art); err != nil {
			problem(w, http.StatusBadRequest, "invalid JSON: "+err.Error())
			return
		}
	}
	text, _ := art["text"].(string)
	if strings.TrimSpace(text) == "" {
		problem(w, http.StatusUnprocessableEntity, "the article has no text")
		return
	}
	title, _ := art["title"].(string)
	if title == "" {
		title = strings.SplitN(strings.TrimSpace(text), "\n", 2)[0]
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextID++
	aid := fmt.Sprintf("posted-%d", s.nextID)
	art["id"], art["title"] = aid, title
	s.articles[aid] = art
	published, _ := art["published"].(string)
	if published == "" {
		published = "2021-03-01"
	}
	typ := "meeting"
	lower := strings.ToLower(text)
	switch {
	case strings.Contains(lower, "shell") || strings.Contains(lower, "clash") || strings.Contains(lower, "fire"):
		typ = "clash"
	case strings.Contains(lower, "troops") || strings.Contains(lower, "deploy"):
		typ = "deployment"
	}
	var events []feature
	for _, p := range fakePlaces {
		i := strings.Index(text, p.name)
		if i < 0 {
			continue
		}
		start := strings.LastIndexAny(text[:i], ".\n") + 1
		end := i + len(p.name) + max(0, strings.IndexAny(text[i+len(p.name):], ".\n"))
		if end < len(text) {
			end++
		}
		quote := strings.TrimSpace(text[start:end])
		lead := len(text[start:end]) - len(strings.TrimLeft(text[start:end], " \t\r\n"))
		id := fmt.Sprintf("%s-%s", aid, p.id)
		f := feature{"type": "Feature", "id": id, "geometry": map[string]any{"type": "Point", "coordinates": []float64{p.lon, p.lat}},
			"properties": map[string]any{
				"id": id, "event_type": typ, "sub_type": "", "title": fmt.Sprintf("%s — %s", title, p.name), "place": p.name, "place_id": p.id,
				"country": p.cc, "admin1": "", "level": "city", "geo_precision": 1, "date": published, "date_precision": "day",
				"date_start": published, "date_end": published, "actors": []string{}, "modality": "reported", "confidence": 0.5,
				"sources": []map[string]any{{"article_id": aid, "title": title, "publication": art["publication"], "published": published,
					"url": art["url"], "quote": quote, "start": start + lead, "end": end, "place_start": i - start - lead, "place_end": i - start - lead + len(p.name)}},
				"source_count": 1,
			}}
		events = append(events, f)
	}
	s.events = append(s.events, events...)
	s.pages.Clear()
	if events == nil {
		events = []feature{}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(map[string]any{"id": aid, "title": title, "events": map[string]any{"type": "FeatureCollection", "features": events}, "mentions": len(events)})
}

func (s *fakeAPI) getArticle(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	a, ok := s.articles[r.PathValue("id")]
	s.mu.RUnlock()
	if !ok {
		problem(w, http.StatusNotFound, "no such article")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(a)
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
