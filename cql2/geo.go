package cql2

import (
	"fmt"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

func compileSpatial(e Spatial, depth int) (pred, error) {
	a, err := compileOperand(e.A, depth)
	if err != nil {
		return nil, err
	}
	b, err := compileOperand(e.B, depth)
	if err != nil {
		return nil, err
	}
	var test func(a, b orb.Geometry) bool
	switch e.Op {
	case "S_INTERSECTS":
		test = intersects
	case "S_DISJOINT":
		test = func(a, b orb.Geometry) bool { return !intersects(a, b) }
	case "S_WITHIN":
		test = within
	case "S_CONTAINS":
		test = func(a, b orb.Geometry) bool { return within(b, a) }
	case "S_EQUALS":
		test = orb.Equal
	default:
		return nil, fmt.Errorf("cql2: unknown spatial function %q", e.Op)
	}
	return func(r Row) bool {
		ga, aok := geometryOf(a(r))
		gb, bok := geometryOf(b(r))
		return aok && bok && test(ga, gb)
	}, nil
}

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

var temporalTests = map[string]func(a, b tval) bool{
	"T_AFTER":        func(a, b tval) bool { return a.s.After(b.e) },
	"T_BEFORE":       func(a, b tval) bool { return a.e.Before(b.s) },
	"T_CONTAINS":     func(a, b tval) bool { return a.s.Before(b.s) && a.e.After(b.e) },
	"T_DISJOINT":     func(a, b tval) bool { return a.e.Before(b.s) || a.s.After(b.e) },
	"T_DURING":       func(a, b tval) bool { return a.s.After(b.s) && a.e.Before(b.e) },
	"T_EQUALS":       func(a, b tval) bool { return a.s.Equal(b.s) && a.e.Equal(b.e) },
	"T_FINISHEDBY":   func(a, b tval) bool { return a.s.Before(b.s) && a.e.Equal(b.e) },
	"T_FINISHES":     func(a, b tval) bool { return a.s.After(b.s) && a.e.Equal(b.e) },
	"T_INTERSECTS":   func(a, b tval) bool { return !a.s.After(b.e) && !a.e.Before(b.s) },
	"T_MEETS":        func(a, b tval) bool { return a.e.Equal(b.s) },
	"T_METBY":        func(a, b tval) bool { return a.s.Equal(b.e) },
	"T_OVERLAPPEDBY": func(a, b tval) bool { return a.s.After(b.s) && a.s.Before(b.e) && a.e.After(b.e) },
	"T_OVERLAPS":     func(a, b tval) bool { return a.s.Before(b.s) && a.e.After(b.s) && a.e.Before(b.e) },
	"T_STARTEDBY":    func(a, b tval) bool { return a.s.Equal(b.s) && a.e.After(b.e) },
	"T_STARTS":       func(a, b tval) bool { return a.s.Equal(b.s) && a.e.Before(b.e) },
}

func compileTemporal(e Temporal, depth int) (pred, error) {
	test := temporalTests[e.Op]
	if test == nil {
		return nil, fmt.Errorf("cql2: unknown temporal function %q", e.Op)
	}
	a, err := compileTime(e.A, depth)
	if err != nil {
		return nil, err
	}
	b, err := compileTime(e.B, depth)
	if err != nil {
		return nil, err
	}
	return func(r Row) bool {
		x, aok := a(r)
		y, bok := b(r)
		return aok && bok && test(x, y)
	}, nil
}

// compileTime is an operand's time interval: a literal, or a date property (an event's "date"
// spans date_start..date_end).
func compileTime(o Operand, depth int) (func(Row) (tval, bool), error) {
	if p, ok := o.(Property); ok && p.Name == "date" {
		return func(r Row) (tval, bool) {
			s, _ := value(r, "date_start").(string)
			e, _ := value(r, "date_end").(string)
			if s != "" {
				if e == "" {
					e = s
				}
				as, _, err1 := parseTemporal(s, false)
				_, be, err2 := parseTemporal(e, false)
				if err1 == nil && err2 == nil && !be.Before(as) {
					return tval{s: as, e: be}, true
				}
			}
			return stringTime(value(r, "date"))
		}, nil
	}
	v, err := compileOperand(o, depth)
	if err != nil {
		return nil, err
	}
	return func(r Row) (tval, bool) { return stringTime(v(r)) }, nil
}

func value(r Row, name string) any {
	v, _ := r.Value(name)
	return v
}

func stringTime(v any) (tval, bool) {
	switch v := v.(type) {
	case tval:
		return v, true
	case string:
		if v == "" {
			return tval{}, false
		}
		s, e, err := parseTemporal(v, false)
		return tval{s: s, e: e}, err == nil
	case time.Time:
		return tval{s: v, e: v}, !v.IsZero()
	}
	return tval{}, false
}
