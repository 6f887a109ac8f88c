package layers

import (
	"conflictmap/geo"
)

// sentMatch is the lexicon matched against one sentence of a document.
type sentMatch struct {
	lx      *Lexicon
	cls     *tokenClasses // the classes of d's tokens
	d       *geo.Doc
	t0, t1  int
	mention []int  // mention[i-t0]: the mention that starts at token i, or -1
	demonym []bool // demonym[i-t0]: a demonym starts at token i
	classes map[string]bool
}

// match is one rule matched: the trigger word and the tokens the match covers.
type match struct {
	rule       *rule
	head       int
	start, end int // token range [start, end)
}

// matchSentence runs every rule of the lexicon over tokens [t0, t1) of a document. Vetoes are
// applied: a trigger word inside a veto's match is dropped.
func (lx *Lexicon) matchSentence(d *geo.Doc, cls *tokenClasses, t0, t1 int, mentions []int) []match {
	if t1 <= t0 {
		return nil
	}
	sm := &sentMatch{lx: lx, cls: cls, d: d, t0: t0, t1: t1}
	sm.mention = make([]int, t1-t0)
	for i := range sm.mention {
		sm.mention[i] = -1
	}
	for _, k := range mentions {
		if a := d.MentionTokens[k][0]; a >= t0 && a < t1 {
			sm.mention[a-t0] = k
		}
	}
	sm.demonym = make([]bool, t1-t0)
	di := 0
	for i := t0; i < t1; i++ {
		for di < len(d.Demonyms) && d.Demonyms[di].Start < d.Tokens[i].Start {
			di++
		}
		sm.demonym[i-t0] = di < len(d.Demonyms) && d.Demonyms[di].Start == d.Tokens[i].Start
	}
	var found, vetoes []match
	for i := t0; i < t1; i++ {
		cands := cls.word(i).first
		if sm.mention[i-t0] >= 0 || sm.demonym[i-t0] {
			cands = append(cands[:len(cands):len(cands)], lx.byMention...)
		}
		for _, ri := range cands {
			r := &lx.rules[ri]
			head := -1
			end, ok := sm.try(r, 0, i, &head)
			if !ok || !sm.satisfied(r, head) || sm.glued(head, end) {
				continue
			}
			m := match{rule: r, head: head, start: i, end: end}
			if r.typ == typeVeto {
				vetoes = append(vetoes, m)
			} else {
				found = append(found, m)
			}
		}
	}
	if len(vetoes) == 0 {
		return found
	}
	kept := found[:0]
	for _, m := range found {
		vetoed := false
		for _, v := range vetoes {
			if m.head >= v.start && m.head < v.end {
				vetoed = true
				break
			}
		}
		if !vetoed {
			kept = append(kept, m)
		}
	}
	return kept
}

// try matches elements ei… of a rule from token i; it returns the token after the match.
func (sm *sentMatch) try(r *rule, ei, i int, head *int) (int, bool) {
	if ei == len(r.elems) {
		return i, true
	}
	e := &r.elems[ei]
	if e.kind == elemGap {
		for k := 0; k <= e.n && i+k <= sm.t1; k++ {
			if end, ok := sm.try(r, ei+1, i+k, head); ok {
				return end, true
			}
		}
		return 0, false
	}
	if j, ok := sm.elemAt(e, i); ok {
		if ei == r.head {
			*head = i
		}
		if end, ok := sm.try(r, ei+1, j, head); ok {
			return end, true
		}
	}
	if e.optional {
		return sm.try(r, ei+1, i, head)
	}
	return 0, false
}

// elemAt matches one element at token i and returns the token after it.
func (sm *sentMatch) elemAt(e *elem, i int) (int, bool) {
	if i >= sm.t1 {
		return 0, false
	}
	d := sm.d
	switch e.kind {
	case elemWords:
		if sm.cls.word(i).matches(e.id) {
			return i + 1, true
		}
	case elemPlace, elemName:
		k := sm.mention[i-sm.t0]
		if k < 0 {
			return 0, false
		}
		m := d.Mentions[k]
		want := geo.RoleLocation
		if e.kind == elemName {
			want = geo.RoleName
		}
		if m.Role == want && (m.Place != nil || e.kind == elemName) {
			return d.MentionTokens[k][1], true
		}
	case elemDemonym:
		if sm.demonym[i-sm.t0] {
			return i + 1, true
		}
	}
	return 0, false
}

// satisfied checks a rule's conditions around its trigger word.
func (sm *sentMatch) satisfied(r *rule, head int) bool {
	for _, n := range r.needs {
		switch n.kind {
		case "sent":
			if !sm.has(n.class) {
				return false
			}
		case "!sent":
			if sm.has(n.class) {
				return false
			}
		case "!prev":
			if head-1 >= sm.t0 && n.words[sm.d.Tokens[head-1].Text] {
				return false
			}
		case "!next":
			if head+1 < sm.t1 && n.words[sm.d.Tokens[head+1].Text] {
				return false
			}
		}
	}
	return true
}

// has reports whether the sentence holds a word of a class.
func (sm *sentMatch) has(class string) bool {
	if v, ok := sm.classes[class]; ok {
		return v
	}
	if sm.classes == nil {
		sm.classes = map[string]bool{}
	}
	v := false
	c := sm.cls.ref(class)
	for i := sm.t0; i < sm.t1 && !v; i++ {
		v = sm.cls.is(i, c)
	}
	sm.classes[class] = v
	return v
}

// glued reports whether the trigger word is the first half of a hyphenated modifier that the
// match does not take in: "battle-hardened", "mine-clearing".
func (sm *sentMatch) glued(head, end int) bool {
	d := sm.d
	if head < 0 || head+1 >= len(d.Tokens) || head+1 < end {
		return false
	}
	return d.Text[d.Tokens[head].End:d.Tokens[head+1].Start] == "-"
}
