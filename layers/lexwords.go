package layers

// lexWord is what the lexicon knows of one surface form, gathered at load so that matching a
// token is one map lookup per token rather than one per rule, element and class asked about.
type lexWord struct {
	classes uint64   // the numbered classes (classBit) the form belongs to
	first   []int    // the rules whose first element can match the form (byFirst)
	elems   []uint64 // bit e.id: the form matches word element e
}

// matches reports whether the form matches the word element numbered id.
func (w *lexWord) matches(id int) bool {
	k := id >> 6
	return k < len(w.elems) && w.elems[k]&(1<<(id&63)) != 0
}

// indexWords numbers the word elements of every rule and fills words: for each form, its
// classes, the rules it may start and the elements it matches (the form as written, or an
// inflection of one of the element's lemmas).
func (lx *Lexicon) indexWords() {
	lx.words = map[string]*lexWord{}
	get := func(f string) *lexWord {
		w := lx.words[f]
		if w == nil {
			w = &lexWord{}
			lx.words[f] = w
		}
		return w
	}
	infl := map[string][]string{}
	id := 0
	for ri := range lx.rules {
		for ei := range lx.rules[ri].elems {
			e := &lx.rules[ri].elems[ei]
			if e.kind != elemWords {
				continue
			}
			e.id = id
			id++
			for f := range e.exact {
				get(f).set(e.id)
			}
			for l := range e.lemmas {
				fs, ok := infl[l]
				if !ok {
					fs = lx.inflections(l)
					infl[l] = fs
				}
				for _, f := range fs {
					get(f).set(e.id)
				}
			}
		}
	}
	for f, rs := range lx.byFirst {
		get(f).first = rs
	}
	for f, bits := range lx.formClasses {
		get(f).classes = bits
	}
}

func (w *lexWord) set(id int) {
	for len(w.elems) <= id>>6 {
		w.elems = append(w.elems, 0)
	}
	w.elems[id>>6] |= 1 << (id & 63)
}
