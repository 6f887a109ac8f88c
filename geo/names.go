package geo

import "strings"

// Telling a place from part of a person's or an organisation's name.

// inProperName reports whether the candidate sits inside a longer capitalised name that is not
// a place: a capitalised non-place word joined to it on either side ("Vladimir Putin",
// "Hulusi Akar", "Daily Sabah"), or a surname the text gave before ("Erdoğan").
func (p *Parser) inProperName(d *Doc, s *span) bool {
	if p.clubAround(d, s) {
		s.club = true // "Dynamo Kyiv", "FC Ararat Yerevan": part of a club's name
		return false
	}
	if _, ok := p.routeEnd(d, s.i, s.j); ok {
		return false // "the Barda–Aghdam railway": both ends are places
	}
	if _, ok := p.landmarkAfter(d, s); ok && !d.nameHeads[d.Tokens[s.j].Text] {
		return false // "Stepanakert Airport", "Baku International Airport"
	}
	if p.quotedName(d, s) {
		return true // an operation Ankara has named "Olive Branch"
	}
	if s.j-s.i == 1 && d.surnames[d.Tokens[s.i].Text] && !p.isLarge(s.hits) {
		return true
	}
	// "the Justice and Development Party": joined by a connector to a capitalised non-place
	if s.j+1 < len(d.Tokens) && (d.Tokens[s.j].Text == "and" || d.Tokens[s.j].Text == "for") && d.gap(s.j-1) == " " &&
		d.gap(s.j) == " " && d.Capitalised(s.j+1) && p.g.MaxTokens(d.Tokens[s.j+1].Text) == 0 && !p.isLarge(s.hits) &&
		!d.capsLine(s.i) {
		return true
	}
	if s.j < len(d.Tokens) && joins(d.gap(s.j-1)) && d.Capitalised(s.j) {
		next := d.Tokens[s.j].Text
		if d.nameHeads[next] {
			// "Shusha Declaration" stays, as a name; "Sputnik News" (a village) goes
			return !p.townOrLarger(s.hits)
		}
		if honorifics[next] || d.titleLine(s.i) {
			return false
		}
		// "Paris Hilton", "Victoria Nuland", and "the Arab Middle East": a place is not written
		// right before another capitalised word, place or not, outside a longer name
		if !divisionWords[next] && !settlementWords[next] && p.g.CountryByDemonym(next) == nil {
			d.skipName(s.j)
			return true
		}
	}
	if s.i > 0 && joins(d.before(s.i)) && d.Capitalised(s.i-1) {
		prev := d.Tokens[s.i-1].Text
		if d.nameHeads[prev] {
			return true // "Daily Sabah"
		}
		if p.rules.landmarkPre[prev] && !p.stateLike(s.hits) {
			s.near = true // "Lake Van": the town on its shore
			return false
		}
		// in a line in capitals a common word is just a word: "TROOPS SHELLED JERMUK"
		if honorifics[prev] || calendarWords[prev] || d.sentenceStart(s.i-1) && p.common[prev] ||
			d.capsLine(s.i) && (p.common[prev] || functionWords[prev] || connectors[prev]) ||
			d.titleLine(s.i) && (objectVerbs[prev] || locativePreps[prev]) {
			return false
		}
		if p.g.MaxTokens(prev) == 0 && p.g.CountryByDemonym(prev) == nil && !p.stateLike(s.hits) {
			return true
		}
	}
	return false
}

// bigInName decides for a country or a region: true to keep it. One that follows a capitalised
// word that is no place, title or adjective of peoples ("Radio Free Europe") is kept as part of
// that name.
func (p *Parser) bigInName(d *Doc, s *span) bool {
	if s.i == 0 || !joins(d.before(s.i)) || !d.Capitalised(s.i-1) || d.titleLine(s.i) {
		return true
	}
	prev := d.Tokens[s.i-1].Text
	if honorifics[prev] || calendarWords[prev] || regionAdjectives[prev] || d.sentenceStart(s.i-1) ||
		p.ownName(prev) || p.g.CountryByDemonym(prev) != nil || directions[prev] != [2]float64{} {
		return true
	}
	s.inName = true
	return true
}

// ownName reports whether a folded word is some place's own name, not only a shortened
// alternate ("Free" of "Free State").
func (p *Parser) ownName(w string) bool {
	for _, h := range p.g.Lookup(w) {
		if h.Kind != NameAlt {
			return true
		}
	}
	return false
}

// skipName marks the rest of a capitalised run from token i as no place: after "Paris" in
// "Paris Hilton", "Hilton" is a surname.
func (d *Doc) skipName(i int) {
	for i < len(d.Tokens) && d.Capitalised(i) && joins(d.before(i)) {
		i++
	}
	if i > d.skipTo {
		d.skipTo = i
	}
}

// surnamesOf collects the last words of personal names — runs of two or more capitalised words
// that open with neither a place nor a demonym — so that a later lone "Erdoğan" is not a village.
func (p *Parser) surnamesOf(d *Doc) map[string]bool {
	out := map[string]bool{}
	toks := d.Tokens
	for i := 0; i < len(toks); {
		if !d.Capitalised(i) || d.capsLine(i) {
			i++ // in a line in capitals every word is: a run there is no personal name
			continue
		}
		j := i + 1
		for j < len(toks) && d.Capitalised(j) && d.gap(j-1) == " " {
			j++
		}
		a := i
		for a < j && (honorifics[toks[a].Text] || d.sentenceStart(a) && p.common[toks[a].Text]) {
			a++
		}
		if j-a >= 2 && !p.isLarge(p.g.Lookup(toks[a].Text)) && p.g.CountryByDemonym(toks[a].Text) == nil &&
			!d.nameHeads[toks[j-1].Text] && !orgHeads[toks[j-1].Text] {
			out[toks[j-1].Text] = true
		}
		i = j
	}
	return out
}

// quotedName reports whether the candidate opens a name in quotes that a naming word gives: an
// operation Ankara has named "Olive Branch", an offensive code-named 'Peace Spring'.
func (p *Parser) quotedName(d *Doc, s *span) bool {
	if s.i == 0 || !strings.ContainsAny(d.before(s.i), "\"“'‘«") {
		return false
	}
	w := d.Tokens[s.i-1].Text
	if s.i >= 2 && d.before(s.i-1) == "-" { // "code-named": one word
		w = d.Tokens[s.i-2].Text + w
	}
	return p.rules.naming[w]
}
