package layers

import (
	"fmt"
	"math/rand"
	"regexp"
	"testing"
)

// reYearRef is the regexp yearMatches stands for.
var reYearRef = regexp.MustCompile(`\b(1[89]\d\d|20\d\d)\b`)

// yearMatches finds what the regexp finds, in written examples and in random strings of digits,
// letters, underscores, punctuation and non-ASCII letters.
func TestYearMatchesAgreesWithRegexp(t *testing.T) {
	texts := []string{
		"in 2020, 1994 and 1799; 2100 is not, nor 20201, x2020, 2020x, _2020, 2020_",
		"1990s 2,000 troops 2019-2020 éé2020éé (2008) 18501850 1850 1850",
		"", "2020", "199", "1899 2099 2000",
	}
	rng := rand.New(rand.NewSource(8))
	alphabet := []string{"1", "2", "0", "8", "9", "5", "19", "20", "18", " ", "_", "a", "-", ",", "é", "s"}
	for n := 0; n < 5000; n++ {
		b := make([]byte, 0, 24)
		for k := rng.Intn(24); k > 0; k-- {
			b = append(b, alphabet[rng.Intn(len(alphabet))]...)
		}
		texts = append(texts, string(b))
	}
	found := 0
	for _, s := range texts {
		got, want := yearMatches(s), reYearRef.FindAllStringSubmatchIndex(s, -1)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%q: %v, regexp %v", s, got, want)
		}
		found += len(got)
	}
	if found < 100 {
		t.Fatalf("only %d years in the texts: the test compares too little", found)
	}
}
