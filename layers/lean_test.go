package layers

import (
	"strings"
	"testing"
)

// IndexLeanTail must find what strings.Index finds, wherever the brackets and the near-misses
// fall: at the start, inside quotes, one byte short of the tail, at the very end.
func TestIndexLeanTail(t *testing.T) {
	for _, s := range []string{
		"", "[", `"sources":[`, LeanTail, "x" + LeanTail, `[[[` + LeanTail + `]`,
		`{"a":[1,2],"q":"see [1]","sources":[`, `,"source":[` + LeanTail,
		`,"sources":` + `,"sources":[`, `{"coordinates":[1,2]},"sources"`,
		strings.Repeat(`,"s":[`, 40) + LeanTail + strings.Repeat("[", 5),
	} {
		if got, want := IndexLeanTail(s), strings.Index(s, LeanTail); got != want {
			t.Errorf("IndexLeanTail(%q) = %d, strings.Index %d", s, got, want)
		}
	}
}
