package layers

import (
	"testing"

	"conflictmap/data"
	"conflictmap/geo"
)

// The cached classes of a document's tokens are InClass of their forms, for every class, asked
// in any order and more than once; an unknown class holds no token.
func TestTokenClassesAgreeWithInClass(t *testing.T) {
	lx, err := LoadLexicon(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	toks := geo.Tokens("Two soldiers were killed and three wounded when troops shelled the village; " +
		"rumours say the army will likely deploy more forces, officials said.")
	tc := newTokenClasses(lx, toks)
	hits := 0
	for round := 0; round < 2; round++ {
		for class := range lx.classes {
			c := tc.ref(class)
			for i := len(toks) - 1; i >= 0; i-- {
				got, want := tc.is(i, c), lx.InClass(toks[i].Text, class)
				if got != want {
					t.Fatalf("token %q class %s: cached %v, InClass %v", toks[i].Text, class, got, want)
				}
				if got {
					hits++
				}
			}
		}
	}
	if hits == 0 {
		t.Error("no token in any class: the test compares nothing")
	}
	if tc.is(0, tc.ref("no-such-class")) {
		t.Error("a token is in a class the lexicon lacks")
	}
}
