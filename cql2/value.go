package cql2

import (
	"fmt"
	"strings"
	"time"
	"unicode"
)

var (
	minTime = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	maxTime = time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC)
)

// tval is a temporal literal as evaluated: a closed interval, and the literal's text.
type tval struct {
	s, e time.Time
	raw  string
}

func timeVal(t TimeLit) tval {
	v := tval{s: t.Start, e: t.End, raw: t.Raw}
	if t.Interval {
		v.raw = ""
	}
	if v.s.IsZero() {
		v.s = minTime
	}
	if v.e.IsZero() {
		v.e = maxTime
	}
	return v
}

func compileOperand(o Operand, depth int) (val, error) {
	if depth > 4*MaxDepth {
		return nil, fmt.Errorf("cql2: filter nested too deeply")
	}
	switch o := o.(type) {
	case Property:
		name := o.Name
		return func(r Row) any {
			v, ok := r.Value(name)
			if !ok {
				return nil
			}
			return v
		}, nil
	case Literal:
		v := o.Value
		return func(Row) any { return v }, nil
	case TimeLit:
		v := timeVal(o)
		return func(Row) any { return v }, nil
	case GeomLit:
		g := o.G
		return func(Row) any { return g }, nil
	case CaseI:
		a, err := compileOperand(o.A, depth+1)
		if err != nil {
			return nil, err
		}
		return func(r Row) any { return mapStrings(a(r), strings.ToLower) }, nil
	case AccentI:
		a, err := compileOperand(o.A, depth+1)
		if err != nil {
			return nil, err
		}
		return func(r Row) any { return mapStrings(a(r), foldAccents) }, nil
	}
	return nil, fmt.Errorf("cql2: cannot evaluate operand %T", o)
}

func mapStrings(v any, f func(string) string) any {
	switch v := v.(type) {
	case string:
		return f(v)
	case []string:
		out := make([]string, len(v))
		for i, s := range v {
			out[i] = f(s)
		}
		return out
	}
	return v
}

// foldAccents drops the diacritics of Latin letters (é → e, ş → s, ø → o).
func foldAccents(s string) string {
	simple := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			simple = false
			break
		}
	}
	if simple {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if f, ok := accentFold[r]; ok {
			b.WriteRune(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var accentFold = func() map[rune]rune {
	m := map[rune]rune{}
	for base, list := range map[rune]string{
		'a': "àáâãäåāăą", 'A': "ÀÁÂÃÄÅĀĂĄ", 'c': "çćĉċč", 'C': "ÇĆĈĊČ", 'd': "ďđ", 'D': "ĎĐ",
		'e': "èéêëēĕėęě", 'E': "ÈÉÊËĒĔĖĘĚ", 'g': "ĝğġģ", 'G': "ĜĞĠĢ", 'h': "ĥħ", 'H': "ĤĦ",
		'i': "ìíîïĩīĭįı", 'I': "ÌÍÎÏĨĪĬĮİ", 'j': "ĵ", 'J': "Ĵ", 'k': "ķ", 'K': "Ķ", 'l': "ĺļľŀł",
		'L': "ĹĻĽĿŁ", 'n': "ñńņňŉ", 'N': "ÑŃŅŇ", 'o': "òóôõöøōŏő", 'O': "ÒÓÔÕÖØŌŎŐ", 'r': "ŕŗř",
		'R': "ŔŖŘ", 's': "śŝşšș", 'S': "ŚŜŞŠȘ", 't': "ţťŧț", 'T': "ŢŤŦȚ", 'u': "ùúûüũūŭůűų",
		'U': "ÙÚÛÜŨŪŬŮŰŲ", 'w': "ŵ", 'W': "Ŵ", 'y': "ýÿŷ", 'Y': "ÝŸŶ", 'z': "źżž", 'Z': "ŹŻŽ",
	} {
		for _, r := range list {
			m[r] = base
		}
	}
	return m
}()

// isNull: missing, nil, or an empty string.
func isNull(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case string:
		return v == ""
	case []string:
		return len(v) == 0 // no actors named
	}
	return false
}

// eachScalar calls fn with each scalar a value stands for (an array: its elements) until fn
// returns false.
func eachScalar(v any, fn func(any) bool) {
	switch v := v.(type) {
	case []string:
		for _, s := range v {
			if !fn(s) {
				return
			}
		}
	case []any:
		for _, s := range v {
			if !fn(s) {
				return
			}
		}
	default:
		fn(v)
	}
}

func isArray(v any) bool {
	switch v := v.(type) {
	case []string:
		return len(v) != 1
	case []any:
		return len(v) != 1
	}
	return false
}

func testOp(op string) (func(int) bool, error) {
	switch op {
	case "=":
		return func(c int) bool { return c == 0 }, nil
	case "<>":
		return func(c int) bool { return c != 0 }, nil
	case "<":
		return func(c int) bool { return c < 0 }, nil
	case "<=":
		return func(c int) bool { return c <= 0 }, nil
	case ">":
		return func(c int) bool { return c > 0 }, nil
	case ">=":
		return func(c int) bool { return c >= 0 }, nil
	}
	return nil, fmt.Errorf("cql2: unknown comparison %q", op)
}

func compileCompare(op string, ao, bo Operand, depth int) (pred, error) {
	a, err := compileOperand(ao, depth)
	if err != nil {
		return nil, err
	}
	b, err := compileOperand(bo, depth)
	if err != nil {
		return nil, err
	}
	test, err := testOp(op)
	if err != nil {
		return nil, err
	}
	eq, _ := testOp("=")
	return func(r Row) bool {
		av, bv := a(r), b(r)
		if op == "<>" && (isArray(av) || isArray(bv)) {
			// An array differs from a value when none of its elements equals it.
			return !anyPair(av, bv, eq)
		}
		return anyPair(av, bv, test)
	}, nil
}

func anyPair(av, bv any, test func(int) bool) bool {
	found := false
	eachScalar(av, func(x any) bool {
		eachScalar(bv, func(y any) bool {
			if c, ok := compareScalar(x, y); ok && test(c) {
				found = true
			}
			return !found
		})
		return !found
	})
	return found
}

// compareScalar compares two scalars; ok is false when they cannot be compared (NULL, types).
func compareScalar(a, b any) (int, bool) {
	if isNull(a) || isNull(b) {
		return 0, false
	}
	if t, ok := b.(tval); ok {
		return compareTemporal(a, t)
	}
	if t, ok := a.(tval); ok {
		c, ok := compareTemporal(b, t)
		return -c, ok
	}
	if an, aok := toNumber(a); aok {
		if bn, bok := toNumber(b); bok {
			switch {
			case an < bn:
				return -1, true
			case an > bn:
				return 1, true
			}
			return 0, true
		}
	}
	if as, ok := a.(string); ok {
		if bs, ok := b.(string); ok {
			return strings.Compare(as, bs), true
		}
	}
	if ab, ok := a.(bool); ok {
		if bb, ok := b.(bool); ok {
			if ab == bb {
				return 0, true
			}
			return 1, true
		}
	}
	return 0, false
}

// compareTemporal compares a property's value (a date string) with a DATE or TIMESTAMP.
func compareTemporal(v any, t tval) (int, bool) {
	s, ok := v.(string)
	if !ok {
		return 0, false
	}
	if t.raw != "" && len(s) == len(t.raw) {
		return strings.Compare(s, t.raw), true
	}
	start, _, err := parseTemporal(s, false)
	if err != nil {
		return 0, false
	}
	switch {
	case start.Before(t.s):
		return -1, true
	case start.After(t.s):
		return 1, true
	}
	return 0, true
}

func toNumber(v any) (float64, bool) {
	switch v := v.(type) {
	case float64:
		return v, true
	case int:
		return float64(v), true
	case int64:
		return float64(v), true
	case float32:
		return float64(v), true
	case int32:
		return float64(v), true
	}
	return 0, false
}
