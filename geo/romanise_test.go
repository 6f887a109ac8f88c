package geo

import (
	"strings"
	"testing"
	"testing/fstest"

	"conflictmap/data"
)

// Every rule's example holds: the gazetteer name on its left is respelled, by that rule with the
// others, to the news spelling on its right.
func TestRomanisationExamples(t *testing.T) {
	r, err := readRomaniser(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	err = tsvLines(data.FS, romanisationFile, 7, func(lineNo int, f []string) error {
		from, to, ok := strings.Cut(f[6], " → ")
		if !ok {
			t.Errorf("%s:%d: example %q is not \"name → spelling\"", romanisationFile, lineNo, f[6])
			return nil
		}
		cc, _, _ := strings.Cut(f[1], ",")
		if cc == "*" {
			cc = "XX" // any country
		}
		level := LevelCity
		if l, _, _ := strings.Cut(f[3], ","); l != "*" {
			level = Level(l)
		}
		n++
		for _, v := range r.respell(from, cc, level) {
			if Key(v) == Key(to) {
				return nil
			}
		}
		t.Errorf("%s:%d: %s gives %q, none of them %q", romanisationFile, lineNo, from, r.respell(from, cc, level), to)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no rules read")
	}
}

func TestRespellLimits(t *testing.T) {
	fsys := fstest.MapFS{romanisationFile: {Data: []byte("scheme\tcountries\tmode\tlevels\tpattern\treplace\texample\n" +
		"x\tSY\tall\t*\tā\ta\t\n" +
		"x\tSY\talt\tcity\t^al (\\S{5,})\t$1\t\n" +
		"x\tSY\talt\t*\ta\te\t\n")}}
	r, err := readRomaniser(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.respell("Al Bāb", "IQ", LevelCity); got != nil {
		t.Errorf("another country's name respelled: %q", got)
	}
	if got := r.respell("Al Ḩasakah", "SY", LevelVillage); hasKey(got, "hasakah") {
		t.Errorf("a city-only rule applied to a village: %q", got)
	}
	if got := r.respell("Al Ḩasakah", "SY", LevelCity); !hasKey(got, "hasakah") {
		t.Errorf("article not dropped: %q", got)
	}
	if got := r.respell("Al Bāb", "SY", LevelCity); hasKey(got, "bab") {
		t.Errorf("a short name lost its article: %q", got)
	}
	if got := r.respell(strings.Repeat("a ", 40), "SY", LevelCity); len(got) > maxRespellings {
		t.Errorf("%d variants, want at most %d", len(got), maxRespellings)
	}
	bad := fstest.MapFS{romanisationFile: {Data: []byte("h\n" + "x\tSY\tall\t*\t(\t\t\n")}}
	if _, err := readRomaniser(bad); err == nil || !strings.Contains(err.Error(), romanisationFile) {
		t.Errorf("bad pattern: err = %v", err)
	}
}

func hasKey(list []string, key string) bool {
	for _, s := range list {
		if Key(s) == key {
			return true
		}
	}
	return false
}
