package layers

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

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
	mention   int // the mention that places it; -1 if none
	weak      bool
}

// extractEvents finds the events of one article.
func extractEvents(a Article, doc *geo.Doc, g *geo.Gazetteer, orgs []orgAlias, lex *Lexicon) []Event {
	x := &extraction{a: a, doc: doc, g: g, orgs: orgs, lex: lex}
	x.sentences()
	var found []event
	for si := range x.sents {
		found = append(found, x.inSentence(si)...)
	}
	evs := finish(a, found)
	x.settleDates(evs)
	return evs
}

type extraction struct {
	g     *geo.Gazetteer
	orgs  []orgAlias
	lex   *Lexicon
	a     Article
	doc   *geo.Doc
	sents []sentence
	// covered marks the tokens inside place names of any role.
	covered []bool
	// excluded marks mentions that never place an event: an origin ("from Moscow"), an
	// affiliation ("Rustam Muradov of Dagestan", "Brigade of Bolu") or a border ("between X and Y").
	excluded map[int]bool
	ref      dateRef // the article's own date
}

func (x *extraction) sentences() {
	d := x.doc
	spans := Sentences(d.Text)
	x.excluded = map[int]bool{}
	x.covered = make([]bool, len(d.Tokens))
	for _, mt := range d.MentionTokens {
		for i := mt[0]; i < mt[1] && i < len(d.Tokens); i++ {
			x.covered[i] = true
		}
	}
	x.ref = articleDate(d.Text, x.a.Published)
	ti, mi := 0, 0
	for _, sp := range spans {
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
		s.dates = x.ref.sentenceDates(FindDates(d.Text, sp, x.ref.pub))
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
		case prev == "from", x.originBefore(i):
			x.excluded[k] = true
		case prev == "of" && i > 1 && d.Capitalised(i-2):
			x.excluded[k] = true
		case m.Border:
			x.excluded[k] = true // a line along the place, not a point in it
		case (prev == "and" || prev == ",") && k > 0 && x.excluded[k-1] && d.MentionTokens[k-1][1] >= i-2:
			x.excluded[k] = true
		case d.Dateline(i):
			x.excluded[k] = true // where the report was filed
		case x.yearJoined(k):
			x.excluded[k] = true // "Vostok-2022", "Kavkaz-2020": the name of an exercise
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

// originBefore reports whether the place at token i is an origin a few words after "from": "took
// off from an airfield near Ulyanovsk", "fired from positions in Chinari".
func (x *extraction) originBefore(i int) bool {
	d := x.doc
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := d.Tokens[k].Text
		if t == "from" {
			return true
		}
		if x.covered[k] {
			// "from Turkey arrived in Fuzuli": the origin is the other place; but "from an
			// airfield near Ulyanovsk on the Volga" goes on naming the origin
			return k < i-1 && x.excludedAtToken(k) && x.allInClass(k+1, i, "origin_link")
		}
		if strings.ContainsAny(d.Text[d.Tokens[k].End:d.Tokens[k+1].Start], ",;:()") || x.lex.InClass(t, "goal") {
			return false
		}
	}
	return false
}

// allInClass reports whether every token in [i, j) is a word of a lexicon class.
func (x *extraction) allInClass(i, j int, class string) bool {
	for k := i; k < j; k++ {
		if !x.lex.InClass(x.doc.Tokens[k].Text, class) {
			return false
		}
	}
	return true
}

// yearJoined reports whether mention k is joined by a hyphen to a year: "Zapad-2021".
func (x *extraction) yearJoined(k int) bool {
	d := x.doc
	j := d.MentionTokens[k][1]
	if j >= len(d.Tokens) || d.Text[d.Tokens[j-1].End:d.Tokens[j].Start] != "-" {
		return false
	}
	t := d.Tokens[j].Text
	return len(t) == 4 && (strings.HasPrefix(t, "19") || strings.HasPrefix(t, "20"))
}

// excludedAtToken reports whether the mention covering token k is excluded already.
func (x *extraction) excludedAtToken(k int) bool {
	for m, mt := range x.doc.MentionTokens {
		if mt[0] <= k && k < mt[1] {
			return x.excluded[m] && x.doc.Tokens[k].Start > 0 && !x.doc.Dateline(mt[0])
		}
	}
	return false
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
	var evs []event
	for _, tr := range trs {
		ev, ok := x.build(si, tr, trs)
		if !ok {
			continue
		}
		evs = append(evs, ev)
		evs = append(evs, x.listedPlaces(s, ev)...)
	}
	evs = dropWeak(evs)
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

// dropWeak drops the events of weak triggers ("the army in Kalbajar", "the army base") at a place
// that another trigger of the sentence takes: "positions of the army in Kalbajar came under fire".
func dropWeak(evs []event) []event {
	var kept []event
	for i, e := range evs {
		taken := false
		for j, o := range evs {
			if i != j && e.weak && !o.weak && !o.placeless && o.PlaceID == e.PlaceID {
				taken = true
				break
			}
		}
		if !taken {
			kept = append(kept, e)
		}
	}
	return kept
}

// listedPlaces repeats an event at each further place of a list that follows its own:
// "forces took Hadrut, Jabrayil and Zangilan". Counts stay with the first.
func (x *extraction) listedPlaces(s *sentence, ev event) []event {
	d := x.doc
	var out []event
	prev := ev.mention
	for k := ev.mention + 1; prev >= 0 && k < len(d.Mentions) && d.Mentions[k].End <= s.End; k++ {
		m := d.Mentions[k]
		between := strings.TrimSpace(d.Text[d.Mentions[prev].End:m.Start])
		switch between {
		case ",", "and", ", and", "or", ", or":
		default:
			return out
		}
		pp := d.Mentions[prev].Place
		if m.Role != geo.RoleLocation || m.Place == nil || x.excluded[k] || levelClass(m.Place.Level) != levelClass(pp.Level) ||
			m.Place.Admin1 == pp.Name || pp.Admin1 == m.Place.Name {
			return out // "in Kalbajar, Azerbaijan", "in Kapan, Syunik": a place and what holds it
		}
		e := ev
		e.mention = k
		e.Place, e.PlaceID, e.Country, e.Admin1 = m.Place.Name, m.Place.ID, m.Place.Country, m.Place.Admin1
		e.Lon, e.Lat, e.Level = m.Place.Lon, m.Place.Lat, string(m.Place.Level)
		e.GeoPrecision = precision(m.Place, m.Near)
		e.Troops, e.Fatalities, e.Injured, e.CountsHedge = 0, 0, 0, ""
		e.Actors = append([]string(nil), ev.Actors...)
		src := ev.Sources[0]
		src.PlaceStart, src.PlaceEnd = m.Start-src.Start, m.End-src.Start
		e.Sources = []Source{src}
		out = append(out, e)
		prev = k
	}
	return out
}

// meetingPrep reports whether the place at token a is introduced as a meeting's venue: "in",
// "at" or "to" before it ("talks in Washington", "a visit to Yerevan").
func meetingPrep(d *geo.Doc, a int) bool {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		switch d.Tokens[k].Text {
		case "the", "a", "capital", "city", "town", "of":
			continue
		case "in", "at", "to", "visit", "visits", "visited", "visiting", "toured", "tour", "hosted", "hosts":
			return true // "talks in Washington", "will visit Yerevan"
		}
		return false
	}
	return false
}

// venuePrep reports whether the place at token a is introduced as where something was signed:
// "in" or "at" before it ("signed in Ankara", "at a ceremony in the capital Baku").
func venuePrep(d *geo.Doc, a int) bool {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		switch d.Tokens[k].Text {
		case "the", "capital", "city", "town", "of":
			continue
		case "in", "at":
			return true
		}
		return false
	}
	return false
}

// levelClass groups levels that a list mixes freely: towns, villages and divisions ("in Tovuz,
// Kalbajar and Dashkasan districts"); regions; countries.
func levelClass(l geo.Level) geo.Level {
	switch l {
	case geo.LevelVillage, geo.LevelDistrict, geo.LevelAdmin1:
		return geo.LevelCity
	}
	return l
}

// triggers lists the event words of a sentence: the lexicon's matches (data/lexicon), then
// casualties that no event word explains (armed people killed or wounded: a clash). A named
// document's or meeting's own trigger ("the Shusha Declaration") replaces a plain one at the
// same word.
func (x *extraction) triggers(s *sentence) []trigger {
	d := x.doc
	var out []trigger
	for _, m := range x.lex.matchSentence(d, s.t0, s.t1, s.mentions) {
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
	for i := s.t0; i < s.t1; i++ {
		harm = harm || x.lex.InClass(d.Tokens[i].Text, "harm")
		mine = mine || x.lex.InClass(d.Tokens[i].Text, "mine")
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

// placeAt reports whether a location mention starts at token i.
func (x *extraction) placeAt(i int) bool {
	for k, mt := range x.doc.MentionTokens {
		if mt[0] == i {
			return x.doc.Mentions[k].Role == geo.RoleLocation
		}
	}
	return false
}

// armedClause reports whether a sentence speaks of armed people: soldiers, troops, forces, army
// (the lexicon's class armed).
func (x *extraction) armedClause(s *sentence) bool {
	for i := s.t0; i < s.t1; i++ {
		if x.lex.InClass(x.doc.Tokens[i].Text, "armed") {
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
	ev := event{sentence: si, mention: -1}
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
	case tr.typ == TypeAgreement || tr.typ == TypeMeeting:
		return ev, false // where a document was signed or people met is never guessed
	default:
		if ak, as, ae := x.anaphor(s, c0, c1); ak >= 0 {
			pl = d.Mentions[ak].Place
			ev.anaphoric = true
			placeStart, placeEnd = as, ae
		} else if fk, at, ok := x.fallback(si, c0, c1); ok {
			// a place the gazetteer lacks: its district, region or country, less precisely
			pl, near = d.Mentions[fk].Place, true
			ev.anaphoric = true
			placeStart, placeEnd = d.Tokens[at].Start, d.Tokens[at].End
		}
	}
	if pl == nil {
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
	// how many
	counts := x.countsFor(si, tr, c0, c1, all)
	if troopTypes[tr.typ] {
		ev.Troops = counts.Troops
	}
	if casualtyTypes[tr.typ] {
		ev.Fatalities, ev.Injured = counts.Fatalities, counts.Injured
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

// clause returns the token range of the clause around token i: the sentence cut at semicolons,
// dashes and ", which" / ", while" / "; and".
func (x *extraction) clause(s *sentence, i int) (int, int) {
	d := x.doc
	cut := func(k int) bool { // does a clause boundary stand before token k?
		g := strings.TrimSpace(d.Text[d.Tokens[k-1].End:d.Tokens[k].Start])
		if strings.ContainsAny(g, ";") {
			return true
		}
		if strings.HasPrefix(g, ",") || g == "—" {
			switch d.Tokens[k].Text {
			case "which", "while", "whereas", "although", "though":
				return true
			}
		}
		return false
	}
	c0, c1 := i, i+1
	for c0 > s.t0 && !cut(c0) {
		c0--
	}
	for c1 < s.t1 && !cut(c1) {
		c1++
	}
	return c0, c1
}

// place picks the mention that places a trigger: a location in its clause, after the trigger
// (within 24 words) before one in front of it (within 6, or 12 when nothing nearer), nearest
// first. Agreements named after
// their place ("the Shusha Declaration") take that place.
func (x *extraction) place(s *sentence, tr trigger, c0, c1 int, all []trigger) (int, bool) {
	d := x.doc
	// a place beyond another trigger of another type is that one's: "brokered a ceasefire in
	// 2020 and has 2,000 peacekeepers stationed in Nagorno-Karabakh"
	beyond := func(a int) bool {
		for _, o := range all {
			if o.typ != tr.typ && !o.weak && (tr.tok < o.tok && o.tok < a || a < o.tok && o.tok < tr.tok) {
				return true
			}
		}
		return false
	}
	if tr.subType == "named" {
		for _, k := range s.mentions {
			if d.Mentions[k].Role == geo.RoleName && d.MentionTokens[k][1] == tr.tok {
				return k, false
			}
		}
		return -1, false
	}
	best, bestDist := -1, 1<<30
	for _, k := range s.mentions {
		m := d.Mentions[k]
		if m.Role != geo.RoleLocation || m.Place == nil || x.excluded[k] {
			continue
		}
		a, b := d.MentionTokens[k][0], d.MentionTokens[k][1]
		if a < c0 || b > c1 {
			continue
		}
		// "In Moscow, Putin met Aliyev": a place fronted with "in" or "at" frames the sentence
		fronted := a < tr.tok && a >= 1 && a-1 == s.t0 && x.lex.InClass(d.Tokens[a-1].Text, "locative") &&
			strings.HasPrefix(strings.TrimSpace(d.Text[d.Tokens[b-1].End:]), ",")
		var dist int
		switch {
		case a > tr.tok:
			dist = a - tr.tok
			if dist > 24 {
				continue // a parenthetical may stand between: "shelling, with artillery …, against positions near X"
			}
		case fronted:
			dist = 12
		default:
			dist = tr.tok - b + 1
			switch {
			case dist > 12 || x.asideBetween(b, tr.tok) && (x.commaBefore(a, 6) || x.lex.InClass(d.Tokens[s.t0].Text, "fronting")):
				continue // an aside: "the government, now based in Port Sudan, called the attack"
			case dist > 6:
				dist += 24 // "positions near X … came under fire": only when nothing nearer
			default:
				dist += 4 // a place after the trigger is the likelier attachment
			}
		}
		if tr.typ == TypeMeeting && (a < tr.tok && !fronted && tr.tok-b > 3 || !meetingPrep(d, a)) {
			continue // "met … in Moscow", "a visit to Yerevan", not "talks on … Syunik"
		}
		if tr.typ == TypeAgreement && !fronted && !venuePrep(d, a) {
			continue // "signed in Ankara", not "deploying to Karabakh after … signed a deal"
		}
		if beyond(a) || a < tr.tok && x.reportingBetween(b, tr.tok) || b < c1 && x.reportingBetween(b, b+1) ||
			a < tr.tok && x.classBetween(b, tr.tok, "decide") || a > tr.tok && x.classBetween(tr.tok+1, a, "time_anchor") {
			continue // "in Moscow, the ministry said it…", "…, the ministry in Moscow said"
		}
		if dist < bestDist || dist == bestDist && best >= 0 && m.Place.Level.Rank() > d.Mentions[best].Place.Level.Rank() {
			best, bestDist = k, dist
		}
	}
	// "in Armenia's Syunik province", "in Azerbaijan, in the Kalbajar district": a more precise
	// place right after the chosen one narrows it
	if k := best + 1; best >= 0 && d.Mentions[best].Place.Level.Rank() <= geo.LevelAdmin1.Rank() && k < len(d.Mentions) {
		m := d.Mentions[k]
		a, b := d.MentionTokens[best][1], d.MentionTokens[k][0]
		between := ""
		if b > a {
			between = d.Text[d.Tokens[a].Start:d.Tokens[b-1].End]
		}
		if b-a <= 3 && m.Role == geo.RoleLocation && m.Place != nil && !x.excluded[k] &&
			!strings.Contains(" "+between+" ", " to ") && !strings.Contains(" "+between+" ", " from ") &&
			m.Place.Level.Rank() > d.Mentions[best].Place.Level.Rank() &&
			(m.Place.Country == d.Mentions[best].Place.Country || d.Mentions[best].Place.Country == "") {
			best = k
		}
	}
	return best, false
}

// reportingBetween reports whether a reporting verb stands in tokens [i, j): a place before it
// frames who speaks, not what is reported ("In Moscow, the ministry said it intercepted drones").
func (x *extraction) reportingBetween(i, j int) bool { return x.classBetween(i, j, "report") }

// asideBetween reports whether a comma or semicolon stands between token b-1 and token t, other
// than the one before "where" ("Baranovichi, where they were deployed").
func (x *extraction) asideBetween(b, t int) bool {
	d := x.doc
	gap := d.Text[d.Tokens[b-1].End:d.Tokens[t].Start]
	if strings.HasPrefix(strings.TrimSpace(d.Text[d.Tokens[b-1].End:d.Tokens[b].Start]), ",") && d.Tokens[b].Text == "where" {
		gap = d.Text[d.Tokens[b].Start:d.Tokens[t].Start]
	}
	return strings.ContainsAny(gap, ",;")
}

// commaBefore reports whether a comma stands within n tokens before token a: the place opens
// an aside.
func (x *extraction) commaBefore(a, n int) bool {
	d := x.doc
	for k := a; k > 0 && k > a-n; k-- {
		if strings.Contains(d.Text[d.Tokens[k-1].End:d.Tokens[k].Start], ",") {
			return true
		}
	}
	return false
}

// classBetween reports whether a word of a lexicon class stands in tokens [i, j).
func (x *extraction) classBetween(i, j int, class string) bool {
	for k := i; k < j; k++ {
		if x.lex.InClass(x.doc.Tokens[k].Text, class) {
			return true
		}
	}
	return false
}

// anaphor resolves "the region", "this area", "the city", "there" in a clause to the place most
// recently in focus: for a region noun (lexicon class anaphor_region) the last region named as a
// location before it; for a town noun (anaphor_town) the last town or village named in this or
// the two sentences before; for "there" the last location of any kind named there. It returns
// the mention and where the anaphor stands.
func (x *extraction) anaphor(s *sentence, c0, c1 int) (int, int, int) {
	d := x.doc
	for i := c0; i < c1; i++ {
		t := d.Tokens[i].Text
		var want func(*geo.Place) bool
		near := false // only a place named in this or the two sentences before
		switch {
		case t == "there":
			// not the "there" of "there is", "there have been"
			nx := ""
			if i+1 < len(d.Tokens) {
				nx = d.Tokens[i+1].Text
			}
			if !beVerb(nx) && !(i > 0 && d.Capitalised(i)) {
				want, near = func(*geo.Place) bool { return true }, true
			}
		case x.anaphorNoun(i, c1):
			if x.lex.InClass(t, "anaphor_town") {
				want, near = func(p *geo.Place) bool { return p.Level == geo.LevelCity || p.Level == geo.LevelVillage }, true
			} else {
				want = func(p *geo.Place) bool { return p.Level == geo.LevelRegion }
			}
		}
		if want == nil {
			continue
		}
		if k := x.lastPlace(s, d.Tokens[i].Start, near, want); k >= 0 {
			start := d.Tokens[i].Start
			if i > 0 && anaphorDets[d.Tokens[i-1].Text] {
				start = d.Tokens[i-1].Start
			}
			return k, start, d.Tokens[i].End
		}
		return -1, 0, 0
	}
	return -1, 0, 0
}

// anaphorNoun reports whether token i is "the region", "this area", "the war-torn region", "the
// city" — not "the region of X" (X is named) nor "the region's" (an actor).
func (x *extraction) anaphorNoun(i, c1 int) bool {
	d := x.doc
	t := d.Tokens[i].Text
	if !x.lex.InClass(t, "anaphor_region") && !x.lex.InClass(t, "anaphor_town") || i == 0 {
		return false
	}
	if !anaphorDets[d.Tokens[i-1].Text] && !(i > 1 && anaphorDets[d.Tokens[i-2].Text] && d.Tokens[i-1].Text != "of") {
		return false
	}
	if i+2 < c1 && d.Tokens[i+1].Text == "of" && d.Capitalised(i+2) {
		return false
	}
	rest := d.Text[d.Tokens[i].End:]
	return !strings.HasPrefix(rest, "’s") && !strings.HasPrefix(rest, "'s")
}

// lastPlace is the last location mention before offset at whose place want accepts; with near,
// only in sentence s or the two before it.
func (x *extraction) lastPlace(s *sentence, at int, near bool, want func(*geo.Place) bool) int {
	d := x.doc
	from := 0
	if near {
		from = s.Start
		for i := range x.sents {
			if x.sents[i].Start == s.Start {
				from = x.sents[max(0, i-2)].Start
				break
			}
		}
	}
	for k := len(d.Mentions) - 1; k >= 0; k-- {
		m := d.Mentions[k]
		if m.Start >= at || m.Role != geo.RoleLocation || x.excluded[k] || m.Place == nil {
			continue
		}
		if m.Start < from {
			return -1
		}
		if want(m.Place) {
			return k
		}
	}
	return -1
}

func beVerb(w string) bool {
	switch w {
	case "is", "was", "are", "were", "be", "been", "have", "has", "had", "will", "would", "seems", "seem", "appears", "remain", "remains", "exists", "exist", "could", "may", "might", "must":
		return true
	}
	return false
}

// when picks the date of a trigger: in its clause, the nearest date after it, else before it,
// that no other trigger stands between ("the intervention in Cyprus in 1974 and the operations in
// Iraq during the 1990s"); else any date of its clause or sentence; else the sentence's citation.
func (x *extraction) when(s *sentence, tr trigger, c0, c1 int, all []trigger) (When, bool) {
	d := x.doc
	tok := tr.tok
	at := d.Tokens[tok].Start
	clear := func(w When) bool {
		for _, o := range all {
			oat := d.Tokens[o.tok].Start
			if o.tok != tok && (at < oat && oat < w.Start || w.End <= oat && oat < at) {
				return false
			}
		}
		return true
	}
	lo, hi := d.Tokens[c0].Start, d.Tokens[c1-1].End
	serves := func(w When) bool {
		return servesTrigger(w, at, lo, hi, tr.typ) && !(w.Period && inAside(d.Text, s.Span, w.Start, at))
	}
	pick := func(ok func(When) bool) (When, bool) {
		best, bestDist := When{}, -1
		for _, w := range s.dates {
			if !ok(w) || !serves(w) {
				continue
			}
			dist := w.Start - at
			if dist < 0 {
				dist = -dist
			}
			if bestDist < 0 || dist < bestDist {
				best, bestDist = w, dist
			}
		}
		return best, bestDist >= 0
	}
	inClause := func(w When) bool { return !w.Citation && w.Start >= lo && w.End <= hi }
	// "the next day", "two days later": from the last day named before this sentence
	if w, ok := x.relativeDay(s); ok && !slices.ContainsFunc(s.dates, func(w When) bool { return !w.Citation && serves(w) }) {
		return w, true
	}
	// in the clause, with no other trigger in between: the most precise date ("On July 20 … for
	// the second time this year"), after the trigger before one in front of it
	var best When
	bestKey := -1
	for _, w := range s.dates {
		if !inClause(w) || !clear(w) || !serves(w) {
			continue
		}
		key := datePrecisionRank(w.Precision) * 4
		if w.Start > at {
			key += 2
		}
		if key > bestKey {
			best, bestKey = w, key
		}
	}
	if bestKey >= 0 {
		return best, true
	}
	for _, ok := range []func(When) bool{
		inClause,
		func(w When) bool { return !w.Citation },
		func(w When) bool { return w.Citation },
	} {
		if w, found := pick(ok); found {
			return w, true
		}
	}
	return When{}, false
}

var reDayAfter = regexp.MustCompile(`\b(?:[Tt]he (next|following|same|previous) day|[Aa] day (later|earlier)|(two|three|four|five|six|\d) days (later|earlier))\b`)

// relativeDay resolves "the next day" and the like against the last day-precise date given in
// an earlier sentence of the same article.
func (x *extraction) relativeDay(s *sentence) (When, bool) {
	text := x.doc.Text[s.Start:s.End]
	if !strings.Contains(text, "day") {
		return When{}, false
	}
	m := reDayAfter.FindStringSubmatch(text)
	if m == nil {
		return When{}, false
	}
	var base When
	found := false
	for i := len(x.sents) - 1; i >= 0 && !found; i-- {
		p := &x.sents[i]
		if p.Start >= s.Start {
			continue
		}
		for k := len(p.dates) - 1; k >= 0; k-- {
			if p.dates[k].Precision == "day" && !p.dates[k].Citation {
				base, found = p.dates[k], true
				break
			}
		}
	}
	if !found {
		return When{}, false
	}
	n := 0
	switch {
	case m[1] == "next" || m[1] == "following" || m[2] == "later":
		n = 1
	case m[1] == "previous" || m[2] == "earlier":
		n = -1
	case m[3] != "":
		n = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}[m[3]]
		if n == 0 {
			n = int(m[3][0] - '0')
		}
		if m[4] == "earlier" {
			n = -n
		}
	}
	day := addDays(base.Date, n)
	return When{Date: day, Precision: "day", From: day, To: day}, true
}

// actors are the states a clause names as actors, by country, capital or demonym, in canonical
// names; if the clause names none, the sentence's.
func (x *extraction) actors(s *sentence, c0, c1 int) []string {
	lo, hi := x.doc.Tokens[c0].Start, x.doc.Tokens[c1-1].End
	if a := x.actorsIn(s, lo, hi); len(a) > 0 {
		return a
	}
	// "Russia, which has its own base in Armenia": the clause before names the subject
	if a := x.actorsIn(s, s.Start, lo); len(a) > 0 {
		return a[len(a)-1:]
	}
	return x.actorsIn(s, s.Start, s.End)
}

func (x *extraction) actorsIn(s *sentence, lo, hi int) []string {
	d := x.doc
	var out []string
	add := func(name string) {
		for _, o := range out {
			if o == name {
				return
			}
		}
		out = append(out, name)
	}
	type hit struct {
		at   int
		name string
	}
	var hits []hit
	for _, k := range s.mentions {
		m := d.Mentions[k]
		// a state inside the name of its body acts through it: "Military Forces of Azerbaijan",
		// "the President of Armenia"
		stateBody := m.Role == geo.RoleName && m.Place != nil && m.Place.Level == geo.LevelCountry
		if m.Start < lo || m.End > hi || m.Role != geo.RoleActor && !stateBody || m.Place == nil || s.inCitation(m.Start) {
			continue
		}
		if name := x.actorName(m.Place); name != "" {
			hits = append(hits, hit{m.Start, name})
		}
	}
	for _, h := range d.Demonyms {
		if h.Start >= lo && h.End <= hi && !s.inCitation(h.Start) {
			hits = append(hits, hit{h.Start, h.Country.Name})
		}
	}
	for _, o := range findOrgs(x.orgs, d.Text, lo, hi) {
		if !s.inCitation(o.start) {
			hits = append(hits, hit{o.start, o.name})
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	for _, h := range hits {
		add(h.name)
	}
	return out
}

// metonymOrgs are capitals that stand for an organisation rather than their state.
var metonymOrgs = map[string]string{"Brussels": "European Union"}

// actorName is the canonical actor a place stands for: a country's name, a capital's country.
func (x *extraction) actorName(p *geo.Place) string {
	if org, ok := metonymOrgs[p.Name]; ok && p.Capital {
		return org
	}
	if p.Level == geo.LevelCountry {
		return p.Name
	}
	if p.Capital {
		if c := x.g.Country(p.Country); c != nil {
			return c.Name
		}
	}
	return ""
}

// modality reads the words of the trigger's comma-delimited stretch: rumours and considering make
// it speculative, likely and will make it expected.
func (x *extraction) modality(s *sentence, tok int) string {
	d := x.doc
	lo, hi := tok, tok+1
	for lo > s.t0 && !strings.ContainsAny(d.Text[d.Tokens[lo-1].End:d.Tokens[lo].Start], ",;") {
		lo--
	}
	for hi < s.t1 && !strings.ContainsAny(d.Text[d.Tokens[hi-1].End:d.Tokens[hi].Start], ",;") {
		hi++
	}
	mod := "reported"
	for i := lo; i < hi; i++ {
		t := d.Tokens[i].Text
		if (t == "may" || t == "march") && d.Capitalised(i) {
			continue // the month
		}
		if x.lex.InClass(t, "speculative") {
			if (t == "may" || t == "might" || t == "could") && i+1 < hi && d.Tokens[i+1].Text == "have" {
				continue // "may have fueled": a guess about the past, not about this event
			}
			return "speculative"
		}
		if x.lex.InClass(t, "expected") {
			if t == "set" && !(i+1 < hi && d.Tokens[i+1].Text == "to") {
				continue
			}
			mod = "expected"
		}
	}
	return mod
}

// deploymentKind reads a deployment's sub_type from its clause's words.
func deploymentKind(toks []geo.Token) string {
	for i, t := range toks {
		switch t.Text {
		case "peacekeepers", "peacekeeping", "peacekeeper":
			return "peacekeeping"
		case "demining", "sappers", "deminers", "engineering":
			return "demining"
		case "mining":
			if i > 0 && toks[i-1].Text == "de" {
				return "demining"
			}
		case "aircraft", "jets", "fighters", "squadron", "f", "drones", "bombers", "helicopters":
			return "air"
		case "force":
			if i > 0 && toks[i-1].Text == "air" {
				return "air"
			}
		case "advisory", "advisers", "advisors", "instructors":
			return "advisory"
		case "base", "bases":
			return "base"
		}
	}
	return ""
}

// precision is geo_precision: 1 the place itself, 2 near it or its district, 3 a region, 4 a country.
func precision(p *geo.Place, near bool) int {
	switch p.Level {
	case geo.LevelCountry:
		return 4
	case geo.LevelRegion:
		return 3
	case geo.LevelAdmin1, geo.LevelDistrict:
		return 2
	}
	if near {
		return 2
	}
	return 1
}

func confidence(e *event) float64 {
	c := 0.45
	if !e.placeless && !e.anaphoric {
		c += 0.2
	}
	if e.GeoPrecision > 0 && e.GeoPrecision <= 2 {
		c += 0.1
	}
	if e.Date != "" {
		c += 0.1
	}
	if len(e.Actors) > 0 {
		c += 0.1
	}
	if e.Modality != "reported" {
		c -= 0.15
	}
	return float64(int(c*100+0.5)) / 100
}

// finish merges the events of one article: the same event told in several sentences becomes one
// feature; an event whose sentence names no place joins the event of the same type and actors
// that does, or is dropped. Features come newest first.
func finish(a Article, found []event) []Event {
	var placed []event
	for _, e := range found {
		if e.placeless {
			continue
		}
		merged := false
		for k := range placed {
			if SameEventInArticle(&placed[k].Event, &e.Event) {
				mergeInto(&placed[k].Event, &e.Event)
				merged = true
				break
			}
		}
		if !merged {
			placed = append(placed, e)
		}
	}
	// placeless reports join the nearest placed event of their type that shares an actor
	for _, e := range found {
		if !e.placeless || len(e.Actors) == 0 {
			continue
		}
		best, bestDist := -1, 1<<30
		for k := range placed {
			p := &placed[k]
			if p.EventType != e.EventType || !shareActor(p.Actors, e.Actors) || !subTypesAgree(p.SubType, e.SubType) || !datesOverlap(&p.Event, &e.Event) {
				continue
			}
			dist := p.sentence - e.sentence
			if dist < 0 {
				dist = -dist
			}
			if dist < bestDist {
				best, bestDist = k, dist
			}
		}
		if best >= 0 {
			ev := e.Event
			ev.SubType = ""
			ev.Actors = nil // it was matched by its actors; it adds none
			if placed[best].Date != "" {
				ev.Date, ev.DatePrecision, ev.DateStart, ev.DateEnd = "", "unknown", "", ""
			}
			mergeInto(&placed[best].Event, &ev)
		}
	}
	out := make([]Event, 0, len(placed))
	for _, e := range placed {
		ev := e.Event
		ev.ID = eventID(a.ID, &ev)
		ev.Title = eventTitle(&ev)
		out = append(out, ev)
	}
	sort.SliceStable(out, func(i, j int) bool {
		// newest first; undated last
		return out[i].DateEnd > out[j].DateEnd
	})
	return out
}

// SameEventInArticle reports whether two events of one article report the same thing: one type,
// one place, sub-types and actors that agree, dates that agree (within a month).
func SameEventInArticle(a, b *Event) bool {
	if a.EventType != b.EventType || a.PlaceID != b.PlaceID && !nestedPlaces(a, b) || !subTypesAgree(a.SubType, b.SubType) {
		return false
	}
	// fighting has two sides, and each report names whom it will: actors tell deployments,
	// exercises and visits apart, not clashes
	violent := a.EventType == TypeClash || a.EventType == TypeIncident
	if !violent && len(a.Actors) > 0 && len(b.Actors) > 0 && !shareActor(a.Actors, b.Actors) {
		return false
	}
	if a.DateStart != "" && b.DateStart != "" && !datesNear(a, b) {
		return false
	}
	if a.Modality != b.Modality && (a.Modality == "reported" || b.Modality == "reported") {
		return false
	}
	return true
}

func subTypesAgree(a, b string) bool { return a == "" || b == "" || a == b }

// datesNear reports whether two events' date ranges overlap or lie within 31 days of each other.
func datesNear(a, b *Event) bool {
	return a.DateStart <= addDays(b.DateEnd, 31) && b.DateStart <= addDays(a.DateEnd, 31)
}

// mergeInto folds one report of an event into another from the same article: MergeEvent, and
// the date range then spans every report ("November 30" and "December 17"), and each further
// source adds to the confidence.
func mergeInto(dst, src *Event) {
	start, end := dst.DateStart, dst.DateEnd
	MergeEvent(dst, src)
	for _, d := range []string{start, src.DateStart} {
		if d != "" && (dst.DateStart == "" || d < dst.DateStart) {
			dst.DateStart = d
		}
	}
	for _, d := range []string{end, src.DateEnd} {
		if d > dst.DateEnd {
			dst.DateEnd = d
		}
	}
	if len(dst.Sources) > 1 {
		dst.Confidence = min(0.95, dst.Confidence+0.05)
	}
}

// eventID is stable: the article, the type, the place and the first sentence that reports it.
func eventID(articleID string, e *Event) string {
	start := 0
	if len(e.Sources) > 0 {
		start = e.Sources[0].Start
	}
	sum := sha256.Sum256([]byte(fmt.Sprintf("%s|%s|%s|%d", articleID, e.EventType, e.PlaceID, start)))
	return e.EventType + "-" + hex.EncodeToString(sum[:6])
}

var typeWords = map[string]string{
	TypeDeployment: "deployment", TypeClash: "clashes", TypeIncident: "explosion", TypeExercise: "military exercises",
	TypeAgreement: "agreement", TypeParade: "military parade", TypeMeeting: "meeting",
}

// eventTitle is a one-line summary: "Russia: deployment of 1,960 troops — Nagorno-Karabakh".
func eventTitle(e *Event) string {
	what := typeWords[e.EventType]
	switch {
	case e.EventType == TypeDeployment && e.SubType == "peacekeeping":
		what = "peacekeeping deployment"
	case e.EventType == TypeDeployment && e.SubType == "demining":
		what = "de-mining deployment"
	case e.EventType == TypeDeployment && e.SubType == "base":
		what = "military base"
	case e.EventType == TypeDeployment && e.SubType == "air":
		what = "air force deployment"
	case e.EventType == TypeIncident && e.SubType == "landmine":
		what = "landmine explosion"
	}
	var b strings.Builder
	if len(e.Actors) > 0 {
		b.WriteString(strings.Join(e.Actors[:min(len(e.Actors), 3)], ", "))
		b.WriteString(": ")
	}
	b.WriteString(what)
	if e.Troops > 0 {
		fmt.Fprintf(&b, " of %s troops", thousands(e.Troops))
	}
	if e.Fatalities > 0 || e.Injured > 0 {
		var parts []string
		if e.Fatalities > 0 {
			parts = append(parts, thousands(e.Fatalities)+" killed")
		}
		if e.Injured > 0 {
			parts = append(parts, thousands(e.Injured)+" injured")
		}
		fmt.Fprintf(&b, " (%s)", strings.Join(parts, ", "))
	}
	if e.Modality == "expected" {
		b.WriteString(" (expected)")
	} else if e.Modality == "speculative" {
		b.WriteString(" (rumoured)")
	}
	b.WriteString(" — ")
	b.WriteString(e.Place)
	return b.String()
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func addDays(date string, n int) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}
