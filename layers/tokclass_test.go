package layers

import (
	"fmt"
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

// The per-form index says a form matches a word element exactly when the element lists the
// form as written or one of the form's lemmas, and starts exactly the rules byFirst files it
// under; a form the lexicon lacks matches nothing.
func TestWordsAgreeWithElements(t *testing.T) {
	lx, err := LoadLexicon(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	forms := map[string]bool{"zzunknown": true, "the": true}
	for f := range lx.forms {
		forms[f] = true
	}
	for f := range lx.words {
		forms[f] = true
	}
	hits := 0
	for f := range forms {
		w := lx.words[f]
		if w == nil {
			w = noWord
		}
		if len(w.first) != len(lx.byFirst[f]) {
			t.Fatalf("%q starts %d rules, byFirst %d", f, len(w.first), len(lx.byFirst[f]))
		}
		for ri := range lx.rules {
			for _, e := range lx.rules[ri].elems {
				if e.kind != elemWords {
					continue
				}
				want := e.exact[f]
				for _, l := range lx.forms[f] {
					want = want || e.lemmas[l]
				}
				if got := w.matches(e.id); got != want {
					t.Fatalf("%q against rule line %d: index %v, element %v", f, lx.rules[ri].line, got, want)
				}
				if want {
					hits++
				}
			}
		}
	}
	if hits == 0 || lx.words["killed"] == nil {
		t.Error("no form matches any element: the test compares nothing")
	}
}

// The document's cached count info of a token range is what the count lexicon says of each
// form, asked over overlapping ranges in any order, and reads the same groups as findGroups.
func TestCountInfoAgreesWithFindGroups(t *testing.T) {
	lx, err := LoadLexicon(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	text := "Two soldiers were killed and three wounded when troops shelled the village; " +
		"about 400 Russian troops and 12 civilians, including four children, were evacuated."
	toks := geo.Tokens(text)
	tc := newTokenClasses(lx, toks)
	ranges := [][2]int{{10, len(toks)}, {0, len(toks)}, {0, 8}, {5, 20}, {len(toks), len(toks)}}
	groups := 0
	for _, r := range ranges {
		inf := tc.countInfo(r[0], r[1])
		for i, w := range inf {
			if want := countInfoOf(toks[r[0]+i].Text); w != want {
				t.Fatalf("token %q: cached %p, lexicon %p", toks[r[0]+i].Text, w, want)
			}
		}
		got, want := scanGroups(text, toks[r[0]:r[1]], inf), findGroups(text, toks[r[0]:r[1]])
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("tokens %v: groups %v, findGroups %v", r, got, want)
		}
		groups += len(got)
	}
	if groups == 0 {
		t.Error("no group in any range: the test compares nothing")
	}
}
