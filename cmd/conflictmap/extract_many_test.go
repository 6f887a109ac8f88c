package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var manyPlaces = []string{"Lachin", "Aghdam", "Fuzuli", "Shusha", "Tovuz", "Gyumri", "Goris", "Ganja", "Nakhchivan", "Jermuk"}

// manyArticle is the i-th small article: distinct title, date, place and counts.
func manyArticle(i int) string {
	place := manyPlaces[i%len(manyPlaces)]
	return fmt.Sprintf("---\ntitle: \"Many %d\"\npublication: Many Wire\npublished: 2021-%02d-%02d\nurl: https://many.example.com/%d\n---\n"+
		"Russia deployed %d peacekeepers to %s on %s %d, the ministry said.\n\n"+
		"Azerbaijani and Armenian forces clashed near %s, leaving %d soldiers dead.\n",
		i, 1+i%12, 1+i%28, i, 100+i, place, []string{"March", "April", "June"}[i%3], 1+i%27, manyPlaces[(i+3)%len(manyPlaces)], 1+i%9)
}

// TestExtractManyJSONLines runs `extract --json` over 1,000 files in one process: one JSON line
// per file, in the order given, each with the keys of SCHEMA.md.
func TestExtractManyJSONLines(t *testing.T) {
	const n = 1000
	dir := t.TempDir()
	args := []string{"extract", "--json"}
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("article-%04d.md", i))
		if err := os.WriteFile(p, []byte(manyArticle(i)), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, p)
	}
	var out, errb bytes.Buffer
	start := time.Now()
	code := run(args, &out, &errb)
	t.Logf("extract --json over %d files took %v", n, time.Since(start))
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errb.String())
	}
	sc := bufio.NewScanner(&out)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	lines := 0
	for sc.Scan() {
		i := lines
		lines++
		if i >= n {
			continue
		}
		var line struct {
			Article  map[string]any   `json:"article"`
			Mentions []map[string]any `json:"mentions"`
			Events   struct {
				Type     string           `json:"type"`
				Features []map[string]any `json:"features"`
			} `json:"events"`
		}
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		if err := dec.Decode(&line); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		for _, k := range []string{"id", "title", "publication", "published", "url"} {
			if _, ok := line.Article[k]; !ok {
				t.Errorf("line %d: article has no %q", i+1, k)
			}
		}
		if got, want := line.Article["title"], fmt.Sprintf("Many %d", i); got != want {
			t.Fatalf("line %d: article title %v, want %q (lines out of order?)", i+1, got, want)
		}
		if got, want := line.Article["url"], fmt.Sprintf("https://many.example.com/%d", i); got != want {
			t.Errorf("line %d: url %v, want %q", i+1, got, want)
		}
		if line.Mentions == nil {
			t.Errorf("line %d: no mentions array", i+1)
		}
		for _, m := range line.Mentions {
			for _, k := range []string{"text", "start", "end", "role", "place"} {
				if _, ok := m[k]; !ok {
					t.Errorf("line %d: mention has no %q: %v", i+1, k, m)
				}
			}
		}
		if line.Events.Type != "FeatureCollection" {
			t.Errorf("line %d: events type %q", i+1, line.Events.Type)
		}
		if len(line.Events.Features) == 0 {
			t.Errorf("line %d: no events", i+1)
		}
		for _, f := range line.Events.Features {
			props, _ := f["properties"].(map[string]any)
			for _, k := range []string{"id", "event_type", "sub_type", "title", "place", "place_id", "country", "admin1",
				"geo_precision", "date", "date_precision", "date_start", "date_end", "actors", "modality", "confidence",
				"sources", "source_count"} {
				if _, ok := props[k]; !ok {
					t.Errorf("line %d: feature has no property %q", i+1, k)
				}
			}
			if g, _ := f["geometry"].(map[string]any); g == nil || g["type"] != "Point" {
				t.Errorf("line %d: geometry %v", i+1, f["geometry"])
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if lines != n {
		t.Errorf("%d JSON lines, want %d", lines, n)
	}
}

// BenchmarkExtractJSON2000 is the end-to-end figure: `extract --json` in one process over
// 2,000 articles of about 6.75 KB (13.5 MB) built from the development set's passages, the
// gazetteer and lexicon load included; it reports MB/s (target: 3 MB/s or more on one core, run
// with -cpu 1).
func BenchmarkExtractJSON2000(b *testing.B) {
	passages, err := filepath.Glob(filepath.Join("..", "..", "testdata", "dev", "*", "*.txt"))
	if err != nil || len(passages) == 0 {
		b.Skip("no development set passages under testdata/dev")
	}
	var texts []string
	for _, p := range passages {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
	}
	dir := b.TempDir()
	args := []string{"extract", "--json", "--published", "2022-09-14"}
	total := 0
	for i, k := 0, 0; i < 2000; i++ {
		var a strings.Builder
		for a.Len() < 6750 {
			a.WriteString(texts[k%len(texts)])
			a.WriteString("\n\n")
			k += 7 // a different mix in each article
		}
		p := filepath.Join(dir, fmt.Sprintf("a%04d.txt", i))
		if err := os.WriteFile(p, []byte(a.String()), 0o644); err != nil {
			b.Fatal(err)
		}
		total += a.Len()
		args = append(args, p)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for b.Loop() {
		if code := run(args, io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
