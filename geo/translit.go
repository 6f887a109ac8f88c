package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// azeriToEnglish maps the letters of Azerbaijani Latin script that English news spells
// differently. Letters not listed are kept as they are.
var azeriToEnglish = map[rune]string{
	'ə': "a", 'Ə': "A", 'ǝ': "a", 'Ǝ': "A",
	'c': "j", 'C': "J",
	'ç': "ch", 'Ç': "Ch",
	'ş': "sh", 'Ş': "Sh",
	'ğ': "gh", 'Ğ': "Gh",
	'x': "kh", 'X': "Kh",
	'q': "g", 'Q': "G",
	'ı': "i", 'I': "I", 'İ': "I",
	'ö': "o", 'Ö': "O",
	'ü': "u", 'Ü': "U",
}

// AzeriToEnglish spells an Azerbaijani Latin name the way English news usually does:
// ə→a, c→j, ç→ch, ş→sh, ğ→gh, x→kh, q→g, ı→i, ö→o, ü→u (Kəlbəcər → Kalbajar, Laçın → Lachin,
// Füzuli → Fuzuli, Naxçıvan → Nakhchivan). An upper-case letter becomes a capital digraph
// ("Ş" → "Sh"), or an all-capital one inside an all-capital word ("ŞUŞA" → "SHUSHA").
func AzeriToEnglish(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
		rep, ok := azeriToEnglish[r]
		if !ok {
			b.WriteRune(r)
			continue
		}
		if len(rep) > 1 && unicode.IsUpper(r) && i < len(s) {
			// All-capital word: keep the digraph in capitals.
			next, _ := utf8.DecodeRuneInString(s[i:])
			if unicode.IsUpper(next) {
				rep = strings.ToUpper(rep)
			}
		}
		b.WriteString(rep)
	}
	return b.String()
}
