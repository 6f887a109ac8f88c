package layers

// Where an event happened: the place a trigger takes in its clause, the places it never takes,
// lists of places, and what "the region", "the city" and "there" refer to.

import (
	"slices"
	"sort"
	"strings"

	orbgeo "github.com/paulmach/orb/geo"

	"conflictmap/geo"
)

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
		if strings.ContainsAny(d.Text[d.Tokens[k].End:d.Tokens[k+1].Start], ",;:()") || x.tokIn(k, "goal") {
			return false
		}
	}
	return false
}

// homeBase reports whether the place at token i is where aircraft or their crews are based, named
// after them with "of": "MiG-29 fighters of the Erebuni airbase will provide air cover". They fly
// from it; what they do happens elsewhere.
func (x *extraction) homeBase(i int) bool {
	k := i - 1
	if k > 0 && x.doc.Tokens[k].Text == "the" {
		k--
	}
	return k > 0 && x.doc.Tokens[k].Text == "of" && x.tokIn(k-1, "air_unit")
}

// tokIn reports whether token k is a word of a lexicon class (InClass of its form, its entry
// looked up once per document).
func (x *extraction) tokIn(k int, class string) bool {
	return x.cls.is(k, x.cls.ref(class))
}

// allInClass reports whether every token in [i, j) is a word of a lexicon class.
func (x *extraction) allInClass(i, j int, class string) bool {
	c := x.cls.ref(class)
	for k := i; k < j; k++ {
		if !x.cls.is(k, c) {
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

// bracketedContainer reports whether location mention k stands in brackets right after a place
// it holds, as notes write a town's province or district: "al-Atarib (Aleppo)", "Kut (Vardenis,
// Gegharkunik)". The place before it is the event's; the bracket only says where that lies.
func (x *extraction) bracketedContainer(k int) bool {
	d := x.doc
	if k == 0 {
		return false
	}
	p := d.Mentions[k-1]
	if p.Role != geo.RoleLocation || p.Place == nil || strings.TrimSpace(d.Text[p.End:d.Mentions[k].Start]) != "(" {
		return false
	}
	// a town in the brackets stands for the province named after it: "Ariha (Idlib)"
	c := d.Mentions[k].Place
	return c != nil && (c.Level.Rank() < p.Place.Level.Rank() || c.Level == geo.LevelCity)
}

// excludedAtToken reports whether the mention covering token k is excluded already.
func (x *extraction) excludedAtToken(k int) bool {
	m := x.tokMention[k]
	if m < 0 {
		return false
	}
	return x.excluded[m] && x.doc.Tokens[k].Start > 0 && !x.doc.Dateline(x.doc.MentionTokens[m][0])
}

// listedPlaces repeats an event at each further place of a list that follows its own:
// "forces took Hadrut, Jabrayil and Zangilan". Counts stay with the first.
func (x *extraction) listedPlaces(s *sentence, ev event) []event {
	d := x.doc
	var out []event
	prev := ev.mention
	if prev >= 0 {
		if i := d.MentionTokens[prev][0]; i > 0 && x.tokIn(i-1, "stretch") {
			return nil // "between Fuzuli and Jabrayil": a stretch, one event
		}
	}
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
		if ev.EventType == TypeExercise && nearSites(m.Place, pp) {
			prev = k // "will run until Feb. 12 in Kars and Sarikamis": one exercise over nearby sites
			continue
		}
		e := ev
		e.mention = k
		e.Place, e.PlaceID, e.Country, e.Admin1 = m.Place.Name, m.Place.ID, m.Place.Country, m.Place.Admin1
		e.Lon, e.Lat, e.Level = m.Place.Lon, m.Place.Lat, string(m.Place.Level)
		e.GeoPrecision = precision(m.Place, m.Near)
		e.Troops, e.Fatalities, e.Injured, e.CountsHedge, e.Stated = 0, 0, 0, "", 0
		e.Actors = append([]string(nil), ev.Actors...)
		src := ev.Sources[0]
		src.PlaceStart, src.PlaceEnd = m.Start-src.Start, m.End-src.Start
		e.Sources = []Source{src}
		out = append(out, e)
		prev = k
	}
	return out
}

// venueIntro reports whether the place at token a is introduced as a venue by a word of the
// lexicon class intro before it, past up to four words of class venue_lead ("the", "capital"):
// "talks in Washington", "will visit Yerevan", "visited the city of Shusha" (meeting_venue),
// "signed in Ankara" (signing_venue).
func (x *extraction) venueIntro(a int, intro string) bool {
	for k := a - 1; k >= 0 && k >= a-5; k-- {
		if x.tokIn(k, intro) {
			return true
		}
		if !x.tokIn(k, "venue_lead") {
			return false
		}
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

// placeAt reports whether a location mention starts at token i.
func (x *extraction) placeAt(i int) bool {
	for k, mt := range x.doc.MentionTokens {
		if mt[0] == i {
			return x.doc.Mentions[k].Role == geo.RoleLocation
		}
	}
	return false
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
	// "the exercise, which will be held at the Zar training ground": a relative clause right
	// after the trigger word tells of the event itself
	if c1 == i+1 && c1 < s.t1 && d.Tokens[c1].Text == "which" {
		for c1++; c1 < s.t1 && !cut(c1); c1++ {
		}
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
	opening := x.openingEnd(s)
	for _, k := range s.mentions {
		m := d.Mentions[k]
		if m.Role != geo.RoleLocation || m.Place == nil || x.excluded[k] || x.seat[k] {
			continue
		}
		a, b := d.MentionTokens[k][0], d.MentionTokens[k][1]
		if a < c0 || b > c1 {
			continue
		}
		// "In Moscow, Putin met Aliyev": a place fronted with "in" or "at" frames the sentence
		fronted := a < tr.tok && x.frontedAt(s, a, c0, opening) &&
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
			case dist > 12 || x.asideBetween(b, tr.tok) && (x.commaBefore(a, asideReach(a, max(opening, c0))) || x.tokIn(s.t0, "fronting")):
				continue // an aside: "the government, now based in Port Sudan, called the attack"
			case dist > 6:
				dist += 24 // "positions near X … came under fire": only when nothing nearer
			default:
				dist += 4 // a place after the trigger is the likelier attachment
			}
		}
		if tr.typ == TypeMeeting && (a < tr.tok && !fronted && tr.tok-b > 3 || !x.venueIntro(a, "meeting_venue") ||
			a > tr.tok && x.classBetween(tr.tok+1, a, "meeting_topic")) {
			continue // "met … in Moscow", "a visit to Yerevan", not "talks on … Syunik", "talks to end the war in Darfur"
		}
		if tr.typ == TypeAgreement && (!fronted && !x.venueIntro(a, "signing_venue") || a > tr.tok && x.classBetween(tr.tok+1, a, "meeting_topic")) {
			continue // "signed in Ankara", not "deploying to Karabakh after … signed a deal"
		}
		if beyond(a) || a < tr.tok && x.reportingBetween(b, tr.tok) || b < c1 && !x.commaBefore(b, 1) && x.reportingBetween(b, b+1) ||
			a < tr.tok && x.classBetween(b, tr.tok, "decide") || a > tr.tok && x.anchorBetween(s, tr.tok+1, a) ||
			a > tr.tok && x.attribution(a, b, c1) {
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
	return x.renamed(best), false
}

// openingEnd returns the first token after a sentence's dated opening, "On Monday," or "On the
// same day,", so that a place phrase there is fronted as at the sentence's start ("On 13 July,
// in Tovuz, units exchanged fire"); -1 when the sentence opens otherwise.
func (x *extraction) openingEnd(s *sentence) int {
	d := x.doc
	for k := s.t0 + 1; k < s.t1 && k <= s.t0+8; k++ {
		if !strings.HasPrefix(strings.TrimSpace(d.Text[d.Tokens[k-1].End:d.Tokens[k].Start]), ",") {
			continue
		}
		end := d.Tokens[k-1].End
		for _, w := range s.dates {
			if w.End == end && w.Start <= d.Tokens[min(s.t0+2, k-1)].Start {
				return k // "On Monday", "On the night of 12 July"
			}
		}
		open := d.Text[d.Tokens[s.t0].Start:end]
		if m := reDayAfter.FindStringIndex(open); m != nil && m[1] == len(open) && m[0] <= d.Tokens[min(s.t0+1, k-1)].Start-d.Tokens[s.t0].Start {
			return k // "On the same day", "Two days later"
		}
		return -1
	}
	return -1
}

// renamed returns the place a chosen mention's phrase is then called by, if a word of the
// lexicon class rename introduces it within a few words: "strikes on Beirut's southern suburbs,
// known as Dahiyeh" happened in Dahiyeh. Otherwise it returns k.
func (x *extraction) renamed(k int) int {
	d := x.doc
	n := k + 1
	if k < 0 || n >= len(d.Mentions) {
		return k
	}
	m := d.Mentions[n]
	a, b := d.MentionTokens[k][1], d.MentionTokens[n][0]
	if b <= a || b-a > 6 || m.Role != geo.RoleLocation || m.Place == nil || x.excluded[n] {
		return k
	}
	for i := b - 1; i >= a; i-- {
		switch {
		case x.tokIn(i, "rename"):
			if strings.ContainsAny(d.Text[d.Tokens[a-1].End:d.Tokens[i].Start], ";.") {
				return k
			}
			return n
		case x.tokIn(i, "rename_link"): // "known as", "known locally as"
		default:
			return k
		}
	}
	return k
}

// reportingBetween reports whether a reporting verb stands in tokens [i, j): a place before it
// frames who speaks, not what is reported ("In Moscow, the ministry said it intercepted drones").
func (x *extraction) reportingBetween(i, j int) bool { return x.classBetween(i, j, "report") }

// attribution reports whether the place at tokens [a,b) names the source a clause closes
// with: "…, the Donetsk regional governor said", a comma just before it and a word of
// reporting within three lower-case words after it.
func (x *extraction) attribution(a, b, c1 int) bool {
	if !x.commaBefore(a, 3) {
		return false
	}
	d := x.doc
	for k := b; k < c1 && k < b+3; k++ {
		if x.reportingBetween(k, k+1) {
			return true
		}
		if d.Capitalised(k) || strings.TrimSpace(d.Text[d.Tokens[k-1].End:d.Tokens[k].Start]) != "" {
			return false
		}
	}
	return false
}

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

// frontedAt reports whether the place at token a stands in a locative phrase that opens sentence
// s or clause c0, or opens s after its dated opening: "In Moscow, …", "On Monday, near Tovuz, …",
// "…; near Askeran, units took heights". The place may also be the district in brackets after
// a village the gazetteer lacks: "In the area of Alibeyli (Tovuz, Azerbaijan), …".
func (x *extraction) frontedAt(s *sentence, a, c0, opening int) bool {
	d := x.doc
	for k := a - 1; k >= s.t0 && k >= a-6; k-- {
		if (k == s.t0 || k == c0 || k == opening) && x.tokIn(k, "locative") {
			return k == a-1 || strings.TrimSpace(d.Text[d.Tokens[a-1].End:d.Tokens[a].Start]) == "("
		}
		if strings.Contains(d.Text[d.Tokens[k].End:d.Tokens[k+1].Start], ",") {
			return false
		}
	}
	return false
}

// asideReach is how far back from a place's first token a comma makes it an aside: six tokens,
// but never back into the sentence's dated opening (openingEnd) or before its clause's start.
func asideReach(a, opening int) int {
	if opening > 0 && a-opening < 6 {
		return a - opening
	}
	return 6
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

// anchorBetween reports whether a word of class time_anchor that anchors to an event, not a
// date, stands in tokens [i, j): "the first drill since the liberation of Karabakh", not
// "drills, which will run until Oct. 11 at training grounds near Nakhchivan".
func (x *extraction) anchorBetween(s *sentence, i, j int) bool {
	d := x.doc
	c := x.cls.ref("time_anchor")
	for k := i; k < j; k++ {
		if !x.cls.is(k, c) {
			continue
		}
		dated := k+1 < len(d.Tokens) && slices.ContainsFunc(s.dates, func(w When) bool {
			return w.Start == d.Tokens[k+1].Start || w.Start == d.Tokens[k].Start
		})
		if !dated {
			return true
		}
	}
	return false
}

// classBetween reports whether a word of a lexicon class stands in tokens [i, j).
func (x *extraction) classBetween(i, j int, class string) bool {
	c := x.cls.ref(class)
	for k := i; k < j; k++ {
		if x.cls.is(k, c) {
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
			if x.tokIn(i, "anaphor_town") {
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
	if i == 0 || !x.tokIn(i, "anaphor_region") && !x.tokIn(i, "anaphor_town") {
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
	// the mentions are in text order: start at the last one before at
	last := sort.Search(len(d.Mentions), func(k int) bool { return d.Mentions[k].Start >= at }) - 1
	for k := last; k >= 0 && k > last-maxLookBack; k-- {
		m := d.Mentions[k]
		if m.Role != geo.RoleLocation || x.excluded[k] || m.Place == nil {
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

// maxLookBack bounds how many mentions, and maxSentenceTokens how many tokens of one sentence,
// the extractor looks at: no real reference reaches further, and text that is one endless
// "sentence" (a 10 MB line) is read in pieces, so that extraction stays linear.
const (
	maxLookBack       = 400
	maxSentenceTokens = 250
)

// bounded cuts sentences longer than maxSentenceTokens tokens into pieces of that many.
func (x *extraction) bounded(spans []Span) []Span {
	d := x.doc
	var out []Span
	ti := 0
	for _, sp := range spans {
		for ti < len(d.Tokens) && d.Tokens[ti].Start < sp.Start {
			ti++
		}
		t1 := ti
		for t1 < len(d.Tokens) && d.Tokens[t1].End <= sp.End {
			t1++
		}
		if t1-ti <= maxSentenceTokens {
			out = append(out, sp)
			continue
		}
		start := sp.Start
		for k := ti + maxSentenceTokens; k < t1; k += maxSentenceTokens {
			out = append(out, Span{Start: start, End: d.Tokens[k-1].End})
			start = d.Tokens[k].Start
		}
		out = append(out, Span{Start: start, End: sp.End})
	}
	return out
}

// exerciseSiteKm is how far apart the listed sites of one exercise may lie: the ranges of one
// drill ("in Kars and Sarikamis", 55 km), not drills across a country ("in Baku, Nakhchivan").
const exerciseSiteKm = 100

// nearSites reports whether two places are within exerciseSiteKm of each other.
func nearSites(a, b *geo.Place) bool {
	return orbgeo.Distance(a.Point(), b.Point()) <= exerciseSiteKm*1000
}
