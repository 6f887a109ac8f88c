package layers

// When an event happened: the date a trigger takes from its sentence.

import (
	"regexp"
	"slices"
	"sort"
	"strings"
)

// when picks the date of a trigger: in its clause, the nearest date after it, else before it,
// that no other trigger stands between ("the intervention in Cyprus in 1974 and the operations in
// Iraq during the 1990s"); else any date of its clause or sentence; else the sentence's citation.
func (x *extraction) when(s *sentence, tr trigger, c0, c1 int, all []trigger) (When, bool) {
	d := x.doc
	tok := tr.tok
	at := d.Tokens[tok].Start
	clear := func(w When) bool {
		for _, o := range all {
			oat := d.Tokens[o.tok].Start
			if o.tok != tok && (at < oat && oat < w.Start || w.End <= oat && oat < at) {
				return false
			}
		}
		return true
	}
	lo, hi := d.Tokens[c0].Start, d.Tokens[c1-1].End
	serves := func(w When) bool {
		return servesTrigger(w, at, lo, hi, tr.typ) && !(w.Period && inAside(d.Text, s.Span, w.Start, at)) &&
			!x.placeAside(s, w.Start, at) && (tr.typ == TypeAgreement || !x.docDate(w))
	}
	pick := func(ok func(When) bool) (When, bool) {
		best, bestDist := When{}, -1
		for _, w := range s.dates {
			if !ok(w) || !serves(w) {
				continue
			}
			dist := w.Start - at
			if dist < 0 {
				dist = -dist
			}
			if bestDist < 0 || dist < bestDist {
				best, bestDist = w, dist
			}
		}
		return best, bestDist >= 0
	}
	inClause := func(w When) bool { return !w.Citation && w.Start >= lo && w.End <= hi }
	// "the next day", "two days later": from the last day named before this sentence
	if !s.relDone {
		s.rel, s.relOK = x.relativeDay(s)
		s.relDone = true
	}
	if w, ok := s.rel, s.relOK; ok && !slices.ContainsFunc(s.dates, func(w When) bool { return !w.Citation && serves(w) }) {
		return w, true
	}
	// in the clause, with no other trigger in between: the most precise date ("On July 20 … for
	// the second time this year"), after the trigger before one in front of it
	var best When
	bestKey := -1
	for _, w := range s.dates {
		if !inClause(w) || !clear(w) || !serves(w) {
			continue
		}
		key := datePrecisionRank(w.Precision) * 8
		if w.Start > at {
			key += 2
		}
		if !x.saidOn(w.Start) {
			key += 4 // "Sunday's strike …, officials said on Monday": the report's day comes last
		}
		if key > bestKey {
			best, bestKey = w, key
		}
	}
	if bestKey >= 0 {
		return best, true
	}
	for _, ok := range []func(When) bool{
		inClause,
		func(w When) bool { return !w.Citation },
		func(w When) bool { return w.Citation },
	} {
		if w, found := pick(ok); found {
			return w, true
		}
	}
	return When{}, false
}

// placeAside reports whether offset a lies in a relative clause about a place that offset at
// does not lie in: "struck positions near Manbij, which rebels took last week" dates the taking,
// not the strike; "the attack, which took place on Monday," is about the event and dates it.
func (x *extraction) placeAside(s *sentence, a, at int) bool {
	d := x.doc
	if !inAside(d.Text, s.Span, a, at) {
		return false
	}
	comma := s.Start + strings.LastIndexByte(d.Text[s.Start:a], ',')
	k := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > comma }) - 1
	if k < 0 || d.Tokens[k].End != comma || x.tokMention[k] < 0 {
		return false
	}
	for i := k + 1; i < s.t1 && d.Tokens[i].Start < a; i++ {
		if x.tokIn(i, "happen") {
			return false // "…, which took place on Monday,"
		}
	}
	return true
}

var reDayAfter = regexp.MustCompile(`\b(?:[Tt]he (next|following|same|previous) day|[Aa] day (later|earlier)|(two|three|four|five|six|\d) days (later|earlier))\b`)

// relativeDay resolves "the next day" and the like against the last day-precise date given in
// an earlier sentence of the same article.
func (x *extraction) relativeDay(s *sentence) (When, bool) {
	text := x.doc.Text[s.Start:s.End]
	if !strings.Contains(text, " day") { // every match of reDayAfter has one
		return When{}, false
	}
	m := reDayAfter.FindStringSubmatch(text)
	if m == nil {
		return When{}, false
	}
	var base When
	found := false
	for i := x.sentenceBefore(s.Start); i >= 0 && !found && i > x.sentenceBefore(s.Start)-maxLookBack; i-- {
		p := &x.sents[i]
		for k := len(p.dates) - 1; k >= 0; k-- {
			if p.dates[k].Precision == "day" && !p.dates[k].Citation {
				base, found = p.dates[k], true
				break
			}
		}
	}
	if !found {
		return When{}, false
	}
	n := 0
	switch {
	case m[1] == "next" || m[1] == "following" || m[2] == "later":
		n = 1
	case m[1] == "previous" || m[2] == "earlier":
		n = -1
	case m[3] != "":
		n = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}[m[3]]
		if n == 0 {
			n = int(m[3][0] - '0')
		}
		if m[4] == "earlier" {
			n = -n
		}
	}
	day := addDays(base.Date, n)
	return When{Date: day, Precision: "day", From: day, To: day}, true
}

// sentenceBefore is the index of the last sentence that starts before offset at, or -1.
func (x *extraction) sentenceBefore(at int) int {
	return sort.Search(len(x.sents), func(i int) bool { return x.sents[i].Start >= at }) - 1
}

// saidOn reports whether the date at offset a follows a reporting verb, "said on Monday",
// "told reporters Tuesday": the day of the report, not necessarily of the event.
func (x *extraction) saidOn(a int) bool {
	d := x.doc
	k := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= a }) - 1
	for n := 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		if x.tokIn(k, "report") {
			return true
		}
		if !x.tokIn(k, "report_gap") {
			return false
		}
	}
	return false
}
