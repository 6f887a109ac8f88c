package layers_test

import (
	"strings"
	"testing"

	"conflictmap/layers"
)

// Hostile shapes of input: extraction completes, with a result, and does not blow up. (Not timed:
// a quadratic step would make these take minutes, which the test run's timeout catches.)
func TestExtractHostileShapes(t *testing.T) {
	p := extractPipeline(t)
	cases := map[string]string{
		"9,000 one-word sentences": strings.Repeat("Shelling. ", 9000),
		"a 9 MB single line":       strings.Repeat("troops shelled positions near Tovuz on Monday and ", 9<<20/51),
		"50,000 numbers":           "Clashes near Tovuz killed " + strings.Repeat("12, ", 50000) + "soldiers.",
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			res := p.ExtractArticle(layers.Article{ID: "h", Raw: text, BodyEnd: len(text), Published: "2021-06-20"})
			if res == nil {
				t.Fatal("no result")
			}
			for _, e := range res.Events {
				if e.Place == "" || len(e.Sources) == 0 {
					t.Fatalf("event without a place or source: %+v", e)
				}
			}
		})
	}
}
