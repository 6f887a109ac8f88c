package layers

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// outcomeAt reads a word for death or injury at token i: its meaning and width in tokens.
// "fatally wounded" is a death; "lives" counts only in "lost their lives", "the lives of".
func (s *countScan) outcomeAt(i int) (outcome, int, bool) {
	if s.is(cFatal, i) {
		if n := s.w(i + 1); n.hasOut && !n.out.death && n.out.form != "noun" {
			return outcome{death: true, form: n.out.form}, 2, true
		}
	}
	o, ok := s.w(i).out, s.w(i).hasOut
	if !ok {
		return o, 0, false
	}
	if o.form == "suffer" {
		return s.sufferedAt(i)
	}
	if o.form == "lives" {
		switch {
		case s.tok(i+1) == "of":
			return outcome{death: true, form: "object"}, 2, true // "claimed the lives of four"
		case s.is(cDet, i-1) && s.is(cLosing, i-2):
			return outcome{death: true, form: "intrans"}, 1, true // "lost their lives"
		}
		return o, 0, false
	}
	return o, 1, true
}

// sufferedAt reads "sustained injuries", "received a gunshot wound", "suffered fatal wounds": a
// verb of suffering at token i and, within three words, a word for injury (made a death by a
// fatal word before it), no number between; the people before the verb are its subject.
func (s *countScan) sufferedAt(i int) (outcome, int, bool) {
	death := false
	for k := i + 1; k <= i+3 && k < len(s.toks); k++ {
		if _, _, ok := s.numberAt(k); ok {
			break // "received three wounded soldiers": people counted, not a wound suffered
		}
		if s.is(cFatal, k) {
			death = true
			continue
		}
		if n := s.w(k); n.hasOut && !n.out.death && n.out.form != "suffer" {
			return outcome{death: death, form: "intrans"}, k - i + 1, true
		}
	}
	return outcome{}, 0, false
}

// tollAt reads "the death toll rose to 12": a number a few words after "toll" is deaths.
func (s *countScan) tollAt(i int) (int, bool) {
	if !s.is(cToll, i) {
		return i, false
	}
	// "the death toll from Sunday's missile strike on Sumy has risen to 35": past the strike's
	// words, up to a comma
	for k := i + 1; k < i+16 && k < len(s.toks); k++ {
		if k > i+1 && strings.ContainsAny(s.gap(k-1), ",;:") {
			break
		}
		if g, ok := s.groupAt(k, true); ok {
			g.fate = fateDeath
			s.add(g)
			return g.t1, true
		}
	}
	return s.tollVerbAt(i)
}

// tollVerbAt reads a toll whose phrase is too long for tollAt's few words: the number right
// after the verb of its change (and a tollprep), up to a comma ("the death toll from the fighting that erupted on
// Monday night between … in the Libyan capital has risen to 55").
func (s *countScan) tollVerbAt(i int) (int, bool) {
	for k := i + 1; k < i+48 && k+1 < len(s.toks); k++ {
		if strings.ContainsAny(s.gap(k-1), ",;:") {
			break
		}
		if !s.is(cTollVerb, k) {
			continue
		}
		j := k + 1
		if s.is(cTollPrep, j) && j+1 < len(s.toks) {
			j++
		}
		if g, ok := s.groupAt(j, true); ok {
			g.fate = fateDeath
			s.add(g)
			return g.t1, true
		}
		break
	}
	return i, false
}

// groupAt reads a count of people starting at token i: a hedge, a number and what it counts
// ("about 400 Russian troops", "a 300-strong contingent", "three of them"), or one person
// ("the driver", "Sergeant Vusal Aliyev"). A number with no noun counts people only where a word
// for their fate follows it ("ten wounded", "three were injured") or, when bare is set or a
// transitive word precedes it, where the clause goes on without a noun ("killing two and …").
func (s *countScan) groupAt(i int, bare bool) (countGroup, bool) {
	hedge, j := s.hedgeAt(i)
	if s.is(cNo, i-1) {
		return countGroup{}, false // "no one"
	}
	n, next, ok := s.numberAt(j)
	vague := false
	if v := s.w(j).vague; !ok && v > 0 {
		n, next, ok, vague = v, j+1, true, true // "dozens of civilians": at least the lexicon's figure
		if s.tok(next) == "of" {
			next++
		}
		if hedge == HedgeNone {
			hedge = HedgeAtLeast
		}
	}
	if !ok {
		if j == i {
			return s.itemAt(i)
		}
		return countGroup{}, false
	}
	if after, ok := s.rangeEnd(i, next, n); ok {
		next = after // "3,000 to 4,000 personnel": at least the lower bound
		if hedge == HedgeNone || hedge == HedgeExact {
			hedge = HedgeAtLeast
		}
	}
	if hedge == HedgeNone {
		hedge = HedgeExact
	}
	g := countGroup{n: n, hedge: hedge, t0: i, t1: next, subset: s.subsetAt(i), claim: s.claimBefore(i), vague: vague}
	if s.is(cStrength, next) && strings.TrimSpace(s.gap(next)) == "-" {
		g.armed, g.t1 = true, next+1 // "a 300-strong contingent"
		return g, true
	}
	if s.is(cUnit, next) || strings.HasPrefix(s.gap(next), "%") {
		return countGroup{}, false // "25 percent", "a 25-year-old", "5 km"
	}
	k := s.skipMods(next)
	// "12 Azerbaijani and four Armenian soldiers"
	if s.tok(k) == "and" {
		if n2, after, ok := s.numberAt(k + 1); ok {
			if k2 := s.skipMods(after); s.w(k2).noun {
				g.n, k = min(n+n2, maxCount), k2
			}
		}
	}
	if s.tok(k) == "of" && s.is(cPossessive, k+1) {
		if k2 := s.skipMods(k + 2); s.w(k2).noun {
			k = k2 // "23 of its soldiers"
		}
	}
	wk := s.w(k)
	switch {
	case wk.noun:
		g.armed, g.plural, g.item = wk.armed, !wk.singular, wk.singular
		g.t1 = s.postModifier(k + 1)
		return g, true
	case k == next+1 && s.demonymPlural(next):
		g.plural, g.t1 = true, s.postModifier(k) // "17 Palestinians", "three Ukrainians"
		return g, true
	case s.is(cPronoun, k) && s.tok(k-1) == "of":
		g.pro, g.t1 = true, k+1 // "three of them"
		return g, true
	}
	if o := wk.out; wk.hasOut && (o.form == "noun" || o.form == "lives") {
		g.fate, g.t1 = fateInjury, k+1 // "12 deaths", "3 fatalities", "four lives"
		if o.death {
			g.fate = fateDeath
		}
		return g, true
	}
	if k != next {
		return countGroup{}, false
	}
	g.bare = true
	if s.fateFollows(next) {
		return g, true // "ten wounded", "three were injured"
	}
	bare = bare || s.active != fateNone && i >= s.activeEnd && i-s.activeEnd <= 1
	if bare && s.clauseGoesOn(next) {
		return g, true // "killing two and wounding five"
	}
	return countGroup{}, false
}

// postModifier skips an "of" phrase after a counted noun ("four servicemen of the Armenian
// armed forces", "two employees of a demining company") so that a list goes on after it; it
// returns the token after the phrase, or j if there is none.
func (s *countScan) postModifier(j int) int {
	if s.tok(j) != "of" {
		return j
	}
	k := j + 1
	for k < j+6 && k < len(s.toks) {
		w := s.inf[k]
		if w != noInfo && w.classes&(cDet|cModifier) == 0 || isDigitByte(s.toks[k].Text[0]) || w.noun {
			break
		}
		k++
	}
	if k == j+1 || s.is(cDet|cModifier, k-1) {
		return s.namePostModifier(j)
	}
	return k
}

// namePostModifier reads "of" and a formal name after a counted noun, as far as a death or an
// injury follows it: "a soldier of the Military Forces of Armenia (2018-) was killed". The name is
// capitalised words, with "of", "and" and "the" inside and an era label's year; j when none.
func (s *countScan) namePostModifier(j int) int {
	k := j + 1
	if s.is(cDet, k) {
		k++
	}
	if !s.capital(k) {
		return j
	}
	for n := 0; k < len(s.toks) && n < 10; k, n = k+1, n+1 {
		t := s.toks[k]
		if !s.capital(k) && t.Text != "of" && t.Text != "and" && t.Text != "the" && !eraLabel(s.text, t.Start, t.End) {
			break
		}
	}
	if !s.fateFollows(k) {
		return j
	}
	return k
}

// fateFollows reports whether a word for death or injury follows token j, past auxiliaries.
func (s *countScan) fateFollows(j int) bool {
	for k := j; k < j+4 && k < len(s.toks); k++ {
		if o, _, ok := s.outcomeAt(k); ok {
			w := s.tok(k)
			return o.form != "noun" && o.form != "object" && !strings.HasSuffix(w, "ing")
		}
		if !s.is(cAux, k) {
			return false
		}
	}
	return false
}

// clauseGoesOn reports whether token j may follow a number whose noun is left out: the end,
// punctuation, or a word like "and", "in", "when".
func (s *countScan) clauseGoesOn(j int) bool {
	if j >= len(s.toks) {
		return true
	}
	if strings.ContainsAny(s.gap(j), ",.;:()—–") {
		return true
	}
	return s.is(cElide, j)
}

// itemAt reads one person: a rank and a name ("Junior Sergeant Vusal Aliyev") or a determiner
// and a singular noun ("the driver", "a 25-year-old soldier").
func (s *countScan) itemAt(i int) (countGroup, bool) {
	// a rank or title before a name, capitalised or not: "Sergeant Vusal Aliyev", "reporter
	// Maharram Ibrahimov" (names must follow either way)
	if s.is(cRank, i) {
		k := i + 1
		for k < i+3 && s.is(cRank, k) && s.capital(k) {
			k++
		}
		names := 0
		for k < len(s.toks) && names < 3 && s.capital(k) && !s.w(k).noun && !s.is(cRank, k) && !isDigits(s.tok(k)) {
			k++
			names++
		}
		if names > 0 {
			return countGroup{n: 1, hedge: HedgeExact, t0: i, t1: k, item: true, subset: s.subsetAt(i)}, true
		}
		return countGroup{}, false
	}
	if s.is(cDet, i) {
		if s.tok(i) == "another" && s.fateFollows(i+1) {
			return countGroup{n: 1, hedge: HedgeExact, t0: i, t1: i + 1, item: true}, true // "and another wounded"
		}
		k := s.skipMods(i + 1)
		if w := s.w(k); w.noun && w.singular {
			return countGroup{n: 1, hedge: HedgeExact, t0: i, t1: s.postModifier(k + 1), item: true, subset: s.subsetAt(i)}, true
		}
	}
	return countGroup{}, false
}

// skipMods skips up to three words that may stand between a number and what it counts:
// modifiers, capitalised adjectives ("Azerbaijani", "Hamas") and ages ("25-year-old").
func (s *countScan) skipMods(j int) int {
	k := j
	for m := 0; m < 3 && k < len(s.toks); m++ {
		if k > j && strings.ContainsAny(s.gap(k), ",;:()") {
			return k // "three Palestinians, the ministry said": the noun ends at the comma
		}
		t, w := s.toks[k].Text, s.inf[k]
		switch {
		case w.noun:
			return k
		case w.classes&cModifier != 0:
			k++
		case isDigits(t) && (s.tok(k+1) == "year" || s.tok(k+1) == "years") && s.tok(k+2) == "old":
			k += 3
		case s.capital(k) && w.classes&cRank == 0 && !isDigits(t) && !w.hasOut:
			k++
		case w == noInfo && !isDigitByte(t[0]) && s.w(k+1).noun:
			k++ // a word the lexicon does not know, right before the noun: "contract soldier"
		default:
			return k
		}
	}
	return k
}

// capital reports whether token i is written with a capital letter.
func (s *countScan) capital(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.text[s.toks[i].Start:])
	return unicode.IsUpper(r)
}

// hedgeAt reads a hedge at token i ("at least", "some", "up to") and returns the token after it.
func (s *countScan) hedgeAt(i int) (Hedge, int) {
	for _, h := range s.w(i).hedges {
		k := i
		for _, w := range h.words {
			if s.tok(k) != w {
				break
			}
			k++
		}
		if k-i == len(h.words) {
			return h.hedge, k
		}
	}
	return HedgeNone, i
}

// numberAt reads a number at token i ("1,960", "2000", "four", "two thousand", "a dozen") and
// returns it with the index of the token after it. Ordinals, dates, years, decimals, times, money
// and numbers glued to letters ("F-16", "TB2", "3rd") are not counts.
func (s *countScan) numberAt(i int) (int, int, bool) {
	t := s.tok(i)
	if t == "" {
		return 0, i + 1, false
	}
	if (t == "a" || t == "an") && s.w(i+1).scale > 0 && s.tok(i+1) != "million" {
		return s.w(i + 1).scale, i + 2, true // "a dozen", "a hundred"
	}
	if t[0] >= '0' && t[0] <= '9' {
		return s.digitsAt(i)
	}
	n := s.w(i).number
	if n == 0 {
		return 0, i + 1, false
	}
	j := i + 1
	for j < len(s.toks) { // "twenty five", "two thousand", "three hundred", "two dozen"
		w := s.inf[j]
		if m := w.scale; m > 0 {
			n = min(n*m, maxCount)
		} else if m := w.number; m > 0 && m < 10 && n >= 20 && n%10 == 0 && n < 100 {
			n += m
		} else {
			break
		}
		j++
	}
	return n, j, true
}

// digitsAt reads a number written in digits at token i.
func (s *countScan) digitsAt(i int) (int, int, bool) {
	t := s.tok(i)
	if !isDigits(t) {
		return 0, i + 1, false // "3rd", "102nd", "tb2" folded
	}
	if g := s.gap(i); g != "" && strings.ContainsAny(g[len(g)-1:], "-–/.:$€£₼#") {
		return 0, i + 1, false // "F-16", "3.5", "10:30", "$5"
	}
	return s.digitsRun(i)
}

// digitsRun reads the number in digits at token i, whatever stands before it ("25" in "20-25").
func (s *countScan) digitsRun(i int) (int, int, bool) {
	t := s.tok(i)
	if !isDigits(t) {
		return 0, i + 1, false
	}
	j := i + 1
	digits := t
	for j < len(s.toks) && s.gap(j) == "," && len(s.toks[j].Text) == 3 && isDigits(s.toks[j].Text) {
		digits += s.toks[j].Text // "1,960"
		j++
	}
	if g := s.gap(j); j < len(s.toks) && (g == "." || g == ":" || g == "/") && isDigits(s.toks[j].Text) {
		return 0, j, false // "3.5", "10:30", "12/05"
	}
	if months[s.tok(i-1)] > 0 || months[s.tok(j)] > 0 {
		return 0, j, false // "November 28", "28 November"
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n <= 0 || n > maxCount {
		return 0, j, false
	}
	if len(digits) == 4 && j == i+1 && n >= 1800 && n <= 2100 && (s.is(cYearprep, i-1) || i == 0 || eraLabel(s.text, s.toks[i].Start, s.toks[i].End)) {
		return 0, j, false // "in 2020", "Military Forces of Armenia (2018-)"
	}
	if m := s.w(j).scale; m >= 100 {
		n = min(n*m, maxCount) // "2 thousand"
		j++
	}
	return n, j, true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// subsetAt reports whether the people counted from token i are part of people counted already:
// "including two children", "among them a soldier".
func (s *countScan) subsetAt(i int) bool {
	return s.is(cSubset, i-1) || s.is(cPronoun, i-1) && s.is(cSubset, i-2)
}

// rangeEnd reads the upper bound of a range whose lower bound n ends before token next (the
// group starting at token i): "3,000 to 4,000", "20-25", "between 30 and 40". It returns the
// token after the upper bound.
func (s *countScan) rangeEnd(i, next, n int) (int, bool) {
	k := next
	if s.is(cChange, i-1) {
		return 0, false // "rose from 12 to 15"
	}
	switch {
	case s.is(cRange, k), s.tok(k) == "and" && s.is(cRangeOpen, i-1):
		k++
	case k < len(s.toks) && isDigitByte(s.toks[k].Text[0]) && isDash(strings.TrimSpace(s.gap(k))):
		if hi, after, ok := s.digitsRun(k); ok && hi > n && !s.is(cUnit, after) {
			return after, true
		}
		return 0, false
	default:
		return 0, false
	}
	if hi, after, ok := s.numberAt(k); ok && hi > n && !s.is(cUnit, after) {
		return after, true
	}
	return 0, false
}

func isDash(g string) bool { return g == "-" || g == "–" || g == "—" }

// demonymPlural reports whether token i, right after a number, is a people's name in the plural
// ("17 Palestinians", "two Israelis"): capitalised, ending in -ans, -ians, -is, -ese or -ks, and
// not the name of a place the lexicon would count as a unit.
func (s *countScan) demonymPlural(i int) bool {
	if !s.capital(i) || s.inf[i] != noInfo {
		return false
	}
	t := s.tok(i)
	for _, suf := range []string{"ans", "is", "ks", "ese", "ns"} {
		if len(t) > len(suf)+2 && strings.HasSuffix(t, suf) {
			return true
		}
	}
	return false
}

// claimBefore reports whether a word of class claim stands within five words before token i,
// with no punctuation and no "that" between: "claimed over 200 fighters killed", "claiming to
// have killed 40".
func (s *countScan) claimBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if s.is(cClaim, k) {
			return s.tok(k+1) != "lives" && s.tok(k+2) != "lives" // not "claimed the lives of four"
		}
		if s.tok(k) == "that" {
			return false // "claimed that nine people had been killed": a report, not a boast
		}
		if strings.TrimSpace(s.gap(k+1)) != "" {
			return false
		}
	}
	return false
}
