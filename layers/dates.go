package layers

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// When is a date the text gives, resolved against the article's publication date.
type When struct {
	Start, End int    // where the expression stands in the text
	Date       string // ISO 8601 as precise as known: 2020-11-28, 2021-08, 2020
	Precision  string // day, month or year
	From, To   string // full dates bounding it
	// Citation is true for a parenthesised source citation, "(Anadolu Agency, November 17)":
	// the date of the report, used only when the sentence gives no other.
	Citation bool
	// Period is true for a date that names a war or a period ("the 2020 war", "the war of
	// 2020"), Anchor for one that bounds something else ("since 2020", "after the 2020 war"),
	// During for one the clause sets its events in ("in the 2020 war", "during the 1990s").
	// PhraseEnd is where the phrase ends (its period noun), an offset like End.
	// Bound is a date that bounds a state ("deployed since 2015", "killed since last night"):
	// the event's date when the clause has no other, never the day a story is about.
	Period, Anchor, During, Bound bool
	PhraseEnd                     int
	// YearGuessed is a day or month whose year the text leaves out ("on Sept. 11"): the latest
	// one not after publication, unless its clause looks ahead (aheadDates).
	YearGuessed bool
}

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
	"jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

const monthRe = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`

var (
	// rePlainMonth is what may stand before a bare "May" or "March" to make it the month.
	rePlainMonth = regexp.MustCompile(`(?:\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Oo]f|[Ff]rom|[Dd]uring|[Ll]ast|[Tt]his|[Nn]ext|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)$`)
	reSeason     = regexp.MustCompile(`\b([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?(\d{4})\b`)
	reDecade     = regexp.MustCompile(`\b(1[89]\d0|20\d0)s\b`)
	reRelative   = regexp.MustCompile(`\b([Ll]ast|[Tt]his|[Pp]ast|[Pp]revious|[Nn]ext)\s+(year|month|week)\b|\b[Ee]arlier this (year|month)\b`)
	reCitation   = regexp.MustCompile(`\(([^()]{2,80}?),\s*` + monthRe + `\s+(\d{1,2})(?:,\s*(\d{4}))?(?:,\s*\d{1,2})*\)`)
	seasonRange  = map[string][2]int{"spring": {3, 5}, "summer": {6, 8}, "autumn": {9, 11}, "fall": {9, 11}, "winter": {12, 2}}
)

// published is an article's publication date, as precise as known.
type published struct {
	y, m, d int // 0 where unknown
}

// parsePublished reads a publication date; a date that is not a real one ("2020-13-45",
// "2021-02-30") is unknown, never rolled over into another.
func parsePublished(s string) published {
	y, m, d, numeric, valid := dateParts(s) // the usual case: already ISO, no layouts to try
	if !numeric {
		y, m, d, _, valid = dateParts(NormalizeDate(s))
	}
	if !valid {
		return published{}
	}
	return published{y, m, d}
}

// yearFor is the latest year in which month m (day d, 0 if unknown) is not after publication.
func (p published) yearFor(m, d int) int {
	if p.y == 0 {
		return 0
	}
	if p.m == 0 {
		return p.y
	}
	if m < p.m || m == p.m && (d == 0 || p.d == 0 || d <= p.d) {
		return p.y
	}
	return p.y - 1
}

// FindDates lists the dates in text[s.Start:s.End], resolved against the publication date.
func FindDates(text string, s Span, pub string) []When {
	return findDates(text, s, parsePublished(pub))
}

// findDates is FindDates with the publication date already read (once per article, not once
// per sentence).
func findDates(text string, s Span, p published) []When {
	seg := text[s.Start:s.End]
	// cheap tests first: most sentences have no month, no four-digit number, no relative word
	f := dateScreenOf().facts(seg)
	hasMonth := f.month
	hasYear := hasFourDigits(seg)
	hasSeason := hasYear && f.season
	hasRelative := f.relative
	hasWeekday := p.d != 0 && f.day // weekdays, "yesterday", "today"
	hasDays := p.y != 0 && f.days
	hasAgo := p.y != 0 && f.ago
	if !hasMonth && !hasYear && !hasRelative && !hasWeekday && !hasDays && !hasAgo {
		return nil
	}
	var out []When
	taken := make([]bool, len(seg))
	claim := func(a, b int) bool {
		for i := a; i < b; i++ {
			if taken[i] {
				return false
			}
		}
		for i := a; i < b; i++ {
			taken[i] = true
		}
		return true
	}
	add := func(a, b int, w When) {
		if w.Date == "" || !claim(a, b) {
			return
		}
		w.Start, w.End = s.Start+a, s.Start+b
		out = append(out, w)
	}
	for _, m := range matches(hasMonth && strings.Contains(seg, "("), reCitation, seg) {
		src := strings.ToLower(strings.TrimSpace(seg[m[2]:m[3]]))
		if strings.HasPrefix(src, "see ") || src == "see" {
			claim(m[0], m[1]) // a cross-reference, not a date of this report
			continue
		}
		w := dayDate(p, seg[m[4]:m[5]], seg[m[6]:m[7]], group(seg, m, 8))
		w.Citation = true
		add(m[0], m[1], w)
	}
	if hasYear && hasDigitJoin(seg) {
		findNumericDates(seg, add)
	}
	var names []monthAt
	if hasMonth {
		names = monthNames(seg)
	}
	for _, m := range monthDayMatches(seg, names) {
		w := dayDate(p, seg[m[2]:m[3]], seg[m[4]:m[5]], group(seg, m, 6))
		if a, b, ok := digitsAround(seg, m[5], 1, ""); ok { // "June 5-9": to the last day
			if we := dayDate(p, seg[m[2]:m[3]], seg[a:b], group(seg, m, 6)); we.To > w.To {
				w.To = we.To
			}
		}
		add(m[0], m[1], w)
	}
	for _, m := range dayMonthMatches(seg, names) {
		w := dayDate(p, seg[m[4]:m[5]], seg[m[2]:m[3]], group(seg, m, 6))
		if a, b, ok := digitsAround(seg, m[0], -1, seg[m[2]:m[3]]); ok { // "5-9 June", "7 and 8 June": from the first day
			if ws := dayDate(p, seg[m[4]:m[5]], seg[a:b], group(seg, m, 6)); ws.From != "" && ws.From < w.From {
				w.Date, w.From = ws.Date, ws.From
			}
		}
		add(m[0], m[1], w)
	}
	for _, m := range matches(hasSeason, reSeason, seg) {
		y, _ := strconv.Atoi(seg[m[4]:m[5]])
		r := seasonRange[strings.ToLower(seg[m[2]:m[3]])]
		from := time.Date(y, time.Month(r[0]), 1, 0, 0, 0, 0, time.UTC)
		endY := y
		if r[1] < r[0] {
			endY++
		}
		to := time.Date(endY, time.Month(r[1])+1, 0, 0, 0, 0, 0, time.UTC)
		add(m[0], m[1], When{Date: fmt.Sprintf("%04d", y), Precision: "year", From: from.Format(time.DateOnly), To: to.Format(time.DateOnly)})
	}
	for _, m := range monthMatches(seg, names) {
		name := seg[m[4]:m[5]]
		if name == "May" || name == "March" {
			// "May" and "March" are words too: only with a year, a qualifier or a preposition
			if group(seg, m, 6) == "" && group(seg, m, 2) == "" && !rePlainMonth.MatchString(seg[:m[0]]) {
				continue
			}
		}
		mo := months[strings.ToLower(strings.TrimSuffix(name, "."))]
		y := 0
		if ys := group(seg, m, 6); ys != "" {
			y, _ = strconv.Atoi(ys)
		} else {
			y = p.yearFor(mo, 0)
		}
		w := monthDate(y, mo)
		w.YearGuessed = group(seg, m, 6) == "" && w.Date != ""
		add(m[0], m[1], w)
	}
	for _, m := range matches(hasYear && strings.Contains(seg, "0s"), reDecade, seg) {
		y, _ := strconv.Atoi(seg[m[2]:m[3]])
		add(m[0], m[1], When{Date: fmt.Sprintf("%04d", y), Precision: "year", From: fmt.Sprintf("%04d-01-01", y), To: fmt.Sprintf("%04d-12-31", y+9)})
	}
	if hasWeekday {
		findWeekdays(seg, p, add)
	}
	if hasDays && f.dayWord {
		findDayWords(seg, p, add)
	}
	if hasAgo {
		findAgo(seg, p, add)
	}
	for _, m := range matches(hasRelative, reRelative, seg) {
		add(m[0], m[1], relative(p, strings.ToLower(seg[m[0]:m[1]])))
	}
	for _, m := range yearsIf(hasYear, seg) {
		// a year, not part of a number ("2,000") nor a count ("2010 troops" is rare; keep it)
		if m[0] > 0 && (seg[m[0]-1] == ',' || seg[m[0]-1] == '.') || eraLabel(seg, m[0], m[1]) {
			continue
		}
		y, _ := strconv.Atoi(seg[m[2]:m[3]])
		if p.y != 0 && y > p.y {
			continue
		}
		add(m[0], m[1], yearDate(y))
	}
	if len(out) > 0 {
		markPeriods(seg, s.Start, out)
	}
	return out
}

func group(s string, m []int, i int) string {
	if i+1 >= len(m) || m[i] < 0 {
		return ""
	}
	return s[m[i]:m[i+1]]
}

func dayDate(p published, month, day, year string) When {
	mo := months[strings.ToLower(strings.TrimSuffix(month, "."))]
	d, _ := strconv.Atoi(day)
	if mo == 0 || d < 1 || d > 31 {
		return When{}
	}
	y := 0
	if year != "" {
		y, _ = strconv.Atoi(year)
	} else {
		y = p.yearFor(mo, d)
	}
	if y == 0 {
		return When{}
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Month() != time.Month(mo) {
		return When{} // 31 June
	}
	s := t.Format(time.DateOnly)
	return When{Date: s, Precision: "day", From: s, To: s, YearGuessed: year == ""}
}

func monthDate(y, mo int) When {
	if y == 0 || mo == 0 {
		return When{}
	}
	from := time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
	to := from.AddDate(0, 1, -1)
	return When{Date: from.Format("2006-01"), Precision: "month", From: from.Format(time.DateOnly), To: to.Format(time.DateOnly)}
}

func yearDate(y int) When {
	if y == 0 {
		return When{}
	}
	return When{Date: fmt.Sprintf("%04d", y), Precision: "year", From: fmt.Sprintf("%04d-01-01", y), To: fmt.Sprintf("%04d-12-31", y)}
}

// relative resolves "last year", "this month", "last week" against publication.
func relative(p published, s string) When {
	if p.y == 0 {
		return When{}
	}
	f := strings.Fields(s)
	unit := f[len(f)-1]
	back := 0
	switch f[0] {
	case "last", "past", "previous":
		back = 1
	case "next":
		back = -1
	}
	switch unit {
	case "year":
		return yearDate(p.y - back)
	case "month":
		if p.m == 0 {
			return yearDate(p.y)
		}
		t := time.Date(p.y, time.Month(p.m)-time.Month(back), 1, 0, 0, 0, 0, time.UTC)
		return monthDate(t.Year(), int(t.Month()))
	case "week":
		if p.m == 0 {
			return yearDate(p.y)
		}
		if p.d == 0 {
			return monthDate(p.y, p.m)
		}
		t := time.Date(p.y, time.Month(p.m), p.d-7*back, 0, 0, 0, 0, time.UTC)
		return monthDate(t.Year(), int(t.Month()))
	}
	return When{}
}

// Citations lists the parenthesised source citations of a sentence: "(Anadolu Agency,
// November 17)", "(see EDM, August 14)".
func Citations(text string, s Span) []Span {
	seg := text[s.Start:s.End]
	if !strings.Contains(seg, "(") || !containsAny(seg, monthPrefixes) {
		return nil // every citation has both
	}
	var out []Span
	for _, m := range reCitation.FindAllStringIndex(seg, -1) {
		out = append(out, Span{s.Start + m[0], s.Start + m[1]})
	}
	return out
}

var (
	monthPrefixes = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	seasonParts   = []string{"pring", "ummer", "utumn", "all ", "inter"}
	relativeParts = []string{"ast ", "his ", "ext ", "revious "}
	relativeUnits = []string{"year", "month", "week"} // every match of reRelative ends in one
)

// matches runs re over seg only when the cheap test ok passed.
func matches(ok bool, re *regexp.Regexp, seg string) [][]int {
	if !ok {
		return nil
	}
	return re.FindAllStringSubmatchIndex(seg, -1)
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// hasDigitJoin reports whether s holds a digit, a hyphen or full stop, and a digit: every
// numeric date (2020-11-28, 28.11.2020) does.
func hasDigitJoin(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if (s[i] == '-' || s[i] == '.') && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) {
			return true
		}
	}
	return false
}

// hasFourDigits reports whether s holds a run of four digits (a year, perhaps).
func hasFourDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

var weekdays = map[string]time.Weekday{"Sunday": time.Sunday, "Monday": time.Monday, "Tuesday": time.Tuesday,
	"Wednesday": time.Wednesday, "Thursday": time.Thursday, "Friday": time.Friday, "Saturday": time.Saturday}

// weekday resolves "on Tuesday" to the latest Tuesday not after a day-precise publication date
// (news reports the week's events).
func weekday(p published, name string) When {
	if p.d == 0 {
		return When{}
	}
	t := time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC)
	back := (int(t.Weekday()) - int(weekdays[name]) + 7) % 7
	day := t.AddDate(0, 0, -back).Format(time.DateOnly)
	return When{Date: day, Precision: "day", From: day, To: day}
}

// digitsAround finds the other day of a range at offset at of seg: the one or two digits after
// a joiner there (dir 1: "June 5-9", "October 17 to 18" from the end of the first day) or before
// one (dir -1: "5-9 June", "between 17 and 18 October" from the start of the last day). A hyphen
// joins, and the words of time.tsv's dayrange family, with spaces around them or not; a word
// that must open the range need not when the first day is the one before last ("on 7 and 8 June").
func digitsAround(seg string, at, dir int, last string) (int, int, bool) {
	if dir > 0 {
		b, ok := joinAfter(seg, at)
		if !ok {
			return 0, 0, false
		}
		e := b
		for e < len(seg) && e-b < 2 && isDigitAt(seg, e) {
			e++
		}
		if e == b || isDigitAt(seg, e) || e < len(seg) && asciiWord(seg[e]) {
			return 0, 0, false
		}
		return b, e, true
	}
	a, opener, ok := joinBefore(seg, at)
	if !ok {
		return 0, 0, false
	}
	s := a
	for s > 0 && a-s < 2 && isDigitAt(seg, s-1) {
		s--
	}
	if s == a || isDigitAt(seg, s-1) || s > 0 && asciiWord(seg[s-1]) {
		return 0, 0, false
	}
	if opener != "" && !strings.HasSuffix(strings.ToLower(strings.TrimRight(seg[:s], " ")), opener) &&
		!nextDay(seg[s:a], last) {
		return 0, 0, false // "on 5 and 18 October": two days; but "on 7 and 8 June" runs over both
	}
	return s, a, true
}

// nextDay reports whether day b is the day after day a (both written in digits).
func nextDay(a, b string) bool {
	x, errA := strconv.Atoi(a)
	y, errB := strconv.Atoi(b)
	return errA == nil && errB == nil && y == x+1
}

func isDigitAt(seg string, i int) bool {
	return i >= 0 && i < len(seg) && seg[i] >= '0' && seg[i] <= '9'
}

// joinAfter is where the second day starts when a range's joiner stands at offset at.
func joinAfter(seg string, at int) (int, bool) {
	if at < len(seg) && seg[at] == '-' {
		return at + 1, true
	}
	rest := strings.TrimLeft(seg[at:], " ")
	spaced := len(rest) < len(seg)-at
	for _, j := range timeWords().dayRange {
		if j.opener != "" {
			continue // "between 17 and 18": only read backwards from the last day
		}
		after, ok := strings.CutPrefix(rest, j.word)
		if !ok {
			continue
		}
		next := strings.TrimLeft(after, " ")
		if asciiWord(j.word[0]) && (!spaced || len(next) == len(after)) {
			continue // a word joins with spaces round it
		}
		return len(seg) - len(next), true
	}
	return 0, false
}

// joinBefore is where the first day ends when a range's joiner ends just before offset at, and
// the word the range must open with.
func joinBefore(seg string, at int) (int, string, bool) {
	if at >= 2 && seg[at-1] == '-' {
		return at - 1, "", true
	}
	head := strings.TrimRight(seg[:at], " ")
	for _, j := range timeWords().dayRange {
		if !strings.HasSuffix(head, j.word) {
			continue
		}
		a := len(head) - len(j.word)
		if asciiWord(j.word[0]) && (head == seg[:at] || a == 0 || seg[a-1] != ' ') {
			continue
		}
		return len(strings.TrimRight(seg[:a], " ")), j.opener, true
	}
	return 0, "", false
}
