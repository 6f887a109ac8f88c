package layers

import "strings"

// Stated zeros: "no one was killed", "there were no injuries", "without loss of life", "none of
// the servicemen was hurt", "no casualties were reported". A report that says so states a count
// of 0, which is not the same as a report that gives no count (Event.Stated). The words are the
// lexicon's classes zero, casualty, zerofill and zerostop (data/lexicon/counts.tsv).
//
// Only a zero word followed, within a few words that can stand there (zerofill words, modifiers,
// auxiliaries, determiners, people), by a word for death or injury is a zero: "no fewer than 12
// were killed", "no clashes took place", "no immediate word on casualties", "gave no casualty
// figures" (a zerostop word after the fate) and "no one claimed the attack" are not.

// zeroWindow is how many words may stand between a zero word and the fate it denies.
const zeroWindow = 7

// zeroAt reads a stated zero starting at token i: it files a zero group per fate denied and
// returns the token to go on from.
func (s *countScan) zeroAt(i int) (int, bool) {
	if !s.is(cZero, i) {
		return i, false
	}
	k, ok := s.zeroFate(i + 1)
	if !ok {
		return i, false
	}
	end := s.addZero(i, k)
	// "no deaths or injuries", "no one was killed or hurt"
	for s.tok(end) == "or" || s.tok(end) == "nor" || s.tok(end) == "and" {
		k2, ok := s.zeroFate(end + 1)
		if !ok || k2 > end+3 {
			break
		}
		end = s.addZero(i, k2)
	}
	// "no lives were lost": the words after the fate say it again
	for end < len(s.toks) && (s.is(cAux, end) || s.w(end).hasOut) && !s.punctuated(end) {
		end++
	}
	return end, true
}

// zeroFate finds the word for death or injury a zero word before token j denies: the first such
// word, with only filler between, within zeroWindow words.
func (s *countScan) zeroFate(j int) (int, bool) {
	for k := j; k < j+zeroWindow && k < len(s.toks); k++ {
		if s.punctuated(k) {
			return 0, false // "No, three were killed"
		}
		if s.w(k).hasOut || s.is(cCasualty, k) {
			if s.is(cZeroStop, k+1) && strings.TrimSpace(s.gap(k+1)) == "" {
				return 0, false // "no casualty figures", "no injury reports"
			}
			return k, true
		}
		w := s.w(k)
		if s.capital(k) && s.w(k+1).noun {
			continue // "no Armenian soldiers"
		}
		if !w.noun && !s.is(cZeroFill|cModifier|cAux|cDet|cPronoun, k) {
			return 0, false
		}
	}
	return 0, false
}

// punctuated reports whether a comma, semicolon or colon stands before token k.
func (s *countScan) punctuated(k int) bool {
	g := s.gap(k)
	return containsByte(g, ',') || containsByte(g, ';') || containsByte(g, ':')
}

// addZero files the zero groups of the fate word at token k (a zero word at i) and returns the
// token after it.
func (s *countScan) addZero(i, k int) int {
	fates := []int{fateInjury}
	switch {
	case s.is(cCasualty, k):
		fates = []int{fateDeath, fateInjury}
	case s.w(k).out.death:
		fates = []int{fateDeath}
	}
	for _, f := range fates {
		s.gs = append(s.gs, countGroup{t0: i, t1: k + 1, fate: f, zero: true})
	}
	s.run, s.runFate = nil, fateNone
	return k + 1
}

// zeroBits are the Stated bits of the zero groups among gs.
func zeroBits(gs []countGroup) uint8 {
	var b uint8
	for _, g := range gs {
		switch {
		case !g.zero:
		case g.fate == fateDeath:
			b |= StatedFatalities
		case g.fate == fateInjury:
			b |= StatedInjured
		}
	}
	return b
}

// StatedBits are the Stated bits of counts c: each count given, or stated as none.
func (c Counts) StatedBits() uint8 {
	b := c.Zero
	if c.Troops > 0 {
		b |= StatedTroops
	}
	if c.Fatalities > 0 {
		b |= StatedFatalities
	}
	if c.Injured > 0 {
		b |= StatedInjured
	}
	return b
}

// zeroLater reads the stated zeros of sentence si after its clause ending at token c1, when no
// other clash or incident comes after: "shelled positions near Tegh; no casualties were reported".
func (x *extraction) zeroLater(si, c1 int, all []trigger) uint8 {
	s := &x.sents[si]
	if c1 >= s.t1 {
		return 0
	}
	for _, o := range all {
		if casualtyTypes[o.typ] && o.tok >= c1 {
			return 0
		}
	}
	return zeroBits(x.groups(c1, s.t1)) & casualtyBits
}
