package layers

import (
	"fmt"
	"regexp"
	"slices"
	"testing"
)

// The regexes the hand-written month readers replace, kept as their specification.
var (
	specMonthDay = regexp.MustCompile(`\b` + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`)
	specDayMonth = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRe + `\b(?:,?\s+(\d{4})\b)?`)
	specMonth    = regexp.MustCompile(`\b(?:((?:[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd of|[Bb]eginning of|[Ss]tart of|[Mm]iddle of)[\s-]+))?` + monthRe + `\b(?:\s+(?:of\s+)?(\d{4})\b)?`)
)

// TestMonthReadersMatchTheRegexes checks the month readers against the regexes on phrases as
// reporters write them: the same spans and groups.
func TestMonthReadersMatchTheRegexes(t *testing.T) {
	phrases := []string{
		"On November 28, 2020, four civilians were killed.",
		"On November 28 2020 they met.", "on Nov. 28th, the army", "Sept. 13 (Reuters)",
		"on 28 November, the", "the 28th of November 2020", "on 5 Jan 2021", "On 14 September 2022, forces",
		"in early November", "in mid-December 2020", "at the end of June", "by the beginning of March 2021",
		"in November of 2020", "in Martakert and Novkhani", "May 9 parade", "in May", "on 12 May, 2022",
		"the 1st of May", "late Monday, December 1", "between 3 and 5 October", "On 9-10 November",
		"121 November", "November 2020", "on Dec 31st", "in Jan.", "the June 2020 war",
		"TransMarch", "November’s vote", "éNovember 3", "in Aug. 2020, then on 2 August", "from July 12 through 00:40 July 13",
	}
	for _, p := range phrases {
		names := monthNames(p)
		for _, c := range []struct {
			re  *regexp.Regexp
			got [][]int
		}{{specMonthDay, monthDayMatches(p, names)}, {specDayMonth, dayMonthMatches(p, names)}, {specMonth, monthMatches(p, names)}} {
			want := c.re.FindAllStringSubmatchIndex(p, -1)
			if !sameMatches(p, want, c.got) {
				t.Errorf("%q with %s:\n got %v\nwant %v", p, c.re, show(p, c.got), show(p, want))
			}
		}
	}
}

// sameMatches compares the matches the regex finds with the readers', groups and all.
func sameMatches(s string, want, got [][]int) bool {
	return slices.EqualFunc(want, got, func(a, b []int) bool { return slices.Equal(a, b) })
}

func show(s string, ms [][]int) []string {
	var out []string
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%q", s[m[0]:m[1]]))
	}
	return out
}

// FuzzMonthReaders: any text, spans within it and ordered, never a panic.
func FuzzMonthReaders(f *testing.F) {
	f.Add("On November 28, 2020, in early May and the 3rd of Sept. 2021")
	f.Fuzz(func(t *testing.T, s string) {
		names := monthNames(s)
		for _, ms := range [][][]int{monthDayMatches(s, names), dayMonthMatches(s, names), monthMatches(s, names)} {
			for _, m := range ms {
				for i := 0; i+1 < len(m); i += 2 {
					if m[i] >= 0 && (m[i] > m[i+1] || m[i+1] > len(s)) {
						t.Fatalf("%q: bad span %v", s, m)
					}
				}
			}
		}
	})
}
