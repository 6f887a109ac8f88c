package layers

import (
	"fmt"
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

// CheckPublished is CheckDate for a publication date as given, in any form NormalizeDate reads
// ("2 January 2006", an RFC 3339 timestamp).
func CheckPublished(s string) error {
	return CheckDate(NormalizeDate(s))
}
