package layers

import "strings"

// inflections lists the forms of an English lemma: itself, its irregular forms
// (lexicon/irregular.tsv) and the regular ones — plural or third person (-s, -es, -ies), past
// (-ed, -d, -ied, doubled consonant) and present participle (-ing). Forms that a lemma does not
// have are harmless: they are matched only where the text writes them.
func (lx *Lexicon) inflections(w string) []string {
	out := []string{w}
	out = append(out, lx.irregular[w]...)
	if strings.ContainsAny(w, " -") || len(w) < 2 {
		return out
	}
	if strings.HasSuffix(w, "man") {
		out = append(out, w[:len(w)-3]+"men") // serviceman, servicemen
	}
	last := w[len(w)-1]
	prev := w[len(w)-2]
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		out = append(out, w+"es")
	case last == 'y' && !isVowel(prev):
		out = append(out, w[:len(w)-1]+"ies")
	default:
		out = append(out, w+"s")
	}
	switch {
	case last == 'e':
		out = append(out, w+"d")
		if strings.HasSuffix(w, "ie") {
			out = append(out, w[:len(w)-2]+"ying")
		} else if !strings.HasSuffix(w, "ee") {
			out = append(out, w[:len(w)-1]+"ing")
		} else {
			out = append(out, w+"ing")
		}
	case last == 'y' && !isVowel(prev):
		out = append(out, w[:len(w)-1]+"ied", w+"ing")
	default:
		out = append(out, w+"ed", w+"ing")
		if doublesFinal(w) {
			d := w + string(last)
			out = append(out, d+"ed", d+"ing")
		}
	}
	return out
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// doublesFinal reports whether a short lemma ends consonant–vowel–consonant, as "stop", "plan"
// and "ship" do (stopped, planned, shipped).
func doublesFinal(w string) bool {
	n := len(w)
	if n < 3 || n > 5 {
		return false
	}
	c1, v, c2 := w[n-3], w[n-2], w[n-1]
	return !isVowel(c1) && isVowel(v) && !isVowel(c2) && strings.IndexByte("wxy", c2) < 0
}
