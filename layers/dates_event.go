package layers

import (
	"slices"
	"sort"
	"strings"
)

// date_source: where an event's date comes from (SCHEMA.md additions).
const (
	DateSourceText      = "text"      // a date written in the sentence
	DateSourceDateline  = "dateline"  // the article's dateline
	DateSourcePublished = "published" // the publication day, taken as the report's date
	DateSourceNone      = "none"      // no date
)

// timing: whether the article reports an event as news or recalls it.
const (
	TimingNews       = "news"
	TimingBackground = "background"
)

// backgroundDays is how long before its article's date an event must end to be background.
const backgroundDays = 60

// dateRef is an article's own date: its dateline's, else its publication date's.
type dateRef struct {
	pub      string // what relative dates resolve against: the dateline's day or the published date
	w        When   // that date as a When, as precise as known; Date "" when the article has none
	source   string // DateSourceDateline or DateSourcePublished
	dateline When   // the dateline's date and where it stands; Date "" if none
	oldEnd   string // an event ending before this day is background
}

func articleDate(text, published string) dateRef {
	r := dateRef{pub: published, source: DateSourcePublished}
	if dl, ok := FindDateline(text, published); ok {
		r.dateline, r.pub, r.source = dl, dl.Date, DateSourceDateline
	}
	r.w = dayOffset(parsePublished(r.pub), 0)
	if r.w.From != "" {
		r.oldEnd = addDays(r.w.From, -backgroundDays)
	}
	return r
}

// sentenceDates are the dates of a sentence but the dateline's own, which dates the article.
func (r *dateRef) sentenceDates(ws []When) []When {
	if r.dateline.Date == "" {
		return ws
	}
	out := ws[:0]
	for _, w := range ws {
		if w.End <= r.dateline.Start || w.Start >= r.dateline.End {
			out = append(out, w)
		}
	}
	return out
}

// old reports whether a date range ends over backgroundDays before the article's date.
func (r *dateRef) old(end string) bool {
	return end != "" && r.oldEnd != "" && end < r.oldEnd
}

// timing decides whether the event of a trigger is news or background: background when its
// own date is old, or, with no recent date of its own, when its clause recalls the past ("back
// in", "years ago", "since the 2020 war", "in the 2020 war").
func (x *extraction) timing(s *sentence, tok, c0, c1 int, w When, dated bool) string {
	if dated {
		if x.ref.old(w.To) {
			return TimingBackground
		}
		return TimingNews
	}
	d := x.doc
	lo, hi := d.Tokens[c0].Start, d.Tokens[c1-1].End
	at := d.Tokens[tok].Start
	for _, o := range s.dates {
		if o.Start >= lo && o.End <= hi && (o.Period && o.During || o.Anchor) && x.ref.old(o.To) && !inAside(d.Text, s.Span, o.Start, at) {
			return TimingBackground
		}
	}
	clause := strings.ToLower(d.Text[lo:hi])
	for _, h := range timeWords().history {
		if strings.Contains(clause, h) && len(findPhrase(clause, h)) > 0 {
			return TimingBackground
		}
	}
	if x.recalled(s, lo, at) {
		return TimingBackground
	}
	return TimingNews
}

// recalled reports whether the trigger at offset at stands in a clause opened by a recall word
// (time.tsv) between lo and it, with no comma or date in between: "… has been based in Port
// Sudan since the RSF overran most of Khartoum", not "since Tuesday, forces have shelled …".
func (x *extraction) recalled(s *sentence, lo, at int) bool {
	before := x.doc.Text[lo:at] // not lower-cased: the offsets must be the text's (findPhrase takes "Since" too)
	for _, w := range timeWords().recall {
		offs := findPhrase(before, w)
		if len(offs) == 0 {
			continue
		}
		from := lo + offs[len(offs)-1][1]
		if strings.ContainsAny(x.doc.Text[from:at], ",;") {
			continue
		}
		if !slices.ContainsFunc(s.dates, func(d When) bool { return d.Start >= from && d.Start < at }) {
			return true
		}
	}
	return false
}

// inAside reports whether offset a lies in a relative clause set off by commas that offset at
// does not lie in: "Azerbaijan, which won the 2020 war, shelled Tegh".
func inAside(text string, s Span, a, at int) bool {
	from := strings.LastIndexByte(text[s.Start:a], ',')
	if from < 0 {
		return false
	}
	from += s.Start
	to := strings.IndexByte(text[a:s.End], ',')
	closed := to >= 0
	if to < 0 {
		to = s.End
	} else {
		to += a
	}
	if at > from && at < to {
		return false
	}
	w := wordAfter(text[:to], from+1)
	// "its base in Gyumri, established in 1995, and the contingent …": a participle's aside
	// closed by a comma dates what comes before it, not what follows
	if closed && len(w) > 4 && strings.HasSuffix(w, "ed") && at >= to {
		return true
	}
	return w == "which" || w == "who" || w == "where" || w == "whose" || w == "when"
}

// settleDates gives each merged event of an article its timing and date source: news reported
// with no written date takes the article's date (dateline, else publication) at that date's
// precision; a recollection or a plan with no date of its own stays undated. Newest first.
func (x *extraction) settleDates(evs []Event) {
	for i := range evs {
		e := &evs[i]
		if x.ref.old(e.DateEnd) {
			e.Timing = TimingBackground
		}
		if e.Timing == "" {
			e.Timing = TimingNews
		}
		switch {
		case e.DateStart != "":
			e.DateSource = orDefault(e.DateSource, DateSourceText)
		case e.Timing == TimingNews && orDefault(e.Modality, "reported") == "reported" && x.ref.w.Date != "":
			w, src := x.ref.w, x.ref.source
			if len(e.Sources) > 0 {
				if d, ok := x.storyDay(e.Sources[0].Start); ok {
					w, src = d, DateSourceText // the day the story's lede gave ("clashes broke out on Sunday")
				}
			}
			e.Date, e.DatePrecision, e.DateStart, e.DateEnd = w.Date, w.Precision, w.From, w.To
			e.DateSource = src
		default:
			e.DateSource, e.DatePrecision = DateSourceNone, "unknown"
		}
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].DateEnd > evs[j].DateEnd })
}

// storyDayWindow is how many days before its article's date a day named earlier in the article
// may be and still date the undated news after it.
const storyDayWindow = 7

// storyDay is the day a news story is about, for a sentence at offset at that gives no date:
// the last day-precise date written before it (not a citation's), if it is one of the week up
// to the article's date. Reporters name the day once, in the lede, and not again.
func (x *extraction) storyDay(at int) (When, bool) {
	ref := x.ref.w
	if ref.Precision != "day" {
		return When{}, false
	}
	lo := addDays(ref.From, -storyDayWindow)
	for i := x.sentenceBefore(at); i >= 0; i-- {
		s := &x.sents[i]
		for k := len(s.dates) - 1; k >= 0; k-- {
			w := s.dates[k]
			if w.Citation || w.Precision != "day" || w.Period || w.Anchor || w.Bound || x.docDate(w) {
				continue // a date that bounds something ("killed since last night") or names a document
			}
			if w.From >= lo && w.From <= ref.From {
				return w, true
			}
			return When{}, false // the story has moved to another time
		}
	}
	return When{}, false
}

// docDate reports whether date w names a document's or a deal's day: "the statement of 9
// November 2020" (time.tsv's docdate family).
func (x *extraction) docDate(w When) bool {
	t := strings.TrimRight(x.doc.Text[max(0, w.Start-48):w.Start], " ")
	rest, ok := strings.CutSuffix(t, " of")
	if !ok {
		return false
	}
	i := strings.LastIndexAny(rest, " (\n")
	return timeWords().docDate[strings.ToLower(rest[i+1:])]
}

// takesDate reports whether merging src into dst should give dst src's date: a date written in
// a text beats a dateline's or a publication's; then the more precise date wins.
func takesDate(dst, src *Event) bool {
	if src.DateStart == "" {
		return false
	}
	if dst.DateStart == "" {
		return true
	}
	if a, b := dateSourceRank(src.DateSource), dateSourceRank(dst.DateSource); a != b {
		return a > b
	}
	return datePrecisionRank(src.DatePrecision) > datePrecisionRank(dst.DatePrecision)
}

func dateSourceRank(s string) int {
	switch s {
	case DateSourceText, "": // "": stored before date_source existed, when every date was written
		return 2
	case DateSourceDateline, DateSourcePublished:
		return 1
	}
	return 0
}

// mergeTiming: an event one report tells as news is news.
func mergeTiming(dst, src *Event) {
	if dst.Timing == TimingBackground && src.Timing != "" || dst.Timing == "" {
		dst.Timing = src.Timing
	}
}

// DateSourceOrDefault is the event's date_source; for an event stored before it existed, text
// when it has a date (every date then was written) and none when it has not.
func (e *Event) DateSourceOrDefault() string {
	if e.DateSource != "" {
		return e.DateSource
	}
	if e.DateStart != "" || e.Date != "" {
		return DateSourceText
	}
	return DateSourceNone
}

// TimingOrDefault is the event's timing, news when unknown.
func (e *Event) TimingOrDefault() string { return orDefault(e.Timing, TimingNews) }

// reportDated reports whether an event's date is its report's (dateline or publication), not
// one the text gives: the event happened on that day or before it.
func reportDated(e *Event) bool {
	return e.DateSource == DateSourcePublished || e.DateSource == DateSourceDateline
}
