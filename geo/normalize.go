package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Token is one folded token of a text and where it is.
type Token struct {
	Text       string // folded (FoldToken)
	Start, End int    // UTF-8 byte offsets in the text, end exclusive
}

// foldTable maps a rune below foldTableSize to its folded form ("" = the rune is not a letter
// or digit, i.e. a separator). Runes at or above it are lower-cased and, if marks, dropped.
const foldTableSize = 0x2000

var foldTable = buildFoldTable()

// foldSpecial are letters that Unicode does not decompose but that fold plainly in names.
var foldSpecial = map[rune]string{
	'ı': "i", 'ə': "a", 'Ə': "a", 'ǝ': "a", 'Ǝ': "a", 'ł': "l", 'Ł': "l", 'ß': "ss", 'ẞ': "ss",
	'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'ø': "o", 'Ø': "o", 'æ': "ae", 'Æ': "ae", 'œ': "oe",
	'Œ': "oe", 'þ': "th", 'Þ': "th", 'ħ': "h", 'Ħ': "h", 'ŧ': "t", 'Ŧ': "t", 'ŀ': "l", 'Ŀ': "l",
	'ƒ': "f", 'ɨ': "i", 'ĸ': "k", 'ŉ': "n", 'ſ': "s", 'ё': "е", 'Ё': "е",
}

func buildFoldTable() []string {
	t := make([]string, foldTableSize)
	var buf [16]byte
	for r := rune(0); r < foldTableSize; r++ {
		if !isTokenRune(r) {
			continue
		}
		if s, ok := foldSpecial[r]; ok {
			t[r] = s
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			t[r] = "\x00" // a mark inside a token: kept in the token, dropped from its text
			continue
		}
		var out []byte
		if r >= 0x400 && r < 0x530 && r != 'ё' && r != 'Ё' {
			// Cyrillic: lower-case only (й is not и).
			out = utf8.AppendRune(buf[:0], unicode.ToLower(r))
		} else {
			n := utf8.EncodeRune(buf[:], r)
			d := norm.NFD.Append(nil, buf[:n]...)
			for len(d) > 0 {
				c, sz := utf8.DecodeRune(d)
				d = d[sz:]
				if unicode.Is(unicode.Mn, c) {
					continue
				}
				if s, ok := foldSpecial[c]; ok {
					out = append(out, s...)
					continue
				}
				out = utf8.AppendRune(out, unicode.ToLower(c))
			}
		}
		if len(out) == 0 {
			out = utf8.AppendRune(out, unicode.ToLower(r))
		}
		t[r] = string(out)
	}
	return t
}

// isTokenRune reports whether r belongs inside a token: letters (not modifier letters such as
// ʼ, which are apostrophes), digits and combining marks.
func isTokenRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if unicode.Is(unicode.Lm, r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiTok: 0 separator, 1 lower-case letter or digit, 2 upper-case letter.
var asciiTok = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			t[c] = 1
		case 'A' <= c && c <= 'Z':
			t[c] = 2
		}
	}
	return
}()

// FoldToken lower-cases one token and folds diacritics and special letters plainly:
// "Şuşa" → "susa", "Füzuli" → "fuzuli", "ə" → "a", "ı" → "i", "ł" → "l", "ß" → "ss".
// Runes that are not letters or digits are dropped.
func FoldToken(tok string) string {
	// Fast path: lower-case ASCII letters and digits only.
	i := 0
	for ; i < len(tok); i++ {
		c := tok[i]
		if c >= 0x80 || asciiTok[c] != 1 {
			break
		}
	}
	if i == len(tok) {
		return tok
	}
	b := make([]byte, 0, len(tok)+2)
	b = appendFold(b, tok)
	return string(b)
}

// appendFold appends the folded form of s (separators dropped) to b.
func appendFold(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			switch asciiTok[c] {
			case 1:
				b = append(b, c)
			case 2:
				b = append(b, c+'a'-'A')
			}
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
		b = appendFoldRune(b, r)
	}
	return b
}

func appendFoldRune(b []byte, r rune) []byte {
	if r < foldTableSize {
		f := foldTable[r]
		if f != "\x00" {
			b = append(b, f...)
		}
		return b
	}
	if !isTokenRune(r) || unicode.Is(unicode.Mn, r) {
		return b
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}

// tokenRune reports whether the rune r (non-ASCII) is part of a token.
func tokenRune(r rune) bool {
	if r < foldTableSize {
		return foldTable[r] != ""
	}
	return isTokenRune(r)
}

// Tokens splits s into tokens at every rune that is not a letter or digit (hyphens,
// apostrophes, spaces and dots all split) and returns them folded, with their byte offsets in s.
func Tokens(s string) []Token {
	toks := make([]Token, 0, len(s)/6+1)
	return appendTokens(toks, s)
}

func appendTokens(toks []Token, s string) []Token {
	var buf []byte
	i := 0
	for i < len(s) {
		// Skip separators.
		c := s[i]
		if c < 0x80 {
			if asciiTok[c] == 0 {
				i++
				continue
			}
		} else {
			r, sz := utf8.DecodeRuneInString(s[i:])
			if !tokenRune(r) {
				i += sz
				continue
			}
		}
		start := i
		plain := true // lower-case ASCII so far: the token's text is a substring of s
		for i < len(s) {
			c := s[i]
			if c < 0x80 {
				k := asciiTok[c]
				if k == 0 {
					break
				}
				if k == 2 {
					plain = false
				}
				i++
				continue
			}
			r, sz := utf8.DecodeRuneInString(s[i:])
			if !tokenRune(r) {
				break
			}
			plain = false
			i += sz
		}
		var text string
		if plain {
			text = s[start:i]
		} else {
			buf = appendFold(buf[:0], s[start:i])
			text = string(buf)
		}
		if text == "" { // a token of marks only
			continue
		}
		toks = append(toks, Token{Text: text, Start: start, End: i})
	}
	return toks
}

// Key is the lookup key of a name: its folded tokens joined by one space
// ("Nagorno-Karabakh" → "nagorno karabakh").
func Key(s string) string {
	var arr [64]byte
	b := appendKey(arr[:0], s)
	if len(b) == len(s) && string(b) == s {
		return s
	}
	return string(b)
}

// appendKey appends Key(s) to b.
func appendKey(b []byte, s string) []byte {
	start := len(b)
	sep := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			i++
			k := asciiTok[c]
			if k == 0 {
				sep = true
				continue
			}
			if sep && len(b) > start {
				b = append(b, ' ')
			}
			sep = false
			if k == 2 {
				c += 'a' - 'A'
			}
			b = append(b, c)
			continue
		}
		r, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
		if !tokenRune(r) {
			sep = true
			continue
		}
		n := len(b)
		if sep && len(b) > start {
			b = append(b, ' ')
		}
		m := len(b)
		b = appendFoldRune(b, r)
		if len(b) == m { // a mark: nothing added
			b = b[:n]
			continue
		}
		sep = false
	}
	return b
}

// keyTokens is the number of tokens of a key.
func keyTokens(key string) int {
	if key == "" {
		return 0
	}
	return strings.Count(key, " ") + 1
}
