package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestThenExport ingests a folder (one good article, one empty file, one not an article)
// and exports what was stored, as a user would: the bad file is named, the exit code says a
// file failed, and the good article's events come out as CSV and GeoJSON.
func TestIngestThenExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "test.db")
	arts := filepath.Join(dir, "articles")
	os.Mkdir(arts, 0o755)
	good := "---\ntitle: Border clash\npublished: 2022-09-14\n---\n" +
		"Azerbaijani forces shelled positions near the town of Jermuk on September 13, killing two soldiers.\n"
	os.WriteFile(filepath.Join(arts, "good.md"), []byte(good), 0o644)
	os.WriteFile(filepath.Join(arts, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(arts, "notes.pdf"), []byte("%PDF"), 0o644) // not read: not an article file

	var out, errb bytes.Buffer
	code := run([]string{"ingest", "--quiet", "--create", "--db", db, arts}, &out, &errb)
	if code != 1 {
		t.Fatalf("ingest exit %d, want 1 (one file failed); stderr:\n%s", code, errb.String())
	}
	if !strings.Contains(errb.String(), "empty.txt") || strings.Contains(errb.String(), "notes.pdf") {
		t.Errorf("stderr should name empty.txt and not notes.pdf:\n%s", errb.String())
	}
	if !strings.Contains(out.String(), "ingested 1 of 2 articles") {
		t.Errorf("summary: %q", out.String())
	}

	out.Reset()
	errb.Reset()
	if code := run([]string{"export", "--db", db, "--layer", "clashes", "--format", "csv"}, &out, &errb); code != 0 {
		t.Fatalf("export exit %d: %s", code, errb.String())
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatalf("export CSV: %v", err)
	}
	if len(rows) != 2 {
		t.Fatalf("CSV rows %d, want a header and one clash: %v", len(rows), rows)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, k := range []string{"event_type", "place", "latitude", "longitude", "fatalities", "quote"} {
		if _, ok := col[k]; !ok {
			t.Fatalf("CSV header lacks %q: %v", k, rows[0])
		}
	}
	if got := rows[1][col["place"]]; got != "Jermuk" {
		t.Errorf("place %q, want Jermuk", got)
	}
	if got := rows[1][col["fatalities"]]; got != "2" {
		t.Errorf("fatalities %q, want 2", got)
	}

	out.Reset()
	if code := run([]string{"export", "--db", db, "--layer", "events", "--where", "country=AZ"}, &out, &errb); code != 0 {
		t.Fatalf("export geojson exit %d: %s", code, errb.String())
	}
	var fc struct {
		Type     string            `json:"type"`
		Features []json.RawMessage `json:"features"`
	}
	if err := json.Unmarshal(out.Bytes(), &fc); err != nil || fc.Type != "FeatureCollection" {
		t.Fatalf("export GeoJSON: %v %q", err, out.String())
	}
	if len(fc.Features) != 0 {
		t.Errorf("country=AZ: %d features, want 0 (Jermuk is in Armenia)", len(fc.Features))
	}

	errb.Reset()
	if code := run([]string{"export", "--db", db, "--layer", "nope"}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "nope") {
		t.Errorf("unknown layer: exit %d, stderr %q", code, errb.String())
	}
}

func TestCommandsHaveHelp(t *testing.T) {
	for _, c := range commands() {
		var out, errb bytes.Buffer
		if code := run([]string{c.name, "--help"}, &out, &errb); code != 0 {
			t.Errorf("%s --help: exit %d", c.name, code)
		}
		if !strings.Contains(errb.String()+out.String(), "Usage: conflictmap "+c.name) {
			t.Errorf("%s --help prints no usage: %q", c.name, errb.String())
		}
	}
}
