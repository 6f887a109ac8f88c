package main

import (
	"conflictmap/layers/store/buntdb"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseRow(t *testing.T) {
	tests := []struct {
		name string
		rec  string
		err  string
	}{
		{"ok", "7,Battles,2019-03-04,Georgia,2,44.5,41.7", ""},
		{"zero id", "0,Battles,2019-03-04,Georgia,2,44.5,41.7", "positive integer"},
		{"unknown label", "7,Parades,2019-03-04,Georgia,2,44.5,41.7", "unknown event_type"},
		{"bad date", "7,Battles,2019-3-4,Georgia,2,44.5,41.7", "YYYY-MM-DD"},
		{"negative fatalities", "7,Riots,2019-03-04,Georgia,-1,44.5,41.7", "fatalities"},
		{"bad lon", "7,Riots,2019-03-04,Georgia,1,x,41.7", "lon"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := parseRow(strings.Split(tt.rec, ","))
			if tt.err == "" {
				if err != nil || r.id != 7 || r.lon != 44.5 || r.fatalities != 2 {
					t.Fatalf("parseRow = %+v, %v", r, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("error %v, want one containing %q", err, tt.err)
			}
		})
	}
}

func TestTypeOfIsOneToOne(t *testing.T) {
	seen := map[string]string{}
	for label, typ := range typeOf {
		if prev, ok := seen[typ]; ok {
			t.Errorf("%s and %s both map to %s", prev, label, typ)
		}
		seen[typ] = label
	}
	if len(seen) != 7 {
		t.Errorf("%d project types used, want 7", len(seen))
	}
}

// writeCSV writes n rows of a few types, months and points.
func writeCSV(t *testing.T, n int) string {
	t.Helper()
	labels := []string{"Battles", "Riots", "Protests", "Explosions/Remote violence"}
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d,%s,2020-%02d-%02d,Armenia,%d,%.6f,%.6f\n", i, labels[i%len(labels)], 1+i%12, 1+i%28, i%4,
			44+float64(i%97)/100, 40+float64(i%89)/100)
	}
	p := filepath.Join(t.TempDir(), "events.csv")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunLoadsWhatTheIDMapNames(t *testing.T) {
	tests := []struct {
		name     string
		rows     int
		per      string
		wantFail string
	}{
		{"several articles", 130, "50", ""},
		{"one event per article", 7, "1", ""},
		{"bad per-article", 7, "0", "at least 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			db, ids := filepath.Join(dir, "cm.db"), filepath.Join(dir, "ids.txt")
			err := run([]string{"--csv", writeCSV(t, tt.rows), "--db", db, "--ids", ids, "--per-article", tt.per}, io.Discard)
			if tt.wantFail != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantFail) {
					t.Fatalf("run error %v, want %q", err, tt.wantFail)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(ids)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
			if len(lines) != tt.rows {
				t.Fatalf("%d id lines, want %d", len(lines), tt.rows)
			}
			s, err := buntdb.Open(buntdb.Config{Path: db})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if !s.Seeded() {
				t.Error("store not marked seeded: serve would add the sample articles")
			}
			for n, id := range lines {
				e, err := s.GetEvent(context.Background(), id)
				if err != nil {
					t.Fatalf("PostGIS id %d as %q: %v", n+1, id, err)
				}
				if e.PlaceID != fmt.Sprintf("pg%d", n+1) {
					t.Fatalf("id %q is the event of place %s, want pg%d", id, e.PlaceID, n+1)
				}
			}
		})
	}
}

func TestRunRefusesAnExistingStoreAndMissingFlags(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cm.db")
	if err := os.WriteFile(db, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"existing store", []string{"--csv", "x.csv", "--db", db, "--ids", filepath.Join(dir, "i")}, "exists"},
		{"no csv", []string{"--db", db}, "required"},
		{"unknown scheme", []string{"--csv", writeCSV(t, 3), "--db", "mongo://x", "--ids", filepath.Join(dir, "i")}, "no opener"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := run(tt.args, io.Discard)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want %q", err, tt.want)
			}
		})
	}
}

// A row given twice derives the same id twice: the second gets -2, as the store names it.
func TestAssignIDsMatchesTheStoreOnCollisions(t *testing.T) {
	r := row{id: 5, label: "Battles", date: "2021-06-01", country: "Georgia", fatalities: 1, lon: 44.8, lat: 41.7}
	rows := []row{r, r, r}
	ids, err := assignIDs(rows)
	if err != nil {
		t.Fatal(err)
	}
	if ids[1] != ids[0]+"-2" || ids[2] != ids[0]+"-3" {
		t.Fatalf("ids %v, want base, base-2, base-3", ids)
	}
	n, err := load(filepath.Join(t.TempDir(), "cm.db"), rows, ids, 2, 1)
	if err != nil || n != 3 {
		t.Fatalf("load = %d, %v; want 3 events", n, err)
	}
}
