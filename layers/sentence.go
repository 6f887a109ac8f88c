package layers

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a byte range [Start, End) of a text.
type Span struct{ Start, End int }

// abbreviations end with a full stop that does not end a sentence: "Gen. (ret.) Hulusi Akar".
var abbreviations = map[string]bool{
	"gen": true, "ret": true, "col": true, "lt": true, "maj": true, "capt": true, "cpt": true, "adm": true,
	"sgt": true, "mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "mt": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "no": true, "nos": true, "vol": true, "vs": true,
	"etc": true, "approx": true, "est": true, "inc": true, "ltd": true, "co": true, "corp": true, "dept": true,
	"gov": true, "sen": true, "rep": true, "pres": true, "jr": true, "sr": true, "fig": true, "cf": true,
	"e.g": true, "i.e": true, "u.s": true, "u.k": true, "u.n": true, "a.m": true, "p.m": true, "govt": true,
	"km": true, "sq": true, "pp": true, "ed": true, "eds": true, "rev": true, "hon": true, "brig": true,
}

// Sentences splits text into sentences. Lines (captions, datelines, headings) always end one;
// a full stop ends one only before a capital, a digit or a quotation, and never after an
// abbreviation, an initial or a dotted acronym ("U.S.").
func Sentences(text string) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && isSpace(text[s]) {
			s++
		}
		for e > s && isSpace(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Span{s, e})
		}
		start = end
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c == '\n' {
			emit(i)
			start = i + 1
			i++
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			_, sz := utf8.DecodeRuneInString(text[i:])
			i += sz
			continue
		}
		// the end: the stop, any more stops, closing quotes and brackets
		j := i + 1
		for j < len(text) {
			r, sz := utf8.DecodeRuneInString(text[j:])
			if r == '.' || r == '!' || r == '?' || r == '"' || r == '”' || r == '’' || r == '\'' || r == ')' || r == ']' || r == '»' {
				j += sz
				continue
			}
			break
		}
		if j < len(text) && !isSpace(text[j]) {
			i = j // "U.S.A", "3.5", "Twitter.com"
			continue
		}
		if c == '.' && !sentenceEndAfter(text, i) {
			i = j
			continue
		}
		// what follows must open a sentence
		k := j
		for k < len(text) && text[k] == ' ' || k < len(text) && text[k] == '\t' {
			k++
		}
		if k < len(text) && text[k] != '\n' && text[k] != '\r' {
			r, _ := utf8.DecodeRuneInString(text[k:])
			if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'(«[", r)) {
				i = j
				continue
			}
		}
		emit(j)
		i = j
	}
	emit(len(text))
	return out
}

// sentenceEndAfter reports whether the full stop at text[i] may end a sentence: the word before
// it is not an abbreviation, an initial or an acronym with dots.
func sentenceEndAfter(text string, i int) bool {
	k := i
	for k > 0 {
		r, sz := utf8.DecodeLastRuneInString(text[:k])
		if unicode.IsLetter(r) || r == '.' {
			k -= sz
			continue
		}
		break
	}
	word := text[k:i]
	if word == "" {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(word); utf8.RuneCountInString(word) == 1 && unicode.IsUpper(r) {
		return false // an initial: "J. Smith"
	}
	if strings.Contains(word, ".") {
		return false // "U.S.", "e.g."
	}
	return !abbreviations[strings.ToLower(word)]
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
