package geo

import "strings"

// isDash reports whether a gap is a hyphen or a dash, spaced or not: "Barda–Aghdam",
// "Lachin — Stepanakert".
func isDash(gap string) bool {
	switch strings.TrimSpace(gap) {
	case "-", "–", "—", "‐", "‑":
		return len(gap) <= 5
	}
	return false
}

// routeJoin reports whether a gap may stand between two words of a route's ends.
func routeJoin(gap string) bool { return gap == " " || isDash(gap) }

// routeEnd reports whether the name [i, j) is one end of a route: a run of capitalised names
// joined by dashes and closed by a route word, "the Barda–Aghdam railway", "the
// Baku-Tbilisi-Kars line". It returns the route word.
func (p *Parser) routeEnd(d *Doc, i, j int) (string, bool) {
	if len(p.rules.route) == 0 {
		return "", false
	}
	dash := false
	lo := i
	for lo > 0 && lo > i-6 && d.Capitalised(lo-1) && routeJoin(d.before(lo)) {
		dash = dash || isDash(d.before(lo))
		lo--
	}
	hi := j
	for hi < len(d.Tokens) && hi < j+6 && d.Capitalised(hi) && routeJoin(d.before(hi)) && !p.rules.route[d.Tokens[hi].Text] {
		dash = dash || isDash(d.before(hi))
		hi++
	}
	if !dash || hi >= len(d.Tokens) || d.before(hi) != " " || !p.rules.route[d.Tokens[hi].Text] {
		return "", false
	}
	return d.Tokens[hi].Text, true
}
