package layers

import "conflictmap/geo"

// tokenClasses caches what the lexicon knows of each token of one document: a token's form is
// looked up once, however many rules and clause tests ask about it.
type tokenClasses struct {
	lx    *Lexicon
	toks  []geo.Token
	words []*lexWord // words[i]: the lexicon's entry for token i, noWord if none, nil until looked up
	// counts[i] is the count lexicon's info of token i (noInfo if none), nil until looked up
	counts []*wordInfo
}

// noWord stands for a form the lexicon does not know.
var noWord = &lexWord{}

// classRef is a lexicon class ready for testing tokens: its bit, or 0 when the lexicon has too
// many classes to number it (InClass then reads its maps).
type classRef struct {
	name string
	bit  uint64
}

func newTokenClasses(lx *Lexicon, toks []geo.Token) *tokenClasses {
	return &tokenClasses{lx: lx, toks: toks, words: make([]*lexWord, len(toks))}
}

// countInfo is the count lexicon's info of tokens t0 to t1, each token's form looked up once
// however many clauses and follow-on sentences read it.
func (tc *tokenClasses) countInfo(t0, t1 int) []*wordInfo {
	if tc.counts == nil {
		tc.counts = make([]*wordInfo, len(tc.toks))
	}
	inf := tc.counts[t0:t1]
	for i, w := range inf {
		if w == nil {
			inf[i] = countInfoOf(tc.toks[t0+i].Text)
		}
	}
	return inf
}

// ref looks a class up once, for a loop over tokens.
func (tc *tokenClasses) ref(class string) classRef {
	return classRef{name: class, bit: tc.lx.classBit[class]}
}

// word is the lexicon's entry for token i (noWord if it has none).
func (tc *tokenClasses) word(i int) *lexWord {
	w := tc.words[i]
	if w == nil {
		if w = tc.lx.words[tc.toks[i].Text]; w == nil {
			w = noWord
		}
		tc.words[i] = w
	}
	return w
}

// is reports whether token i is a word of the class: lx.InClass of its form.
func (tc *tokenClasses) is(i int, c classRef) bool {
	if c.bit == 0 {
		return tc.lx.InClass(tc.toks[i].Text, c.name)
	}
	return tc.word(i).classes&c.bit != 0
}
