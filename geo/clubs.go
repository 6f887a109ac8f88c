package geo

// clubAround reports whether span s sits in a sports club's name: a club word opens the
// capitalised run ("Dynamo Kyiv", "FC Ararat Yerevan") or closes it ("Qarabag FK"); "City"
// closes one only in a sentence about sport ("Manchester City", not "Gaza City").
func (p *Parser) clubAround(d *Doc, s *span) bool {
	if len(p.rules.clubHead) == 0 {
		return false
	}
	for k := s.i - 1; k >= 0 && k >= s.i-3; k-- {
		if d.before(k+1) != " " || !d.Capitalised(k) {
			break
		}
		if p.rules.clubHead[d.Tokens[k].Text] {
			return true
		}
	}
	for k := s.j; k < len(d.Tokens) && k < s.j+3; k++ {
		if d.before(k) != " " || !d.Capitalised(k) {
			break
		}
		if t := d.Tokens[k].Text; p.rules.clubTail[t] {
			return t != "city" || p.sportsSentence(d, s.i)
		}
	}
	return false
}

// sportsClub reports whether span s names a team by its place's name alone in a sentence
// about sport: a club the curated list knows ("Qarabag"), or the subject or object of a result
// ("Azerbaijan beat Armenia 2-1").
func (p *Parser) sportsClub(d *Doc, s *span) bool {
	if len(p.rules.sports) == 0 {
		return false
	}
	name := s.j-s.i == 1 && p.rules.club[d.Tokens[s.i].Text]
	verb := s.j < len(d.Tokens) && d.gap(s.j-1) == " " && p.rules.sportsVerb[d.Tokens[s.j].Text] ||
		s.i > 0 && d.before(s.i) == " " && p.rules.sportsVerb[d.Tokens[s.i-1].Text]
	return (name || verb) && p.sportsSentence(d, s.i)
}

// sportsSentence reports whether the sentence around token i is about sport: it has a score
// ("2-1", "3:0") or a word of the pitch ("match", "league").
func (p *Parser) sportsSentence(d *Doc, i int) bool {
	lo := i
	for lo > 0 && !d.sentenceStart(lo) {
		lo--
	}
	for k := lo; k < len(d.Tokens) && (k == lo || !d.sentenceStart(k)); k++ {
		t := d.Tokens[k].Text
		if p.rules.sports[t] || score(d, k) {
			return true
		}
	}
	return false
}

// score reports whether token k opens a match score: "2-1", "2–0", "3:1".
func score(d *Doc, k int) bool {
	if k+1 >= len(d.Tokens) || !goals(d.Tokens[k].Text) || !goals(d.Tokens[k+1].Text) {
		return false
	}
	switch d.gap(k) {
	case "-", "–", ":":
		return true
	}
	return false
}

// goals reports whether a token is a small number of goals (one or two digits).
func goals(t string) bool {
	if len(t) == 0 || len(t) > 2 {
		return false
	}
	for _, c := range []byte(t) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
