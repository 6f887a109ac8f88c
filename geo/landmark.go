package geo

// landmarkAfter reports whether a landmark noun follows span s, perhaps after a word or two
// that qualify it: "Stepanakert airport", "the Hakari bridge checkpoint", "Gabala air base",
// "Baku International Airport". The name then means a landmark of (or named after) the place:
// a location, close to it rather than in it when the landmark noun is a landmarknear one. It
// returns the landmark noun.
func (p *Parser) landmarkAfter(d *Doc, s *span) (string, bool) {
	if len(p.rules.landmark) == 0 {
		return "", false
	}
	for k := s.j; k < len(d.Tokens) && k < s.j+3; k++ {
		if d.before(k) != " " {
			return "", false
		}
		t := d.Tokens[k].Text
		if p.rules.landmark[t] {
			return t, true
		}
		if !p.rules.landmarkMod[t] {
			return "", false
		}
	}
	return "", false
}

// possessedLandmark reports whether a possessive span is followed by a landmark's name:
// "Armenia's Zvartnots airport", "Turkey's Incirlik Air Base".
func (p *Parser) possessedLandmark(d *Doc, s *span) bool {
	k := s.j
	if k < len(d.Tokens) && d.Tokens[k].Text == "s" {
		k++
	}
	n := 0
	for k < len(d.Tokens) && d.Capitalised(k) && n < 3 && !p.rules.landmark[d.Tokens[k].Text] {
		k++
		n++
	}
	if n == 0 {
		return false
	}
	for ; k < len(d.Tokens) && k < s.j+n+4; k++ {
		if t := d.Tokens[k].Text; p.rules.landmark[t] {
			return true
		} else if !p.rules.landmarkMod[t] {
			return false
		}
	}
	return false
}

// sitedIn reports whether span s follows "in" after an organisation's site: "the Joint
// Monitoring Centre in Aghdam" says where the centre is, the place is no part of its name.
func (p *Parser) sitedIn(d *Doc, s *span) bool {
	return s.i >= 2 && d.Tokens[s.i-1].Text == "in" && d.before(s.i-1) == " " && p.rules.sited[d.Tokens[s.i-2].Text]
}
