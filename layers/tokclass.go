package layers

import "conflictmap/geo"

// tokenClasses caches the lexicon classes of each token of one document: a token's form is
// looked up once, however many rules and clause tests ask about it.
type tokenClasses struct {
	lx    *Lexicon
	toks  []geo.Token
	bits  []uint64 // bits[i]: the classes of token i as the lexicon numbers them, once known[i]
	known []bool
}

// classRef is a lexicon class ready for testing tokens: its bit, or 0 when the lexicon has too
// many classes to number it (InClass then reads its maps).
type classRef struct {
	name string
	bit  uint64
}

func newTokenClasses(lx *Lexicon, toks []geo.Token) *tokenClasses {
	return &tokenClasses{lx: lx, toks: toks, bits: make([]uint64, len(toks)), known: make([]bool, len(toks))}
}

// ref looks a class up once, for a loop over tokens.
func (tc *tokenClasses) ref(class string) classRef {
	return classRef{name: class, bit: tc.lx.classBit[class]}
}

// is reports whether token i is a word of the class: lx.InClass of its form.
func (tc *tokenClasses) is(i int, c classRef) bool {
	if c.bit == 0 {
		return tc.lx.InClass(tc.toks[i].Text, c.name)
	}
	if !tc.known[i] {
		tc.bits[i], tc.known[i] = tc.lx.formClasses[tc.toks[i].Text], true
	}
	return tc.bits[i]&c.bit != 0
}
