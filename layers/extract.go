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
}

var (
	deployWords = set("deployed", "deploy", "deploys", "deploying", "redeployed", "redeploy", "deployment",
		"deployments", "dispatched", "dispatch", "dispatches", "dispatching", "stationed", "stationing",
		"peacekeepers", "peacekeeping", "contingent", "contingents", "garrison", "garrisoned")
	sendWords   = set("sent", "send", "sends", "sending", "sendings")
	sentObjects = set("troops", "team", "teams", "mission", "missions", "observers", "monitors", "soldiers", "units", "unit", "personnel", "peacekeepers", "forces",
		"contingent", "battalion", "battalions", "brigade", "brigades", "servicemen", "sappers", "deminers",
		"advisers", "advisors", "instructors", "specialists", "jets", "aircraft", "warships", "ships", "tanks")
	unitWords = set("army", "brigade", "division", "battalion", "regiment", "garrison", "corps", "fleet",
		"squadron", "peacekeepers", "contingent")
	missionMods = set("advisory", "military", "engineering", "peacekeeping", "monitoring", "training", "liaison",
		"observer", "observation")
	clashWords = set("clashes", "clash", "clashed", "skirmish", "skirmishes", "shelling", "shelled", "fighting",
		"fought", "battle", "battles", "firefight", "firefights", "hostilities", "airstrike", "airstrikes",
		"bombardment", "bombarded", "ambush", "ambushed", "shootout", "gunfire")
	fireMods      = set("retaliatory", "opened", "open", "opening", "artillery", "exchanged", "exchange", "cross", "under", "mortar", "sniper", "heavy", "returned", "return")
	strikeMods    = set("air", "drone", "missile", "artillery", "rocket")
	strikers      = set("drone", "drones", "missile", "missiles", "aircraft", "jets", "warplanes", "helicopters", "rockets")
	attackObjects = set("positions", "position", "village", "villages", "town", "city", "convoy", "base", "post", "posts", "troops", "soldiers", "forces")
	mineWords     = set("mine", "mines", "landmine", "landmines", "ied", "ieds", "explosion", "explosions", "blast", "exploded", "detonated", "ordnance", "uxo")
	harmWords     = set("killed", "died", "dead", "injured", "wounded", "hurt", "exploded", "detonated", "hit", "struck", "blew", "killing", "wounding", "injuring", "casualties", "deaths")
	exerciseWords = set("exercises", "drills", "drill", "manoeuvres", "maneuvers", "wargames")
	exerciseMods  = set("joint", "military", "naval", "air", "tactical", "command", "staff", "live", "large", "scale", "bilateral", "trilateral", "snap")
	signWords     = set("signed", "sign", "signing", "signs", "penned", "inked", "concluded", "initialled", "initialed", "ratified", "agreed", "brokered", "adopted")
	documentWords = set("agreement", "agreements", "deal", "declaration", "memorandum", "accord", "accords", "treaty", "protocol", "ceasefire", "truce", "pact", "statement", "communique")
	paradeWords   = set("parade", "parades", "paraded", "parading")
	meetWords     = set("met", "meet", "meets", "meeting", "visit", "visits", "visited", "visiting", "talks", "summit")
	// hostWords are a meeting only with talks, a summit or a delegation after them, and a
	// deployment with troops after them ("the base, which hosts 3,000 servicemen").
	hostWords = set("hosted", "hosts", "host", "hosting", "houses", "housed")
	// moveWords with military kit after them are a deployment: "moved tanks to Kars".
	moveWords   = set("moved", "transferred", "relocated", "shifted", "brought", "rushed", "flew", "airlifted", "reinforced", "reinforces", "reinforcing")
	militaryKit = set("tanks", "troops", "units", "artillery", "jets", "aircraft", "fighters", "warplanes", "helicopters",
		"drones", "systems", "warships", "ships", "battalions", "brigades", "soldiers", "forces", "howitzers", "missiles",
		"vehicles", "equipment", "reinforcements", "servicemen", "personnel", "s")
	anaphorNouns = set("region", "area", "areas", "zone")
	anaphorDets  = set("the", "this", "that", "these", "those")

	expectedWords    = set("likely", "probably", "expected", "expect", "expects", "plans", "planned", "planning", "plan", "intends", "intend", "intended", "will", "would", "shall", "anticipate", "anticipated", "prepares", "preparing", "set", "upcoming", "scheduled", "soon")
	speculativeWords = set("rumors", "rumours", "rumor", "rumour", "rumored", "rumoured", "considering", "consider", "considers", "speculation", "speculated", "may", "might", "possibly", "possible", "reportedly", "allegedly", "alleged", "unconfirmed", "could", "mulling")
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
}

// extractEvents finds the events of one article.
func extractEvents(a Article, doc *geo.Doc, g *geo.Gazetteer, orgs []orgAlias) []Event {
	x := &extraction{a: a, doc: doc, g: g, orgs: orgs}
	x.sentences()
	var found []event
	for si := range x.sents {
		found = append(found, x.inSentence(si)...)
	}
	return finish(a, found)
}

type extraction struct {
	g     *geo.Gazetteer
	orgs  []orgAlias
	a     Article
	doc   *geo.Doc
	sents []sentence
	// excluded marks mentions that never place an event: an origin ("from Moscow"), an
	// affiliation ("Rustam Muradov of Dagestan", "Brigade of Bolu") or a border ("between X and Y").
	excluded map[int]bool
}

func (x *extraction) sentences() {
	d := x.doc
	spans := Sentences(d.Text)
	x.excluded = map[int]bool{}
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
		s.dates = FindDates(d.Text, sp, x.a.Published)
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
		case prev == "from":
			x.excluded[k] = true
		case prev == "of" && i > 1 && d.Capitalised(i-2):
			x.excluded[k] = true
		case m.Border:
			x.excluded[k] = true // a line along the place, not a point in it
		case (prev == "and" || prev == ",") && k > 0 && x.excluded[k-1] && d.MentionTokens[k-1][1] >= i-2:
			x.excluded[k] = true
		case d.Dateline(i):
			x.excluded[k] = true // where the report was filed
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
		if m.Role != geo.RoleLocation || m.Place == nil || x.excluded[k] || levelClass(m.Place.Level) != levelClass(d.Mentions[ev.mention].Place.Level) {
			return out
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

// levelClass groups levels that a list mixes freely: towns and villages; divisions.
func levelClass(l geo.Level) geo.Level {
	switch l {
	case geo.LevelVillage:
		return geo.LevelCity
	case geo.LevelDistrict:
		return geo.LevelAdmin1
	}
	return l
}

// triggers lists the event words of a sentence.
func (x *extraction) triggers(s *sentence) []trigger {
	d := x.doc
	tok := func(i int) string {
		if i < s.t0 || i >= s.t1 {
			return ""
		}
		return d.Tokens[i].Text
	}
	has := func(words map[string]bool) bool {
		for i := s.t0; i < s.t1; i++ {
			if words[d.Tokens[i].Text] {
				return true
			}
		}
		return false
	}
	var out []trigger
	add := func(i int, typ, sub string) { out = append(out, trigger{i, typ, sub}) }
	harm := has(harmWords)
	signing := has(signWords)
	for i := s.t0; i < s.t1; i++ {
		t := d.Tokens[i].Text
		if i+1 < len(d.Tokens) && d.Text[d.Tokens[i].End:d.Tokens[i+1].Start] == "-" && !(t == "de" || t == "counter") {
			continue // a compound modifier: "battle-hardened", "peace-monitoring"
		}
		switch {
		case t == "mining" && tok(i-1) == "de", t == "demining", (t == "sappers" || t == "deminers") && !harm:
			add(i, TypeDeployment, "demining")
		case t == "mission" && missionMods[tok(i-1)]:
			sub := ""
			switch tok(i - 1) {
			case "peacekeeping", "monitoring", "observer", "observation":
				sub = "peacekeeping"
			case "engineering":
				sub = "demining"
			case "advisory", "training":
				sub = "advisory"
			}
			add(i, TypeDeployment, sub)
		case deployWords[t]:
			sub := ""
			if strings.HasPrefix(t, "peacekeep") || t == "contingent" && tok(i-1) == "peacekeeping" {
				sub = "peacekeeping"
			}
			if t == "peacekeeping" && (tok(i+1) == "mission" || tok(i+1) == "contingent") {
				continue // the noun after it is the trigger
			}
			add(i, TypeDeployment, sub)
		case sendWords[t]:
			for k := i + 1; k < i+7 && k < s.t1; k++ {
				if sentObjects[d.Tokens[k].Text] {
					add(i, TypeDeployment, "")
					break
				}
			}
		case (t == "base" || t == "bases") && (tok(i-1) == "military" || tok(i-1) == "air" || tok(i-1) == "naval" ||
			tok(i-1) == "own" || tok(i-1) == "army" || x.demonymAt(i-1)):
			add(i, TypeDeployment, "base") // "a military base", "the Russian base in Gyumri"
		case unitWords[t] && (tok(i+1) == "in" || tok(i+1) == "at" || tok(i+1) == "stationed" || tok(i+1) == "based"):
			add(i, TypeDeployment, "")
		case clashWords[t]:
			sub := ""
			if t == "shelling" || t == "shelled" || t == "bombardment" || t == "bombarded" {
				sub = "shelling"
			} else if t == "airstrike" || t == "airstrikes" {
				sub = "air"
			}
			add(i, TypeClash, sub)
		case (t == "fire" || t == "fired" || t == "firing") && (fireMods[tok(i-1)] || fireMods[tok(i-2)] || tok(i+1) == "on" || tok(i+1) == "at"):
			add(i, TypeClash, "")
		case (t == "struck" || t == "hit" || t == "pounded" || t == "targeted") && strikers[tok(i-1)]:
			add(i, TypeClash, "air") // "Turkish drones struck positions near Kobani"
		case (t == "strike" || t == "strikes") && strikeMods[tok(i-1)]:
			sub := ""
			if tok(i-1) == "air" || tok(i-1) == "drone" {
				sub = "air"
			} else {
				sub = "shelling"
			}
			add(i, TypeClash, sub)
		case (t == "attack" || t == "attacks" || t == "attacked") && (attackObjects[tok(i+1)] || attackObjects[tok(i+2)] || tok(i+1) == "on"):
			add(i, TypeClash, "")
		case (t == "captured" || t == "recaptured" || t == "seized" || t == "stormed" || t == "retook") && x.armedClause(s),
			(t == "took" || t == "entered") && x.armedClause(s) && x.placeAt(i+1):
			add(i, TypeClash, "") // "forces took Hadrut", "troops entered Shusha"
		case t == "patrol" || t == "patrols" || t == "patrolling" || t == "patrolled",
			(t == "centre" || t == "center") && (tok(i-1) == "monitoring" || tok(i-1) == "observation"):
			add(i, TypeDeployment, "peacekeeping")
		case t == "intervention" && tok(i-1) == "military", t == "operations" && (tok(i-1) == "border" || tok(i-1) == "military"), t == "operation" && tok(i-1) == "military":
			add(i, TypeClash, "")
		case t == "device" && tok(i-1) == "explosive" && harm && tok(i-2) != "counter":
			add(i, TypeIncident, "ied")
		case mineWords[t] && harm:
			if t == "ied" && (tok(i-1) == "counter" || tok(i+1) == "efforts") {
				continue
			}
			sub := "explosion"
			if t == "mine" || t == "mines" || t == "landmine" || t == "landmines" {
				sub = "landmine"
			} else if t == "ied" || t == "ieds" {
				sub = "ied"
			}
			add(i, TypeIncident, sub)
		case exerciseWords[t], (t == "exercise" && exerciseMods[tok(i-1)]), t == "games" && tok(i-1) == "war":
			add(i, TypeExercise, "")
		case documentWords[t] && signing:
			add(i, TypeAgreement, "")
		case paradeWords[t]:
			add(i, TypeParade, "")
		case hostWords[t] || moveWords[t]:
			for k := i + 1; k < i+6 && k < s.t1; k++ {
				w := d.Tokens[k].Text
				if hostWords[t] && (w == "talks" || w == "summit" || w == "meeting" || w == "delegation" || w == "delegations" ||
					w == "president" || w == "prime" || w == "minister" || w == "leaders" || w == "counterpart" || w == "counterparts") {
					add(i, TypeMeeting, "")
					break
				}
				if militaryKit[w] || hostWords[t] && armedNouns[w] {
					add(i, TypeDeployment, "")
					break
				}
			}
		case meetWords[t]:
			add(i, TypeMeeting, "")
		}
	}
	// soldiers killed or wounded, and no other word for what happened: armed violence
	if harm && len(out) == 0 {
		c := FindCounts(d.Text, d.Tokens[s.t0:s.t1])
		if (c.Fatalities > 0 || c.Injured > 0) && x.armedClause(s) && !has(mineWords) {
			for i := s.t0; i < s.t1; i++ {
				if deathWords[d.Tokens[i].Text] || injuryWords[d.Tokens[i].Text] {
					add(i, TypeClash, "")
					break
				}
			}
		}
	}
	// a meeting named after its place: "the Sochi summit", "the Geneva talks"
	for _, k := range s.mentions {
		m := d.Mentions[k]
		j := d.MentionTokens[k][1]
		if m.Role == geo.RoleName && j < s.t1 && (d.Tokens[j].Text == "summit" || d.Tokens[j].Text == "talks") {
			out = append(out, trigger{tok: j, typ: TypeMeeting, subType: "named"})
		}
	}
	// a document named after its place: "the Shusha Declaration", "the Baku declaration"
	for _, k := range s.mentions {
		m := d.Mentions[k]
		if m.Role != geo.RoleName {
			continue
		}
		j := d.MentionTokens[k][1]
		if j < s.t1 && documentWords[d.Tokens[j].Text] {
			out = append(out, trigger{tok: j, typ: TypeAgreement, subType: "named"})
		}
	}
	// a named document's or meeting's own trigger replaces the plain one at the same word
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
	return kept
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

// armedClause reports whether a sentence speaks of armed people: soldiers, troops, forces, army.
func (x *extraction) armedClause(s *sentence) bool {
	for i := s.t0; i < s.t1; i++ {
		switch x.doc.Tokens[i].Text {
		case "soldiers", "soldier", "troops", "forces", "army", "servicemen", "serviceman", "military", "militants",
			"fighters", "rebels", "insurgents", "units", "servicemembers", "conscripts", "battalion", "brigade":
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
	if w, ok := x.when(s, tr.tok, c0, c1, all); ok {
		ev.Date, ev.DatePrecision, ev.DateStart, ev.DateEnd = w.Date, w.Precision, w.From, w.To
	} else {
		ev.DatePrecision = "unknown"
	}
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
// (within 16 words) before one in front of it (within 6), nearest first. Agreements named after
// their place ("the Shusha Declaration") take that place.
func (x *extraction) place(s *sentence, tr trigger, c0, c1 int, all []trigger) (int, bool) {
	d := x.doc
	// a place beyond another trigger of another type is that one's: "brokered a ceasefire in
	// 2020 and has 2,000 peacekeepers stationed in Nagorno-Karabakh"
	beyond := func(a int) bool {
		for _, o := range all {
			if o.typ != tr.typ && (tr.tok < o.tok && o.tok < a || a < o.tok && o.tok < tr.tok) {
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
		fronted := a < tr.tok && a >= 1 && a-1 == s.t0 && (d.Tokens[a-1].Text == "in" || d.Tokens[a-1].Text == "at") &&
			strings.HasPrefix(strings.TrimSpace(d.Text[d.Tokens[b-1].End:]), ",")
		var dist int
		switch {
		case a > tr.tok:
			dist = a - tr.tok
			if dist > 16 {
				continue
			}
		case fronted:
			dist = 12
		default:
			dist = tr.tok - b + 1
			if dist > 6 {
				continue
			}
			dist += 4 // a place after the trigger is the likelier attachment
		}
		if tr.typ == TypeMeeting && (a < tr.tok && !fronted || !meetingPrep(d, a)) {
			continue // "met … in Moscow", "a visit to Yerevan", not "talks on … Syunik"
		}
		if beyond(a) {
			continue
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

// anaphor resolves "the region", "this area", "there" in a clause to the region most recently
// in focus: the last region named as a location before it. It returns the mention and where the
// anaphor stands.
func (x *extraction) anaphor(s *sentence, c0, c1 int) (int, int, int) {
	d := x.doc
	for i := c0; i < c1; i++ {
		t := d.Tokens[i].Text
		ok := false
		switch {
		case anaphorNouns[t] && i > 0 && (anaphorDets[d.Tokens[i-1].Text] || i > 1 && anaphorDets[d.Tokens[i-2].Text] && d.Tokens[i-1].Text != "of"):
			// "the region", "this area", "the war-torn region" — not "the region of X" (X is named)
			ok = !(i+1 < c1 && d.Tokens[i+1].Text == "of" && i+2 < c1 && d.Capitalised(i+2))
			if i+1 < len(d.Tokens) && strings.HasPrefix(d.Text[d.Tokens[i].End:], "’s") || strings.HasPrefix(d.Text[d.Tokens[i].End:], "'s") {
				ok = false // "the region’s": an actor, not a place
			}
		case t == "there":
			// not the "there" of "there is", "there have been"
			nx := ""
			if i+1 < len(d.Tokens) {
				nx = d.Tokens[i+1].Text
			}
			ok = !beVerb(nx) && !(i > 0 && d.Capitalised(i))
		}
		if !ok {
			continue
		}
		at := d.Tokens[i].Start
		for k := len(d.Mentions) - 1; k >= 0; k-- {
			m := d.Mentions[k]
			if m.Start >= at || m.Role != geo.RoleLocation || x.excluded[k] || m.Place == nil {
				continue
			}
			if m.Place.Level == geo.LevelRegion {
				start := d.Tokens[i].Start
				if i > 0 && anaphorDets[d.Tokens[i-1].Text] {
					start = d.Tokens[i-1].Start
				}
				return k, start, d.Tokens[i].End
			}
		}
		return -1, 0, 0
	}
	return -1, 0, 0
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
func (x *extraction) when(s *sentence, tok, c0, c1 int, all []trigger) (When, bool) {
	d := x.doc
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
	pick := func(ok func(When) bool) (When, bool) {
		best, bestDist := When{}, -1
		for _, w := range s.dates {
			if !ok(w) {
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
	if w, ok := x.relativeDay(s); ok && !slices.ContainsFunc(s.dates, func(w When) bool { return !w.Citation }) {
		return w, true
	}
	// in the clause, with no other trigger in between: the most precise date ("On July 20 … for
	// the second time this year"), after the trigger before one in front of it
	var best When
	bestKey := -1
	for _, w := range s.dates {
		if !inClause(w) || !clear(w) {
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
		if m.Start < lo || m.End > hi || m.Role != geo.RoleActor || m.Place == nil || s.inCitation(m.Start) {
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
		if speculativeWords[t] {
			if (t == "may" || t == "might" || t == "could") && i+1 < hi && d.Tokens[i+1].Text == "have" {
				continue // "may have fueled": a guess about the past, not about this event
			}
			return "speculative"
		}
		if expectedWords[t] {
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
			if p.EventType != e.EventType || !shareActor(p.Actors, e.Actors) || !subTypesAgree(p.SubType, e.SubType) {
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
	if a.EventType != b.EventType || a.PlaceID != b.PlaceID || !subTypesAgree(a.SubType, b.SubType) {
		return false
	}
	if len(a.Actors) > 0 && len(b.Actors) > 0 && !shareActor(a.Actors, b.Actors) {
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
