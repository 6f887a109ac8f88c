package cql2

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind int

const (
	tEOF tokKind = iota
	tIdent
	tQIdent // "quoted identifier"
	tString
	tNumber
	tOp // = <> < <= > >= ( ) ,
)

type token struct {
	kind tokKind
	text string
	pos  int
}

// lex splits a CQL2 text filter into tokens, ending with a tEOF token.
func lex(s string) ([]token, error) {
	var toks []token
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case r == '\'':
			text, next, err := lexString(s, i)
			if err != nil {
				return nil, err
			}
			toks = append(toks, token{tString, text, i})
			i = next
		case r == '"':
			j := strings.IndexByte(s[i+1:], '"')
			if j < 0 {
				return nil, fmt.Errorf("cql2: unterminated quoted identifier at %d", i)
			}
			toks = append(toks, token{tQIdent, s[i+1 : i+1+j], i})
			i += j + 2
		case r >= '0' && r <= '9' || r == '.' || ((r == '-' || r == '+') && i+1 < len(s) && (s[i+1] >= '0' && s[i+1] <= '9' || s[i+1] == '.') && numberMayStart(toks)):
			j := lexNumberEnd(s, i)
			if _, err := strconv.ParseFloat(s[i:j], 64); err != nil {
				return nil, fmt.Errorf("cql2: bad number %q at %d", s[i:j], i)
			}
			toks = append(toks, token{tNumber, s[i:j], i})
			i = j
		case unicode.IsLetter(r) || r == '_':
			j := i
			for j < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '_' || r2 == ':' || r2 == '.') {
					break
				}
				j += w2
			}
			toks = append(toks, token{tIdent, s[i:j], i})
			i = j
		case strings.HasPrefix(s[i:], "<>") || strings.HasPrefix(s[i:], "<=") || strings.HasPrefix(s[i:], ">=") || strings.HasPrefix(s[i:], "!="):
			op := s[i : i+2]
			if op == "!=" {
				op = "<>"
			}
			toks = append(toks, token{tOp, op, i})
			i += 2
		case strings.ContainsRune("=<>(),", r):
			toks = append(toks, token{tOp, string(r), i})
			i++
		default:
			return nil, fmt.Errorf("cql2: unexpected character %q at %d", r, i)
		}
	}
	return append(toks, token{tEOF, "end of filter", len(s)}), nil
}

// lexString reads the 'quoted string' at s[i] (” is a quote); next is the index after it.
func lexString(s string, i int) (text string, next int, err error) {
	var b strings.Builder
	j := i + 1
	for {
		if j >= len(s) {
			return "", 0, fmt.Errorf("cql2: unterminated string at %d", i)
		}
		if s[j] == '\'' {
			if j+1 < len(s) && s[j+1] == '\'' {
				b.WriteByte('\'')
				j += 2
				continue
			}
			return b.String(), j + 1, nil
		}
		b.WriteByte(s[j])
		j++
	}
}

func lexNumberEnd(s string, i int) int {
	j := i + 1
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.' || s[j] == 'e' || s[j] == 'E' ||
		((s[j] == '-' || s[j] == '+') && (s[j-1] == 'e' || s[j-1] == 'E'))) {
		j++
	}
	return j
}

// numberMayStart: a sign starts a number unless it follows an operand.
func numberMayStart(toks []token) bool {
	if len(toks) == 0 {
		return true
	}
	t := toks[len(toks)-1]
	return t.kind == tOp && t.text != ")"
}
