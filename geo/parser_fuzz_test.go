package geo_test

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds the parser arbitrary text: it must not panic, and its mentions must be sorted,
// inside the text, equal to the text they cover, with a known role and a place.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"",
		" ",
		".,;:!?—–-()[]{}\"'’“”«»",
		"\xff\xfe\xfd",
		"Baku\xff Moscow\xc3",
		"\xe2\x80",
		"BAKU MOSCOW ANKARA YEREVAN ARMENIA AZERBAIJAN " + strings.Repeat("ABC ", 200),
		strings.Repeat("A", 5000),
		"Azerbaijan’s’s’s territory",
		"Baku’s’s’s’s",
		"Bakus’ decision and Armenias' territory",
		"Nagorno-Karabakh-Armenia-Azerbaijan-Georgia-Turkey-Iran",
		strings.Repeat("-", 300) + "Shusha" + strings.Repeat("‑", 100),
		"Stepanakert--Khankendi––Shushi",
		"עימותים באזרבייג׳ן ובארמניה; اشتباكات في باكو",
		"Бои в Баку и Ереване, Москва заявила",
		"Մարտեր Ստեփանակերտում և Շուշիում",
		"\u202eukaB ni sehsalC\u202c in Baku",
		"Şuşa, Füzuli, Gəncə, Naxçıvan, Kəlbəcər",
		strings.Repeat("Baku, ", 10000),
		"northern", "northern ", "the district of", "the town of", "between", "Moscow's", "Moscow’",
		"Organization for Security and Cooperation in",
		"\n\n\n---\nBaku\n---\n",
		"Georgia\u00a0Armenia\u00a0Azerbaijan",
		"A B C D E F G H I J K L M N O P Q R S T U V W X Y Z",
		"St. Petersburg, Rostov-on-Don and Bosnia and Herzegovina",
		"’s",
		"s’",
	} {
		f.Add(s)
	}
	p := testParser(f)
	f.Fuzz(func(t *testing.T, text string) {
		d := p.Parse(text)
		checkDoc(t, text, d)
		if utf8.ValidString(text) {
			for _, m := range d.Mentions {
				if !utf8.ValidString(m.Text) {
					t.Errorf("mention %q of valid text is not valid UTF-8", m.Text)
				}
			}
		}
	})
}
