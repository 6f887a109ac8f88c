package geo

import "strings"

// officeOf reports whether span s closes a capitalised office's or body's formal name, "the
// President of Azerbaijan", "the Armed Forces of Armenia": the place is part of the name.
func (p *Parser) officeOf(d *Doc, s *span) bool {
	if s.i < 2 || d.Tokens[s.i-1].Text != "of" || d.before(s.i) != " " || d.before(s.i-1) != " " {
		return false
	}
	return d.Capitalised(s.i-2) && p.rules.office[d.Tokens[s.i-2].Text]
}

// bodyOf reports whether span s names the authority of a place that acts through a body of
// it: "the forces of Nagorno-Karabakh", "Karabakh authorities", "Karabakh's leadership", "the
// Karabakh Defence Army".
func (p *Parser) bodyOf(d *Doc, s *span) bool {
	if len(p.rules.body) == 0 {
		return false
	}
	prev, pi := d.prevWord(s.i)
	if prev == "of" {
		if w, _ := d.prevWord(pi); p.rules.body[w] {
			return true
		}
		// "positions of the Karabakh Defence Army": the body may still follow the place
	}
	k := s.j
	_, _, poss := possessive(d, s)
	if poss {
		if k < len(d.Tokens) && d.Tokens[k].Text == "s" {
			k++
		}
	} else if k >= len(d.Tokens) || d.gap(s.j-1) != " " || locativePreps[prev] {
		return false // "in Karabakh army units …": the place itself
	}
	// "Karabakh's de facto authorities", "the Karabakh separatist leadership"
	for ; k < len(d.Tokens) && k < s.j+5; k++ {
		t := d.Tokens[k].Text
		if !poss && !d.lower(k) && !d.titleLine(k) {
			// "Karabakh Armenians" is a people of the place; "the Artsakh Defence Army"
			// a body's capitalised name
			t = strings.ToLower(t)
			if !p.rules.body[t] && !p.rules.bodyMod[t] {
				return false
			}
		}
		if p.rules.body[t] {
			return true
		}
		if !p.rules.bodyMod[t] {
			return false
		}
	}
	return false
}

// seatOf reports whether span s is the seat a government is named by, "the junta in Naypyitaw",
// "the ruling regime in Damascus" (georules.tsv, seat): the place stands for the government.
func (p *Parser) seatOf(d *Doc, s *span) bool {
	prev, pi := d.prevWord(s.i)
	if prev != "in" || pi < 2 || !p.rules.seat[d.Tokens[pi-1].Text] || !d.lower(pi-1) {
		return false
	}
	for k := pi - 2; k >= 0 && k >= pi-4; k-- {
		if d.Tokens[k].Text == "the" {
			return true
		}
		if g := strings.TrimSpace(d.gap(k)); g != "" && g != "-" {
			return false
		}
	}
	return false
}

// leftPlace reports whether the "from" or "out of" before span s follows a word of leaving in
// the same clause: "Russia withdrew its peacekeepers from Karabakh", "pulled out of Syria".
// The place left is a location, not a party.
func (p *Parser) leftPlace(d *Doc, s *span) bool {
	prev, pi := d.prevWord(s.i)
	switch {
	case prev == "from":
	case prev == "of" && pi > 0 && d.Tokens[pi-1].Text == "out":
		pi--
	default:
		return false
	}
	for k := pi - 1; k >= 0 && k >= pi-7; k-- {
		if g := strings.TrimSpace(d.gap(k)); g != "" && g != "-" {
			return false
		}
		if p.rules.withdraw[d.Tokens[k].Text] {
			return true
		}
	}
	return false
}
