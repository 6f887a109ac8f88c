package layers

import (
	"strconv"
	"strings"

	"conflictmap/geo"
)

// Counts are the numbers of people a clause reports: deployed, killed, injured.
type Counts struct {
	Troops, Fatalities, Injured int
}

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100, "thousand": 1000,
}

var (
	// personNouns are what a count counts: "1,960 troops", "four Azerbaijani civilians".
	personNouns = set("troops", "soldiers", "servicemen", "servicemembers", "personnel", "peacekeepers",
		"officers", "civilians", "people", "persons", "fighters", "militants", "men", "women", "children",
		"residents", "policemen", "police", "guards", "sappers", "deminers", "engineers", "advisers",
		"advisors", "staff", "members", "contractors", "mercenaries", "commandos", "paratroopers", "marines",
		"crew", "pilots", "journalists", "conscripts", "volunteers", "servicemember", "soldier", "civilian",
		"person", "serviceman", "officer", "peacekeeper", "man", "woman", "child", "military", "deaths", "dead",
		"killed", "wounded", "injured", "casualties", "specialists", "instructors", "experts", "rebels",
		"insurgents", "villagers", "refugees", "pow", "prisoners", "employees", "workers", "deputies", "others")
	// armedNouns may be counted as troops.
	armedNouns = set("troops", "soldiers", "servicemen", "servicemembers", "personnel", "peacekeepers",
		"officers", "fighters", "sappers", "deminers", "engineers", "advisers", "advisors", "staff", "commandos",
		"paratroopers", "marines", "military", "specialists", "instructors", "experts", "guards", "men", "contractors",
		"mercenaries", "crew", "pilots", "conscripts", "volunteers", "members", "police", "policemen")
	deathOnly   = set("died", "dead", "deaths", "perished", "die", "dies", "fatalities", "casualties", "injuries", "lost", "hurt")
	deathWords  = set("killed", "died", "dead", "deaths", "killing", "perished", "slain", "fatalities", "die", "dies", "kill", "kills", "lost")
	injuryWords = set("injured", "wounded", "hurt", "injuries", "injuring", "wounding", "casualties")
	// countModifiers may stand between a number and what it counts.
	countModifiers = set("more", "armed", "military", "ethnic", "unarmed", "local", "foreign", "other", "elite",
		"additional", "extra", "new", "border", "special", "active", "reserve", "regular", "combat", "russian",
		"turkish", "armenian", "azerbaijani", "azeri", "of", "their", "its", "the", "service", "civilian")
)

// FindCounts reads the counts of tokens toks (one clause or sentence): numbers before person
// nouns, tied to the nearest following (or directly preceding) word for killing or injuring;
// counts of armed people that nothing kills or injures are troops.
func FindCounts(text string, toks []geo.Token) Counts {
	var c Counts
	type pending struct {
		n     int
		armed bool
	}
	var wait []pending
	lastOutcome := ""
	lastOutcomeAt := -10
	for i := 0; i < len(toks); i++ {
		t := toks[i].Text
		if deathWords[t] || injuryWords[t] {
			kind := "death"
			if injuryWords[t] {
				kind = "injury"
			}
			if t == "lost" && !(i+1 < len(toks) && (toks[i+1].Text == "their" || toks[i+1].Text == "his")) {
				continue
			}
			for _, p := range wait {
				if kind == "death" {
					c.Fatalities += p.n
				} else {
					c.Injured += p.n
				}
			}
			wait = wait[:0]
			lastOutcome, lastOutcomeAt = kind, i
			continue
		}
		n, next := numberAt(text, toks, i)
		if n <= 0 {
			continue
		}
		// what it counts: a person noun within a few words — shared across "12 Azerbaijani and
		// four Armenian soldiers"
		j := next
		for j < len(toks) && j < next+3 && countModifiers[toks[j].Text] && !personNouns[toks[j].Text] {
			j++
		}
		if j+1 < len(toks) && toks[j].Text == "and" {
			if n2, after := numberAt(text, toks, j+1); n2 > 0 {
				k := after
				for k < len(toks) && k < after+3 && countModifiers[toks[k].Text] && !personNouns[toks[k].Text] {
					k++
				}
				if k < len(toks) && personNouns[toks[k].Text] {
					j, n = k, n+n2
				}
			}
		}
		if j >= len(toks) || !personNouns[toks[j].Text] {
			i = next - 1
			continue
		}
		noun := toks[j].Text
		if deathWords[noun] || injuryWords[noun] {
			// "12 dead", "three wounded"
			if deathWords[noun] {
				c.Fatalities += n
			} else {
				c.Injured += n
			}
		} else if i-lastOutcomeAt <= 2 && lastOutcome != "" && !deathOnly[toks[lastOutcomeAt].Text] {
			// "killing four civilians"
			if lastOutcome == "death" {
				c.Fatalities += n
			} else {
				c.Injured += n
			}
		} else {
			wait = append(wait, pending{n, armedNouns[noun]})
		}
		i = j
	}
	for _, p := range wait {
		if p.armed && p.n > c.Troops {
			c.Troops = p.n
		}
	}
	return c
}

// numberAt reads a number at token i ("1,960", "2000", "four", "two thousand", "a dozen") and
// returns it with the index of the token after it; 0 if there is none. Ordinals, years after a
// month and numbers glued to letters ("F-16", "TB2") are not counts.
func numberAt(text string, toks []geo.Token, i int) (int, int) {
	t := toks[i].Text
	raw := text[toks[i].Start:toks[i].End]
	if raw != "" && raw[0] >= '0' && raw[0] <= '9' {
		// glued to something: "F-16", "MPT-76", "3rd"
		if toks[i].Start > 0 && strings.ContainsRune("-–/", rune(text[toks[i].Start-1])) {
			return 0, i + 1
		}
		for _, r := range t {
			if r < '0' || r > '9' {
				return 0, i + 1
			}
		}
		// "1,960": digit groups joined by commas
		j := i + 1
		s := t
		for j < len(toks) && text[toks[j-1].End:toks[j].Start] == "," && len(toks[j].Text) == 3 && isDigits(toks[j].Text) {
			s += toks[j].Text
			j++
		}
		if i > 0 && months[toks[i-1].Text] > 0 {
			return 0, j // "November 28"
		}
		n, err := strconv.Atoi(s)
		if err != nil {
			return 0, j
		}
		if j < len(toks) && (toks[j].Text == "thousand" || toks[j].Text == "million") {
			if toks[j].Text == "thousand" {
				n *= 1000
			} else {
				n *= 1000000
			}
			j++
		}
		return n, j
	}
	n, ok := numberWords[t]
	if !ok || t == "hundred" || t == "thousand" {
		if t == "a" && i+1 < len(toks) && toks[i+1].Text == "dozen" {
			return 12, i + 2
		}
		return 0, i + 1
	}
	j := i + 1
	// "twenty five", "two thousand", "three hundred"
	for j < len(toks) {
		m, ok := numberWords[toks[j].Text]
		if !ok {
			break
		}
		switch {
		case m == 100 || m == 1000:
			n *= m
		case m < 10 && n >= 20 && n%10 == 0:
			n += m
		default:
			return n, j
		}
		j++
	}
	return n, j
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
