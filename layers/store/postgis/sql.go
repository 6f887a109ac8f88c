package postgis

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"

	"conflictmap/cql2"
	"conflictmap/layers"
)

// The compiler of CQL2 filters (cql2.Expr) to SQL: values only ever become placeholders ($n,
// their values in args), identifiers only ever come from the fixed column tables below, so
// that no text of a filter reaches the SQL but as a parameter.

// kind is the type of an SQL expression.
type kind uint8

const (
	kText kind = iota + 1
	kInt
	kFloat
	kBool
	kDate
	kTime
	kArray
	kGeom
)

type column struct {
	sql string
	k   kind
}

var eventColumns = map[string]column{
	"id": {"id", kText}, "event_type": {"event_type", kText}, "sub_type": {"sub_type", kText},
	"title": {"title", kText}, "place": {"place", kText}, "place_id": {"place_id", kText},
	"country": {"country", kText}, "admin1": {"admin1", kText}, "level": {"level", kText},
	"geo_precision": {"geo_precision", kInt}, "date": {"date", kText}, "date_precision": {"date_precision", kText},
	"date_start": {"date_start", kDate}, "date_end": {"date_end", kDate}, "date_source": {"date_source", kText},
	"timing": {"timing", kText}, "actors": {"actors", kArray}, "actor": {"actors", kArray},
	"troops": {"troops", kInt}, "fatalities": {"fatalities", kInt}, "injured": {"injured", kInt},
	"troops_min": {"troops_min", kInt}, "troops_max": {"troops_max", kInt},
	"fatalities_min": {"fatalities_min", kInt}, "fatalities_max": {"fatalities_max", kInt},
	"injured_min": {"injured_min", kInt}, "injured_max": {"injured_max", kInt},
	"counts_hedge": {"counts_hedge", kText}, "modality": {"modality", kText}, "confidence": {"confidence", kFloat},
	"source_count": {"source_count", kInt}, "geometry": {"geom", kGeom},
}

var placeColumns = map[string]column{
	"id": {"id", kText}, "name": {"name", kText}, "place": {"name", kText}, "place_id": {"id", kText},
	"country": {"country", kText}, "level": {"level", kText}, "mentions": {"mentions", kInt},
	"articles": {"articles", kInt}, "first_seen": {"first_seen", kText}, "last_seen": {"last_seen", kText},
	"geometry": {"geom", kGeom},
}

type expr struct {
	sql string
	k   kind
}

// compiler compiles the filters of one statement, collecting their parameters.
type compiler struct {
	cols   map[string]column
	search string // what Search terms are looked for in
	args   []any
}

func newCompiler(places bool) *compiler {
	if places {
		return &compiler{cols: placeColumns, search: "lower(concat_ws(chr(10), name, country))"}
	}
	return &compiler{cols: eventColumns, search: "(SELECT search FROM event_docs WHERE event_docs.id = events.id)"}
}

// arg adds a parameter and returns its placeholder, cast to its SQL type.
func (c *compiler) arg(v any, cast string) string {
	c.args = append(c.args, v)
	return "$" + strconv.Itoa(len(c.args)) + "::" + cast
}

func invalid(format string, a ...any) error {
	return fmt.Errorf("%w: filter: %s", layers.ErrInvalid, fmt.Sprintf(format, a...))
}

// where compiles a filter; nil is TRUE.
func (c *compiler) where(e cql2.Expr) (string, error) {
	switch e := e.(type) {
	case nil:
		return "TRUE", nil
	case cql2.And:
		return c.join(e.Args, " AND ", "TRUE")
	case cql2.Or:
		return c.join(e.Args, " OR ", "FALSE")
	case cql2.Not:
		s, err := c.where(e.Arg)
		return "(NOT " + s + ")", err
	case cql2.Bool:
		if e {
			return "TRUE", nil
		}
		return "FALSE", nil
	case cql2.Compare:
		return c.compare(e)
	case cql2.Like:
		return c.like(e)
	case cql2.Between:
		return c.between(e)
	case cql2.In:
		return c.in(e)
	case cql2.IsNull:
		return c.isNull(e)
	case cql2.Spatial:
		return c.spatial(e)
	case cql2.Temporal:
		return c.temporal(e)
	case cql2.Search:
		return c.searchTerms(e)
	}
	return "", invalid("unknown expression %T", e)
}

func (c *compiler) join(args []cql2.Expr, sep, empty string) (string, error) {
	if len(args) == 0 {
		return empty, nil
	}
	parts := make([]string, len(args))
	for i, a := range args {
		s, err := c.where(a)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	return "(" + strings.Join(parts, sep) + ")", nil
}

// operand compiles a value.
func (c *compiler) operand(o cql2.Operand) (expr, error) {
	switch o := o.(type) {
	case cql2.Property:
		col, ok := c.cols[o.Name]
		if !ok {
			return expr{}, fmt.Errorf("%w: %q", layers.ErrUnknownProperty, o.Name)
		}
		return expr{col.sql, col.k}, nil
	case cql2.Literal:
		switch v := o.Value.(type) {
		case string:
			return expr{c.arg(v, "text"), kText}, nil
		case float64:
			return expr{c.arg(v, "float8"), kFloat}, nil
		case bool:
			return expr{c.arg(v, "boolean"), kBool}, nil
		}
		return expr{}, invalid("literal of type %T", o.Value)
	case cql2.TimeLit:
		if o.Interval {
			return expr{}, invalid("an interval compared as a value")
		}
		if o.Date {
			return expr{c.arg(dateText(o.Start, "-infinity"), "date"), kDate}, nil
		}
		return expr{c.arg(timeText(o.Start, "-infinity"), "timestamp"), kTime}, nil
	case cql2.GeomLit:
		return c.geometry(o.G)
	case cql2.CaseI:
		x, err := c.operand(o.A)
		switch {
		case err != nil:
			return expr{}, err
		case x.sql == "actors":
			return expr{"actors_lc", kArray}, nil
		case x.k != kText:
			return expr{}, invalid("CASEI of a value that is not text")
		}
		return expr{"lower(" + x.sql + ")", kText}, nil
	case cql2.AccentI:
		x, err := c.operand(o.A)
		if err == nil && x.k != kText {
			err = invalid("ACCENTI of a value that is not text")
		}
		return expr{"unaccent(" + x.sql + ")", kText}, err
	}
	return expr{}, invalid("unknown operand %T", o)
}

func (c *compiler) geometry(g orb.Geometry) (expr, error) {
	if b, ok := g.(orb.Bound); ok {
		g = b.ToPolygon()
	}
	if g == nil {
		return expr{}, invalid("empty geometry")
	}
	data, err := wkb.Marshal(g)
	if err != nil {
		return expr{}, invalid("geometry: %v", err)
	}
	return expr{"ST_SetSRID(ST_GeomFromWKB(" + c.arg(data, "bytea") + "), 4326)", kGeom}, nil
}

func dateText(t time.Time, open string) string {
	if t.IsZero() {
		return open
	}
	return t.UTC().Format(time.DateOnly)
}

func timeText(t time.Time, open string) string {
	if t.IsZero() {
		return open
	}
	return t.UTC().Format("2006-01-02 15:04:05.999999")
}

// operands compiles the two sides of a comparison.
func (c *compiler) operands(x, y cql2.Operand) (a, b expr, err error) {
	if a, err = c.operand(x); err != nil {
		return a, b, err
	}
	b, err = c.operand(y)
	return a, b, err
}

var compareOps = map[string]string{"=": "=", "<>": "<>", "<": "<", "<=": "<=", ">": ">", ">=": ">="}
var flipped = map[string]string{"=": "=", "<>": "<>", "<": ">", "<=": ">=", ">": "<", ">=": "<="}

func (c *compiler) compare(e cql2.Compare) (string, error) {
	op, ok := compareOps[e.Op]
	if !ok {
		return "", invalid("comparison %q", e.Op)
	}
	a, b, err := c.operands(e.A, e.B)
	if err != nil {
		return "", err
	}
	if b.k == kArray && a.k != kArray {
		a, b, op = b, a, flipped[op]
	}
	if a.k == kArray {
		if b.k != kText {
			return "", invalid("actors compared with a value that is not text")
		}
		switch op {
		case "=":
			return "(" + a.sql + " @> ARRAY[" + b.sql + "])", nil
		case "<>":
			return "(cardinality(" + a.sql + ") > 0 AND NOT (" + b.sql + " = ANY(" + a.sql + ")))", nil
		}
		return "EXISTS (SELECT 1 FROM unnest(" + a.sql + ") AS el WHERE el " + op + " " + b.sql + ")", nil
	}
	a, b, err = unify(a, b)
	if err != nil {
		return "", err
	}
	return "(" + a.sql + " " + op + " " + b.sql + ")", nil
}

// unify makes two scalar expressions comparable: numbers with numbers, text with text (a
// date compared with text as its YYYY-MM-DD), dates with timestamps as timestamps.
func unify(a, b expr) (expr, expr, error) {
	num := func(k kind) bool { return k == kInt || k == kFloat }
	switch {
	case a.k == kGeom || b.k == kGeom:
		return a, b, invalid("a geometry compared as a value (use S_INTERSECTS …)")
	case a.k == b.k, num(a.k) && num(b.k):
		return a, b, nil
	case a.k == kDate && b.k == kText:
		return expr{"(" + a.sql + ")::text", kText}, b, nil
	case a.k == kText && b.k == kDate:
		return a, expr{"(" + b.sql + ")::text", kText}, nil
	case a.k == kDate && b.k == kTime:
		return expr{"(" + a.sql + ")::timestamp", kTime}, b, nil
	case a.k == kTime && b.k == kDate:
		return a, expr{"(" + b.sql + ")::timestamp", kTime}, nil
	}
	return a, b, invalid("values of different types compared")
}

func (c *compiler) like(e cql2.Like) (string, error) {
	a, err := c.operand(e.A)
	if err != nil {
		return "", err
	}
	pat := c.arg(e.Pattern, "text")
	if _, ok := e.A.(cql2.CaseI); ok {
		pat = "lower(" + pat + ")"
	}
	not := ""
	if e.Not {
		not = "NOT "
	}
	switch a.k {
	case kText:
		return "(" + a.sql + " " + not + "LIKE " + pat + ")", nil
	case kDate:
		return "((" + a.sql + ")::text " + not + "LIKE " + pat + ")", nil
	case kArray:
		return "EXISTS (SELECT 1 FROM unnest(" + a.sql + ") AS el WHERE el " + not + "LIKE " + pat + ")", nil
	}
	return "", invalid("LIKE of a value that is not text")
}

func (c *compiler) between(e cql2.Between) (string, error) {
	a, err := c.operand(e.A)
	if err != nil {
		return "", err
	}
	lo, err := c.operand(e.Lo)
	if err != nil {
		return "", err
	}
	hi, err := c.operand(e.Hi)
	if err != nil {
		return "", err
	}
	not := ""
	if e.Not {
		not = "NOT "
	}
	if a.k == kArray {
		return "", invalid("BETWEEN of actors")
	}
	a1, lo, err := unify(a, lo)
	if err != nil {
		return "", err
	}
	a2, hi, err := unify(a, hi)
	if err != nil {
		return "", err
	}
	if a1.sql != a2.sql {
		return "", invalid("BETWEEN bounds of different types")
	}
	return "(" + a1.sql + " " + not + "BETWEEN " + lo.sql + " AND " + hi.sql + ")", nil
}

func (c *compiler) in(e cql2.In) (string, error) {
	a, err := c.operand(e.A)
	if err != nil {
		return "", err
	}
	if len(e.List) == 0 {
		return "", invalid("IN of an empty list")
	}
	items := make([]string, len(e.List))
	for i, o := range e.List {
		x, err := c.operand(o)
		if err != nil {
			return "", err
		}
		if a.k == kArray {
			if x.k != kText {
				return "", invalid("actors IN a value that is not text")
			}
			items[i] = x.sql
			continue
		}
		a2, x, err := unify(a, x)
		if err != nil {
			return "", err
		}
		a, items[i] = a2, x.sql
	}
	list := strings.Join(items, ", ")
	if a.k == kArray {
		if e.Not {
			return "(cardinality(" + a.sql + ") > 0 AND NOT (" + a.sql + " && ARRAY[" + list + "]))", nil
		}
		return "(" + a.sql + " && ARRAY[" + list + "])", nil
	}
	if e.Not {
		return "(" + a.sql + " NOT IN (" + list + "))", nil
	}
	return "(" + a.sql + " IN (" + list + "))", nil
}

func (c *compiler) isNull(e cql2.IsNull) (string, error) {
	a, err := c.operand(e.A)
	if err != nil {
		return "", err
	}
	switch {
	case a.k == kArray && e.Not:
		return "(cardinality(" + a.sql + ") > 0)", nil
	case a.k == kArray:
		return "(cardinality(" + a.sql + ") = 0)", nil
	case e.Not:
		return "(" + a.sql + " IS NOT NULL)", nil
	}
	return "(" + a.sql + " IS NULL)", nil
}

var spatialOps = map[string]string{
	"S_INTERSECTS": "ST_Intersects", "S_DISJOINT": "ST_Disjoint", "S_WITHIN": "ST_Within",
	"S_CONTAINS": "ST_Contains", "S_EQUALS": "ST_Equals", "S_TOUCHES": "ST_Touches",
	"S_OVERLAPS": "ST_Overlaps", "S_CROSSES": "ST_Crosses",
}

func (c *compiler) spatial(e cql2.Spatial) (string, error) {
	fn, ok := spatialOps[e.Op]
	if !ok {
		return "", invalid("spatial operator %q", e.Op)
	}
	a, b, err := c.operands(e.A, e.B)
	if err != nil {
		return "", err
	}
	if a.k != kGeom || b.k != kGeom {
		return "", invalid("%s of a value that is not a geometry", e.Op)
	}
	return fn + "(" + a.sql + ", " + b.sql + ")", nil
}

func (c *compiler) searchTerms(e cql2.Search) (string, error) {
	parts := make([]string, 0, len(e.Terms))
	for _, t := range e.Terms {
		parts = append(parts, "(position("+c.arg(strings.ToLower(t), "text")+" in "+c.search+") > 0)")
	}
	if len(parts) == 0 {
		return "TRUE", nil
	}
	return "(" + strings.Join(parts, " AND ") + ")", nil
}
