package layers

import (
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	"conflictmap/data"
)

// countsFile is the vocabulary FindCounts reads counts with (data/lexicon/counts.tsv).
const countsFile = "lexicon/counts.tsv"

// Hedge is how a reporter qualified a count: "at least three", "about 400", "up to 3,000".
type Hedge string

// The hedges of a count; HedgeNone when no count was stated.
const (
	HedgeNone     Hedge = ""
	HedgeExact    Hedge = "exact"
	HedgeAtLeast  Hedge = "at_least"
	HedgeAbout    Hedge = "about"
	HedgeUpTo     Hedge = "up_to"
	HedgeMoreThan Hedge = "more_than"
)

// outcome is what befell the people a word counts: death or injury, and how the word is used.
type outcome struct {
	death bool
	form  string // "trans" (takes an object: "killed three civilians"), "intrans", "noun", "lives", "suffer"
}

// hedgePhrase is a hedge of one or more tokens.
type hedgePhrase struct {
	words []string
	hedge Hedge
}

// countLexicon is data/lexicon/counts.tsv, by class.
type countLexicon struct {
	numbers  map[string]int
	scales   map[string]int
	vague    map[string]int  // "dozens": a count known only from below
	nouns    map[string]bool // person nouns, armed or not
	armed    map[string]bool
	singular map[string]bool
	outcomes map[string]outcome
	hedges   []hedgePhrase // longest first
	// hedgesFrom indexes hedges by their first word
	hedgesFrom map[string][]hedgePhrase
	words      map[string]map[string]bool // the plain classes: modifier, aux, rank …
	// info is all of the above for each word, read once a token
	info map[string]*wordInfo
}

// The plain classes, as bits of wordInfo.classes.
const (
	cModifier uint32 = 1 << iota
	cAux
	cRank
	cDet
	cUnit
	cStrength
	cToll
	cPronoun
	cSubset
	cYearprep
	cElide
	cNo
	cFatal
	cBreak
	cLosing
	cZero
	cCasualty
	cZeroFill
	cZeroStop
	cRange
	cRangeOpen
	cChange
	cPossessive
	cClaim
	cTollVerb
	cTollPrep
)

var classBits = map[string]uint32{"modifier": cModifier, "aux": cAux, "rank": cRank, "det": cDet, "unit": cUnit,
	"strength": cStrength, "toll": cToll, "pronoun": cPronoun, "subset": cSubset, "yearprep": cYearprep,
	"elide": cElide, "no": cNo, "fatal": cFatal, "break": cBreak, "losing": cLosing,
	"zero": cZero, "casualty": cCasualty, "zerofill": cZeroFill, "zerostop": cZeroStop,
	"range": cRange, "rangeopen": cRangeOpen, "change": cChange,
	"possessive": cPossessive, "claim": cClaim, "tollverb": cTollVerb, "tollprep": cTollPrep}

// wordInfo is what the lexicon says of one word.
type wordInfo struct {
	classes               uint32
	number, scale, vague  int
	noun, armed, singular bool
	out                   outcome
	hasOut                bool
	hedges                []hedgePhrase // starting with this word, longest first
}

// noInfo is the info of a word the lexicon does not know.
var noInfo = &wordInfo{}

// buildInfo fills l.info from the class tables.
func (l *countLexicon) buildInfo() {
	l.info = map[string]*wordInfo{}
	get := func(w string) *wordInfo {
		if l.info[w] == nil {
			l.info[w] = &wordInfo{}
		}
		return l.info[w]
	}
	for w, n := range l.numbers {
		get(w).number = n
	}
	for w, n := range l.scales {
		get(w).scale = n
	}
	for w, n := range l.vague {
		get(w).vague = n
	}
	for w := range l.nouns {
		wi := get(w)
		wi.noun, wi.armed, wi.singular = true, l.armed[w], l.singular[w]
	}
	for w, o := range l.outcomes {
		wi := get(w)
		wi.out, wi.hasOut = o, true
	}
	for w, hs := range l.hedgesFrom {
		get(w).hedges = hs
	}
	for class, ws := range l.words {
		for w := range ws {
			get(w).classes |= classBits[class]
		}
	}
}

// loadCountLexicon reads the counts vocabulary from fsys (laid out like data/).
func loadCountLexicon(fsys fs.FS) (*countLexicon, error) {
	l := &countLexicon{numbers: map[string]int{}, scales: map[string]int{}, vague: map[string]int{}, nouns: map[string]bool{},
		armed: map[string]bool{}, singular: map[string]bool{}, outcomes: map[string]outcome{},
		words: map[string]map[string]bool{}}
	if err := readTSV(fsys, countsFile, 1, func(n int, f []string) error {
		for len(f) < 3 {
			f = append(f, "")
		}
		if err := l.add(f[0], f[1], f[2]); err != nil {
			return fmt.Errorf("%s:%d: %w", countsFile, n, err)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	for i := 1; i < len(l.hedges); i++ {
		for j := i; j > 0 && len(l.hedges[j].words) > len(l.hedges[j-1].words); j-- {
			l.hedges[j], l.hedges[j-1] = l.hedges[j-1], l.hedges[j]
		}
	}
	l.hedgesFrom = map[string][]hedgePhrase{}
	for _, h := range l.hedges {
		l.hedgesFrom[h.words[0]] = append(l.hedgesFrom[h.words[0]], h)
	}
	l.buildInfo()
	return l, nil
}

// add files one row of the lexicon.
func (l *countLexicon) add(word, class, value string) error {
	if word == "" {
		return fmt.Errorf("empty word")
	}
	switch class {
	case "number", "scale", "vague":
		v, err := strconv.Atoi(value)
		if err != nil || v <= 0 {
			return fmt.Errorf("%s %q: bad value %q", class, word, value)
		}
		switch class {
		case "number":
			l.numbers[word] = v
		case "scale":
			l.scales[word] = v
		default:
			l.vague[word] = v
		}
	case "armed", "person":
		if value != "sg" && value != "pl" {
			return fmt.Errorf("%s %q: value %q is not sg or pl", class, word, value)
		}
		l.nouns[word] = true
		l.armed[word] = l.armed[word] || class == "armed"
		l.singular[word] = value == "sg"
	case "death", "injury":
		switch value {
		case "trans", "object", "intrans", "noun", "lives", "suffer":
		default:
			return fmt.Errorf("%s %q: unknown form %q", class, word, value)
		}
		l.outcomes[word] = outcome{death: class == "death", form: value}
	case "hedge":
		h := Hedge(value)
		switch h {
		case HedgeAtLeast, HedgeAbout, HedgeUpTo, HedgeMoreThan:
		default:
			return fmt.Errorf("hedge %q: unknown value %q", word, value)
		}
		l.hedges = append(l.hedges, hedgePhrase{strings.Fields(word), h})
	case "modifier", "aux", "rank", "det", "unit", "strength", "toll", "pronoun", "subset", "yearprep", "elide", "no",
		"fatal", "break", "losing", "zero", "casualty", "zerofill", "zerostop", "range", "rangeopen", "change", "possessive", "claim", "tollverb", "tollprep":
		if l.words[class] == nil {
			l.words[class] = map[string]bool{}
		}
		l.words[class][word] = true
	default:
		return fmt.Errorf("%q: unknown class %q", word, class)
	}
	return nil
}

// countLex is the embedded vocabulary; the binary cannot run without it.
var countLex = mustCountLexicon(data.FS)

func mustCountLexicon(fsys fs.FS) *countLexicon {
	l, err := loadCountLexicon(fsys)
	if err != nil {
		panic(err)
	}
	return l
}

// The word sets the event triggers share with the counts.
var (
	armedNouns  = countLex.armed
	deathWords  = countLex.outcomeSet(true)
	injuryWords = countLex.outcomeSet(false)
)

// outcomeSet lists the words for death (or injury).
func (l *countLexicon) outcomeSet(death bool) map[string]bool {
	m := map[string]bool{}
	for w, o := range l.outcomes {
		if o.death == death {
			m[w] = true
		}
	}
	return m
}
