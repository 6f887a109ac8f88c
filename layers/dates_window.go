package layers

import (
	"strings"
)

// The month expressions — "November 28, 2020", "28th of November", "early November 2020" — are
// read by hand at each month name rather than by regexes run over the whole sentence: the
// backtracking matcher would try its alternation of month names at every byte, and date finding
// was half of extraction's time. Each function returns index slices laid out as
// FindAllStringSubmatchIndex's would be for reMonthDay, reDayMonth and reMonth.

// monthAt is a month name found in a sentence: [start, end) without a trailing dot, dot the end
// with one ("Sept."), or end.
type monthAt struct{ start, end, dot int }

// monthNames lists the month names of seg, as written with a capital ("November", "Nov", "Sept.").
func monthNames(seg string) []monthAt {
	var out []monthAt
	for _, p := range monthPrefixes {
		for off := 0; ; {
			i := strings.Index(seg[off:], p)
			if i < 0 {
				break
			}
			i += off
			off = i + len(p)
			if i > 0 && asciiWord(seg[i-1]) {
				continue // "TransMar"
			}
			e := i + len(p)
			for e < len(seg) && asciiWord(seg[e]) {
				e++
			}
			name := seg[i:e]
			if months[strings.ToLower(name)] == 0 || strings.ToLower(name[1:]) != name[1:] {
				continue // "Martakert", "MAY"
			}
			m := monthAt{i, e, e}
			if e < len(seg) && seg[e] == '.' && len(name) <= 4 && name != "May" {
				m.dot = e + 1
			}
			out = append(out, m)
		}
	}
	// in text order, as a regex would find them
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].start < out[j-1].start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// spaces returns the end of a run of white space starting at i (i when there is none).
func spaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f') {
		i++
	}
	return i
}

// dayAfter reads "28", "28th" at i followed by a word boundary; it returns the digits' end and
// the whole end.
func dayAfter(s string, i int) (digits, end int, ok bool) {
	j := i
	for j < len(s) && j-i < 3 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == i || j-i > 2 {
		return 0, 0, false
	}
	k := j
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(s[j:], suf) {
			k = j + 2
			break
		}
	}
	if k < len(s) && asciiWord(s[k]) {
		if k == j {
			return 0, 0, false
		}
		k = j // "1stly": the suffix does not stand alone; the digits must
		if k < len(s) && asciiWord(s[k]) {
			return 0, 0, false
		}
	}
	return j, k, true
}

// yearAfter reads ",? YYYY" (withComma) or " YYYY" at i; it returns the year's span.
func yearAfter(s string, i int, withComma, of bool) (a, b int, ok bool) {
	j := i
	if withComma && j < len(s) && s[j] == ',' {
		j++
	}
	k := spaces(s, j)
	if k == j {
		return 0, 0, false
	}
	if of && strings.HasPrefix(s[k:], "of") {
		if k2 := spaces(s, k+2); k2 > k+2 {
			k = k2
		}
	}
	if k+4 > len(s) || (k+4 < len(s) && asciiWord(s[k+4])) {
		return 0, 0, false
	}
	for _, c := range []byte(s[k : k+4]) {
		if c < '0' || c > '9' {
			return 0, 0, false
		}
	}
	return k, k + 4, true
}

// monthDayMatches finds "November 28", "Nov. 28th, 2020" (reMonthDay).
func monthDayMatches(seg string, names []monthAt) [][]int {
	var out [][]int
	for _, m := range names {
		j := spaces(seg, m.dot)
		if j == m.dot {
			continue
		}
		de, end, ok := dayAfter(seg, j)
		if !ok {
			continue
		}
		r := []int{m.start, end, m.start, m.dot, j, de, -1, -1}
		if ya, yb, ok := yearAfter(seg, end, true, false); ok {
			r[1], r[6], r[7] = yb, ya, yb
		}
		out = append(out, r)
	}
	return out
}

// dayMonthMatches finds "28 November", "28th of November 2020" (reDayMonth).
func dayMonthMatches(seg string, names []monthAt) [][]int {
	var out [][]int
	for _, m := range names {
		i := m.start
		k := i
		for k > 0 && (seg[k-1] == ' ' || seg[k-1] == '\t' || seg[k-1] == '\n') {
			k--
		}
		if k == i {
			continue
		}
		if k >= 2 && seg[k-2:k] == "of" && (k < 3 || !asciiWord(seg[k-3])) {
			k2 := k - 2
			for k2 > 0 && seg[k2-1] == ' ' {
				k2--
			}
			if k2 < k-2 {
				k = k2
			}
		}
		de := k
		if k >= 2 {
			switch seg[k-2 : k] {
			case "st", "nd", "rd", "th":
				if k >= 3 && seg[k-3] >= '0' && seg[k-3] <= '9' {
					de = k - 2
				}
			}
		}
		ds := de
		for ds > 0 && de-ds < 3 && seg[ds-1] >= '0' && seg[ds-1] <= '9' {
			ds--
		}
		if ds == de || de-ds > 2 || ds > 0 && asciiWord(seg[ds-1]) {
			continue
		}
		r := []int{ds, m.end, ds, de, m.start, m.end, -1, -1}
		if ya, yb, ok := yearAfter(seg, m.end, true, false); ok {
			r[1], r[6], r[7] = yb, ya, yb
		}
		out = append(out, r)
	}
	return out
}

// monthQualifiers may stand before a month name: "early November", "end of November".
var monthQualifiers = []string{"early", "mid", "late", "end of", "beginning of", "start of", "middle of"}

// monthMatches finds "November", "early November", "November of 2020" (reMonth).
func monthMatches(seg string, names []monthAt) [][]int {
	var out [][]int
	for _, m := range names {
		r := []int{m.start, m.end, -1, -1, m.start, m.end, -1, -1}
		// the qualifier: "early " or "mid-" before the name
		k := m.start
		for k > 0 && (seg[k-1] == ' ' || seg[k-1] == '-' || seg[k-1] == '\t') {
			k--
		}
		if k < m.start {
			for _, q := range monthQualifiers {
				a := k - len(q)
				if a >= 0 && strings.EqualFold(seg[a:a+1], q[:1]) && seg[a+1:k] == q[1:] && (a == 0 || !asciiWord(seg[a-1])) {
					r[0], r[2], r[3] = a, a, m.start
					break
				}
			}
		}
		if ya, yb, ok := yearAfter(seg, m.end, false, true); ok {
			r[1], r[6], r[7] = yb, ya, yb
		}
		out = append(out, r)
	}
	return out
}

// asciiWord reports whether c is an ASCII letter, digit or underscore: what a regex's \b takes
// for a word character ("November’s" ends at the apostrophe).
func asciiWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}
