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
	t := s.tok(i)
	if countLex.is("fatal", t) {
		if o, ok := countLex.outcomes[s.tok(i+1)]; ok && !o.death && o.form != "noun" {
			return outcome{death: true, form: o.form}, 2, true
		}
	}
	o, ok := countLex.outcomes[t]
	if !ok {
		return o, 0, false
	}
	if o.form == "lives" {
		switch {
		case s.tok(i+1) == "of":
			return outcome{death: true, form: "object"}, 2, true // "claimed the lives of four"
		case countLex.is("det", s.tok(i-1)) && countLex.is("losing", s.tok(i-2)):
			return outcome{death: true, form: "intrans"}, 1, true // "lost their lives"
		}
		return o, 0, false
	}
	return o, 1, true
}

// tollAt reads "the death toll rose to 12": a number a few words after "toll" is deaths.
func (s *countScan) tollAt(i int) (int, bool) {
	if !countLex.is("toll", s.tok(i)) {
		return i, false
	}
	for k := i + 1; k < i+8 && k < len(s.toks); k++ {
		if g, ok := s.groupAt(k, true); ok {
			g.fate = fateDeath
			s.add(g)
			return g.t1, true
		}
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
	if countLex.is("no", s.tok(i-1)) {
		return countGroup{}, false // "no one"
	}
	n, next, ok := s.numberAt(j)
	if !ok {
		if j == i {
			return s.itemAt(i)
		}
		return countGroup{}, false
	}
	if hedge == HedgeNone {
		hedge = HedgeExact
	}
	g := countGroup{n: n, hedge: hedge, t0: i, t1: next, subset: countLex.is("subset", s.tok(i-1))}
	if countLex.is("strength", s.tok(next)) && strings.TrimSpace(s.gap(next)) == "-" {
		g.armed, g.t1 = true, next+1 // "a 300-strong contingent"
		return g, true
	}
	if countLex.is("unit", s.tok(next)) || strings.HasPrefix(s.gap(next), "%") {
		return countGroup{}, false // "25 percent", "a 25-year-old", "5 km"
	}
	k := s.skipMods(next)
	// "12 Azerbaijani and four Armenian soldiers"
	if s.tok(k) == "and" {
		if n2, after, ok := s.numberAt(k + 1); ok {
			if k2 := s.skipMods(after); countLex.nouns[s.tok(k2)] {
				g.n, k = min(n+n2, maxCount), k2
			}
		}
	}
	t := s.tok(k)
	switch {
	case countLex.nouns[t]:
		g.armed, g.plural, g.item = countLex.armed[t], !countLex.singular[t], countLex.singular[t]
		g.t1 = k + 1
		return g, true
	case countLex.is("pronoun", t) && s.tok(k-1) == "of":
		g.pro, g.t1 = true, k+1 // "three of them"
		return g, true
	}
	if o, ok := countLex.outcomes[t]; ok && (o.form == "noun" || o.form == "lives") {
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

// fateFollows reports whether a word for death or injury follows token j, past auxiliaries.
func (s *countScan) fateFollows(j int) bool {
	for k := j; k < j+4 && k < len(s.toks); k++ {
		if o, _, ok := s.outcomeAt(k); ok {
			w := s.tok(k)
			return o.form != "noun" && o.form != "object" && !strings.HasSuffix(w, "ing")
		}
		if !countLex.is("aux", s.tok(k)) {
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
	return countLex.is("elide", s.tok(j))
}

// itemAt reads one person: a rank and a name ("Junior Sergeant Vusal Aliyev") or a determiner
// and a singular noun ("the driver", "a 25-year-old soldier").
func (s *countScan) itemAt(i int) (countGroup, bool) {
	t := s.tok(i)
	if countLex.is("rank", t) && s.capital(i) {
		k := i + 1
		for k < i+3 && countLex.is("rank", s.tok(k)) && s.capital(k) {
			k++
		}
		names := 0
		for k < len(s.toks) && names < 3 && s.capital(k) && !countLex.nouns[s.tok(k)] && !countLex.is("rank", s.tok(k)) && !isDigits(s.tok(k)) {
			k++
			names++
		}
		if names > 0 {
			return countGroup{n: 1, hedge: HedgeExact, t0: i, t1: k, item: true, subset: countLex.is("subset", s.tok(i-1))}, true
		}
		return countGroup{}, false
	}
	if countLex.is("det", t) {
		k := s.skipMods(i + 1)
		if w := s.tok(k); countLex.nouns[w] && countLex.singular[w] {
			return countGroup{n: 1, hedge: HedgeExact, t0: i, t1: k + 1, item: true, subset: countLex.is("subset", s.tok(i-1))}, true
		}
	}
	return countGroup{}, false
}

// skipMods skips up to three words that may stand between a number and what it counts:
// modifiers, capitalised adjectives ("Azerbaijani", "Hamas") and ages ("25-year-old").
func (s *countScan) skipMods(j int) int {
	k := j
	for m := 0; m < 3 && k < len(s.toks); m++ {
		t := s.toks[k].Text
		switch {
		case countLex.nouns[t]:
			return k
		case countLex.is("modifier", t):
			k++
		case isDigits(t) && (s.tok(k+1) == "year" || s.tok(k+1) == "years") && s.tok(k+2) == "old":
			k += 3
		case s.capital(k) && !countLex.is("rank", t) && !isDigits(t) && countLex.outcomes[t].form == "":
			k++
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
	for _, h := range countLex.hedgesFrom[s.tok(i)] {
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
	if (t == "a" || t == "an") && countLex.scales[s.tok(i+1)] > 0 && s.tok(i+1) != "million" {
		return countLex.scales[s.tok(i+1)], i + 2, true // "a dozen", "a hundred"
	}
	if t[0] >= '0' && t[0] <= '9' {
		return s.digitsAt(i)
	}
	n, ok := countLex.numbers[t]
	if !ok {
		return 0, i + 1, false
	}
	j := i + 1
	for j < len(s.toks) { // "twenty five", "two thousand", "three hundred", "two dozen"
		w := s.toks[j].Text
		if m, ok := countLex.scales[w]; ok {
			n = min(n*m, maxCount)
		} else if m, ok := countLex.numbers[w]; ok && m < 10 && n >= 20 && n%10 == 0 && n < 100 {
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
	if len(digits) == 4 && j == i+1 && n >= 1800 && n <= 2100 && (countLex.is("yearprep", s.tok(i-1)) || i == 0) {
		return 0, j, false // "in 2020"
	}
	if m, ok := countLex.scales[s.tok(j)]; ok && m >= 100 {
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
