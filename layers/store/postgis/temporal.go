package postgis

import (
	"conflictmap/cql2"
)

// interval is the closed interval [start, end] of a temporal operand, as SQL; day is true
// when both ends are dates (whole days). The ends are functions so that a literal's
// placeholder is made only if the operator uses that end (PostgreSQL refuses a parameter
// that no expression types).
type interval struct {
	start, end func() string
	day        bool
}

func fixed(s string) func() string { return func() string { return s } }

// lazy makes a parameter's placeholder at its first use.
func (c *compiler) lazy(v any, cast string) func() string {
	ph := ""
	return func() string {
		if ph == "" {
			ph = c.arg(v, cast)
		}
		return ph
	}
}

// temporalOps are the CQL2 temporal operators over closed intervals a and b.
var temporalOps = map[string]func(a, b interval) string{
	"T_AFTER":    func(a, b interval) string { return gt(a.start(), b.end()) },
	"T_BEFORE":   func(a, b interval) string { return lt(a.end(), b.start()) },
	"T_CONTAINS": func(a, b interval) string { return and(lt(a.start(), b.start()), gt(a.end(), b.end())) },
	"T_DISJOINT": func(a, b interval) string {
		return "(" + lt(a.end(), b.start()) + " OR " + gt(a.start(), b.end()) + ")"
	},
	"T_DURING":     func(a, b interval) string { return and(gt(a.start(), b.start()), lt(a.end(), b.end())) },
	"T_EQUALS":     func(a, b interval) string { return and(eq(a.start(), b.start()), eq(a.end(), b.end())) },
	"T_FINISHEDBY": func(a, b interval) string { return and(lt(a.start(), b.start()), eq(a.end(), b.end())) },
	"T_FINISHES":   func(a, b interval) string { return and(gt(a.start(), b.start()), eq(a.end(), b.end())) },
	"T_INTERSECTS": func(a, b interval) string { return and(le(a.start(), b.end()), ge(a.end(), b.start())) },
	"T_MEETS":      func(a, b interval) string { return meets(a, b) },
	"T_METBY":      func(a, b interval) string { return meets(b, a) },
	"T_OVERLAPPEDBY": func(a, b interval) string {
		return and(and(gt(a.start(), b.start()), lt(a.start(), b.end())), gt(a.end(), b.end()))
	},
	"T_OVERLAPS": func(a, b interval) string {
		return and(and(lt(a.start(), b.start()), gt(a.end(), b.start())), lt(a.end(), b.end()))
	},
	"T_STARTEDBY": func(a, b interval) string { return and(eq(a.start(), b.start()), gt(a.end(), b.end())) },
	"T_STARTS":    func(a, b interval) string { return and(eq(a.start(), b.start()), lt(a.end(), b.end())) },
}

func lt(a, b string) string  { return "(" + a + " < " + b + ")" }
func le(a, b string) string  { return "(" + a + " <= " + b + ")" }
func gt(a, b string) string  { return "(" + a + " > " + b + ")" }
func ge(a, b string) string  { return "(" + a + " >= " + b + ")" }
func eq(a, b string) string  { return "(" + a + " = " + b + ")" }
func and(a, b string) string { return "(" + a + " AND " + b + ")" }

// meets: a ends where b starts; whole days meet when b starts the day after a ends.
func meets(a, b interval) string {
	if a.day && b.day {
		return eq("("+a.end()+" + 1)", b.start())
	}
	return eq(a.end(), b.start())
}

func (c *compiler) temporal(e cql2.Temporal) (string, error) {
	op, ok := temporalOps[e.Op]
	if !ok {
		return "", invalid("temporal operator %q", e.Op)
	}
	a, err := c.interval(e.A)
	if err != nil {
		return "", err
	}
	b, err := c.interval(e.B)
	if err != nil {
		return "", err
	}
	if a.day != b.day {
		a, b = a.timestamps(), b.timestamps()
	}
	return op(a, b), nil
}

// timestamps turns a day interval into timestamps: from the first day's start to the last
// microsecond of the last day.
func (i interval) timestamps() interval {
	if !i.day {
		return i
	}
	start, end := i.start, i.end
	return interval{start: func() string { return "(" + start() + ")::timestamp" },
		end: func() string { return "((" + end() + " + 1)::timestamp - make_interval(secs => 0.000001))" }}
}

// interval compiles a temporal operand: a date property (an event's date is the range from
// date_start to date_end) or a DATE, TIMESTAMP or INTERVAL literal.
func (c *compiler) interval(o cql2.Operand) (interval, error) {
	switch o := o.(type) {
	case cql2.Property:
		if c.cols["date_start"].sql == "" {
			return interval{}, invalid("temporal operator on the places layer")
		}
		switch o.Name {
		case "date_start", "date_end":
			return interval{start: fixed(o.Name), end: fixed(o.Name), day: true}, nil
		case "date", "datetime":
			return interval{start: fixed("range_start"), end: fixed("range_end"), day: true}, nil
		}
		if _, ok := c.cols[o.Name]; ok {
			return interval{}, invalid("%q is not a date", o.Name)
		}
		_, err := c.operand(o)
		return interval{}, err
	case cql2.TimeLit:
		if o.Date {
			return interval{start: c.lazy(dateText(o.Start, "-infinity"), "date"),
				end: c.lazy(dateText(o.End, "infinity"), "date"), day: true}, nil
		}
		return interval{start: c.lazy(timeText(o.Start, "-infinity"), "timestamp"),
			end: c.lazy(timeText(o.End, "infinity"), "timestamp")}, nil
	}
	return interval{}, invalid("a temporal operand that is neither a date property nor a time literal")
}
