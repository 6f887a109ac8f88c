package web

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"conflictmap/layers"
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
	store, err := layers.OpenStore(layers.StoreConfig{Path: filepath.Join(t.TempDir(), "gdal.db"), SyncPolicy: layers.SyncNever})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	fillStore(t, store, 60, 5) // 300 events: several pages of GDAL's page size
	ctx := context.Background()
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
	t.Run("filter", func(t *testing.T) {
		// GDAL turns an attribute filter into a CQL2 or equality query when it can.
		out := run(t, ogrinfo, "-ro", "-so", ds, "clashes", "-where", "country = 'AM'")
		if !strings.Contains(out, "Feature Count:") {
			t.Errorf("filtered layer:\n%s", out)
		}
	})
}

func netListen() (net.Listener, error) { return net.Listen("tcp", "127.0.0.1:0") }
