package layers

import (
	"testing"
	"testing/fstest"
)

func TestLoadTimeLexicon(t *testing.T) {
	cases := []struct {
		name, body string
		ok         bool
	}{
		{"embedded-like lines", "# c\nday\tyesterday\t-1\nanchor\tsince\tstate\nanchor\tafter\t\nperiod\twar\t\n", true},
		{"a day word without an offset", "day\tyesterday\n", false},
		{"a day word with a bad offset", "day\tyesterday\tone\n", false},
		{"an unknown family", "season\tspring\t\n", false},
		{"an empty phrase", "period\t\t\n", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lx, err := loadTimeLexicon(fstest.MapFS{"t.tsv": {Data: []byte(c.body)}}, "t.tsv")
			if (err == nil) != c.ok {
				t.Fatalf("loadTimeLexicon = %v, want ok %v", err, c.ok)
			}
			if c.ok && (len(lx.days) != 1 || lx.days[0].offset != -1 || len(lx.anchors) != 2 || !lx.anchors[0].state || lx.anchors[1].state || !lx.period["war"]) {
				t.Errorf("lexicon %+v", lx)
			}
		})
	}
	if lx := timeWords(); len(lx.days) == 0 || len(lx.history) == 0 || len(lx.anchors) == 0 {
		t.Errorf("embedded lexicon is empty: %+v", lx)
	}
}
