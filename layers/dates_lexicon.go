package layers

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"

	"conflictmap/data"
)

// timeLexicon is data/lexicon/time.tsv: the words that date an event relative to its article.
type timeLexicon struct {
	days          []dayWord       // "yesterday" -1, "overnight" 0
	weekdayBefore map[string]bool // "said" Sunday, "on" Tuesday
	weekdayAfter  map[string]bool // Tuesday "night", Monday "'s"
	period        map[string]bool // the 2020 "war"
	anchors       []anchorWord    // "after" 2020, "since" the 2020 war
	history       []string        // "back in", "years ago"
	recall        []string        // "since" the RSF overran Khartoum
	dayRange      []rangeJoin     // 17 "to" 18 October
	docDate       map[string]bool // the trilateral "statement" of 9 November 2020
}

// rangeJoin joins the days of a range; opener, if set, must stand before the first day.
type rangeJoin struct{ word, opener string }

type anchorWord struct {
	phrase string
	state  bool // "since": bounds a state, the event's own date when no period follows
}

type dayWord struct {
	phrase string
	offset int
}

var (
	timeLexOnce sync.Once
	timeLex     *timeLexicon
)

// timeWords returns the embedded time lexicon; a malformed file is a build error, caught by
// the tests, so it panics.
func timeWords() *timeLexicon {
	timeLexOnce.Do(func() {
		lx, err := loadTimeLexicon(data.FS, "lexicon/time.tsv")
		if err != nil {
			panic(err)
		}
		timeLex = lx
	})
	return timeLex
}

func loadTimeLexicon(fsys fs.FS, name string) (*timeLexicon, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("layers: %w", err)
	}
	lx := &timeLexicon{weekdayBefore: map[string]bool{}, weekdayAfter: map[string]bool{}, period: map[string]bool{}, docDate: map[string]bool{}}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || strings.TrimSpace(f[1]) == "" {
			return nil, fmt.Errorf("layers: %s:%d: want family<TAB>phrase[<TAB>value]", name, n)
		}
		phrase := strings.TrimSpace(f[1])
		switch f[0] {
		case "day":
			v, err := strconv.Atoi(strings.TrimSpace(f[len(f)-1]))
			if len(f) < 3 || err != nil {
				return nil, fmt.Errorf("layers: %s:%d: a day word needs an offset in days", name, n)
			}
			lx.days = append(lx.days, dayWord{phrase, v})
		case "weekday_before":
			lx.weekdayBefore[phrase] = true
		case "weekday_after":
			lx.weekdayAfter[phrase] = true
		case "period":
			lx.period[phrase] = true
		case "anchor":
			lx.anchors = append(lx.anchors, anchorWord{phrase, len(f) > 2 && strings.TrimSpace(f[2]) == "state"})
		case "history":
			lx.history = append(lx.history, phrase)
		case "recall":
			lx.recall = append(lx.recall, phrase)
		case "docdate":
			lx.docDate[phrase] = true
		case "dayrange":
			j := rangeJoin{word: phrase}
			if len(f) > 2 {
				j.opener = strings.TrimSpace(f[2])
			}
			lx.dayRange = append(lx.dayRange, j)
		default:
			return nil, fmt.Errorf("layers: %s:%d: unknown family %q", name, n, f[0])
		}
	}
	return lx, sc.Err()
}

// findPhrase returns the offsets of each whole-word occurrence of a lower-case phrase in s,
// its first letter in either case ("Overnight", "overnight").
func findPhrase(s, phrase string) [][2]int {
	var out [][2]int
	tail := phrase[1:]
	for from := 0; ; {
		k := strings.Index(s[from:], tail)
		if k < 0 {
			return out
		}
		at := from + k - 1
		from += k + 1
		if at < 0 || s[at]|0x20 != phrase[0] {
			continue
		}
		end := at + len(phrase)
		if at > 0 && isWordByte(s[at-1]) || end < len(s) && isWordByte(s[end]) {
			continue
		}
		out = append(out, [2]int{at, end})
	}
}

// hasPhraseFold reports whether s holds the phrase as whole words, in any case.
func hasPhraseFold(s, phrase string) bool {
	return len(findPhrase(strings.ToLower(s), phrase)) > 0
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 0x80
}
