package layers

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The date forms reporters write relative to their article's date: weekdays ("said Sunday",
// "Tuesday's strikes"), days ("yesterday", "overnight"), and the marks that keep a year that
// names a war or a period ("since the 2020 war") from dating whatever else a sentence reports.

var (
	reAgo = regexp.MustCompile(`\b(\d{1,2}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)\s+(day|week|month|year)s?\s+ago\b`)
	// reNumericDate is a date written in numbers: ISO "2020-11-14", or day first "14.11.2020".
	reNumericDate = regexp.MustCompile(`\b(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))\b`)
	agoNumbers    = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
)

// findAgo adds "three days ago", "two weeks ago", "a year ago": counted back from the article's
// date, at the precision the unit allows (days: day; weeks and months: month; years: year).
func findAgo(seg string, p published, add func(a, b int, w When)) {
	for _, m := range reAgo.FindAllStringSubmatchIndex(seg, -1) {
		num := strings.ToLower(seg[m[2]:m[3]])
		n, ok := agoNumbers[num]
		if !ok {
			n, _ = strconv.Atoi(num)
		}
		add(m[0], m[1], ago(p, n, seg[m[4]:m[5]]))
	}
}

func ago(p published, n int, unit string) When {
	switch {
	case p.y == 0 || n <= 0:
		return When{}
	case unit == "year":
		return yearDate(p.y - n)
	case p.m == 0:
		return When{}
	case unit == "month":
		t := time.Date(p.y, time.Month(p.m)-time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return monthDate(t.Year(), int(t.Month()))
	case p.d == 0:
		return When{} // days or weeks before a month: which month is unknown
	case unit == "day":
		return dayOffset(p, -n)
	}
	t := time.Date(p.y, time.Month(p.m), p.d-7*n, 0, 0, 0, 0, time.UTC)
	return monthDate(t.Year(), int(t.Month()))
}

// findNumericDates adds dates written in numbers, "2020-11-14" and "14.11.2020"; one that does
// not exist is none.
func findNumericDates(seg string, add func(a, b int, w When)) {
	for _, m := range reNumericDate.FindAllStringSubmatchIndex(seg, -1) {
		var y, mo, d string
		if m[2] >= 0 {
			y, mo, d = seg[m[2]:m[3]], seg[m[4]:m[5]], seg[m[6]:m[7]]
		} else {
			d, mo, y = seg[m[8]:m[9]], seg[m[10]:m[11]], seg[m[12]:m[13]]
		}
		yy, mm, dd, _, valid := dateParts(y + "-" + mo + "-" + d)
		if !valid {
			continue
		}
		day := time.Date(yy, time.Month(mm), dd, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		add(m[0], m[1], When{Date: day, Precision: "day", From: day, To: day})
	}
}

// findWeekdays adds each weekday name that stands as a date: after a preposition or a verb
// ("on Tuesday", "said Sunday", "shelled Monday"), or before a part of the day or a possessive
// ("Tuesday night", "Monday's strikes"); not in a name ("Bloody Sunday") nor ahead ("next Friday").
func findWeekdays(seg string, p published, add func(a, b int, w When)) {
	lx := timeWords()
	for _, m := range weekdayNameMatches(seg) {
		prev, prevCap := wordBefore(seg, m[0])
		next := wordAfter(seg, m[1])
		ok := lx.weekdayBefore[prev] || !prevCap && len(prev) > 3 && strings.HasSuffix(prev, "ed") || lx.weekdayAfter[next]
		if prevCap && !lx.weekdayBefore[prev] || prev == "next" || prev == "every" {
			ok = false
		}
		if m[4] == 1 && !lx.weekdayBefore[prev] {
			ok = false // agency English's "on saturday": lower case only after a preposition
		}
		if ok {
			add(m[0], m[1], weekday(p, weekdayList[m[5]]))
		}
	}
}

// weekdayNameMatches finds the weekday names of seg as whole words, in text order, laid out as
// the regex \b(Monday|…|Sunday)\b's FindAllStringSubmatchIndex would give them (found with strings.Index: the
// regex's alternation tried every byte).
// Two more fields follow: 1 if the name is written in lower case, and its index in weekdayList.
func weekdayNameMatches(seg string) [][]int {
	var out [][]int
	for k, name := range weekdayList {
		for lower, n := range []string{name, weekdayLower[k]} {
			for off := 0; ; {
				i := strings.Index(seg[off:], n)
				if i < 0 {
					break
				}
				i += off
				off = i + len(n)
				if i > 0 && asciiWord(seg[i-1]) || off < len(seg) && asciiWord(seg[off]) {
					continue
				}
				out = append(out, []int{i, off, i, off, lower, k})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

var weekdayList = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// weekdayLower holds weekdayList in lower case, as agency English sometimes writes it.
var weekdayLower = func() []string {
	out := make([]string, len(weekdayList))
	for i, n := range weekdayList {
		out[i] = strings.ToLower(n)
	}
	return out
}()

// wordBefore returns the word before offset at, in lower case, and whether it was capitalised
// (not counting the first word of a sentence, which is, and says nothing).
func wordBefore(s string, at int) (string, bool) {
	j := at
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	i := j
	for i > 0 && isWordByte(s[i-1]) && s[i-1] < 0x80 {
		i--
	}
	if i == j {
		return "", false
	}
	w := s[i:j]
	k := i
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	first := k == 0 || strings.ContainsRune(".!?\n\"“(—–-:", rune(s[k-1]))
	return strings.ToLower(w), !first && w[0] >= 'A' && w[0] <= 'Z'
}

// wordAfter returns the word after offset at in lower case; a possessive is "'s" or "’s".
func wordAfter(s string, at int) string {
	rest := s[at:]
	for _, poss := range []string{"'s", "’s"} {
		if strings.HasPrefix(rest, poss) && (len(rest) == len(poss) || !isWordByte(rest[len(poss)])) {
			return poss
		}
	}
	rest = strings.TrimLeft(rest, " -")
	n := 0
	for n < len(rest) && isWordByte(rest[n]) && rest[n] < 0x80 {
		n++
	}
	return strings.ToLower(rest[:n])
}

// findDayWords adds "yesterday", "overnight", "last night" … as days counted from the article's
// date; with no day-precise article date, its month or year.
func findDayWords(seg string, p published, add func(a, b int, w When)) {
	for _, d := range timeWords().days {
		if !strings.Contains(seg, d.phrase[1:]) {
			continue
		}
		for _, m := range findPhrase(seg, d.phrase) {
			add(m[0], m[1], dayOffset(p, d.offset))
		}
	}
}

// dayOffset is the article's day moved by n days, as precise as the article's date allows.
func dayOffset(p published, n int) When {
	switch {
	case p.y == 0:
		return When{}
	case p.m == 0:
		return yearDate(p.y)
	case p.d == 0:
		return monthDate(p.y, p.m)
	}
	t := time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n).Format(time.DateOnly)
	return When{Date: t, Precision: "day", From: t, To: t}
}

// markPeriods flags the dates of seg that name a war or a period ("the 2020 war", "the 1990s
// conflict", "the war of 2020": Period) or bound something else ("since 2020", "after the 2020
// war": Anchor), and where the phrase ends (PhraseEnd, an offset in the text like Start).
func markPeriods(seg string, base int, ws []When) {
	lx := timeWords()
	for i := range ws {
		w := &ws[i]
		a, b := w.Start-base, w.End-base
		w.PhraseEnd = w.End
		// "the 2020 war", "the November 10 ceasefire", "the 2020 Karabakh war"
		for k, wd := range nextWords(seg[b:], 3) {
			if lx.period[wd.w] {
				w.Period, w.PhraseEnd = true, w.End+wd.end
				break
			}
			if k >= 1 || !wd.cap {
				break // one name may stand between
			}
		}
		// "the war of 2020"
		before := strings.TrimRight(seg[:a], " ")
		if strings.HasSuffix(before, " of") {
			if prev, _ := wordBefore(before, len(before)-3); lx.period[prev] {
				w.Period = true
			}
		}
		// "since 2020", "after the 2020 war", "ahead of the November 10 ceasefire"
		lead := strings.TrimRight(seg[max(0, a-24):a], " ") // the few words before it
		lead = strings.ToLower(strings.TrimSuffix(lead, " the"))
		for _, an := range lx.anchors {
			if strings.HasSuffix(lead, an.phrase) && (len(lead) == len(an.phrase) || !isWordByte(lead[len(lead)-len(an.phrase)-1])) {
				w.Anchor = w.Period || !an.state
				w.Bound = !w.Anchor
			}
		}
		if !w.Anchor {
			w.During = strings.HasSuffix(lead, " in") || strings.HasSuffix(lead, " during") || lead == "in" || lead == "during"
		}
	}
}

type wordAt struct {
	w   string // lower case
	end int
	cap bool
}

// nextWords returns up to n words at the start of s, joined by spaces or hyphens only.
func nextWords(s string, n int) []wordAt {
	var out []wordAt
	i := 0
	for len(out) < n {
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '-') {
			j++
		}
		if j == i && i > 0 || j >= len(s) {
			return out
		}
		k := j
		for k < len(s) && isWordByte(s[k]) && s[k] < 0x80 {
			k++
		}
		if k == j {
			return out
		}
		out = append(out, wordAt{strings.ToLower(s[j:k]), k, s[j] >= 'A' && s[j] <= 'Z'})
		i = k
	}
	return out
}

// servesTrigger reports whether a date may date the event of a trigger at offset at of type
// typ, the trigger's clause spanning [lo, hi): a period's or an anchor's date dates only an event
// that lies in its phrase ("the 2020 fighting"), and a war's date the clashes its clause sets in
// it ("drones struck … during the 2020 war"), nothing else the sentence reports ("Azerbaijan,
// which won the 2020 war, shelled Tegh").
func servesTrigger(w When, at, lo, hi int, typ string) bool {
	if !w.Period && !w.Anchor {
		return true
	}
	if at >= w.Start && at < w.PhraseEnd {
		return true
	}
	return w.Period && !w.Anchor && w.During && typ == TypeClash && w.Start >= lo && w.End <= hi
}
