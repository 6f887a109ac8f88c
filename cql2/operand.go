package cql2

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/paulmach/orb"
)

func (p *parser) operand() (Operand, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	t := p.next()
	switch t.kind {
	case tString:
		return Literal{Value: t.text}, nil
	case tNumber:
		f, _ := strconv.ParseFloat(t.text, 64)
		return Literal{Value: f}, nil
	case tQIdent:
		return Property{Name: t.text}, nil
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
	if p.isOp("(") {
		return p.call(t, name)
	}
	switch name {
	case "TRUE", "FALSE":
		return Literal{Value: name == "TRUE"}, nil
	case "AND", "OR", "NOT", "LIKE", "BETWEEN", "IN", "IS", "NULL":
		return nil, fmt.Errorf("cql2: unexpected %s at %d", t.text, t.pos)
	}
	return Property{Name: t.text}, nil
}

// call reads a function operand: DATE, TIMESTAMP, INTERVAL, CASEI, ACCENTI, BBOX, POINT, POLYGON.
func (p *parser) call(t token, name string) (Operand, error) {
	switch name {
	case "DATE", "TIMESTAMP":
		p.next()
		s := p.next()
		if s.kind != tString {
			return nil, fmt.Errorf("cql2: %s needs a string at %d", name, s.pos)
		}
		start, end, err := parseTemporal(s.text, name == "DATE")
		if err != nil {
			return nil, err
		}
		return TimeLit{Start: start, End: end, Date: name == "DATE", Raw: s.text}, p.expectOp(")")
	case "INTERVAL":
		return p.interval()
	case "CASEI", "ACCENTI":
		p.next()
		o, err := p.operand()
		if err != nil {
			return nil, err
		}
		if name == "CASEI" {
			return CaseI{A: o}, p.expectOp(")")
		}
		return AccentI{A: o}, p.expectOp(")")
	case "BBOX":
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
		return GeomLit{G: orb.Bound{Min: orb.Point{nums[0], nums[1]}, Max: orb.Point{nums[2], nums[3]}}}, nil
	case "POINT":
		nums, err := p.numbers("")
		if err != nil {
			return nil, err
		}
		if len(nums) != 2 && len(nums) != 3 {
			return nil, fmt.Errorf("cql2: POINT needs x y")
		}
		return GeomLit{G: orb.Point{nums[0], nums[1]}}, nil
	case "POLYGON":
		return p.polygon()
	}
	return nil, fmt.Errorf("cql2: unknown function %s at %d", t.text, t.pos)
}

// interval reads "('a', 'b')" after INTERVAL; '..' is an open end (the zero time).
func (p *parser) interval() (Operand, error) {
	p.next()
	var ends [2]time.Time
	for k := 0; k < 2; k++ {
		s := p.next()
		if s.kind != tString {
			return nil, fmt.Errorf("cql2: INTERVAL needs two strings at %d", s.pos)
		}
		if s.text != ".." {
			start, end, err := parseTemporal(s.text, false)
			if err != nil {
				return nil, err
			}
			ends[k] = start
			if k == 1 {
				ends[k] = end
			}
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
	if !ends[0].IsZero() && !ends[1].IsZero() && ends[1].Before(ends[0]) {
		return nil, fmt.Errorf("cql2: INTERVAL ends before it starts")
	}
	return TimeLit{Start: ends[0], End: ends[1], Interval: true}, nil
}

func (p *parser) polygon() (Operand, error) {
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
			if p.isOp(",") {
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
		if p.isOp(",") {
			p.next()
			continue
		}
		break
	}
	return GeomLit{G: poly}, p.expectOp(")")
}

// numbers reads "(n sep n …)", sep "" for numbers apart by spaces.
func (p *parser) numbers(sep string) ([]float64, error) {
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
		if p.isOp(")") {
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

// parseTemporal parses a date (a whole day; also YYYY-MM and YYYY when loose), or a timestamp
// (an instant), into the closed interval it covers.
func parseTemporal(s string, dateOnly bool) (start, end time.Time, err error) {
	day := func(t time.Time, years, months, days int) (time.Time, time.Time, error) {
		return t, t.AddDate(years, months, days).Add(-time.Nanosecond), nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return day(t, 0, 0, 1)
	}
	if dateOnly {
		return time.Time{}, time.Time{}, fmt.Errorf("cql2: DATE(%q) is not YYYY-MM-DD", s)
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t.UTC(), t.UTC(), nil
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		return day(t, 0, 1, 0)
	}
	if t, err := time.Parse("2006", s); err == nil {
		return day(t, 1, 0, 0)
	}
	return time.Time{}, time.Time{}, fmt.Errorf("cql2: %q is not a date or an RFC 3339 timestamp", s)
}

// LikeRegexp is the regular expression of a LIKE pattern: % any run, _ one character, \ escapes.
func LikeRegexp(pat string) (*regexp.Regexp, error) { return likeRegexp(pat) }

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
