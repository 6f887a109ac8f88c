package layers

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

// Lexicon is the event lexicon of data/lexicon: word classes, irregular inflections and the
// trigger patterns that report events. Words are lemmas; every inflection of a lemma matches.
type Lexicon struct {
	// forms maps a surface form to the lemmas it inflects ("struck" → strike).
	forms map[string][]string
	// irregular maps a lemma to its irregular forms (lexicon/irregular.tsv).
	irregular map[string][]string
	// classes maps a class name to its lemmas ("@harm" → kill, die …) and exact forms ("=…").
	classes map[string]map[string]bool
	// classBit numbers the classes; formClasses holds, for each form, the classes it belongs to
	// as bits, while the lexicon is read (words keeps them after).
	classBit    map[string]uint64
	formClasses map[string]uint64
	rules       []rule
	// byFirst indexes rules by the lemmas or forms their first element can match (words copies
	// it per form); rules whose first element is a mention ($place) are in byMention.
	byFirst   map[string][]int
	byMention []int
	// words gathers, for each form, its classes, byFirst and the elements it matches, so that
	// InClass and the matcher are one map lookup per form.
	words map[string]*lexWord
}

// rule is one row of triggers.tsv.
type rule struct {
	family  string
	elems   []elem
	head    int // index into elems of the trigger word
	typ     string
	subType string
	needs   []need
	weak    bool // never takes a place from another trigger of its sentence
	line    int
}

// elemKind is what one pattern element matches.
type elemKind int

const (
	elemWords   elemKind = iota // any of a set of lemmas or exact forms
	elemGap                     // up to n tokens of anything
	elemPlace                   // a location mention
	elemName                    // a mention inside a name
	elemDemonym                 // a demonym
)

type elem struct {
	kind     elemKind
	lemmas   map[string]bool // lemmas, any inflection
	exact    map[string]bool // forms as written
	n        int             // gap length
	optional bool
	id       int // the element's number among word elements (lexWord.elems)
}

// need is one condition of a rule.
type need struct {
	kind  string // sent, !sent, !prev, !next
	class string // for sent and !sent
	words map[string]bool
}

// Veto is the type of a rule whose match is no event.
const typeVeto = "veto"

// LoadLexicon reads lexicon/classes.tsv, lexicon/irregular.tsv and lexicon/triggers.tsv of fsys.
func LoadLexicon(fsys fs.FS) (*Lexicon, error) {
	lx := &Lexicon{forms: map[string][]string{}, classes: map[string]map[string]bool{}, byFirst: map[string][]int{}}
	irregular := map[string][]string{}
	if err := readTSV(fsys, "lexicon/irregular.tsv", 2, func(line int, f []string) error {
		irregular[f[0]] = strings.Fields(f[1])
		return nil
	}); err != nil {
		return nil, err
	}
	lx.irregular = irregular
	if err := readTSV(fsys, "lexicon/classes.tsv", 2, func(line int, f []string) error {
		c := map[string]bool{}
		for _, w := range strings.Fields(f[1]) {
			c[w] = true
			if !strings.HasPrefix(w, "=") {
				lx.addLemma(w)
			}
		}
		lx.classes[f[0]] = c
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV(fsys, "lexicon/triggers.tsv", 5, func(line int, f []string) error {
		r, err := lx.parseRule(f)
		if err != nil {
			return fmt.Errorf("lexicon/triggers.tsv:%d: %w", line, err)
		}
		r.line = line
		lx.index(r)
		return nil
	}); err != nil {
		return nil, err
	}
	lx.indexClasses()
	lx.indexWords()
	lx.formClasses = nil // in words now
	return lx, nil
}

// indexClasses fills classBit and formClasses (at most 64 classes).
func (lx *Lexicon) indexClasses() {
	lx.classBit = map[string]uint64{}
	lx.formClasses = map[string]uint64{}
	for name, c := range lx.classes {
		if len(lx.classBit) == 64 {
			break // InClass falls back to the maps
		}
		bit := uint64(1) << len(lx.classBit)
		lx.classBit[name] = bit
		for w := range c {
			if strings.HasPrefix(w, "=") {
				lx.formClasses[w[1:]] |= bit
				continue
			}
			for _, f := range lx.inflections(w) {
				lx.formClasses[f] |= bit
			}
		}
	}
}

// readTSV calls row for each data row of a tab-separated file: comments (#) and blank lines are
// skipped, and so is the first data row (the header).
func readTSV(fsys fs.FS, name string, cols int, row func(line int, f []string) error) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("layers: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	header := true
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		if header {
			header = false
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < cols {
			return fmt.Errorf("layers: %s:%d: %d columns, want %d", name, n, len(f), cols)
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := row(n, f); err != nil {
			return fmt.Errorf("layers: %w", err)
		}
	}
	return sc.Err()
}

// parseRule reads one row of triggers.tsv: family, pattern, type, sub_type, needs.
func (lx *Lexicon) parseRule(f []string) (rule, error) {
	r := rule{family: f[0], typ: f[2], head: -1}
	if f[3] != "-" {
		r.subType = f[3]
	}
	for _, tok := range strings.Fields(f[1]) {
		e, head, err := lx.parseElem(tok)
		if err != nil {
			return r, err
		}
		if head {
			r.head = len(r.elems)
		}
		r.elems = append(r.elems, e)
	}
	if len(r.elems) == 0 {
		return r, fmt.Errorf("empty pattern")
	}
	if r.head < 0 {
		r.head = 0
	}
	if k := r.elems[r.head].kind; k == elemGap || r.elems[0].kind == elemGap || r.elems[len(r.elems)-1].kind == elemGap {
		return r, fmt.Errorf("a gap may not start, end or anchor a pattern")
	}
	if f[4] != "-" && f[4] != "" {
		for _, s := range strings.Split(f[4], ";") {
			if s = strings.TrimSpace(s); s == "weak" {
				r.weak = true
				continue
			}
			n, err := lx.parseNeed(s)
			if err != nil {
				return r, err
			}
			r.needs = append(r.needs, n)
		}
	}
	return r, nil
}

func (lx *Lexicon) parseElem(tok string) (elem, bool, error) {
	head := strings.HasPrefix(tok, "^")
	tok = strings.TrimPrefix(tok, "^")
	var e elem
	if strings.HasPrefix(tok, "?") {
		e.optional = true
		tok = tok[1:]
	}
	switch {
	case strings.HasPrefix(tok, "~"):
		n, err := strconv.Atoi(tok[1:])
		if err != nil || n < 1 || n > 12 {
			return e, false, fmt.Errorf("gap %q: want ~1 … ~12", tok)
		}
		e.kind, e.n = elemGap, n
	case tok == "$place":
		e.kind = elemPlace
	case tok == "$name":
		e.kind = elemName
	case tok == "$demonym":
		e.kind = elemDemonym
	default:
		e.lemmas, e.exact = map[string]bool{}, map[string]bool{}
		for _, w := range strings.Split(tok, "|") {
			switch {
			case strings.HasPrefix(w, "@"):
				c, ok := lx.classes[w[1:]]
				if !ok {
					return e, false, fmt.Errorf("no class %s in lexicon/classes.tsv", w)
				}
				for m := range c {
					if strings.HasPrefix(m, "=") {
						e.exact[m[1:]] = true
					} else {
						e.lemmas[m] = true
					}
				}
			case strings.HasPrefix(w, "="):
				e.exact[w[1:]] = true
			case w == "":
				return e, false, fmt.Errorf("empty word in %q", tok)
			default:
				e.lemmas[w] = true
				lx.addLemma(w)
			}
		}
	}
	return e, head, nil
}

func (lx *Lexicon) parseNeed(s string) (need, error) {
	kind, arg, ok := strings.Cut(s, ":")
	if !ok {
		return need{}, fmt.Errorf("condition %q: want kind:argument", s)
	}
	n := need{kind: kind}
	switch kind {
	case "sent", "!sent":
		if !strings.HasPrefix(arg, "@") {
			return n, fmt.Errorf("condition %q: want @class", s)
		}
		if _, ok := lx.classes[arg[1:]]; !ok {
			return n, fmt.Errorf("condition %q: no class %s", s, arg)
		}
		n.class = arg[1:]
	case "!prev", "!next":
		n.words = map[string]bool{}
		for _, w := range strings.Split(arg, "|") {
			n.words[w] = true
		}
	default:
		return n, fmt.Errorf("condition %q: unknown kind %s", s, kind)
	}
	return n, nil
}

// index files a rule under what its first element can match.
func (lx *Lexicon) index(r rule) {
	i := len(lx.rules)
	lx.rules = append(lx.rules, r)
	first := r.elems[0]
	if first.kind != elemWords {
		lx.byMention = append(lx.byMention, i)
		return
	}
	for w := range first.lemmas {
		for _, f := range lx.inflections(w) {
			lx.byFirst[f] = appendOnce(lx.byFirst[f], i)
		}
	}
	for w := range first.exact {
		lx.byFirst[w] = appendOnce(lx.byFirst[w], i)
	}
}

func appendOnce(s []int, i int) []int {
	if len(s) > 0 && s[len(s)-1] == i {
		return s
	}
	return append(s, i)
}

// addLemma records every inflection of a lemma as one of its forms.
func (lx *Lexicon) addLemma(w string) {
	for _, f := range lx.inflections(w) {
		if !containsString(lx.forms[f], w) {
			lx.forms[f] = append(lx.forms[f], w)
		}
	}
}

// Lemmas returns the lemmas a folded token may be a form of ("struck" → strike); nil if the
// lexicon knows none.
func (lx *Lexicon) Lemmas(form string) []string { return lx.forms[form] }

// InClass reports whether a folded token is a form of a word of a class.
func (lx *Lexicon) InClass(form, class string) bool {
	if bit, ok := lx.classBit[class]; ok {
		w := lx.words[form]
		return w != nil && w.classes&bit != 0
	}
	c := lx.classes[class]
	if c["="+form] {
		return true
	}
	for _, l := range lx.forms[form] {
		if c[l] {
			return true
		}
	}
	return false
}

func containsString(s []string, w string) bool {
	for _, x := range s {
		if x == w {
			return true
		}
	}
	return false
}
