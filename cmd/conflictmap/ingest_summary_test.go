package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// ingest -v says, file by file, which feature each article created or was merged into, with
// its quote; without -v it does not.
func TestIngestVerboseSummary(t *testing.T) {
	dir := t.TempDir()
	first := "---\ntitle: First toll\npublished: 2021-08-10\n---\nThree Armenian soldiers died in clashes in Kalbajar in early August.\n"
	later := "---\ntitle: Later toll\npublished: 2021-08-12\n---\nTwo Armenian soldiers died in clashes in Kalbajar in early August.\n"
	a, b := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md")
	os.WriteFile(a, []byte(first), 0o644)
	os.WriteFile(b, []byte(later), 0o644)
	tests := []struct {
		name  string
		flags []string
		want  []string // regular expressions, in this order
	}{
		{"verbose", []string{"-v"}, []string{
			`(?m)^` + regexp.QuoteMeta(a) + `: "First toll" \(article \w+\): 1 created, 0 merged$`,
			`(?m)^  created  (cla-\w+) +clash +Kalbajar +2021-08 +1 source +“Three Armenian soldiers died`,
			`(?m)^` + regexp.QuoteMeta(b) + `: "Later toll" \(article \w+\): 0 created, 1 merged$`,
			`(?m)^  merged   (cla-\w+) +clash +Kalbajar +2021-08 +2 sources +“Two Armenian soldiers died`,
			`ingested 2 of 2 articles`,
		}},
		{"quiet", nil, []string{`^ingested 2 of 2 articles`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			args := append([]string{"ingest", "--quiet", "--create", "--db", filepath.Join(t.TempDir(), "t.db")}, tt.flags...)
			if code := run(append(args, a, b), &out, &errb); code != 0 {
				t.Fatalf("exit %d: %s", code, errb.String())
			}
			rest := out.String()
			var ids []string
			for _, w := range tt.want {
				m := regexp.MustCompile(w).FindStringSubmatchIndex(rest)
				if m == nil {
					t.Fatalf("output lacks %s (in order):\n%s", w, out.String())
				}
				if len(m) >= 4 {
					ids = append(ids, rest[m[2]:m[3]])
				}
				rest = rest[m[1]:]
			}
			if len(ids) == 2 && ids[0] != ids[1] {
				t.Errorf("merged into %s, want the feature the first article created, %s", ids[1], ids[0])
			}
			if tt.flags == nil && strings.Contains(out.String(), "created") {
				t.Errorf("a summary without -v:\n%s", out.String())
			}
		})
	}
}
