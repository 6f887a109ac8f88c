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

// UkrainianVariant spells a GeoNames romanisation of a Ukrainian name the way Ukraine's 2010
// national system, and now most English news, does: "y" between a vowel and "i", and before
// "a", "u" after a consonant, becomes "i" — or goes, before "i" (Avdiyivka → Avdiivka, Kupyansk → Kupiansk,
// Zaporizhzhya → Zaporizhzhia, Chuhuyiv → Chuhuiv, Kostyantynivka → Kostiantynivka). It returns
// the name unchanged when no such letter is there.
func UkrainianVariant(name string) string {
	var out []byte
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c == 'y' && i > 0 && i+1 < len(name) {
			prev, next := lowerByte(name[i-1]), lowerByte(name[i+1])
			switch {
			case next == 'i' && isVowelByte(prev): // Avdiyivka → Avdiivka: the y goes
				if out == nil {
					out = append([]byte(nil), name[:i]...)
				}
				continue
			case (next == 'a' || next == 'u') && !isVowelByte(prev) && prev >= 'a' && prev <= 'z': // Kupyansk → Kupiansk
				if out == nil {
					out = append([]byte(nil), name[:i]...)
				}
				out = append(out, 'i')
				continue
			}
		}
		if out != nil {
			out = append(out, c)
		}
	}
	if out == nil {
		return name
	}
	return string(out)
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isVowelByte(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
