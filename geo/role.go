package geo

import (
	"strings"
)

// role says whether span k means the place (location), stands for a state (actor: "Moscow said",
// "Ankara's decision", "between Ankara and Baku") or is part of a name ("Minsk Group").
func (p *Parser) role(d *Doc, spans []span, k int) string {
	s := &spans[k]
	pl := s.place
	if s.inName || s.club || isNameHead(d, s) || inFormalName(d, s) && !p.sitedIn(d, s) || p.officeOf(d, s) || p.sportsClub(d, s) {
		return RoleName
	}
	if w, ok := p.landmarkAfter(d, s); ok && pl.Level != LevelCountry && pl.Level != LevelRegion {
		// "Stepanakert airport": named after the place, close to it; "the Gyumri garrison": in it
		s.near = pl.Level != LevelLandmark && p.rules.landmarkNear[w]
		return RoleLocation
	}
	if p.bodyOf(d, s) || p.seatOf(d, s) {
		return RoleActor // "Karabakh authorities", "the forces of Nagorno-Karabakh", "the junta in Naypyitaw"
	}
	if p.leftPlace(d, s) {
		return RoleLocation // "withdrew its peacekeepers from Karabakh": the place left
	}
	if w, ok := p.routeEnd(d, s.i, s.j); ok {
		s.near = true // "the Barda–Aghdam railway": somewhere along it
		s.border = w == "border" && pl.Level == LevelCountry
		return RoleLocation
	}
	if pl.Level == LevelRegion || s.dir != "" {
		return RoleLocation
	}
	state := pl.Level == LevelCountry
	capital := pl.Capital
	if !state && !capital {
		return RoleLocation
	}
	if inBracketsAfterPlace(d, spans, k) {
		return RoleLocation // "Isfara (Tajikistan)": the country the place lies in
	}
	// "Azerbaijan's territory" is a place, "Azerbaijan's decision" an actor
	if noun, at, ok := possessive(d, s); ok {
		// "Beirut's southern suburbs": past a direction word to the part of the place meant
		if p.rules.direction[noun] && at+1 < len(d.Tokens) && geoNouns[d.Tokens[at+1].Text] {
			noun = d.Tokens[at+1].Text
		}
		// "Azerbaijan's territory", "Armenia's Syunik province": a place
		if geoNouns[noun] || d.possessedPlace(s) || p.possessedLandmark(d, s) {
			return RoleLocation
		}
		return RoleActor
	}
	// "a Moscow-brokered ceasefire", "Ankara-backed forces" stand for the state; "Baku-based" is a place
	if s.j < len(d.Tokens) && d.gap(s.j-1) == "-" {
		switch d.Tokens[s.j].Text {
		case "backed", "brokered", "led", "sponsored", "supported", "funded", "controlled", "installed", "allied",
			"aligned", "mediated", "friendly", "leaning", "imposed", "made", "trained", "armed":
			return RoleActor
		case "based":
			return RoleLocation
		}
	}
	prev, pi := d.prevWord(s.i)
	// "gives Moscow a lasting foothold": the state that receives
	if p.rules.recipient[prev] {
		return RoleActor
	}
	// "the Libyan capital Tripoli", "the port city Odesa": the place, named as one
	if p.rules.apposition[prev] {
		return RoleLocation
	}
	// "visited Yerevan and Baku", "shelled Goris": the place acted on
	if objectVerbs[prev] && (!state || motionWords[prev] || prev == "toured" || prev == "reached" || prev == "entered" || prev == "left" || prev == "fled") {
		return RoleLocation
	}
	switch {
	case prev == "to":
		w, _ := d.prevWord(pi)
		if motionWords[w] || d.motionBefore(pi) || !state && !actorNoun(w) && !d.subjectAfter(s) {
			return RoleLocation
		}
		return RoleActor
	case prev == "between" || prev == "with":
		// "the border between Armenia and Azerbaijan", "the line of contact with Armenia"
		if w, _ := d.prevWord(pi); borderWords[w] {
			s.border = true
			return RoleLocation
		}
		return RoleActor
	case prev == "of":
		w, _ := d.prevWord(pi)
		if geoNouns[w] || capital && !actorNoun(w) {
			return RoleLocation
		}
		return RoleActor
	case locativePreps[prev] && (!state || !countryNonLocative[prev]):
		return RoleLocation
	}
	if state && d.subjectAfter(s) {
		return RoleActor
	}
	// a list: "in parts of the Middle East, Libya and the United States" takes its head's role
	if k > 0 && listed(d, &spans[k-1], s) && spans[k-1].role != "" && spans[k-1].role != RoleName {
		s.border = spans[k-1].border
		return spans[k-1].role
	}
	if state {
		return RoleActor
	}
	// a capital: an actor when it acts or is acted on, a place otherwise
	if actorVerbs[prev] || d.subjectAfter(s) {
		return RoleActor
	}
	if w2, _ := d.prevWord(pi); w2 == "to" && prev != "" && !locativePreps[prev] && d.lower(pi) {
		return RoleActor // "to support Baku"
	}
	return RoleLocation
}

// inBracketsAfterPlace reports whether span k stands alone in brackets, or last in a bracketed
// list, right after a place of a lower level than its own: "Isfara (Tajikistan)",
// "Kok-Tash (Batken, Kyrgyzstan)".
func inBracketsAfterPlace(d *Doc, spans []span, k int) bool {
	s := &spans[k]
	if !strings.HasPrefix(d.gap(s.j-1), ")") {
		return false
	}
	for t := k - 1; t >= 0; t-- {
		switch strings.TrimSpace(d.Text[d.Tokens[spans[t].j-1].End:d.Tokens[spans[t+1].i].Start]) {
		case ",":
			continue // "Batken, Kyrgyzstan" inside the brackets
		case "(":
			return spans[t].place != nil && spans[t].place.Level.Rank() > s.place.Level.Rank()
		}
		return false
	}
	return false
}

// countryNonLocative are prepositions that put a city in a place but leave a country an actor:
// "troops from Russia", "pressure on Armenia".
var countryNonLocative = set("from", "on", "onto", "over", "off", "to", "via", "towards", "toward")

// actorNoun reports whether a noun before "to"/"of" makes the next name a party: "support to
// Azerbaijan", "ties to Moscow", "the president of Azerbaijan".
func actorNoun(w string) bool {
	switch w {
	case "support", "ties", "aid", "assistance", "threat", "challenge", "response", "reply", "letter",
		"message", "appeal", "ultimatum", "concession", "concessions", "loyalty", "allegiance", "counterweight",
		"rival", "ally", "allies", "president", "government", "leadership", "leader", "leaders",
		"minister", "ministry", "foreign", "embassy", "ambassador", "envoy", "army", "forces", "military",
		"position", "stance", "policy", "concern", "opposition":
		return true
	}
	return false
}

// prevWord returns the folded word before token i, skipping "the" and direction adjectives,
// and its index; "" and -1 at a sentence start or across punctuation other than a space.
func (d *Doc) prevWord(i int) (string, int) {
	for k := i - 1; k >= 0; k-- {
		g := d.Text[d.Tokens[k].End:d.Tokens[k+1].Start]
		if strings.TrimSpace(g) != "" && !joins(g) && strings.Trim(g, " -–—’'") != "" {
			// punctuation in between: a comma, a bracket, a full stop
			if !(strings.TrimSpace(g) == "(" || strings.TrimSpace(g) == "“" || strings.TrimSpace(g) == "\"") {
				return "", -1
			}
		}
		t := d.Tokens[k].Text
		if t == "the" || t == "a" || t == "an" {
			continue
		}
		return t, k
	}
	return "", -1
}

// lower reports whether token i is written in lower case.
func (d *Doc) lower(i int) bool {
	return i >= 0 && !d.Capitalised(i)
}

// possessive reports whether span s is followed by a possessive ("Azerbaijan’s", "Turkey's",
// "Bakus’") and returns the word after it.
func possessive(d *Doc, s *span) (string, int, bool) {
	e := s.j - 1
	g := d.gap(e)
	after := func(k int) string {
		if k < len(d.Tokens) {
			return d.Tokens[k].Text
		}
		return ""
	}
	if (g == "’" || g == "'") && s.j < len(d.Tokens) && d.Tokens[s.j].Text == "s" {
		return after(s.j + 1), s.j + 1, true
	}
	if (strings.HasPrefix(g, "’ ") || strings.HasPrefix(g, "' ")) && strings.HasSuffix(d.Tokens[e].Text, "s") {
		return after(s.j), s.j, true
	}
	return "", 0, false
}

// listed reports whether span b follows span a in a list: "A, B", "A and B", "A-B".
func listed(d *Doc, a, b *span) bool {
	if a.j > b.i {
		return false
	}
	between := d.Text[d.Tokens[a.j-1].End:d.Tokens[b.i].Start]
	between = strings.TrimSpace(between)
	switch strings.ToLower(between) {
	case ",", "and", ", and", "or", ", or", "-", "–", "and the", ", the", ", and the", "or the":
		return true
	}
	return false
}

// subjectAfter reports whether the words after span s make it a subject: "Moscow has deployed",
// "Baku responded", "Brussels seeks", "Ankara and Baku apparently understand",
// "Moscow, which had dispatched".
func (d *Doc) subjectAfter(s *span) bool {
	k := s.j
	coordinated := false
	for k < len(d.Tokens) {
		g := strings.TrimSpace(d.gap(k - 1))
		t := d.Tokens[k].Text
		switch {
		case g == "" && (t == "and" || t == "or") && k+1 < len(d.Tokens) && d.Capitalised(k+1):
			// "Ankara and Baku …": skip the other name (one or two words)
			k += 2
			for k < len(d.Tokens) && d.Capitalised(k) && strings.TrimSpace(d.gap(k-1)) == "" {
				k++
			}
			coordinated = true
			continue
		case g == "," && (t == "which" || t == "who"):
			k++
			continue
		case g == "" && strings.HasSuffix(t, "ly") && len(t) > 4 && d.lower(k):
			k++ // "apparently"
			continue
		case g == "" && (t == "now" || t == "also" || t == "still" || t == "then" || t == "too" || t == "already" || t == "not"):
			k++
			continue
		}
		if g != "" || !d.lower(k) && !d.titleLine(k) {
			return false // in a headline every word is capitalised: "Moscow Warns Tbilisi"
		}
		if auxiliaries[t] {
			return true
		}
		if len(t) > 4 && strings.HasSuffix(t, "ed") {
			return true
		}
		if len(t) > 3 && strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "ss") && !strings.HasSuffix(t, "us") &&
			!geoNouns[t] && !d.nameHeads[t] {
			return true
		}
		return coordinated && !geoNouns[t] && !d.nameHeads[t] && !functionWords[t]
	}
	return false
}

// isNameHead reports whether span s heads a larger name: "Minsk Group", "The Moscow Times",
// "Baku declaration", "Minsk co-chairs".
func isNameHead(d *Doc, s *span) bool {
	if s.j >= len(d.Tokens) || !joins(d.gap(s.j-1)) {
		return false
	}
	next := d.Tokens[s.j].Text
	if s.j+1 < len(d.Tokens) && joins(d.gap(s.j)) && strings.TrimSpace(d.gap(s.j)) == "-" {
		if d.nameHeads[next+d.Tokens[s.j+1].Text] {
			return true
		}
	}
	if !d.nameHeads[next] {
		return false
	}
	// "the Karabakh war" names a war; "peace" only as a capitalised part of a name
	if next == "peace" || next == "plan" {
		return d.Capitalised(s.j)
	}
	return true
}

// inFormalName reports whether span s ends a formal name that an organisation word opens:
// "Organization for Security and Cooperation in Europe".
func inFormalName(d *Doc, s *span) bool {
	if s.i < 2 {
		return false
	}
	link := d.Tokens[s.i-1].Text
	if link != "in" && link != "of" && link != "for" {
		return false
	}
	// a headline capitalises its links too: "Centre In Aghdam" is no formal name; a line in
	// capitals keeps "MINISTRY OF FOREIGN AFFAIRS OF ARMENIA"
	if d.Capitalised(s.i-1) && (!d.capsLine(s.i-1) || link == "in") {
		return false
	}
	for k := s.i - 2; k >= 0 && k >= s.i-10; k-- {
		if !joins(d.gap(k)) && strings.TrimSpace(d.gap(k)) != "" {
			return false
		}
		t := d.Tokens[k].Text
		if d.Capitalised(k) {
			if orgHeads[t] {
				return true
			}
			continue
		}
		if t == "for" || t == "and" || t == "of" || t == "on" || t == "in" {
			continue
		}
		if k > 0 && d.gap(k-1) == "-" && d.Capitalised(k-1) {
			continue // "Co-operation"
		}
		return false
	}
	return false
}

// functionWords are prepositions, determiners and conjunctions: never the verb of a subject.
var functionWords = set("in", "on", "at", "of", "for", "to", "from", "with", "by", "into", "over", "under",
	"about", "as", "the", "a", "an", "and", "or", "but", "which", "that", "who", "during", "after", "before",
	"since", "until", "through", "between", "against", "among", "along", "across", "near", "around", "amid",
	"within", "without", "toward", "towards", "upon", "via", "per", "than", "so", "if", "while", "when",
	"last", "next", "this", "yesterday", "today", "tomorrow", "earlier", "later", "recently", "on")

// motionBefore reports whether a verb of sending or going stands a few words before token i
// (a "to"), in the same clause: "sent military advisers to Libya".
func (d *Doc) motionBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		g := strings.TrimSpace(d.Text[d.Tokens[k].End:d.Tokens[k+1].Start])
		if g != "" && g != "-" {
			return false
		}
		switch d.Tokens[k].Text {
		case "sent", "send", "sends", "sending", "deployed", "deploy", "deploying", "dispatched", "dispatch",
			"moved", "flew", "flown", "airlifted", "transferred", "redeployed", "relocated", "delivered", "shipped", "brought", "travelled", "traveled":
			return true
		}
	}
	return false
}

// possessedPlace reports whether a possessive span is followed by a capitalised name and a
// division word: "Armenia's Syunik province", "Russia's Rostov region".
func (d *Doc) possessedPlace(s *span) bool {
	k := s.j
	if k < len(d.Tokens) && d.Tokens[k].Text == "s" {
		k++
	}
	n := 0
	for k < len(d.Tokens) && d.Capitalised(k) && n < 3 {
		k++
		n++
	}
	return n > 0 && k < len(d.Tokens) && (divisionWords[d.Tokens[k].Text] || settlementWords[d.Tokens[k].Text])
}
