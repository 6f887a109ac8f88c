package layers

import (
	"strings"
	"time"
)

// Dates of what is still to come. "Sept. 11 to 20" with no year, in an article of 10 September
// 2023, is the September just past when it reports what happened, and the one ahead when its
// clause looks forward: "the exercise, which will be held … from Sept. 11 to 20".

// aheadDates moves each date of sentence s whose year the text left out, that a word of the
// lexicon class expected ("will", "scheduled", "plans") introduces in its clause and that the
// year-guess put before publication, to the next year: the next such day, not the last. A
// citation's date is when a source reported, never ahead.
func (x *extraction) aheadDates(s *sentence, pub published) {
	if pub.y == 0 {
		return
	}
	today := time.Date(pub.y, time.Month(max(pub.m, 1)), max(pub.d, 1), 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
	for i := range s.dates {
		w := &s.dates[i]
		if !w.YearGuessed || w.Citation || w.To >= today || !x.expectedBefore(s, w.Start) {
			continue
		}
		*w = nextYear(*w)
	}
}

// expectedBefore reports whether a word of class expected stands before offset at in its
// clause: back to the sentence's start or the nearest comma, semicolon or dash.
func (x *extraction) expectedBefore(s *sentence, at int) bool {
	d := x.doc
	expected := x.cls.ref("expected")
	i := s.t0
	for i < s.t1 && d.Tokens[i].End <= at {
		i++
	}
	for k := i - 1; k >= s.t0; k-- {
		if x.cls.is(k, expected) {
			return true
		}
		if k > s.t0 && strings.ContainsAny(d.Text[d.Tokens[k-1].End:d.Tokens[k].Start], ",;—") {
			return false
		}
	}
	return false
}

// nextYear is w a year later (a day or month date; 29 February becomes 1 March).
func nextYear(w When) When {
	shift := func(s string) string {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return s
		}
		return t.AddDate(1, 0, 0).Format(time.DateOnly)
	}
	w.From, w.To = shift(w.From), shift(w.To)
	switch w.Precision {
	case "day":
		w.Date = w.From
	case "month":
		w.Date = w.From[:7]
	}
	w.YearGuessed = false
	return w
}
