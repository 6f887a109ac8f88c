package layers

import (
	"sort"
	"strings"

	"conflictmap/geo"
)

// A trigger is a word that reports an event of a type: "deployed", "clashes", "tank-mine".
type trigger struct {
	tok     int // token index in the document
	typ     string
	subType string
	weak    bool // it never takes a place from another trigger
}

var (
	anaphorDets = set("the", "this", "that", "these", "those")
)

// sentence is one sentence of a document and what is in it.
type sentence struct {
	Span
	t0, t1   int // token range
	mentions []int
	dates    []When
	title    bool // a headline: it reports nothing of its own
	cites    []Span
	// rel caches relativeDay: "the next day" is read once per sentence, not once per trigger
	rel     When
	relOK   bool
	relDone bool
	// trs caches triggers: a sentence is matched once, though followOn reads its triggers too
	trs     []trigger
	trsDone bool
}

// inCitation reports whether offset at lies in a parenthesised source citation.
func (s *sentence) inCitation(at int) bool {
	for _, c := range s.cites {
		if at >= c.Start && at < c.End {
			return true
		}
	}
	return false
}

// event is an event as found in one sentence, before merging.
type event struct {
	Event
	sentence  int
	placeless bool
	anaphoric bool
	// byAnaphor: placed through an anaphor ("shelled the enclave"), not a fallback
	byAnaphor bool
	mention   int // the mention that places it; -1 if none
	weak      bool
	trig      int // the trigger's token
	// venueless: an agreement whose sentence names no place; it is placed at the talks it
	// follows, or dropped (finish)
	venueless bool
}

// extractEvents finds the events of one article.
func extractEvents(a Article, doc *geo.Doc, g *geo.Gazetteer, orgs *orgTable, lex *Lexicon) []Event {
	x := &extraction{a: a, doc: doc, g: g, orgs: orgs, lex: lex, cls: newTokenClasses(lex, doc.Tokens)}
	x.sentences()
	var found []event
	for si := range x.sents {
		found = append(found, x.inSentence(si)...)
	}
	evs := finish(a, found, g)
	x.settleDates(evs)
	return evs
}

type extraction struct {
	g     *geo.Gazetteer
	orgs  *orgTable
	lex   *Lexicon
	cls   *tokenClasses // the lexicon classes of doc's tokens
	a     Article
	doc   *geo.Doc
	sents []sentence
	// covered marks the tokens inside place names of any role; tokMention gives the mention a
	// token stands in, or -1.
	covered    []bool
	tokMention []int
	// excluded marks mentions that never place an event: an origin ("from Moscow"), an
	// affiliation ("Rustam Muradov of Dagestan", "Brigade of Bolu") or a border ("between X and Y").
	excluded map[int]bool
	// seat marks mentions that name where a body sits ("officials in Kharkiv said"): no trigger
	// takes one as its place, but "the city" may refer back to it
	seat  map[int]bool
	ref   dateRef // the article's own date
	evBuf []event // inSentence's scratch, reused from sentence to sentence
}

func (x *extraction) sentences() {
	d := x.doc
	spans := Sentences(d.Text)
	x.excluded, x.seat = map[int]bool{}, map[int]bool{}
	x.covered = make([]bool, len(d.Tokens))
	x.tokMention = make([]int, len(d.Tokens))
	for i := range x.tokMention {
		x.tokMention[i] = -1
	}
	for k, mt := range d.MentionTokens {
		for i := mt[0]; i < mt[1] && i < len(d.Tokens); i++ {
			x.covered[i] = true
			x.tokMention[i] = k
		}
	}
	x.ref = articleDate(d.Text, x.a.Published)
	ti, mi := 0, 0
	pub := parsePublished(x.ref.pub)
	bounded := x.bounded(spans)
	x.sents = make([]sentence, 0, len(bounded))
	for _, sp := range bounded {
		s := sentence{Span: sp}
		for ti < len(d.Tokens) && d.Tokens[ti].Start < sp.Start {
			ti++
		}
		s.t0 = ti
		for ti < len(d.Tokens) && d.Tokens[ti].End <= sp.End {
			ti++
		}
		s.t1 = ti
		for mi < len(d.Mentions) && d.Mentions[mi].Start < sp.Start {
			mi++
		}
		for k := mi; k < len(d.Mentions) && d.Mentions[k].End <= sp.End; k++ {
			s.mentions = append(s.mentions, k)
		}
		s.dates = x.ref.sentenceDates(findDates(d.Text, sp, pub))
		x.aheadDates(&s, pub)
		s.cites = Citations(d.Text, sp)
		s.title = isHeadline(d, s.t0, s.t1)
		x.sents = append(x.sents, s)
	}
	for k, m := range d.Mentions {
		if m.Role != geo.RoleLocation {
			continue
		}
		i := d.MentionTokens[k][0]
		prev := ""
		if i > 0 {
			prev = d.Tokens[i-1].Text
		}
		switch {
		case prev == "from", x.originBefore(i), x.homeBase(i):
			x.excluded[k] = true
		case prev == "of" && i > 1 && d.Capitalised(i-2):
			x.excluded[k] = true
		case m.Border:
			x.excluded[k] = true // a line along the place, not a point in it
		case x.bracketedContainer(k):
			x.excluded[k] = true // "al-Atarib (Aleppo)": where the place before it lies
		case k > 0 && x.excluded[k-1] && listJoined(d.Text[d.Mentions[k-1].End:m.Start]):
			x.excluded[k] = true // "from Goris, Kapan and Sisian", "Movses (Tavush, Armenia)"
		case d.Dateline(i):
			x.excluded[k] = true // where the report was filed
		case x.yearJoined(k):
			x.excluded[k] = true // "Vostok-2022", "Kavkaz-2020": the name of an exercise
		case prev == "in" && i > 1 && x.tokIn(i-2, "seat_body"):
			x.seat[k] = true // "the government in Port Sudan blamed …": where a body sits
		}
	}
	for _, sn := range x.sents {
		for _, k := range sn.mentions {
			if sn.inCitation(d.Mentions[k].Start) {
				x.excluded[k] = true // "(Turan, June 5)": a source, not a place
			}
		}
	}
}

// listJoined reports whether the text between two mentions joins them in a list: a comma, "and",
// or both.
func listJoined(gap string) bool {
	g := strings.TrimSpace(gap)
	g = strings.TrimSpace(strings.TrimPrefix(g, ","))
	return g == "" && strings.Contains(gap, ",") || g == "and"
}

// isHeadline reports whether a sentence is written in title case, like a headline: no full stop
// at its end, and most of its longer words capitalised.
func isHeadline(d *geo.Doc, t0, t1 int) bool {
	if t1 <= t0 {
		return false
	}
	rest := strings.TrimRight(d.Text[d.Tokens[t1-1].End:], " \t")
	if rest != "" && strings.ContainsAny(rest[:1], ".!?") {
		return false
	}
	caps, words := 0, 0
	for i := t0; i < t1; i++ {
		t := d.Tokens[i].Text
		if len(t) < 4 {
			continue
		}
		words++
		if d.Capitalised(i) {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*8
}

// inSentence finds the triggers of sentence si and makes an event of each.
func (x *extraction) inSentence(si int) []event {
	s := &x.sents[si]
	if s.title {
		return nil
	}
	var out []event
	trs := x.triggers(s)
	evs := x.evBuf[:0] // scratch: only copies of its events leave
	for _, tr := range trs {
		ev, ok := x.build(si, tr, trs)
		if !ok {
			continue
		}
		evs = append(evs, ev)
		evs = append(evs, x.listedPlaces(s, ev)...)
	}
	x.evBuf = evs[:0]
	evs = dropWeak(evs)
	evs = exerciseSites(evs)
	for _, ev := range evs {
		// two triggers of one type at one place in one sentence report one event
		dup := false
		for k := range out {
			if out[k].EventType == ev.EventType && out[k].PlaceID == ev.PlaceID && out[k].placeless == ev.placeless {
				mergeInto(&out[k].Event, &ev.Event)
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, ev)
		}
	}
	return out
}

// exerciseSites places an exercise its sentence gives no place of its own where the sentence
// deploys troops after it: "Russia and Belarus kicked off drills on Thursday, with troops
// deployed at ranges near Baranovichi" is an exercise at Baranovichi, and the deployment is the
// exercise's. A deployment told first ("Russia sent troops to X for drills") stays its own event.
func exerciseSites(evs []event) []event {
	for i := range evs {
		ex := &evs[i]
		if ex.EventType != TypeExercise || !ex.placeless {
			continue
		}
		for j := range evs {
			d := &evs[j]
			if d.EventType != TypeDeployment || d.placeless || d.trig < ex.trig || d.Modality != ex.Modality {
				continue
			}
			d.EventType, d.SubType = TypeExercise, ex.SubType
			actors := append([]string(nil), ex.Actors...)
			for _, a := range d.Actors {
				if !containsFold(actors, a) {
					actors = append(actors, a)
				}
			}
			d.Actors = actors
			if ex.DateStart != "" {
				d.Date, d.DatePrecision, d.DateStart, d.DateEnd, d.DateSource = ex.Date, ex.DatePrecision, ex.DateStart, ex.DateEnd, ex.DateSource
			}
			return append(evs[:i:i], evs[i+1:]...)
		}
	}
	return evs
}

// dropWeak drops the events of weak triggers ("the army in Kalbajar", "the army base") at a place
// that another trigger of the sentence takes: "positions of the army in Kalbajar came under fire".
func dropWeak(evs []event) []event {
	taken := func(i int) bool {
		e := &evs[i]
		for j := range evs {
			if o := &evs[j]; i != j && e.weak && !o.weak && !o.placeless && o.PlaceID == e.PlaceID {
				return true
			}
		}
		return false
	}
	var kept []event
	for i := range evs {
		if taken(i) {
			if kept == nil {
				kept = append(make([]event, 0, len(evs)-1), evs[:i]...)
			}
		} else if kept != nil {
			kept = append(kept, evs[i])
		}
	}
	if kept == nil {
		return evs // the usual case: nothing to drop, nothing to copy
	}
	return kept
}

// triggers lists the event words of a sentence: the lexicon's matches (data/lexicon), then
// casualties that no event word explains (armed people killed or wounded: a clash). A named
// document's or meeting's own trigger ("the Shusha Declaration") replaces a plain one at the
// same word.
func (x *extraction) triggers(s *sentence) []trigger {
	if !s.trsDone {
		s.trs, s.trsDone = x.matchTriggers(s), true
	}
	return s.trs
}

// matchTriggers is triggers, uncached.
func (x *extraction) matchTriggers(s *sentence) []trigger {
	d := x.doc
	var out []trigger
	for _, m := range x.lex.matchSentence(d, x.cls, s.t0, s.t1, s.mentions) {
		out = append(out, trigger{tok: m.head, typ: m.rule.typ, subType: m.rule.subType, weak: m.rule.weak})
	}
	if len(out) == 0 {
		if i, ok := x.casualties(s); ok {
			out = append(out, trigger{tok: i, typ: TypeClash})
		}
	}
	named := map[int]bool{}
	for _, t := range out {
		if t.subType == "named" {
			named[t.tok] = true
		}
	}
	kept := out[:0]
	for _, t := range out {
		if t.subType != "named" && named[t.tok] {
			continue
		}
		kept = append(kept, t)
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].tok < kept[j].tok })
	return kept
}

// casualties finds soldiers killed or wounded in a sentence with no other word for what
// happened — armed violence — and returns the word that says so.
func (x *extraction) casualties(s *sentence) (int, bool) {
	d := x.doc
	harm, mine := false, false
	harmC, mineC := x.cls.ref("harm"), x.cls.ref("mine")
	for i := s.t0; i < s.t1; i++ {
		harm = harm || x.cls.is(i, harmC)
		mine = mine || x.cls.is(i, mineC)
	}
	if !harm || mine || !x.armedClause(s) {
		return 0, false
	}
	c := FindCounts(d.Text, d.Tokens[s.t0:s.t1])
	if c.Fatalities == 0 && c.Injured == 0 {
		return 0, false
	}
	for i := s.t0; i < s.t1; i++ {
		if deathWords[d.Tokens[i].Text] || injuryWords[d.Tokens[i].Text] {
			return i, true
		}
	}
	return 0, false
}

// demonymAt reports whether token i is a demonym ("the Russian base").
func (x *extraction) demonymAt(i int) bool {
	if i < 0 || i >= len(x.doc.Tokens) {
		return false
	}
	at := x.doc.Tokens[i].Start
	for _, h := range x.doc.Demonyms {
		if h.Start == at {
			return true
		}
	}
	return false
}

// armedClause reports whether a sentence speaks of armed people: soldiers, troops, forces, army
// (the lexicon's class armed).
func (x *extraction) armedClause(s *sentence) bool {
	armed := x.cls.ref("armed")
	for i := s.t0; i < s.t1; i++ {
		if x.cls.is(i, armed) {
			return true
		}
	}
	return false
}

// build makes the event of one trigger: where, when, who, how many, how sure.
func (x *extraction) build(si int, tr trigger, all []trigger) (event, bool) {
	d := x.doc
	s := &x.sents[si]
	c0, c1 := x.clause(s, tr.tok)
	ev := event{sentence: si, mention: -1, trig: tr.tok}
	ev.EventType = tr.typ
	ev.SubType = tr.subType
	ev.weak = tr.weak
	if tr.subType == "named" {
		ev.SubType = ""
	}
	// where
	mk, near := x.place(s, tr, c0, c1, all)
	var pl *geo.Place
	placeStart, placeEnd := 0, 0
	switch {
	case mk >= 0:
		m := d.Mentions[mk]
		pl = m.Place
		ev.mention = mk
		near = near || m.Near
		placeStart, placeEnd = m.Start, m.End
	case tr.typ == TypeMeeting:
		return ev, false // where people met is never guessed
	case tr.typ == TypeAgreement:
		ev.venueless = true // signed where the article's talks were, if it reports any (finish)
	default:
		if ak, as, ae := x.anaphor(s, c0, c1); ak >= 0 {
			pl = d.Mentions[ak].Place
			ev.anaphoric, ev.byAnaphor = true, true
			placeStart, placeEnd = as, ae
		} else if fk, at, ok := x.fallback(si, c0, c1); ok {
			// a place the gazetteer lacks: its district, region or country, less precisely
			pl, near = d.Mentions[fk].Place, true
			ev.anaphoric = true
			placeStart, placeEnd = d.Tokens[at].Start, d.Tokens[at].End
		}
	}
	if pl == nil || ev.venueless {
		ev.placeless = true
	} else {
		ev.Place, ev.PlaceID, ev.Country, ev.Admin1 = pl.Name, pl.ID, pl.Country, pl.Admin1
		ev.Lon, ev.Lat = pl.Lon, pl.Lat
		ev.Level = string(pl.Level)
		ev.GeoPrecision = precision(pl, near)
	}
	// when: the date nearest the trigger in its clause, else in the sentence, else a citation
	w, dated := x.when(s, tr, c0, c1, all)
	if dated {
		ev.Date, ev.DatePrecision, ev.DateStart, ev.DateEnd = w.Date, w.Precision, w.From, w.To
		ev.DateSource = DateSourceText
	} else {
		ev.DatePrecision = "unknown"
	}
	ev.Timing = x.timing(s, tr.tok, c0, c1, w, dated)
	// who: for a deployment, exercise or parade the subject before the trigger, if named;
	// otherwise every state in the clause ("signed … between Turkey, Azerbaijan and Pakistan")
	switch tr.typ {
	case TypeDeployment, TypeExercise, TypeParade, TypeIncident:
		ev.Actors = x.actorsIn(s, d.Tokens[c0].Start, d.Tokens[tr.tok].Start)
	}
	if len(ev.Actors) == 0 {
		ev.Actors = x.actors(s, c0, c1)
	}
	if tr.typ == TypeClash && pl != nil {
		ev.Actors = x.withAttacked(ev.Actors, pl)
	}
	// how many
	counts := x.countsFor(si, tr, pl, c0, c1, all)
	if troopTypes[tr.typ] {
		ev.Troops = counts.Troops
		ev.Stated |= counts.StatedBits() & StatedTroops
	}
	if casualtyTypes[tr.typ] {
		ev.Fatalities, ev.Injured = counts.Fatalities, counts.Injured
		ev.Stated |= counts.StatedBits() & casualtyBits
	}
	ev.CountsHedge = countsHedge(&ev.Event, counts)
	ev.Modality = x.modality(s, tr.tok)
	if ev.SubType == "" && tr.typ == TypeDeployment {
		ev.SubType = deploymentKind(d.Tokens[c0:c1])
	}
	// the source
	src := Source{ArticleID: x.a.ID, Title: x.a.Title, Publication: x.a.Publication, Published: x.a.Published,
		URL: x.a.URL, Quote: d.Text[s.Start:s.End], Start: s.Start, End: s.End}
	if placeStart >= s.Start && placeEnd <= s.End && placeEnd > placeStart {
		src.PlaceStart, src.PlaceEnd = placeStart-s.Start, placeEnd-s.Start
	}
	ev.Sources = []Source{src}
	ev.Confidence = confidence(&ev)
	return ev, true
}
