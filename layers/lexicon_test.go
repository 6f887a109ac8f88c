package layers_test

import (
	"bufio"
	"bytes"
	"io/fs"
	"os"
	"strings"
	"testing"

	"conflictmap/data"
	"conflictmap/layers"
)

// TestLexiconFamilies runs the test sentences of every family of data/lexicon/triggers.tsv
// (layers/testdata/lexicon.tsv) and checks that each family has one.
func TestLexiconFamilies(t *testing.T) {
	p := testPipeline(t)
	rows := readRows(t, os.DirFS("testdata"), "lexicon.tsv")
	tested := map[string]bool{}
	for _, r := range rows {
		family, published, text, typ, place := r[0], r[1], r[2], r[3], r[4]
		tested[family] = true
		t.Run(family+"/"+text, func(t *testing.T) {
			res := p.ExtractArticle(layers.Article{ID: "t", Raw: text, BodyEnd: len(text), Published: published})
			if typ == "-" {
				for _, e := range res.Events {
					t.Errorf("want no event, got %s at %s", e.EventType, e.Place)
				}
				return
			}
			for _, e := range res.Events {
				if e.EventType == typ && e.Place == place {
					return
				}
			}
			var got []string
			for _, e := range res.Events {
				got = append(got, e.EventType+" at "+e.Place)
			}
			t.Errorf("want %s at %s, got %v", typ, place, got)
		})
	}
	for _, r := range readRows(t, data.FS, "lexicon/triggers.tsv") {
		if !tested[r[0]] {
			t.Errorf("family %q of data/lexicon/triggers.tsv has no test sentence in testdata/lexicon.tsv", r[0])
		}
	}
}

// readRows reads a tab-separated file: comments and the header row skipped.
func readRows(t *testing.T, fsys fs.FS, name string) [][]string {
	t.Helper()
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	sc := bufio.NewScanner(bytes.NewReader(b))
	header := true
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		if header {
			header = false
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	return out
}
