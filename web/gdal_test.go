package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"conflictmap/layers"
	"conflictmap/layers/store"
	"conflictmap/layers/store/buntdb"
)

// needTool skips a test when a command-line tool is missing, unless CI is set: then it fails.
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s not installed (scripts/install-deps.sh installs it)", name)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}

// serveTest serves h on 127.0.0.1:0 until the test ends and returns its base URL.
func serveTest(t *testing.T, s *Server) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), "GDAL_HTTP_TIMEOUT=30", "CPL_DEBUG=OFF", "GDAL_DISABLE_READDIR_ON_OPEN=YES")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

func TestGDAL(t *testing.T) {
	ogrinfo := needTool(t, "ogrinfo")
	ogr2ogr := needTool(t, "ogr2ogr")
	store, err := buntdb.Open(buntdb.Config{Path: filepath.Join(t.TempDir(), "gdal.db"), SyncPolicy: buntdb.SyncNever})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	fillStore(t, store, 60, 5) // 300 events: several pages of GDAL's page size
	ctx := context.Background()
	late := lateInjured(t, store) // the one deployment with injured, after GDAL's first page
	want := map[string]int{}
	for _, l := range layers.Layers {
		ext, err := store.Extent(ctx, l.ID)
		if err != nil {
			t.Fatal(err)
		}
		want[l.ID] = ext.Count
	}
	if want["deployments"] == 0 || want["places"] == 0 {
		t.Fatalf("synthetic store too small: %v", want)
	}
	s, _ := testServer(t, store, Config{DefaultLimit: 50})
	base := serveTest(t, s)
	ds := "OAPIF:" + base + "/api"

	t.Run("layers", func(t *testing.T) {
		out := run(t, ogrinfo, "-ro", "-so", "-q", ds)
		for _, l := range layers.Layers {
			if !regexp.MustCompile(`(?m)^\d+: ` + l.ID + `\b`).MatchString(out) {
				t.Errorf("layer %s not listed:\n%s", l.ID, out)
			}
		}
	})
	t.Run("fields", func(t *testing.T) {
		out := run(t, ogrinfo, "-ro", "-so", ds, "deployments")
		for _, f := range []string{"event_type: String", "place: String", "country: String", "date: ", "date_start: Date", "actors: StringList", "source_count: Integer", "geo_precision: Integer"} {
			if !strings.Contains(out, f) {
				t.Errorf("field %q missing:\n%s", f, out)
			}
		}
		if !strings.Contains(out, fmt.Sprintf("Feature Count: %d", want["deployments"])) {
			t.Errorf("feature count, want %d:\n%s", want["deployments"], out)
		}
		if !strings.Contains(out, "Geometry: Point") {
			t.Errorf("geometry type:\n%s", out)
		}
	})
	t.Run("ogr2ogr", func(t *testing.T) {
		gpkg := filepath.Join(t.TempDir(), "out.gpkg")
		run(t, ogr2ogr, "-f", "GPKG", gpkg, ds, "deployments")
		out := run(t, ogrinfo, "-ro", "-so", gpkg, "deployments")
		if !strings.Contains(out, fmt.Sprintf("Feature Count: %d", want["deployments"])) {
			t.Errorf("gpkg feature count, want %d:\n%s", want["deployments"], out)
		}
		for _, f := range []string{"event_type: String", "place: String", "country: String", "date: ", "date_start: Date"} {
			if !strings.Contains(out, f) {
				t.Errorf("gpkg field %q missing:\n%s", f, out)
			}
		}
		// Attributes: every row is a deployment with a place and a date; ids are unique.
		out = run(t, ogrinfo, "-ro", "-q", gpkg, "-sql",
			"SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS ids, SUM(event_type = 'deployment') AS deps, SUM(place <> '' AND date_start IS NOT NULL) AS placed FROM deployments")
		n := strconv.Itoa(want["deployments"])
		for _, f := range []string{"n (Integer", "ids (Integer", "deps (Integer", "placed (Integer"} {
			name, _, _ := strings.Cut(f, " ")
			re := regexp.MustCompile(`(?m)^\s*` + name + ` \(\w+(\(\d+\))?\) = (\d+)`)
			m := re.FindStringSubmatch(out)
			if m == nil || m[2] != n {
				t.Errorf("%s = %v, want %s:\n%s", name, m, n, out)
			}
		}
	})
	t.Run("field of a later page", func(t *testing.T) {
		// GDAL takes the fields from its first page (limit=10): a property absent there would be
		// dropped; null there, it is a field, and the later feature's value arrives.
		first := getBody(t, base+"/api/collections/deployments/items?limit=10")
		if strings.Contains(first, late.ID) {
			t.Fatalf("the feature with injured is on GDAL's first page: the test proves nothing")
		}
		out := run(t, ogrinfo, "-ro", "-so", ds, "deployments")
		for _, f := range []string{"injured: ", "fatalities: ", "troops: ", "quote: String", "source_titles: String", "counts_hedge: "} {
			if !strings.Contains(out, f) {
				t.Errorf("field %q missing:\n%s", f, out)
			}
		}
		gpkg := filepath.Join(t.TempDir(), "late.gpkg")
		run(t, ogr2ogr, "-f", "GPKG", gpkg, ds, "deployments")
		out = run(t, ogrinfo, "-ro", "-q", gpkg, "-sql",
			"SELECT injured, quote, source_titles FROM deployments WHERE id = '"+late.ID+"'")
		for _, want := range []string{"injured (", "= 7", "quote (String) = " + late.Sources[0].Quote, "source_titles (String) = Late report"} {
			if !strings.Contains(out, want) {
				t.Errorf("gpkg: %q missing:\n%s", want, out)
			}
		}
	})
	t.Run("item by id", func(t *testing.T) {
		// GDAL (and QGIS) fetch a feature at the collection's items link plus "/{featureId}".
		var coll struct{ Links []Link }
		if err := json.Unmarshal([]byte(getBody(t, base+"/api/collections/deployments")), &coll); err != nil {
			t.Fatal(err)
		}
		items := ""
		for _, l := range coll.Links {
			if l.Rel == "items" && l.Type == mtGeoJSON {
				items = l.Href
			}
		}
		if items == "" {
			t.Fatalf("no GeoJSON items link: %v", coll.Links)
		}
		out := run(t, ogrinfo, "-ro", "-al", "GeoJSON:"+items+"/"+late.ID)
		for _, want := range []string{"Feature Count: 1", "id (String) = " + late.ID, "injured (Integer) = 7"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: %q missing:\n%s", items+"/"+late.ID, want, out)
			}
		}
		out = run(t, ogrinfo, "-ro", ds, "deployments", "-where", "id = '"+late.ID+"'")
		if !strings.Contains(out, "id (String) = "+late.ID) || strings.Count(out, "OGRFeature(") != 1 {
			t.Errorf("-where id = …: want the one feature:\n%s", out)
		}
	})
	t.Run("filter", func(t *testing.T) {
		// GDAL turns an attribute filter into a CQL2 or equality query when it can.
		out := run(t, ogrinfo, "-ro", "-so", ds, "clashes", "-where", "country = 'AM'")
		if !strings.Contains(out, "Feature Count:") {
			t.Errorf("filtered layer:\n%s", out)
		}
	})
}

func netListen() (net.Listener, error) { return net.Listen("tcp", "127.0.0.1:0") }

// getBody is the body of a GET that answers 200.
func getBody(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %v %s", url, resp.StatusCode, err, b)
	}
	return string(b)
}

// lateInjured adds a deployment with injured, quote and source title to the store, placed
// (north-east of the synthetic ones) where it comes after the first features of the layer.
func lateInjured(t *testing.T, store store.Store) layers.Event {
	t.Helper()
	res := synthResult(999, 1)
	res.Article.Title = "Late report"
	e := &res.Events[0]
	e.EventType, e.Injured, e.Lon, e.Lat = layers.TypeDeployment, 7, 51.5, 43.5
	if _, err := store.PutArticle(context.Background(), res); err != nil {
		t.Fatal(err)
	}
	cur, err := store.Query(context.Background(), layers.Query{Layer: "deployments", Props: map[string]string{"injured": "7"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []layers.Event
	cur.Each(context.Background(), func(h layers.Hit) error { got = append(got, *h.Event); return nil })
	if len(got) != 1 {
		t.Fatalf("%d deployments with injured 7", len(got))
	}
	return got[0]
}
