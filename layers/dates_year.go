package layers

import "strings"

// yearMatches is what `\b(1[89]\d\d|20\d\d)\b` finds in seg (as FindAllStringSubmatchIndex: the
// match and its group, which are the same four bytes), read without a regexp: the four digits
// of a year from 1800 to 2099 with no letter, digit or underscore either side.
func yearMatches(seg string) [][]int {
	var out [][]int
	for i := 0; i+4 <= len(seg); i++ {
		if !yearAt(seg, i) {
			continue
		}
		out = append(out, []int{i, i + 4, i, i + 4})
		i += 3
	}
	return out
}

// yearAt reports whether a year of 1800 to 2099 stands alone at seg[i:i+4].
func yearAt(seg string, i int) bool {
	if i > 0 && isASCIIWordChar(seg[i-1]) || i+4 < len(seg) && isASCIIWordChar(seg[i+4]) {
		return false
	}
	a, b, c, d := seg[i], seg[i+1], seg[i+2], seg[i+3]
	century := a == '1' && (b == '8' || b == '9') || a == '2' && b == '0'
	return century && isDigitByte(c) && isDigitByte(d)
}

// isASCIIWordChar is a character of the regexp class \w: an ASCII letter, digit or underscore.
func isASCIIWordChar(c byte) bool {
	return isASCIIWordByte(c) || c == '_'
}

// yearsIf is yearMatches(seg) when ok, else none.
func yearsIf(ok bool, seg string) [][]int {
	if !ok {
		return nil
	}
	return yearMatches(seg)
}

// eraLabel reports whether the year at s[a:b] opens an actor's era label, the open-ended
// "(2018-)" that event datasets such as ACLED write after a state force's name ("Military Forces
// of Armenia (2018-)"): the year the government came to power, neither a date nor a count.
func eraLabel(s string, a, b int) bool {
	if a == 0 || s[a-1] != '(' {
		return false
	}
	rest := strings.TrimLeft(s[b:], " ")
	for _, dash := range []string{"-", "–", "—"} {
		if r, ok := strings.CutPrefix(rest, dash); ok && strings.HasPrefix(strings.TrimLeft(r, " "), ")") {
			return true
		}
	}
	return false
}
