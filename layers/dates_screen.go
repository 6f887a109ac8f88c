package layers

import "sync"

// dateScreen answers findDates' cheap questions of a sentence (does it hold a month's name, a
// relative word, "day", a day word of the time lexicon …) in one pass: the substrings are those
// the regexps and scanners after it need, read from the same lists.
type dateScreen struct {
	set                                      *substrSet
	month, season, relPart, relUnit, dayWord substrBits
	day, night, this, evening, hours, ago    substrBits
}

// dateFacts is what a sentence holds of the screen's substrings.
type dateFacts struct {
	month, season, relative, day, dayWord, days, ago bool
}

var (
	dateScreenOnce sync.Once
	dateScr        *dateScreen
)

// dateScreenOf builds the screen once, from the month prefixes, season and relative words and
// the time lexicon's day words.
func dateScreenOf() *dateScreen {
	dateScreenOnce.Do(func() {
		var subs []string
		group := func(words ...string) substrBits {
			m := substrRange(len(subs), len(words))
			subs = append(subs, words...)
			return m
		}
		sc := &dateScreen{}
		sc.month = group(monthPrefixes...)
		sc.season = group(seasonParts...)
		sc.relPart = group(relativeParts...)
		sc.relUnit = group(relativeUnits...)
		var tails []string
		for _, d := range timeWords().days {
			tails = append(tails, d.phrase[1:])
		}
		sc.dayWord = group(tails...)
		sc.day, sc.night, sc.this = group("day"), group("night"), group("this ")
		sc.evening, sc.hours, sc.ago = group("evening"), group(" hours"), group(" ago")
		sc.set = newSubstrSet(subs)
		dateScr = sc
	})
	return dateScr
}

// facts reads seg once: which of the screen's substrings it holds.
func (sc *dateScreen) facts(seg string) dateFacts {
	b := sc.set.find(seg)
	return dateFacts{
		month:    b.any(sc.month),
		season:   b.any(sc.season),
		relative: b.any(sc.relPart) && b.any(sc.relUnit),
		day:      b.any(sc.day),
		dayWord:  b.any(sc.dayWord),
		days:     b.any(sc.day) || b.any(sc.night) || b.any(sc.this) || b.any(sc.evening) || b.any(sc.hours),
		ago:      b.any(sc.ago),
	}
}
