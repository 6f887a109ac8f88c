package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleLine reports whether token i stands in a line written in title case (a headline):
// there capitals say little.
func (d *Doc) titleLine(i int) bool {
	if d.title == nil {
		d.markTitleLines()
	}
	return d.title[i]
}

// capsLine reports whether token i stands in a line written in capitals ("ARMENIA SAYS
// AZERBAIJANI TROOPS SHELLED JERMUK"): there an all-caps word is no acronym. Such a line is a
// title line too.
func (d *Doc) capsLine(i int) bool {
	if d.title == nil {
		d.markTitleLines()
	}
	return d.caps[i]
}

// markTitleLines decides titleLine and capsLine for every token at once, one pass per line.
func (d *Doc) markTitleLines() {
	d.title = make([]bool, len(d.Tokens))
	d.caps = make([]bool, len(d.Tokens))
	for lo := 0; lo < len(d.Tokens); {
		hi := lo
		for hi+1 < len(d.Tokens) && !strings.ContainsAny(d.gap(hi), "\n\r") {
			hi++
		}
		caps, upper, words := 0, 0, 0
		for k := lo; k <= hi; k++ {
			t := d.Tokens[k].Text
			if len(t) < 4 || connectors[t] {
				continue
			}
			words++
			if d.Capitalised(k) {
				caps++
				if d.allCaps(k) {
					upper++
				}
			}
		}
		if words >= 3 && caps*10 >= words*8 {
			all := upper*10 >= words*8
			for k := lo; k <= hi; k++ {
				d.title[k] = true
				d.caps[k] = all
			}
		}
		lo = hi + 1
	}
}

// capsPlace reports whether a town in a line written in capitals stands where a place is
// expected: after a preposition or a verb acted on a place ("SHELLED JERMUK", "IN AGHDAM"), or
// as the line's own topic before a colon or a comma ("GORIS: …"). Elsewhere every word of such
// a line is capitalised and a town's name is more likely an ordinary word ("MONITORING CENTRE").
func (p *Parser) capsPlace(d *Doc, s *span) bool {
	if s.i > 0 && !strings.ContainsAny(d.before(s.i), "\n\r") {
		prev := d.Tokens[s.i-1].Text
		if d.before(s.i) == " " && (locativePreps[prev] || placePreps[prev] || objectVerbs[prev]) {
			return true
		}
		// a list after one: "IN GORIS AND KAPAN"
		return (prev == "and" || strings.TrimSpace(d.before(s.i)) == ",") && s.i > 1 && p.g.MaxTokens(d.Tokens[s.i-2].Text) > 0
	}
	g := strings.TrimSpace(d.gap(s.j - 1))
	return strings.HasPrefix(g, ":") || strings.HasPrefix(g, ",") || d.writtenElsewhere(s)
}

// writtenElsewhere reports whether the text also writes a one-word name in ordinary case
// ("JERMUK" of a headline, "Jermuk" in the body): there it passed the usual rules.
func (d *Doc) writtenElsewhere(s *span) bool {
	if s.j-s.i != 1 {
		return false
	}
	raw := d.raw(s.i)
	_, size := utf8.DecodeRuneInString(raw)
	want := raw[:size] + strings.ToLower(raw[size:])
	for from := 0; ; {
		k := strings.Index(d.Text[from:], want)
		if k < 0 {
			return false
		}
		k += from
		end := k + len(want)
		r, _ := utf8.DecodeRuneInString(d.Text[end:])
		if end >= len(d.Text) || !unicode.IsLetter(r) {
			return true
		}
		from = end
	}
}
