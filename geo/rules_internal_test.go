package geo

import (
	"strings"
	"testing"

	"conflictmap/data"
)

func TestReadRules(t *testing.T) {
	cases := []struct {
		name, text string
		ok         bool
	}{
		{"header and words", "# c\nfamily\tword\nroute\trailway\nclubhead\tFC\n", true},
		{"unknown family", "family\tword\nrivers\tAras\n", false},
		{"no tab", "family\tword\nroute railway\n", false},
		{"empty word", "family\tword\nroute\t \n", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := readRules(strings.NewReader(tc.text))
			if (err == nil) != tc.ok {
				t.Fatalf("err = %v, want ok %v", err, tc.ok)
			}
			if tc.ok && (!r.route["railway"] || !r.clubHead["fc"]) {
				t.Errorf("words not read, or not folded: %+v", r)
			}
		})
	}
}

// TestRulesFile checks the embedded georules.tsv: every family the parser uses has words.
func TestRulesFile(t *testing.T) {
	f, err := data.FS.Open("georules.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := readRules(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, fam := range []string{"route", "sited", "landmark", "landmarknear", "landmarkpre", "landmarkmod", "body", "bodymod", "office", "withdraw", "clubhead",
		"clubtail", "club", "sports", "sportsverb", "naming"} {
		t.Run(fam, func(t *testing.T) {
			if m := r.family(fam); m == nil || len(*m) == 0 {
				t.Errorf("family %s has no words", fam)
			}
		})
	}
}
