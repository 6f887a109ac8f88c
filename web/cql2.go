package web

// A CQL2 text parser and evaluator (OGC 21-065r2), written here because no maintained Go
// implementation is reachable: github.com/planetlabs/go-ogc (the usual one, and the base of
// robert-malhotra/go-cql-text) is not served by the module proxy this project builds with.
//
// Supported: Basic CQL2 (comparisons = <> < <= > >=, AND, OR, NOT, IS [NOT] NULL, booleans,
// strings, numbers, DATE and TIMESTAMP literals), advanced comparisons ([NOT] LIKE with % and _,
// [NOT] BETWEEN, [NOT] IN), CASEI, basic spatial functions (S_INTERSECTS, plus S_DISJOINT,
// S_WITHIN, S_CONTAINS, S_EQUALS) on POINT, BBOX and POLYGON literals and the geometry
// property, and every temporal function (T_AFTER … T_STARTS) on DATE, TIMESTAMP and INTERVAL.
// An array property (actors) equals a value when any of its elements does. Empty strings are
// NULL (unknown dates, places).

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// CQL2 is a parsed CQL2 text filter.
type CQL2 struct {
	root boolExpr
	text string
}

// Match reports whether a feature's properties (with its geometry under "geometry") pass.
func (c *CQL2) Match(props map[string]any) bool { return c.root.match(props) }

// String returns the filter's text.
func (c *CQL2) String() string { return c.text }

// check reports an error for a property the filter names that known does not accept.
func (c *CQL2) check(known func(string) bool) error {
	var err error
	c.root.props(func(name string) {
		if err == nil && !known(name) {
			err = fmt.Errorf("unknown property %q (see the collection's queryables)", name)
		}
	})
	return err
}

const maxCQL2Depth = 64

// ParseCQL2 parses a CQL2 text filter.
func ParseCQL2(s string) (*CQL2, error) {
	if !utf8.ValidString(s) {
		return nil, fmt.Errorf("cql2: filter is not UTF-8")
	}
	if len(s) > 1<<16 {
		return nil, fmt.Errorf("cql2: filter longer than 64 KiB")
	}
	toks, err := lexCQL2(s)
	if err != nil {
		return nil, err
	}
	p := &cqlParser{toks: toks}
	e, err := p.or()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.kind != tEOF {
		return nil, fmt.Errorf("cql2: unexpected %q at %d", t.text, t.pos)
	}
	return &CQL2{root: e, text: s}, nil
}

// ---- lexer --------------------------------------------------------------------------------

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

func lexCQL2(s string) ([]token, error) {
	var toks []token
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case r == '\'':
			var b strings.Builder
			j := i + 1
			for {
				if j >= len(s) {
					return nil, fmt.Errorf("cql2: unterminated string at %d", i)
				}
				if s[j] == '\'' {
					if j+1 < len(s) && s[j+1] == '\'' {
						b.WriteByte('\'')
						j += 2
						continue
					}
					break
				}
				b.WriteByte(s[j])
				j++
			}
			toks = append(toks, token{tString, b.String(), i})
			i = j + 1
		case r == '"':
			j := strings.IndexByte(s[i+1:], '"')
			if j < 0 {
				return nil, fmt.Errorf("cql2: unterminated quoted identifier at %d", i)
			}
			toks = append(toks, token{tQIdent, s[i+1 : i+1+j], i})
			i += j + 2
		case r >= '0' && r <= '9' || r == '.' || ((r == '-' || r == '+') && i+1 < len(s) && (s[i+1] >= '0' && s[i+1] <= '9' || s[i+1] == '.') && numberMayStart(toks)):
			j := i + 1
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.' || s[j] == 'e' || s[j] == 'E' ||
				((s[j] == '-' || s[j] == '+') && (s[j-1] == 'e' || s[j-1] == 'E'))) {
				j++
			}
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

// numberMayStart: a sign starts a number unless it follows an operand.
func numberMayStart(toks []token) bool {
	if len(toks) == 0 {
		return true
	}
	t := toks[len(toks)-1]
	return t.kind == tOp && t.text != ")"
}

// ---- parser -------------------------------------------------------------------------------

type cqlParser struct {
	toks  []token
	i     int
	depth int
}

func (p *cqlParser) peek() token { return p.toks[p.i] }
func (p *cqlParser) next() token {
	t := p.toks[p.i]
	if t.kind != tEOF {
		p.i++
	}
	return t
}

func (p *cqlParser) isKw(kw string) bool {
	t := p.peek()
	return t.kind == tIdent && strings.EqualFold(t.text, kw)
}

func (p *cqlParser) acceptKw(kw string) bool {
	if p.isKw(kw) {
		p.i++
		return true
	}
	return false
}

func (p *cqlParser) expectOp(op string) error {
	t := p.next()
	if t.kind != tOp || t.text != op {
		return fmt.Errorf("cql2: expected %q at %d, got %q", op, t.pos, t.text)
	}
	return nil
}

func (p *cqlParser) enter() error {
	if p.depth++; p.depth > maxCQL2Depth {
		return fmt.Errorf("cql2: filter nested too deeply")
	}
	return nil
}

func (p *cqlParser) or() (boolExpr, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	l, err := p.and()
	if err != nil {
		return nil, err
	}
	for p.acceptKw("OR") {
		r, err := p.and()
		if err != nil {
			return nil, err
		}
		l = orExpr{l, r}
	}
	return l, nil
}

func (p *cqlParser) and() (boolExpr, error) {
	l, err := p.not()
	if err != nil {
		return nil, err
	}
	for p.acceptKw("AND") {
		r, err := p.not()
		if err != nil {
			return nil, err
		}
		l = andExpr{l, r}
	}
	return l, nil
}

func (p *cqlParser) not() (boolExpr, error) {
	if p.acceptKw("NOT") {
		if err := p.enter(); err != nil {
			return nil, err
		}
		defer func() { p.depth-- }()
		e, err := p.not()
		if err != nil {
			return nil, err
		}
		return notExpr{e}, nil
	}
	return p.primary()
}

var spatialFuncs = map[string]bool{"S_INTERSECTS": true, "S_DISJOINT": true, "S_WITHIN": true, "S_CONTAINS": true, "S_EQUALS": true}

var temporalFuncs = map[string]func(a, b tinterval) bool{
	"T_AFTER":        func(a, b tinterval) bool { return a.s.After(b.e) },
	"T_BEFORE":       func(a, b tinterval) bool { return a.e.Before(b.s) },
	"T_CONTAINS":     func(a, b tinterval) bool { return a.s.Before(b.s) && a.e.After(b.e) },
	"T_DISJOINT":     func(a, b tinterval) bool { return a.e.Before(b.s) || a.s.After(b.e) },
	"T_DURING":       func(a, b tinterval) bool { return a.s.After(b.s) && a.e.Before(b.e) },
	"T_EQUALS":       func(a, b tinterval) bool { return a.s.Equal(b.s) && a.e.Equal(b.e) },
	"T_FINISHEDBY":   func(a, b tinterval) bool { return a.s.Before(b.s) && a.e.Equal(b.e) },
	"T_FINISHES":     func(a, b tinterval) bool { return a.s.After(b.s) && a.e.Equal(b.e) },
	"T_INTERSECTS":   func(a, b tinterval) bool { return !a.s.After(b.e) && !a.e.Before(b.s) },
	"T_MEETS":        func(a, b tinterval) bool { return a.e.Equal(b.s) },
	"T_METBY":        func(a, b tinterval) bool { return a.s.Equal(b.e) },
	"T_OVERLAPPEDBY": func(a, b tinterval) bool { return a.s.After(b.s) && a.s.Before(b.e) && a.e.After(b.e) },
	"T_OVERLAPS":     func(a, b tinterval) bool { return a.s.Before(b.s) && a.e.After(b.s) && a.e.Before(b.e) },
	"T_STARTEDBY":    func(a, b tinterval) bool { return a.s.Equal(b.s) && a.e.After(b.e) },
	"T_STARTS":       func(a, b tinterval) bool { return a.s.Equal(b.s) && a.e.Before(b.e) },
}

func (p *cqlParser) primary() (boolExpr, error) {
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
		if spatialFuncs[name] || temporalFuncs[name] != nil {
			if p.i+1 < len(p.toks) && p.toks[p.i+1].text == "(" {
				p.i += 2
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
				if spatialFuncs[name] {
					return spatialExpr{name, a, b}, nil
				}
				return temporalExpr{name, temporalFuncs[name], a, b}, nil
			}
		}
		if name == "TRUE" || name == "FALSE" {
			// A bare boolean, unless it is compared.
			if n := p.toks[p.i+1]; !(n.kind == tOp && n.text != "(" && n.text != ")" && n.text != ",") && !isPredicateKw(n) {
				p.next()
				return boolLit(name == "TRUE"), nil
			}
		}
	}
	a, err := p.operand()
	if err != nil {
		return nil, err
	}
	negate := false
	if p.isKw("NOT") {
		n := p.toks[p.i+1]
		if n.kind == tIdent && (strings.EqualFold(n.text, "LIKE") || strings.EqualFold(n.text, "BETWEEN") || strings.EqualFold(n.text, "IN")) {
			p.next()
			negate = true
		}
	}
	var e boolExpr
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
		e = compareExpr{t.text, a, b}
	case p.acceptKw("LIKE"):
		pt := p.next()
		if pt.kind != tString {
			return nil, fmt.Errorf("cql2: LIKE needs a string pattern at %d", pt.pos)
		}
		re, err := likeRegexp(pt.text)
		if err != nil {
			return nil, err
		}
		e = likeExpr{a, re}
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
		e = andExpr{compareExpr{">=", a, lo}, compareExpr{"<=", a, hi}}
	case p.acceptKw("IN"):
		if err := p.expectOp("("); err != nil {
			return nil, err
		}
		var list []operand
		for {
			o, err := p.operand()
			if err != nil {
				return nil, err
			}
			list = append(list, o)
			if p.peek().text == "," && p.peek().kind == tOp {
				p.next()
				continue
			}
			break
		}
		if err := p.expectOp(")"); err != nil {
			return nil, err
		}
		e = inExpr{a, list}
	case p.acceptKw("IS"):
		not := p.acceptKw("NOT")
		if !p.acceptKw("NULL") {
			return nil, fmt.Errorf("cql2: IS needs NULL at %d", p.peek().pos)
		}
		e = nullExpr{a}
		if not {
			e = notExpr{e}
		}
		if negate {
			return nil, fmt.Errorf("cql2: NOT before IS")
		}
	default:
		if b, ok := a.(litOperand); ok {
			if v, ok := b.v.(bool); ok && !negate {
				return boolLit(v), nil
			}
		}
		return nil, fmt.Errorf("cql2: expected a comparison at %d, got %q", t.pos, t.text)
	}
	if negate {
		e = notExpr{e}
	}
	return e, nil
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

func (p *cqlParser) operand() (operand, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	t := p.next()
	switch t.kind {
	case tString:
		return litOperand{t.text}, nil
	case tNumber:
		f, _ := strconv.ParseFloat(t.text, 64)
		return litOperand{f}, nil
	case tQIdent:
		return propOperand(t.text), nil
	case tOp:
		if t.text == "(" {
			o, err := p.operand()
			if err != nil {
				return nil, err
			}
			return o, p.expectOp(")")
		}
		return nil, fmt.Errorf("cql2: expected a value at %d, got %q", t.pos, t.text)
	case tEOF:
		return nil, fmt.Errorf("cql2: filter ends where a value is expected")
	}
	name := strings.ToUpper(t.text)
	call := p.peek().kind == tOp && p.peek().text == "("
	switch {
	case name == "TRUE" || name == "FALSE":
		return litOperand{name == "TRUE"}, nil
	case call && (name == "DATE" || name == "TIMESTAMP"):
		p.next()
		s := p.next()
		if s.kind != tString {
			return nil, fmt.Errorf("cql2: %s needs a string at %d", name, s.pos)
		}
		iv, err := parseTemporal(s.text, name == "DATE")
		if err != nil {
			return nil, err
		}
		return tempOperand{iv, s.text}, p.expectOp(")")
	case call && name == "INTERVAL":
		p.next()
		var ends [2]tinterval
		for k := 0; k < 2; k++ {
			s := p.next()
			if s.kind != tString {
				return nil, fmt.Errorf("cql2: INTERVAL needs two strings at %d", s.pos)
			}
			if s.text == ".." {
				ends[k] = tinterval{minTime, maxTime}
			} else {
				iv, err := parseTemporal(s.text, false)
				if err != nil {
					return nil, err
				}
				ends[k] = iv
			}
			if k == 0 {
				if err := p.expectOp(","); err != nil {
					return nil, err
				}
			}
		}
		if err := p.expectOp(")"); err != nil {
			return nil, err
		}
		iv := tinterval{ends[0].s, ends[1].e}
		if iv.e.Before(iv.s) {
			return nil, fmt.Errorf("cql2: INTERVAL ends before it starts")
		}
		return tempOperand{iv, ""}, nil
	case call && name == "CASEI":
		p.next()
		o, err := p.operand()
		if err != nil {
			return nil, err
		}
		return caseiOperand{o}, p.expectOp(")")
	case call && name == "BBOX":
		nums, err := p.numbers(",")
		if err != nil {
			return nil, err
		}
		if len(nums) == 6 {
			nums = []float64{nums[0], nums[1], nums[3], nums[4]}
		}
		if len(nums) != 4 || nums[0] > nums[2] || nums[1] > nums[3] {
			return nil, fmt.Errorf("cql2: BBOX needs minx,miny,maxx,maxy")
		}
		return geomOperand{orb.Bound{Min: orb.Point{nums[0], nums[1]}, Max: orb.Point{nums[2], nums[3]}}}, nil
	case call && name == "POINT":
		nums, err := p.numbers("")
		if err != nil {
			return nil, err
		}
		if len(nums) != 2 && len(nums) != 3 {
			return nil, fmt.Errorf("cql2: POINT needs x y")
		}
		return geomOperand{orb.Point{nums[0], nums[1]}}, nil
	case call && name == "POLYGON":
		p.next()
		var poly orb.Polygon
		for {
			if err := p.expectOp("("); err != nil {
				return nil, err
			}
			var ring orb.Ring
			for {
				x, y := p.next(), p.next()
				if x.kind != tNumber || y.kind != tNumber {
					return nil, fmt.Errorf("cql2: POLYGON needs x y pairs at %d", x.pos)
				}
				fx, _ := strconv.ParseFloat(x.text, 64)
				fy, _ := strconv.ParseFloat(y.text, 64)
				ring = append(ring, orb.Point{fx, fy})
				if p.peek().text == "," && p.peek().kind == tOp {
					p.next()
					continue
				}
				break
			}
			if err := p.expectOp(")"); err != nil {
				return nil, err
			}
			if len(ring) < 4 || ring[0] != ring[len(ring)-1] {
				return nil, fmt.Errorf("cql2: a POLYGON ring needs 4 or more points, closed")
			}
			poly = append(poly, ring)
			if p.peek().text == "," && p.peek().kind == tOp {
				p.next()
				continue
			}
			break
		}
		return geomOperand{poly}, p.expectOp(")")
	case call:
		return nil, fmt.Errorf("cql2: unknown function %s at %d", t.text, t.pos)
	}
	switch name {
	case "AND", "OR", "NOT", "LIKE", "BETWEEN", "IN", "IS", "NULL":
		return nil, fmt.Errorf("cql2: unexpected %s at %d", t.text, t.pos)
	}
	return propOperand(t.text), nil
}

// numbers reads "(n sep n …)", sep "" for numbers apart by spaces.
func (p *cqlParser) numbers(sep string) ([]float64, error) {
	if err := p.expectOp("("); err != nil {
		return nil, err
	}
	var out []float64
	for {
		t := p.next()
		if t.kind != tNumber {
			return nil, fmt.Errorf("cql2: expected a number at %d, got %q", t.pos, t.text)
		}
		f, _ := strconv.ParseFloat(t.text, 64)
		out = append(out, f)
		if len(out) > 6 {
			return nil, fmt.Errorf("cql2: too many numbers at %d", t.pos)
		}
		if n := p.peek(); n.kind == tOp && n.text == ")" {
			p.next()
			return out, nil
		}
		if sep != "" {
			if err := p.expectOp(sep); err != nil {
				return nil, err
			}
		}
	}
}

func likeRegexp(pat string) (*regexp.Regexp, error) {
	var b strings.Builder
	b.WriteString("(?s)^")
	for i := 0; i < len(pat); i++ {
		switch c := pat[i]; c {
		case '%':
			b.WriteString(".*")
		case '_':
			b.WriteString(".")
		case '\\':
			if i+1 < len(pat) {
				i++
				b.WriteString(regexp.QuoteMeta(pat[i : i+1]))
			}
		default:
			b.WriteString(regexp.QuoteMeta(pat[i : i+1]))
		}
	}
	b.WriteString("$")
	return regexp.Compile(b.String())
}

// ---- evaluation ---------------------------------------------------------------------------

type boolExpr interface {
	match(p map[string]any) bool
	props(func(string))
}

type operand interface {
	value(p map[string]any) any
	props(func(string))
}

type (
	orExpr      [2]boolExpr
	andExpr     [2]boolExpr
	notExpr     [1]boolExpr
	boolLit     bool
	compareExpr struct {
		op   string
		a, b operand
	}
	likeExpr struct {
		a  operand
		re *regexp.Regexp
	}
	inExpr struct {
		a    operand
		list []operand
	}
	nullExpr    struct{ a operand }
	spatialExpr struct {
		name string
		a, b operand
	}
	temporalExpr struct {
		name string
		fn   func(a, b tinterval) bool
		a, b operand
	}
	propOperand string
	litOperand  struct{ v any }
	tempOperand struct {
		iv  tinterval
		raw string // the DATE's text, compared as a string with date properties
	}
	geomOperand  struct{ g orb.Geometry }
	caseiOperand struct{ o operand }
)

func (e orExpr) match(p map[string]any) bool  { return e[0].match(p) || e[1].match(p) }
func (e orExpr) props(f func(string))         { e[0].props(f); e[1].props(f) }
func (e andExpr) match(p map[string]any) bool { return e[0].match(p) && e[1].match(p) }
func (e andExpr) props(f func(string))        { e[0].props(f); e[1].props(f) }
func (e notExpr) match(p map[string]any) bool { return !e[0].match(p) }
func (e notExpr) props(f func(string))        { e[0].props(f) }
func (e boolLit) match(map[string]any) bool   { return bool(e) }
func (e boolLit) props(func(string))          {}

func (o propOperand) value(p map[string]any) any {
	if o == "actor" {
		return p["actors"]
	}
	return p[string(o)]
}
func (o propOperand) props(f func(string))     { f(string(o)) }
func (o litOperand) value(map[string]any) any  { return o.v }
func (o litOperand) props(func(string))        {}
func (o tempOperand) value(map[string]any) any { return o }
func (o tempOperand) props(func(string))       {}
func (o geomOperand) value(map[string]any) any { return o.g }
func (o geomOperand) props(func(string))       {}
func (o caseiOperand) props(f func(string))    { o.o.props(f) }
func (o caseiOperand) value(p map[string]any) any {
	switch v := o.o.value(p).(type) {
	case string:
		return strings.ToLower(v)
	case []string:
		out := make([]string, len(v))
		for i, s := range v {
			out[i] = strings.ToLower(s)
		}
		return out
	default:
		return v
	}
}

// isNull: missing, nil, or an empty string.
func isNull(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case string:
		return v == ""
	}
	return false
}

func (e nullExpr) match(p map[string]any) bool { return isNull(e.a.value(p)) }
func (e nullExpr) props(f func(string))        { e.a.props(f) }

// scalars returns a value as the list of scalars it stands for (an array: its elements).
func scalars(v any) []any {
	switch v := v.(type) {
	case []string:
		out := make([]any, len(v))
		for i, s := range v {
			out[i] = s
		}
		return out
	case []any:
		return v
	}
	return []any{v}
}

// compareScalar compares two scalars; ok is false when they cannot be compared (NULL, types).
func compareScalar(a, b any) (int, bool) {
	if isNull(a) || isNull(b) {
		return 0, false
	}
	if t, ok := b.(tempOperand); ok {
		return compareTemporal(a, t)
	}
	if t, ok := a.(tempOperand); ok {
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
	as, aok := a.(string)
	bs, bok := b.(string)
	if aok && bok {
		return strings.Compare(as, bs), true
	}
	ab, aok := a.(bool)
	bb, bok := b.(bool)
	if aok && bok {
		if ab == bb {
			return 0, true
		}
		return 1, true
	}
	return 0, false
}

// compareTemporal compares a property's value (a date string) with a DATE or TIMESTAMP.
func compareTemporal(v any, t tempOperand) (int, bool) {
	s, ok := v.(string)
	if !ok {
		return 0, false
	}
	if t.raw != "" && len(s) == len(t.raw) {
		return strings.Compare(s, t.raw), true
	}
	iv, err := parseTemporal(s, false)
	if err != nil {
		return 0, false
	}
	switch {
	case iv.s.Before(t.iv.s):
		return -1, true
	case iv.s.After(t.iv.s):
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
	}
	return 0, false
}

func (e compareExpr) props(f func(string)) { e.a.props(f); e.b.props(f) }
func (e compareExpr) match(p map[string]any) bool {
	av, bv := e.a.value(p), e.b.value(p)
	test := func(c int) bool {
		switch e.op {
		case "=":
			return c == 0
		case "<>":
			return c != 0
		case "<":
			return c < 0
		case "<=":
			return c <= 0
		case ">":
			return c > 0
		}
		return c >= 0
	}
	as, bs := scalars(av), scalars(bv)
	if e.op == "<>" && (len(as) > 1 || len(bs) > 1) {
		// An array differs from a value when none of its elements equals it.
		return !(compareExpr{"=", e.a, e.b}).match(p)
	}
	for _, x := range as {
		for _, y := range bs {
			if c, ok := compareScalar(x, y); ok && test(c) {
				return true
			}
		}
	}
	return false
}

func (e likeExpr) props(f func(string)) { e.a.props(f) }
func (e likeExpr) match(p map[string]any) bool {
	for _, x := range scalars(e.a.value(p)) {
		if s, ok := x.(string); ok && e.re.MatchString(s) {
			return true
		}
	}
	return false
}

func (e inExpr) props(f func(string)) {
	e.a.props(f)
	for _, o := range e.list {
		o.props(f)
	}
}
func (e inExpr) match(p map[string]any) bool {
	for _, o := range e.list {
		if (compareExpr{"=", e.a, o}).match(p) {
			return true
		}
	}
	return false
}

// ---- spatial ------------------------------------------------------------------------------

func geometryOf(v any) (orb.Geometry, bool) {
	switch g := v.(type) {
	case orb.Point, orb.Bound, orb.Polygon:
		return g.(orb.Geometry), true
	case orb.Geometry:
		if g == nil {
			return nil, false
		}
		return g, true
	}
	return nil, false
}

func (e spatialExpr) props(f func(string)) { e.a.props(f); e.b.props(f) }
func (e spatialExpr) match(p map[string]any) bool {
	a, aok := geometryOf(e.a.value(p))
	b, bok := geometryOf(e.b.value(p))
	if !aok || !bok {
		return false
	}
	switch e.name {
	case "S_INTERSECTS":
		return intersects(a, b)
	case "S_DISJOINT":
		return !intersects(a, b)
	case "S_WITHIN":
		return within(a, b)
	case "S_CONTAINS":
		return within(b, a)
	}
	return orb.Equal(a, b)
}

func intersects(a, b orb.Geometry) bool {
	if pa, ok := a.(orb.Point); ok {
		return containsPoint(b, pa)
	}
	if pb, ok := b.(orb.Point); ok {
		return containsPoint(a, pb)
	}
	return a.Bound().Intersects(b.Bound())
}

func within(a, b orb.Geometry) bool {
	if pa, ok := a.(orb.Point); ok {
		return containsPoint(b, pa)
	}
	ab, bb := a.Bound(), b.Bound()
	return bb.Contains(ab.Min) && bb.Contains(ab.Max)
}

func containsPoint(g orb.Geometry, p orb.Point) bool {
	switch g := g.(type) {
	case orb.Point:
		return g == p
	case orb.Bound:
		return g.Contains(p)
	case orb.Polygon:
		return planar.PolygonContains(g, p)
	}
	return g.Bound().Contains(p)
}

// ---- temporal -----------------------------------------------------------------------------

// tinterval is a closed time interval; an instant has s == e.
type tinterval struct{ s, e time.Time }

var (
	minTime = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	maxTime = time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC)
)

// parseTemporal parses a date (a whole day; also YYYY-MM and YYYY when loose), or a timestamp.
func parseTemporal(s string, dateOnly bool) (tinterval, error) {
	day := func(t time.Time, years, months, days int) tinterval {
		return tinterval{t, t.AddDate(years, months, days).Add(-time.Nanosecond)}
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return day(t, 0, 0, 1), nil
	}
	if dateOnly {
		return tinterval{}, fmt.Errorf("cql2: DATE(%q) is not YYYY-MM-DD", s)
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return tinterval{t.UTC(), t.UTC()}, nil
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		return day(t, 0, 1, 0), nil
	}
	if t, err := time.Parse("2006", s); err == nil {
		return day(t, 1, 0, 0), nil
	}
	return tinterval{}, fmt.Errorf("cql2: %q is not a date or an RFC 3339 timestamp", s)
}

// temporalOf is an operand's time interval: a literal, or a date property (an event's "date"
// spans date_start..date_end).
func temporalOf(o operand, p map[string]any) (tinterval, bool) {
	if name, ok := o.(propOperand); ok && name == "date" {
		s, _ := p["date_start"].(string)
		e, _ := p["date_end"].(string)
		if s != "" {
			a, err1 := parseTemporal(s, false)
			b, err2 := parseTemporal(orDefault(e, s), false)
			if err1 == nil && err2 == nil && !b.e.Before(a.s) {
				return tinterval{a.s, b.e}, true
			}
		}
	}
	switch v := o.value(p).(type) {
	case tempOperand:
		return v.iv, true
	case string:
		if v == "" {
			return tinterval{}, false
		}
		iv, err := parseTemporal(v, false)
		return iv, err == nil
	}
	return tinterval{}, false
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

func (e temporalExpr) props(f func(string)) { e.a.props(f); e.b.props(f) }
func (e temporalExpr) match(p map[string]any) bool {
	a, aok := temporalOf(e.a, p)
	b, bok := temporalOf(e.b, p)
	return aok && bok && e.fn(a, b)
}
