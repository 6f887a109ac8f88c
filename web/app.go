package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io/fs"
	"log"
	"mime"
	"net/http"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"conflictmap/geo"
)

// The web map: index.html, app.js, app.css and, after `make assets`, vendor/ (Leaflet,
// markercluster, topojson-client, world-atlas). Embedding the parent directory keeps the build
// working on a clean clone before the vendor files are copied; the page then says what to run.
//
//go:embed static
var staticFiles embed.FS

// DevAssetsEnv names the environment variable that, when set to a directory, makes AppHandler
// serve the map's files from that directory on every request instead of the embedded copy.
const DevAssetsEnv = "CONFLICTMAP_DEV_ASSETS"

// AppConfig configures NewAppHandler.
type AppConfig struct {
	// Dir, when not empty, is a directory whose files are served as they are on disk on every
	// request, uncached: edit, reload. Empty serves the files embedded in the binary.
	Dir string
	// Files, when not nil and Dir is empty, replaces the embedded files (tests).
	Files fs.FS
}

// AppHandler returns the handler of the web map at "/": the embedded files of web/static, or
// those of the directory named by $CONFLICTMAP_DEV_ASSETS when it is set.
func AppHandler() http.Handler {
	return NewAppHandler(AppConfig{Dir: os.Getenv(DevAssetsEnv)})
}

// NewAppHandler returns the handler of the web map's files. It serves GET and HEAD only,
// index.html at "/", each file with its content type, an ETag, a Cache-Control suited to it
// (vendored files for a day, the app's own files revalidated each time) and gzip where it pays.
func NewAppHandler(cfg AppConfig) http.Handler {
	h := &appHandler{dev: cfg.Dir != ""}
	switch {
	case cfg.Dir != "":
		h.files = os.DirFS(cfg.Dir)
	case cfg.Files != nil:
		h.files = cfg.Files
	default:
		sub, err := fs.Sub(staticFiles, "static")
		if err != nil {
			panic("web: embedded static files: " + err.Error()) // cannot happen: the directory is embedded
		}
		h.files = sub
	}
	if _, err := fs.Stat(h.files, "vendor/leaflet/leaflet.js"); err != nil {
		log.Printf("web: map assets missing (%v): run `make assets` (scripts/assets.sh) before go build", err)
	}
	return h
}

type appHandler struct {
	files fs.FS
	dev   bool
	cache sync.Map // name → *appAsset, embedded files only
}

// appAsset is one file ready to serve.
type appAsset struct {
	body  []byte
	gz    []byte // gzipped body, nil when it does not pay
	etag  string
	ctype string
}

func (h *appHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		appProblem(w, http.StatusMethodNotAllowed, "Method not allowed", "The map's files can only be read with GET or HEAD.")
		return
	}
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" {
		name = "index.html"
	}
	a, err := h.asset(name)
	if err != nil {
		detail := "No such file: /" + name
		if strings.HasPrefix(name, "vendor/") {
			detail += ". The map's third-party files are copied at build time: run `make assets` and rebuild."
		}
		appProblem(w, http.StatusNotFound, "Not found", detail)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", a.ctype)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Vary", "Accept-Encoding")
	switch {
	case h.dev:
		hd.Set("Cache-Control", "no-store")
	case strings.HasPrefix(name, "vendor/"):
		hd.Set("Cache-Control", "public, max-age=86400")
	default:
		hd.Set("Cache-Control", "no-cache")
	}
	if strings.HasSuffix(name, ".html") {
		hd.Set("Content-Security-Policy", appCSP)
		hd.Set("Referrer-Policy", "same-origin")
	}
	hd.Set("ETag", a.etag)
	if appETagMatch(r.Header.Get("If-None-Match"), a.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := a.body
	if a.gz != nil && appAcceptsGzip(r) {
		hd.Set("Content-Encoding", "gzip")
		body = a.gz
	}
	hd.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}

// appCSP lets the page run only its own scripts and talk only to its own server; images may come
// from any https tile server the user chooses (OpenStreetMap by default, only when switched on).
const appCSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob: https:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'"

func (h *appHandler) asset(name string) (*appAsset, error) {
	if !h.dev {
		if a, ok := h.cache.Load(name); ok {
			return a.(*appAsset), nil
		}
	}
	if !fs.ValidPath(name) {
		return nil, fs.ErrNotExist
	}
	st, err := fs.Stat(h.files, name)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, fs.ErrNotExist
	}
	body, err := fs.ReadFile(h.files, name)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(body)
	a := &appAsset{body: body, etag: `"` + hex.EncodeToString(sum[:8]) + `"`, ctype: appContentType(name)}
	if !h.dev && len(body) > 1024 && appCompressible(a.ctype) {
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		_, _ = zw.Write(body)
		if zw.Close() == nil && b.Len() < len(body)*9/10 {
			a.gz = b.Bytes()
		}
	}
	if !h.dev {
		h.cache.Store(name, a)
	}
	return a, nil
}

var appTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".json":        "application/json",
	".geojson":     "application/geo+json",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".ico":         "image/x-icon",
	".webmanifest": "application/manifest+json",
	".txt":         "text/plain; charset=utf-8",
	".map":         "application/json",
}

func appContentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := appTypes[ext]; ok {
		return t
	}
	if path.Base(name) == "LICENSE" {
		return "text/plain; charset=utf-8"
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

func appCompressible(ctype string) bool {
	return strings.HasPrefix(ctype, "text/") || strings.Contains(ctype, "json") || strings.Contains(ctype, "svg")
}

func appAcceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, params, _ := strings.Cut(part, ";")
		if !strings.EqualFold(strings.TrimSpace(enc), "gzip") {
			continue
		}
		_, q, ok := strings.Cut(strings.ReplaceAll(params, " ", ""), "q=")
		if !ok {
			return true
		}
		f, err := strconv.ParseFloat(q, 64)
		return err == nil && f > 0
	}
	return false
}

func appETagMatch(header, etag string) bool {
	if header == "" {
		return false
	}
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}

// appProblem writes an RFC 9457 problem document.
func appProblem(w http.ResponseWriter, status int, title, detail string) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"title": title, "status": status, "detail": detail})
}

// Label kinds of BasemapLabels, largest first; the map shows smaller kinds only when zoomed in.
const (
	LabelCountry = "country"
	LabelCapital = "capital"
	LabelCity    = "city"
	LabelTown    = "town"
)

// The basemap's labels: countries, national capitals and cities of at least LabelMinPopulation
// people everywhere; around the South Caucasus (labelRegion) also cities of at least
// LabelRegionMinPopulation; and in Armenia, Azerbaijan and Georgia (labelCore) towns of at least
// LabelCoreMinPopulation, which the map shows only when zoomed in.
const (
	LabelMinPopulation       = 1_000_000
	LabelRegionMinPopulation = 100_000
	LabelCoreMinPopulation   = 10_000
)

// labelRegion is lon 38..52, lat 36..45: the Caucasus, eastern Turkey, northern Iran.
func labelRegion() orb.Bound { return orb.Bound{Min: orb.Point{38, 36}, Max: orb.Point{52, 45}} }

// labelCore is lon 43..51, lat 38.3..42: Armenia, Azerbaijan, Georgia.
func labelCore() orb.Bound { return orb.Bound{Min: orb.Point{43, 38.3}, Max: orb.Point{51, 42}} }

// BasemapLabels returns the labels of the offline basemap as GeoJSON points with the properties
// name, kind (country, capital or city), country (ISO 3166-1 alpha-2) and population; sorted so
// that larger places come first (a map draws them first and skips later labels that collide).
func BasemapLabels(g *geo.Gazetteer) *geojson.FeatureCollection {
	fc := geojson.NewFeatureCollection()
	seen := map[geo.PlaceRef]bool{}
	type label struct {
		ref  geo.PlaceRef
		name string
		kind string
		rank int
		size float64 // countries: area of the shape's bound; places: population
	}
	var labels []label
	add := func(ref geo.PlaceRef, name, kind string, rank int, size float64) {
		p := g.Place(ref)
		if ref == geo.NoPlace || seen[ref] || p == nil {
			return
		}
		seen[ref] = true
		if name == "" {
			name = p.Name
		}
		if kind != LabelCountry {
			size = float64(p.Population)
		}
		labels = append(labels, label{ref, name, kind, rank, size})
	}
	for _, c := range g.Countries() {
		b := c.Shape.Bound()
		add(c.Place, c.Name, LabelCountry, 0, (b.Max[0]-b.Min[0])*(b.Max[1]-b.Min[1]))
		add(c.Capital, "", LabelCapital, 1, 0)
	}
	world := orb.Bound{Min: orb.Point{-180, -90}, Max: orb.Point{180, 90}}
	for _, b := range []struct {
		bound  orb.Bound
		minPop int
		kind   string
		rank   int
	}{
		{world, LabelMinPopulation, LabelCity, 2},
		{labelRegion(), LabelRegionMinPopulation, LabelCity, 2},
		{labelCore(), LabelCoreMinPopulation, LabelTown, 3},
	} {
		for _, ref := range g.Within(b.bound, b.minPop) {
			if p := g.Place(ref); p != nil && (p.Level == geo.LevelCity || p.Level == geo.LevelVillage) {
				add(ref, "", b.kind, b.rank, 0)
			}
		}
	}
	sort.SliceStable(labels, func(i, j int) bool {
		if labels[i].rank != labels[j].rank {
			return labels[i].rank < labels[j].rank
		}
		return labels[i].size > labels[j].size
	})
	for _, l := range labels {
		p := g.Place(l.ref)
		if l.kind == LabelCountry && p.Lat == 0 && p.Lon == 0 {
			continue
		}
		f := geojson.NewFeature(p.Point())
		f.Properties["name"] = l.name
		f.Properties["kind"] = l.kind
		f.Properties["country"] = p.Country
		f.Properties["population"] = p.Population
		fc.Append(f)
	}
	return fc
}

// BasemapLabelsHandler serves BasemapLabels(g) as application/geo+json, computed once.
// Mount it at GET /api/basemap/labels.
func BasemapLabelsHandler(g *geo.Gazetteer) http.Handler {
	return BasemapLabelsFrom(func() (*geo.Gazetteer, error) { return g, nil })
}

// BasemapLabelsFrom is BasemapLabelsHandler of the gazetteer load returns, called once, at
// the first request: a server that keeps no gazetteer loads one, keeps the labels and lets
// the gazetteer go.
func BasemapLabelsFrom(load func() (*geo.Gazetteer, error)) http.Handler {
	var (
		once sync.Once
		body []byte
		etag string
		err  error
	)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			appProblem(w, http.StatusMethodNotAllowed, "Method not allowed", "Basemap labels can only be read.")
			return
		}
		once.Do(func() {
			g, lerr := load()
			switch {
			case lerr != nil:
				err = lerr
				return
			case g == nil:
				err = errors.New("no gazetteer")
				return
			}
			body, err = json.Marshal(BasemapLabels(g))
			sum := sha256.Sum256(body)
			etag = `"` + hex.EncodeToString(sum[:8]) + `"`
		})
		if err != nil {
			appProblem(w, http.StatusInternalServerError, "Labels unavailable", "web: basemap labels: "+err.Error())
			return
		}
		w.Header().Set("Content-Type", "application/geo+json")
		w.Header().Set("Cache-Control", "public, max-age=86400")
		w.Header().Set("ETag", etag)
		if appETagMatch(r.Header.Get("If-None-Match"), etag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		if r.Method == http.MethodHead {
			return
		}
		_, _ = w.Write(body)
	})
}
