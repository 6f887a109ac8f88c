package layers

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// CheckDate reports whether s is a real date in one of the forms a publication date takes once
// normalised: YYYY-MM-DD, YYYY-MM or YYYY. "2020-13-45" and "2021-02-30" are errors naming the
// date: nothing is rolled over into the next month or year. The empty string is no date, and
// no error.
func CheckDate(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	for _, layout := range []string{time.DateOnly, "2006-01", "2006"} {
		if len(s) != len(layout) {
			continue
		}
		if t, err := time.Parse(layout, s); err == nil && t.Format(layout) == s {
			return nil
		}
	}
	return fmt.Errorf("invalid date %q: want a real YYYY-MM-DD, YYYY-MM or YYYY", s)
}

// CheckPublished checks a publication date as an article or a request gives it: a date written
// in numbers that is not a real one ("2020-13-45") is an error naming it; any form NormalizeDate
// reads, and prose it cannot read (then the date is unknown), is not.
func CheckPublished(s string) error {
	if _, _, _, numeric, valid := dateParts(NormalizeDate(s)); numeric && !valid {
		return fmt.Errorf("invalid published date %q: no such day or month", strings.TrimSpace(s))
	}
	return nil
}

// dateParts reads a date written in numbers, "2021-06-20", "2021-6-1", "2021-06" or "2021":
// numeric is false for anything else; valid is false for a month or a day that does not exist.
func dateParts(s string) (y, m, d int, numeric, valid bool) {
	parts := strings.Split(strings.TrimSpace(s), "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return 0, 0, 0, false, false
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || p == "" || len(p) > 4 || p[0] == '+' || p[0] == '-' {
			return 0, 0, 0, false, false
		}
		n[i] = v
	}
	y, m, d = n[0], n[1], n[2]
	switch {
	case y < 1000:
		return y, m, d, true, false
	case len(parts) > 1 && (m < 1 || m > 12):
		return y, m, d, true, false
	case len(parts) > 2 && (d < 1 || d > time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()):
		return y, m, d, true, false
	}
	return y, m, d, true, true
}
