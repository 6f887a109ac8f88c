package cql2

import (
	"fmt"
	"regexp"
	"strings"
)

// Row is what a filter is evaluated on: one feature's properties by SCHEMA.md name, its point
// (an orb.Point) under "geometry". Strings are string, numbers float64 or int, arrays []string.
// An unknown value (an unstated count, an absent property) is ok=false or nil; an empty string
// is NULL too.
type Row interface {
	Value(name string) (any, bool)
}

// SearchFields are the properties a Search looks in, besides "quotes" ([]string: the quotes
// of the feature's sources). The titles of the articles a feature came from do not count: a
// search for "Russia" must not find every event of an article whose headline names Russia.
var SearchFields = []string{"title", "place", "name", "event_type", "sub_type", "country", "admin1", "actors", "quotes"}

// Matcher is a compiled filter: its LIKE patterns compiled and its literals parsed once, to be
// matched against many rows.
type Matcher struct {
	root pred
}

type (
	pred func(Row) bool
	val  func(Row) any
)

// Match reports whether the row passes the filter. A nil Matcher passes every row.
func (m *Matcher) Match(r Row) bool {
	if m == nil || m.root == nil {
		return true
	}
	return m.root(r)
}

// Compile compiles an expression for Match; a nil expression passes everything.
func Compile(e Expr) (*Matcher, error) {
	if e == nil {
		return &Matcher{}, nil
	}
	p, err := compile(e, 0)
	if err != nil {
		return nil, err
	}
	return &Matcher{root: p}, nil
}

// Eval reports whether the row passes e. To test many rows, Compile once instead.
func Eval(e Expr, r Row) bool {
	m, err := Compile(e)
	if err != nil {
		return false
	}
	return m.Match(r)
}

// Check reports an error for the first property e names that known does not accept.
func Check(e Expr, known func(string) bool) error {
	var err error
	Properties(e, func(name string) {
		if err == nil && !known(name) {
			err = fmt.Errorf("unknown property %q (see the collection's queryables)", name)
		}
	})
	return err
}

func compile(e Expr, depth int) (pred, error) {
	if depth > 4*MaxDepth {
		return nil, fmt.Errorf("cql2: filter nested too deeply")
	}
	switch e := e.(type) {
	case And:
		ps, err := compileAll(e.Args, depth)
		if err != nil {
			return nil, err
		}
		return func(r Row) bool {
			for _, p := range ps {
				if !p(r) {
					return false
				}
			}
			return true
		}, nil
	case Or:
		ps, err := compileAll(e.Args, depth)
		if err != nil {
			return nil, err
		}
		return func(r Row) bool {
			for _, p := range ps {
				if p(r) {
					return true
				}
			}
			return false
		}, nil
	case Not:
		p, err := compile(e.Arg, depth+1)
		if err != nil {
			return nil, err
		}
		return func(r Row) bool { return !p(r) }, nil
	case Bool:
		return func(Row) bool { return bool(e) }, nil
	case Search:
		return compileSearch(e), nil
	case nil:
		return func(Row) bool { return true }, nil
	}
	return compileLeaf(e, depth)
}

func compileAll(es []Expr, depth int) ([]pred, error) {
	ps := make([]pred, len(es))
	for i, a := range es {
		p, err := compile(a, depth+1)
		if err != nil {
			return nil, err
		}
		ps[i] = p
	}
	return ps, nil
}

func compileLeaf(e Expr, depth int) (pred, error) {
	switch e := e.(type) {
	case Compare:
		return compileCompare(e.Op, e.A, e.B, depth)
	case Like:
		return compileLike(e, depth)
	case Between:
		ge, err := compileCompare(">=", e.A, e.Lo, depth)
		if err != nil {
			return nil, err
		}
		le, err := compileCompare("<=", e.A, e.Hi, depth)
		if err != nil {
			return nil, err
		}
		return negated(func(r Row) bool { return ge(r) && le(r) }, e.Not), nil
	case In:
		ps := make([]pred, len(e.List))
		for i, o := range e.List {
			p, err := compileCompare("=", e.A, o, depth)
			if err != nil {
				return nil, err
			}
			ps[i] = p
		}
		return negated(func(r Row) bool {
			for _, p := range ps {
				if p(r) {
					return true
				}
			}
			return false
		}, e.Not), nil
	case IsNull:
		a, err := compileOperand(e.A, depth)
		if err != nil {
			return nil, err
		}
		return negated(func(r Row) bool { return isNull(a(r)) }, e.Not), nil
	case Spatial:
		return compileSpatial(e, depth)
	case Temporal:
		return compileTemporal(e, depth)
	}
	return nil, fmt.Errorf("cql2: cannot evaluate %T", e)
}

func negated(p pred, not bool) pred {
	if not {
		return func(r Row) bool { return !p(r) }
	}
	return p
}

func compileLike(e Like, depth int) (pred, error) {
	a, err := compileOperand(e.A, depth)
	if err != nil {
		return nil, err
	}
	re, err := likeRegexp(e.Pattern)
	if err != nil {
		return nil, err
	}
	if foldedOperand(e.A) { // CASEI(place) LIKE 'GEN%': the pattern is folded too, as in SQL
		if re, err = regexp.Compile("(?i)" + re.String()); err != nil {
			return nil, err
		}
	}
	return negated(func(r Row) bool {
		match := false
		eachScalar(a(r), func(x any) bool {
			if s, ok := x.(string); ok && re.MatchString(s) {
				match = true
			}
			return !match
		})
		return match
	}, e.Not), nil
}

// foldedOperand reports whether an operand is compared case-insensitively (CASEI, or ACCENTI
// around CASEI).
func foldedOperand(o Operand) bool {
	switch o := o.(type) {
	case CaseI:
		return true
	case AccentI:
		return foldedOperand(o.A)
	}
	return false
}

func compileSearch(e Search) pred {
	terms := e.Terms
	return func(r Row) bool {
		var b strings.Builder
		for _, k := range SearchFields {
			v, _ := r.Value(k)
			switch v := v.(type) {
			case string:
				b.WriteString(v)
				b.WriteByte('\n')
			case []string:
				for _, s := range v {
					b.WriteString(s)
					b.WriteByte('\n')
				}
			}
		}
		text := strings.ToLower(b.String())
		for _, w := range terms {
			if !strings.Contains(text, w) {
				return false
			}
		}
		return true
	}
}
