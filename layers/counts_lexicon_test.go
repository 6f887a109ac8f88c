package layers

import (
	"strings"
	"testing"
	"testing/fstest"

	"conflictmap/data"
)

// TestCountLexiconRows: the embedded vocabulary loads, and a malformed row is refused with its
// line number.
func TestCountLexiconRows(t *testing.T) {
	if _, err := loadCountLexicon(data.FS); err != nil {
		t.Fatalf("embedded %s: %v", countsFile, err)
	}
	cases := []struct{ name, rows, want string }{
		{"unknown class", "soldiers\tsoldier-ish\n", "unknown class"},
		{"number without value", "seven\tnumber\n", "bad value"},
		{"noun without sg or pl", "troops\tarmed\n", "not sg or pl"},
		{"unknown death form", "killed\tdeath\tsometimes\n", "unknown form"},
		{"unknown hedge", "about\thedge\tmaybe\n", "unknown value"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fsys := fstest.MapFS{countsFile: {Data: []byte("# comment\nword\tclass\tvalue\n" + c.rows)}}
			_, err := loadCountLexicon(fsys)
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), ":3:") {
				t.Errorf("rows %q: error %v, want one with %q at line 3", c.rows, err, c.want)
			}
		})
	}
	if _, err := loadCountLexicon(fstest.MapFS{}); err == nil {
		t.Error("no lexicon file: want an error")
	}
}
