package layers

import (
	"sync"

	"conflictmap/geo"
)

// Counts are the numbers of people a clause reports: deployed, killed, injured, each with the
// hedge the reporter put on it (HedgeNone when not stated).
type Counts struct {
	Troops, Fatalities, Injured                int
	TroopsHedge, FatalitiesHedge, InjuredHedge Hedge
	// Zero are the counts the clause states as none ("no one was killed"), as Event.Stated
	// bits: a zero, not a count left unsaid. StatedBits adds the counts given.
	Zero uint8
}

// What befell the people of a group.
const (
	fateNone = iota // nothing (yet): they may be troops
	fateDeath
	fateInjury
)

// countGroup is one counted phrase: "about 400 Russian troops", "Sergeant Vusal Aliyev", "the driver",
// "ten" in "and ten wounded".
type countGroup struct {
	n      int
	hedge  Hedge
	t0, t1 int // token range in the scanned slice
	armed  bool
	item   bool // one person named or singled out ("the driver", "a soldier"): never troops
	bare   bool // a number whose noun is left out ("three were wounded")
	plural bool // a number before a plural noun ("two soldiers")
	fate   int
	subset bool // part of people counted already ("including two children")
	pro    bool // "three of them": its own list
	zero   bool // a stated zero ("no one was killed"): n is 0, fate is what was denied
	// l0, l1 is the token range of the whole list the group is part of when one fate was dealt
	// to it ("four soldiers and two civilians were killed"); l1 is 0 otherwise
	l0, l1 int
	claim  bool // a side's claim of its enemy's losses: not counted
	vague  bool // "dozens": a lower bound by convention, for the dead and hurt only, never troops
}

// FindCounts reads the counts of tokens toks (one clause or sentence): people counted before or
// after a word for killing or injuring are fatalities or injured; armed people nothing befalls
// are troops (the largest such count).
func FindCounts(text string, toks []geo.Token) Counts {
	return sumGroups(findGroups(text, toks))
}

// sumGroups adds up the groups: deaths and injuries summed, troops the largest count.
func sumGroups(gs []countGroup) Counts {
	var c Counts
	for _, g := range gs {
		switch {
		case g.subset || g.zero || g.claim:
		case g.fate == fateDeath:
			c.Fatalities = addCapped(c.Fatalities, g.n)
			c.FatalitiesHedge = combineHedges(c.FatalitiesHedge, g.hedge)
		case g.fate == fateInjury:
			c.Injured = addCapped(c.Injured, g.n)
			c.InjuredHedge = combineHedges(c.InjuredHedge, g.hedge)
		case g.armed && !g.item && !g.bare && !g.vague && g.n > c.Troops:
			c.Troops, c.TroopsHedge = g.n, g.hedge
		}
	}
	c.Zero = zeroBits(gs)
	return c
}

// maxCount bounds every count: no report counts more people than this.
const maxCount = 10_000_000

func addCapped(a, b int) int { return min(a+b, maxCount) }

// countScan is the state of one left-to-right reading of a clause.
type countScan struct {
	text string
	toks []geo.Token
	inf  []*wordInfo // the lexicon's info of each token
	gs   []countGroup
	// run is the list of groups being read ("12 soldiers, 3 civilians and a policeman"),
	// waiting for what befell them; runFate is set once something did.
	run     []int
	runFate int
	// active is the fate a transitive word just read deals to the people after it ("killing
	// four civilians"), activeEnd the token after that word.
	active    int
	activeEnd int
	// subEnd is the token after the last group that was part of others ("including …")
	subEnd int
}

// infPool recycles the per-token lexicon info of findGroups.
var infPool = sync.Pool{New: func() any { return new([]*wordInfo) }}

// findGroups reads the counted groups of a clause, in order.
func findGroups(text string, toks []geo.Token) []countGroup {
	buf := infPool.Get().(*[]*wordInfo)
	defer func() {
		clear(*buf)
		infPool.Put(buf)
	}()
	if cap(*buf) < len(toks) {
		*buf = make([]*wordInfo, len(toks))
	}
	*buf = (*buf)[:len(toks)]
	for i, t := range toks {
		(*buf)[i] = countInfoOf(t.Text)
	}
	return scanGroups(text, toks, *buf)
}

// countInfoOf is the count lexicon's info of a token's form, noInfo if it has none.
func countInfoOf(form string) *wordInfo {
	if wi := countLex.info[form]; wi != nil {
		return wi
	}
	return noInfo
}

// scanGroups is findGroups over tokens whose lexicon info (inf, one per token) is looked up.
func scanGroups(text string, toks []geo.Token, inf []*wordInfo) []countGroup {
	s := &countScan{text: text, toks: toks, activeEnd: -10, inf: inf}
	for i := 0; i < len(toks); {
		i = s.step(i)
	}
	return s.gs
}

// step reads what starts at token i and returns the token to go on from.
func (s *countScan) step(i int) int {
	if s.inf[i] == noInfo && !isDigitByte(s.toks[i].Text[0]) {
		return i + 1 // nothing starts at a word the lexicon does not know
	}
	if j, ok := s.zeroAt(i); ok {
		return j
	}
	if o, w, ok := s.outcomeAt(i); ok {
		return s.onOutcome(i, w, o)
	}
	if j, ok := s.tollAt(i); ok {
		return j
	}
	if g, ok := s.groupAt(i, false); ok {
		s.add(g)
		return g.t1
	}
	return i + 1
}

// tok is the folded text of token i, "" outside the clause.
func (s *countScan) tok(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].Text
}

// w is the lexicon's info of token i (noInfo outside the clause, and for a possessor: "a
// nurse's aide" counts the aide, not the nurse).
func (s *countScan) w(i int) *wordInfo {
	if i < 0 || i >= len(s.inf) {
		return noInfo
	}
	if wi := s.inf[i]; wi != noInfo && i+1 < len(s.toks) && s.toks[i+1].Text == "s" {
		if g := s.text[s.toks[i].End:s.toks[i+1].Start]; g == "'" || g == "’" {
			return noInfo
		}
	}
	return s.inf[i]
}

// is reports whether token i is of word class c.
func (s *countScan) is(c uint32, i int) bool { return s.w(i).classes&c != 0 }

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// gap is the text between tokens i-1 and i.
func (s *countScan) gap(i int) string {
	if i <= 0 || i >= len(s.toks) {
		return ""
	}
	return s.text[s.toks[i-1].End:s.toks[i].Start]
}

// add files a group: it joins the list being read if only "and" or a comma stands between.
func (s *countScan) add(g countGroup) {
	k := len(s.gs)
	if !g.subset && s.subEnd > 0 && s.listed(s.subEnd, g.t0) && !(g.bare && s.fateFollows(g.t1)) {
		g.subset = true // "including two children and a woman", not "…, and 698 injured"
	}
	if g.subset {
		s.subEnd = g.t1
	}
	joins := len(s.run) > 0 && !g.bare && !g.pro && s.listed(s.gs[s.run[len(s.run)-1]].t1, g.t0)
	switch {
	case g.subset:
		// a part of people already counted: neither counted again nor breaking the list
		s.gs = append(s.gs, g)
		return
	case g.fate != fateNone:
		// "3 fatalities": counted as it stands
		s.run, s.runFate = nil, fateNone
	case joins:
		g.fate = s.runFate // "killed three civilians and two soldiers"
		s.run = append(s.run, k)
	case s.active != fateNone && g.t0-s.activeEnd <= 2 && g.t0 >= s.activeEnd:
		g.fate = s.active // "killing four civilians"
		s.run, s.runFate = []int{k}, s.active
		s.active = fateNone
	default:
		s.run, s.runFate = []int{k}, fateNone
	}
	s.gs = append(s.gs, g)
}

// listed reports whether tokens [a,b) are only a list's joints: nothing, "and", "or",
// "as well as", "plus", with commas.
func (s *countScan) listed(a, b int) bool {
	if b < a || b-a > 3 {
		return false
	}
	words := ""
	for i := a; i < b; i++ {
		words += " " + s.toks[i].Text
	}
	switch words {
	case "", " and", " or", " as well as", " plus":
	default:
		return false
	}
	for i := a; i <= b && i < len(s.toks); i++ {
		if i == 0 {
			continue
		}
		for _, r := range s.gap(i) {
			if r != ' ' && r != ',' && r != '\n' && r != '\t' {
				return false
			}
		}
	}
	return true
}

// onOutcome reads a word for death or injury at token i, w tokens wide.
func (s *countScan) onOutcome(i, w int, o outcome) int {
	end := i + w
	fate := fateInjury
	if o.death {
		fate = fateDeath
	}
	// a label: "Fatalities: 3", "Killed: 2"
	if end < len(s.toks) && containsByte(s.gap(end), ':') {
		if g, ok := s.groupAt(end, true); ok && !(g.bare && s.fateFollows(g.t1)) {
			g.fate = fate
			s.add(g)
			return g.t1
		}
	}
	switch o.form {
	case "noun":
		return end // "3 fatalities" is read with its number
	case "object":
		s.active, s.activeEnd = fate, end // "lost two soldiers"
		return end
	}
	passive := s.is(cAux, i-1)
	word := s.tok(end - 1)
	ing := len(word) > 3 && word[len(word)-3:] == "ing"
	if o.form == "trans" && !passive && s.objectAfter(end) {
		s.active, s.activeEnd = fate, end // "killing four civilians"
		return end
	}
	if !ing {
		s.befall(i, fate, passive || o.form != "trans")
	}
	return end
}

// objectAfter reports whether people are counted right after token j ("killed three civilians",
// "killing two and wounding five").
func (s *countScan) objectAfter(j int) bool {
	for k := j; k < j+2 && k < len(s.toks); k++ {
		if g, ok := s.groupAt(k, true); ok {
			return !(g.bare && s.fateFollows(g.t1)) // not "3 killed, 5 injured"
		}
	}
	return false
}

// befall deals fate to the list read before token i ("two soldiers were killed"), if it stands
// close enough: only auxiliaries between, or (for a passive or intransitive word, strong) a few
// words that do not start another clause.
func (s *countScan) befall(i, fate int, strong bool) {
	if len(s.run) == 0 || s.runFate != fateNone {
		return
	}
	last := s.gs[s.run[len(s.run)-1]]
	if s.subEnd > last.t1 && s.subEnd <= i {
		last.t1 = s.subEnd // "five people, including two children, were killed"
	}
	gap := i - last.t1
	if gap < 0 || gap > 16 {
		return
	}
	if gap > 7 || !s.near(last.t1, i, strong) {
		if !s.sharedSubject(last.t1, i) {
			return
		}
	}
	s.deal(fate)
}

// near reports whether the words [a,i) between people and their fate leave them its subject:
// only auxiliaries, or (strong: a passive or intransitive word) a few words that start no other
// clause.
func (s *countScan) near(a, i int, strong bool) bool {
	plain, words := true, 0
	a0, a1 := s.aside(a, i)
	for k := a; k < i; k++ {
		if k >= a0 && k < a1 {
			continue // "17 civilians, among them women and children, were killed"
		}
		if s.is(cBreak, k) || containsByte(s.gap(k+1), ';') {
			return false
		}
		if !s.is(cAux, k) {
			plain = false
		}
		words++
	}
	return plain || strong && words <= 6
}

// aside returns the tokens [a0,a1) of an aside set off by two commas between tokens a and i,
// at most six words long: the people's apposition, not another clause. a0 == a1 for none.
func (s *countScan) aside(a, i int) (int, int) {
	a0 := -1
	for k := a; k < i; k++ {
		if !containsByte(s.gap(k), ',') {
			continue
		}
		if a0 < 0 {
			a0 = k
			continue
		}
		if k-a0 <= 6 {
			return a0, k
		}
		break
	}
	return 0, 0
}

// sharedSubject reports whether the fate at i is a second predicate of the people read before
// a: "a shepherd stepped on a mine near Aghdam and was seriously injured".
func (s *countScan) sharedSubject(a, i int) bool {
	k := i - 1
	for k > a && s.is(cAux, k) {
		k--
	}
	if k == i-1 || s.tok(k) != "and" || !s.is(cAux, k+1) {
		return false
	}
	for j := a; j < k; j++ {
		if s.is(cBreak, j) || s.w(j).hasOut || containsByte(s.gap(j+1), ';') {
			return false
		}
	}
	return true
}

// deal deals fate to the list being read.
func (s *countScan) deal(fate int) {
	run := s.run
	// "two soldiers, Private A and Private B, were killed": the names are the two
	if len(run) > 1 && s.gs[run[0]].plural && containsByte(s.gap(s.gs[run[0]].t1), ',') {
		items := 0
		for _, k := range run[1:] {
			if s.gs[k].item {
				items++
			}
		}
		if items == len(run)-1 && items == s.gs[run[0]].n {
			for _, k := range run[1:] {
				s.gs[k].subset = true
			}
		}
	}
	for _, k := range run {
		s.gs[k].fate = fate
		if len(run) > 1 {
			s.gs[k].l0, s.gs[k].l1 = s.gs[run[0]].t0, s.gs[run[len(run)-1]].t1
		}
	}
	s.run, s.runFate = nil, fateNone
}

func containsByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
