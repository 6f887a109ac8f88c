package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// runCLI runs the command in-process and returns its exit code, stdout and stderr.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// writeFile writes a file in dir and returns its path.
func writeFile(t *testing.T, dir, name string, content []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const cliArticle = `---
title: "Convoy reaches Shusha"
publication: Caucasus Ledger
published: 2022-04-02
url: https://ledger.example.com/2022/04/convoy
---
A convoy of trucks reached Shusha on Saturday after crossing the mountains from Fizuli.

Moscow said its peacekeepers had escorted the column, while Baku’s officials met the drivers in the town square.
`

func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

func keysOf(m map[string]json.RawMessage) []string {
	var k []string
	for key := range m {
		k = append(k, key)
	}
	slices.Sort(k)
	return k
}

func TestRunTopLevel(t *testing.T) {
	cases := []struct {
		name     string
		args     []string
		code     int
		inStdout string
		inStderr string
	}{
		{"no arguments", nil, 2, "", "Usage: conflictmap COMMAND"},
		{"help", []string{"help"}, 0, "Usage: conflictmap COMMAND", ""},
		{"--help", []string{"--help"}, 0, "extract", ""},
		{"unknown command", []string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{"extract --help", []string{"extract", "--help"}, 0, "Usage: conflictmap extract", ""},
		{"extract -h", []string{"extract", "-h"}, 0, "-json", ""},
		{"extract without files", []string{"extract"}, 2, "", "Usage: conflictmap extract"},
		{"extract unknown flag", []string{"extract", "--nope", "a.md"}, 2, "", "-nope"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tc.code, stderr)
			}
			if !strings.Contains(stdout, tc.inStdout) {
				t.Errorf("stdout %q lacks %q", stdout, tc.inStdout)
			}
			if !strings.Contains(stderr, tc.inStderr) {
				t.Errorf("stderr %q lacks %q", stderr, tc.inStderr)
			}
		})
	}
}

// TestExtractBadFiles checks that each unreadable file gets a one-line error naming it and that
// the other files are still processed.
func TestExtractBadFiles(t *testing.T) {
	dir := t.TempDir()
	good1 := writeFile(t, dir, "good1.md", []byte(cliArticle))
	good2 := writeFile(t, dir, "good2.txt", []byte("Talks were held in Tbilisi on Monday.\n"))
	missing := filepath.Join(dir, "missing.md")
	empty := writeFile(t, dir, "empty.md", nil)
	binary := writeFile(t, dir, "binary.txt", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 0xff, 0xfe})
	cases := []struct {
		name  string
		files []string
		bad   []string
		good  int
	}{
		{"missing file", []string{good1, missing, good2}, []string{missing}, 2},
		{"empty file", []string{empty, good2}, []string{empty}, 1},
		{"binary file", []string{good1, binary}, []string{binary}, 1},
		{"directory", []string{dir, good2}, []string{dir}, 1},
		{"all bad", []string{missing, empty, binary}, []string{missing, empty, binary}, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, append([]string{"extract", "--json"}, tc.files...)...)
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			errLines := nonEmptyLines(stderr)
			if len(errLines) != len(tc.bad) {
				t.Errorf("stderr has %d lines, want one per bad file (%d):\n%s", len(errLines), len(tc.bad), stderr)
			}
			for k, b := range tc.bad {
				if k < len(errLines) && !strings.Contains(errLines[k], b) {
					t.Errorf("error line %q does not name %s", errLines[k], b)
				}
			}
			out := nonEmptyLines(stdout)
			if len(out) != tc.good {
				t.Fatalf("stdout has %d JSON lines, want %d:\n%s", len(out), tc.good, stdout)
			}
			for _, l := range out {
				if !json.Valid([]byte(l)) {
					t.Errorf("stdout line is not JSON: %q", l)
				}
			}
		})
	}
}

func TestExtractTooLarge(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "huge.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	chunk := bytes.Repeat([]byte("Shelling was reported near Tartar on Monday. "), 1<<14)
	for written := 0; written < 50<<20; written += len(chunk) {
		if _, err := f.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	small := writeFile(t, dir, "small.txt", []byte("Talks were held in Tbilisi on Monday.\n"))
	start := time.Now()
	code, stdout, stderr := runCLI(t, "extract", "--json", big, small)
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v to refuse a 50 MB file", d)
	}
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if lines := nonEmptyLines(stderr); len(lines) != 1 || !strings.Contains(lines[0], big) {
		t.Errorf("stderr = %q, want one line naming %s", stderr, big)
	}
	if !strings.Contains(stderr, "larger") {
		t.Errorf("stderr = %q, want it to say the file is too large", stderr)
	}
	if n := len(nonEmptyLines(stdout)); n != 1 {
		t.Errorf("%d JSON lines, want 1 for the small file", n)
	}
}

func TestExtractJSON(t *testing.T) {
	dir := t.TempDir()
	article := writeFile(t, dir, "convoy.md", []byte(cliArticle))
	second := writeFile(t, dir, "second.txt", []byte("Yerevan said the talks in Brussels were useful.\n"))
	code, stdout, stderr := runCLI(t, "extract", "--json", article, second)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	lines := nonEmptyLines(stdout)
	if len(lines) != 2 {
		t.Fatalf("%d lines, want one per file:\n%s", len(lines), stdout)
	}
	contents := []string{cliArticle, "Yerevan said the talks in Brussels were useful.\n"}
	for i, line := range lines {
		var top map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &top); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if got := keysOf(top); !slices.Equal(got, []string{"article", "events", "mentions"}) {
			t.Errorf("line %d: keys %v, want article, events, mentions", i, got)
		}
		var art map[string]json.RawMessage
		if err := json.Unmarshal(top["article"], &art); err != nil {
			t.Fatalf("article: %v", err)
		}
		for _, k := range []string{"id", "title", "publication", "published", "url"} {
			if _, ok := art[k]; !ok {
				t.Errorf("line %d: article lacks %q (has %v)", i, k, keysOf(art))
			}
		}
		var mentions []map[string]json.RawMessage
		if err := json.Unmarshal(top["mentions"], &mentions); err != nil {
			t.Fatalf("mentions: %v (%s)", err, top["mentions"])
		}
		if len(mentions) == 0 {
			t.Errorf("line %d: no mentions", i)
		}
		for _, m := range mentions {
			for _, k := range []string{"text", "start", "end", "role", "place"} {
				if _, ok := m[k]; !ok {
					t.Errorf("mention lacks %q: %v", k, keysOf(m))
				}
			}
			var text, role string
			var start, end int
			_ = json.Unmarshal(m["text"], &text)
			_ = json.Unmarshal(m["role"], &role)
			_ = json.Unmarshal(m["start"], &start)
			_ = json.Unmarshal(m["end"], &end)
			if start < 0 || end > len(contents[i]) || start >= end || contents[i][start:end] != text {
				t.Errorf("mention %q [%d,%d) does not index the file", text, start, end)
			}
			if role != "location" && role != "actor" && role != "name" {
				t.Errorf("mention %q: role %q", text, role)
			}
			if string(m["place"]) != "null" {
				var pl map[string]json.RawMessage
				if err := json.Unmarshal(m["place"], &pl); err != nil {
					t.Fatalf("place: %v", err)
				}
				if got := keysOf(pl); !slices.Equal(got, []string{"country", "lat", "level", "lon", "name", "place_id"}) {
					t.Errorf("mention %q: place keys %v", text, got)
				}
			}
		}
		var events struct {
			Type     string            `json:"type"`
			Features []json.RawMessage `json:"features"`
		}
		if err := json.Unmarshal(top["events"], &events); err != nil {
			t.Fatalf("events: %v", err)
		}
		if events.Type != "FeatureCollection" {
			t.Errorf("events.type = %q, want FeatureCollection", events.Type)
		}
		if !bytes.Contains(top["events"], []byte(`"features":[`)) {
			t.Errorf("events.features is not an array: %s", top["events"])
		}
	}
	// the Markdown article's metadata and its mentions
	var first struct {
		Article struct {
			ID, Title, Publication, Published, URL string
		}
		Mentions []struct {
			Text  string
			Role  string
			Start int
			Place *struct {
				Name    string
				Country string
			}
		}
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	a := first.Article
	if a.ID == "" || a.Title != "Convoy reaches Shusha" || a.Publication != "Caucasus Ledger" || a.Published != "2022-04-02" ||
		a.URL != "https://ledger.example.com/2022/04/convoy" {
		t.Errorf("article = %+v", a)
	}
	roles := map[string]string{}
	for _, m := range first.Mentions {
		roles[m.Text] = m.Role
		if m.Start < strings.Index(cliArticle, "A convoy") {
			t.Errorf("mention %q at %d is in the front matter", m.Text, m.Start)
		}
	}
	for name, role := range map[string]string{"Shusha": "location", "Fizuli": "location", "Moscow": "actor", "Baku": "actor"} {
		if roles[name] != role {
			t.Errorf("%s: role %q, want %q (all %v)", name, roles[name], role, roles)
		}
	}
}

func TestExtractTable(t *testing.T) {
	dir := t.TempDir()
	article := writeFile(t, dir, "convoy.md", []byte(cliArticle))
	code, stdout, stderr := runCLI(t, "extract", article)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{article, "Convoy reaches Shusha", "(2022-04-02)", "MENTION", "Shusha", "Moscow"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("table lacks %q:\n%s", want, stdout)
		}
	}
}

func TestExtractGeoJSON(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.md", []byte(cliArticle))
	b := writeFile(t, dir, "b.txt", []byte("Yerevan said the talks in Brussels were useful.\n"))
	code, stdout, stderr := runCLI(t, "extract", "--geojson", a, b)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if n := len(nonEmptyLines(stdout)); n != 1 {
		t.Fatalf("%d lines, want one FeatureCollection", n)
	}
	var fc struct {
		Type     string            `json:"type"`
		Features []json.RawMessage `json:"features"`
	}
	if err := json.Unmarshal([]byte(stdout), &fc); err != nil || fc.Type != "FeatureCollection" {
		t.Errorf("output %q is not a FeatureCollection (%v)", stdout, err)
	}
}
