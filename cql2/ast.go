// Package cql2 holds CQL2 filters (OGC 21-065r2) as data: an abstract syntax tree that the
// text parser produces and that each store evaluates its own way (buntdb in Go on its index
// entries, PostGIS as a parameterised SQL WHERE). Nodes hold values only, never closures.
package cql2

import (
	"time"

	"github.com/paulmach/orb"
)

// Expr is a boolean expression: one of And, Or, Not, Bool, Compare, Like, Between, In, IsNull,
// Spatial, Temporal, Search.
type Expr interface{ isExpr() }

// Operand is a value an Expr compares: one of Property, Literal, TimeLit, GeomLit, CaseI, AccentI.
type Operand interface{ isOperand() }

type (
	// And holds when every one of Args does (two or more).
	And struct{ Args []Expr }
	// Or holds when any one of Args does (two or more).
	Or struct{ Args []Expr }
	// Not negates Arg.
	Not struct{ Arg Expr }
	// Bool is TRUE or FALSE.
	Bool bool
	// Compare is A Op B, Op one of = <> < <= > >=. An array property (actors) equals a value
	// when any of its elements does; a NULL side never holds.
	Compare struct {
		Op   string
		A, B Operand
	}
	// Like is A [NOT] LIKE Pattern, with % any run and _ one character (\ escapes).
	Like struct {
		A       Operand
		Pattern string
		Not     bool
	}
	// Between is A [NOT] BETWEEN Lo AND Hi (inclusive).
	Between struct {
		A, Lo, Hi Operand
		Not       bool
	}
	// In is A [NOT] IN (List…).
	In struct {
		A    Operand
		List []Operand
		Not  bool
	}
	// IsNull is A IS [NOT] NULL. Empty strings and unknown counts are NULL.
	IsNull struct {
		A   Operand
		Not bool
	}
	// Spatial is Op(A, B), Op one of S_INTERSECTS S_DISJOINT S_WITHIN S_CONTAINS S_EQUALS
	// (upper case), one side usually Property{"geometry"}.
	Spatial struct {
		Op   string
		A, B Operand
	}
	// Temporal is Op(A, B), Op one of T_AFTER T_BEFORE T_CONTAINS T_DISJOINT T_DURING T_EQUALS
	// T_FINISHEDBY T_FINISHES T_INTERSECTS T_MEETS T_METBY T_OVERLAPPEDBY T_OVERLAPS
	// T_STARTEDBY T_STARTS (upper case). A date property is the interval of its day.
	Temporal struct {
		Op   string
		A, B Operand
	}
	// Search is the API's q= text search, not CQL2: each of Terms (lower case; a word or a
	// phrase) must occur, case-insensitively, in one of the feature's SearchFields or quotes.
	Search struct{ Terms []string }
)

type (
	// Property names a feature property (SCHEMA.md names; "geometry" is the point).
	Property struct{ Name string }
	// Literal is a string, float64 or bool.
	Literal struct{ Value any }
	// TimeLit is a DATE, TIMESTAMP or INTERVAL literal. An instant has Start == End; an open
	// interval end ('..') is the zero time. Date is true for DATE literals (whole days, compared
	// with date properties as their YYYY-MM-DD text, Raw).
	TimeLit struct {
		Start, End time.Time
		Date       bool
		Interval   bool
		Raw        string
	}
	// GeomLit is a POINT, BBOX or POLYGON literal (lon/lat, EPSG:4326).
	GeomLit struct{ G orb.Geometry }
	// CaseI is CASEI(A): A compared case-insensitively.
	CaseI struct{ A Operand }
	// AccentI is ACCENTI(A): A compared without diacritics.
	AccentI struct{ A Operand }
)

func (And) isExpr()      {}
func (Or) isExpr()       {}
func (Not) isExpr()      {}
func (Bool) isExpr()     {}
func (Compare) isExpr()  {}
func (Like) isExpr()     {}
func (Between) isExpr()  {}
func (In) isExpr()       {}
func (IsNull) isExpr()   {}
func (Spatial) isExpr()  {}
func (Temporal) isExpr() {}
func (Search) isExpr()   {}

func (Property) isOperand() {}
func (Literal) isOperand()  {}
func (TimeLit) isOperand()  {}
func (GeomLit) isOperand()  {}
func (CaseI) isOperand()    {}
func (AccentI) isOperand()  {}

// Properties calls fn with every property an expression names, in order, repeats included.
func Properties(e Expr, fn func(name string)) {
	var op func(o Operand)
	op = func(o Operand) {
		switch o := o.(type) {
		case Property:
			fn(o.Name)
		case CaseI:
			op(o.A)
		case AccentI:
			op(o.A)
		}
	}
	switch e := e.(type) {
	case And:
		for _, a := range e.Args {
			Properties(a, fn)
		}
	case Or:
		for _, a := range e.Args {
			Properties(a, fn)
		}
	case Not:
		Properties(e.Arg, fn)
	case Compare:
		op(e.A)
		op(e.B)
	case Like:
		op(e.A)
	case Between:
		op(e.A)
		op(e.Lo)
		op(e.Hi)
	case In:
		op(e.A)
		for _, o := range e.List {
			op(o)
		}
	case IsNull:
		op(e.A)
	case Spatial:
		op(e.A)
		op(e.B)
	case Temporal:
		op(e.A)
		op(e.B)
	}
}

// AndOf joins expressions with AND, dropping nils: nil for none, the one for one.
func AndOf(es ...Expr) Expr {
	var args []Expr
	for _, e := range es {
		if e != nil {
			args = append(args, e)
		}
	}
	switch len(args) {
	case 0:
		return nil
	case 1:
		return args[0]
	}
	return And{Args: args}
}
