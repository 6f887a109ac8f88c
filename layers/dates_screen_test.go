package layers

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// screenByContains is dateScreen.facts as findDates asked it before: a strings.Contains each.
func screenByContains(seg string) dateFacts {
	dayWord := false
	for _, d := range timeWords().days {
		dayWord = dayWord || strings.Contains(seg, d.phrase[1:])
	}
	day := strings.Contains(seg, "day")
	return dateFacts{
		month:    containsAny(seg, monthPrefixes),
		season:   containsAny(seg, seasonParts),
		relative: containsAny(seg, relativeParts) && containsAny(seg, relativeUnits),
		day:      day,
		dayWord:  dayWord,
		days: day || strings.Contains(seg, "night") || strings.Contains(seg, "this ") ||
			strings.Contains(seg, "evening") || strings.Contains(seg, " hours"),
		ago: strings.Contains(seg, " ago"),
	}
}

// The one-pass screen says what a Contains of each substring says, over every sentence of the
// development passages and random strings of the substrings' pieces.
func TestDateScreenAgreesWithContains(t *testing.T) {
	var segs []string
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "dev", "*", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range Sentences(string(b)) {
			segs = append(segs, string(b)[s.Start:s.End])
		}
	}
	rng := rand.New(rand.NewSource(8))
	pieces := []string{"day", "yester", "Ma", "y", "last ", "this", " ", "week", "nigh", "t", "over", "ago", " ag", "Sep", "pring", "x"}
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := rng.Intn(8); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		segs = append(segs, b.String())
	}
	sc := dateScreenOf()
	seen := map[dateFacts]bool{}
	for _, s := range segs {
		got, want := sc.facts(s), screenByContains(s)
		if got != want {
			t.Fatalf("%q: screen %+v, Contains %+v", s, got, want)
		}
		seen[got] = true
	}
	if len(files) == 0 || len(seen) < 8 {
		t.Fatalf("%d passages, %d kinds of sentence: the test compares too little", len(files), len(seen))
	}
}

// A substring set finds exactly the substrings strings.Contains finds, overlapping ones and
// those inside others included.
func TestSubstrSetAgreesWithContains(t *testing.T) {
	subs := []string{"he", "she", "his", "hers", "s", "ers", "é", "hé"}
	set := newSubstrSet(subs)
	for _, s := range []string{"", "ushers", "hishe", "h", "shé", "ehs", "hers he", "xyz"} {
		got := set.find(s)
		for i, sub := range subs {
			if got.has(i) != strings.Contains(s, sub) {
				t.Errorf("%q holds %q: set %v, Contains %v", s, sub, got.has(i), strings.Contains(s, sub))
			}
		}
	}
}
