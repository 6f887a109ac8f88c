package cql2

// The CQL2 text parser (OGC 21-065r2), written here because no maintained Go implementation is
// reachable: github.com/planetlabs/go-ogc (the usual one, and the base of
// robert-malhotra/go-cql-text) is not served by the module proxy this project builds with.
//
// Supported: Basic CQL2 (comparisons = <> < <= > >=, AND, OR, NOT, IS [NOT] NULL, booleans,
// strings, numbers, DATE and TIMESTAMP literals), advanced comparisons ([NOT] LIKE with % and _,
// [NOT] BETWEEN, [NOT] IN), CASEI and ACCENTI, basic spatial functions (S_INTERSECTS, plus
// S_DISJOINT, S_WITHIN, S_CONTAINS, S_EQUALS) on POINT, BBOX and POLYGON literals and the
// geometry property, and every temporal function (T_AFTER … T_STARTS) on DATE, TIMESTAMP and
// INTERVAL.

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// MaxDepth is how deeply a filter may nest; MaxLen how long its text may be.
const (
	MaxDepth = 64
	MaxLen   = 1 << 16
)

// Parse parses a CQL2 text filter into its syntax tree.
func Parse(s string) (Expr, error) {
	if !utf8.ValidString(s) {
		return nil, fmt.Errorf("cql2: filter is not UTF-8")
	}
	if len(s) > MaxLen {
		return nil, fmt.Errorf("cql2: filter longer than 64 KiB")
	}
	toks, err := lex(s)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	e, err := p.or()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.kind != tEOF {
		return nil, fmt.Errorf("cql2: unexpected %q at %d", t.text, t.pos)
	}
	return e, nil
}

type parser struct {
	toks  []token
	i     int
	depth int
}

func (p *parser) peek() token { return p.toks[p.i] }
func (p *parser) next() token {
	t := p.toks[p.i]
	if t.kind != tEOF {
		p.i++
	}
	return t
}

func (p *parser) isKw(kw string) bool {
	t := p.peek()
	return t.kind == tIdent && strings.EqualFold(t.text, kw)
}

func (p *parser) acceptKw(kw string) bool {
	if p.isKw(kw) {
		p.i++
		return true
	}
	return false
}

func (p *parser) isOp(op string) bool {
	t := p.peek()
	return t.kind == tOp && t.text == op
}

func (p *parser) expectOp(op string) error {
	t := p.next()
	if t.kind != tOp || t.text != op {
		return fmt.Errorf("cql2: expected %q at %d, got %q", op, t.pos, t.text)
	}
	return nil
}

func (p *parser) enter() error {
	if p.depth++; p.depth > MaxDepth {
		return fmt.Errorf("cql2: filter nested too deeply")
	}
	return nil
}

func (p *parser) or() (Expr, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	l, err := p.and()
	if err != nil {
		return nil, err
	}
	args := []Expr{l}
	for p.acceptKw("OR") {
		r, err := p.and()
		if err != nil {
			return nil, err
		}
		args = append(args, r)
	}
	if len(args) == 1 {
		return l, nil
	}
	return Or{Args: args}, nil
}

func (p *parser) and() (Expr, error) {
	l, err := p.not()
	if err != nil {
		return nil, err
	}
	args := []Expr{l}
	for p.acceptKw("AND") {
		r, err := p.not()
		if err != nil {
			return nil, err
		}
		args = append(args, r)
	}
	if len(args) == 1 {
		return l, nil
	}
	return And{Args: args}, nil
}

func (p *parser) not() (Expr, error) {
	if p.acceptKw("NOT") {
		if err := p.enter(); err != nil {
			return nil, err
		}
		defer func() { p.depth-- }()
		e, err := p.not()
		if err != nil {
			return nil, err
		}
		return Not{Arg: e}, nil
	}
	return p.primary()
}

// SpatialOps and TemporalOps are the function names Spatial and Temporal take.
var (
	SpatialOps  = []string{"S_INTERSECTS", "S_DISJOINT", "S_WITHIN", "S_CONTAINS", "S_EQUALS"}
	TemporalOps = []string{"T_AFTER", "T_BEFORE", "T_CONTAINS", "T_DISJOINT", "T_DURING", "T_EQUALS",
		"T_FINISHEDBY", "T_FINISHES", "T_INTERSECTS", "T_MEETS", "T_METBY", "T_OVERLAPPEDBY",
		"T_OVERLAPS", "T_STARTEDBY", "T_STARTS"}
)

func isOneOf(name string, list []string) bool {
	for _, x := range list {
		if x == name {
			return true
		}
	}
	return false
}

func (p *parser) primary() (Expr, error) {
	t := p.peek()
	if t.kind == tOp && t.text == "(" {
		p.next()
		e, err := p.or()
		if err != nil {
			return nil, err
		}
		return e, p.expectOp(")")
	}
	if t.kind == tIdent {
		name := strings.ToUpper(t.text)
		spatial, temporal := isOneOf(name, SpatialOps), isOneOf(name, TemporalOps)
		if (spatial || temporal) && p.toks[p.i+1].kind == tOp && p.toks[p.i+1].text == "(" {
			p.i += 2
			return p.function(name, spatial)
		}
		if name == "TRUE" || name == "FALSE" {
			// A bare boolean, unless it is compared.
			if n := p.toks[p.i+1]; !(n.kind == tOp && n.text != "(" && n.text != ")" && n.text != ",") && !isPredicateKw(n) {
				p.next()
				return Bool(name == "TRUE"), nil
			}
		}
	}
	a, err := p.operand()
	if err != nil {
		return nil, err
	}
	return p.predicate(a)
}

// function reads the "a, b)" of a spatial or temporal function.
func (p *parser) function(name string, spatial bool) (Expr, error) {
	a, err := p.operand()
	if err != nil {
		return nil, err
	}
	if err := p.expectOp(","); err != nil {
		return nil, err
	}
	b, err := p.operand()
	if err != nil {
		return nil, err
	}
	if err := p.expectOp(")"); err != nil {
		return nil, err
	}
	if spatial {
		return Spatial{Op: name, A: a, B: b}, nil
	}
	return Temporal{Op: name, A: a, B: b}, nil
}

// predicate reads what follows a first operand: a comparison, [NOT] LIKE, BETWEEN, IN, IS.
func (p *parser) predicate(a Operand) (Expr, error) {
	negate := false
	if p.isKw("NOT") {
		n := p.toks[p.i+1]
		if n.kind == tIdent && (strings.EqualFold(n.text, "LIKE") || strings.EqualFold(n.text, "BETWEEN") || strings.EqualFold(n.text, "IN")) {
			p.next()
			negate = true
		}
	}
	switch t := p.peek(); {
	case t.kind == tOp && (t.text == "=" || t.text == "<>" || t.text == "<" || t.text == "<=" || t.text == ">" || t.text == ">="):
		if negate {
			return nil, fmt.Errorf("cql2: NOT before %q at %d", t.text, t.pos)
		}
		p.next()
		b, err := p.operand()
		if err != nil {
			return nil, err
		}
		return Compare{Op: t.text, A: a, B: b}, nil
	case p.acceptKw("LIKE"):
		pt := p.next()
		if pt.kind != tString {
			return nil, fmt.Errorf("cql2: LIKE needs a string pattern at %d", pt.pos)
		}
		if _, err := likeRegexp(pt.text); err != nil {
			return nil, err
		}
		return Like{A: a, Pattern: pt.text, Not: negate}, nil
	case p.acceptKw("BETWEEN"):
		lo, err := p.operand()
		if err != nil {
			return nil, err
		}
		if !p.acceptKw("AND") {
			return nil, fmt.Errorf("cql2: BETWEEN needs AND at %d", p.peek().pos)
		}
		hi, err := p.operand()
		if err != nil {
			return nil, err
		}
		return Between{A: a, Lo: lo, Hi: hi, Not: negate}, nil
	case p.acceptKw("IN"):
		list, err := p.list()
		if err != nil {
			return nil, err
		}
		return In{A: a, List: list, Not: negate}, nil
	case p.acceptKw("IS"):
		not := p.acceptKw("NOT")
		if !p.acceptKw("NULL") {
			return nil, fmt.Errorf("cql2: IS needs NULL at %d", p.peek().pos)
		}
		if negate {
			return nil, fmt.Errorf("cql2: NOT before IS")
		}
		return IsNull{A: a, Not: not}, nil
	default:
		if l, ok := a.(Literal); ok {
			if v, ok := l.Value.(bool); ok && !negate {
				return Bool(v), nil
			}
		}
		return nil, fmt.Errorf("cql2: expected a comparison at %d, got %q", t.pos, t.text)
	}
}

// list reads "(a, b, …)".
func (p *parser) list() ([]Operand, error) {
	if err := p.expectOp("("); err != nil {
		return nil, err
	}
	var list []Operand
	for {
		o, err := p.operand()
		if err != nil {
			return nil, err
		}
		list = append(list, o)
		if p.isOp(",") {
			p.next()
			continue
		}
		break
	}
	return list, p.expectOp(")")
}

func isPredicateKw(t token) bool {
	if t.kind != tIdent {
		return false
	}
	switch strings.ToUpper(t.text) {
	case "LIKE", "BETWEEN", "IN", "IS", "NOT":
		return true
	}
	return false
}
