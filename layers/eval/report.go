package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Counts are the raw tallies of a scoring run; the metrics are ratios of them.
type Counts struct {
	TopTP, TopFP, TopFN int // toponyms matched by offsets, extra, missed
	ResN, ResOK         int // matched toponyms of scored places; resolved within 161 km
	RoleN, RoleOK       int
	EvTP, EvFP, EvFN    int // required gold events matched, extra predictions, required missed
	Dup, Viol           int
	DateN, DateOK       int
	ActorN, ActorOK     int
	CountN, CountOK     int
}

// TypeCounts are the event tallies of one event type.
type TypeCounts struct {
	TP, FP, FN, Dup, Viol int
	DateN, DateOK         int
	CountN, CountOK       int
}

// Report is the result of scoring one gold file (or several, added together).
type Report struct {
	Gold     string // the gold file, or a description of several
	Articles int
	Counts
	ByType   map[string]*TypeCounts
	Notes    []string // one line per miss, extra or wrong field, in score.py's order
	Warnings []string // problems of the gold that do not stop scoring
}

// NewReport returns an empty report for a gold file.
func NewReport(gold string) *Report {
	return &Report{Gold: gold, ByType: map[string]*TypeCounts{}}
}

func (r *Report) note(format string, args ...any) {
	r.Notes = append(r.Notes, fmt.Sprintf(format, args...))
}

func (r *Report) typ(t string) *TypeCounts {
	if t == "" {
		t = "(none)"
	}
	c := r.ByType[t]
	if c == nil {
		c = &TypeCounts{}
		r.ByType[t] = c
	}
	return c
}

// Add adds another report's tallies to r (for a combined figure over several gold files).
func (r *Report) Add(o *Report) {
	r.Articles += o.Articles
	c, d := &r.Counts, o.Counts
	c.TopTP += d.TopTP
	c.TopFP += d.TopFP
	c.TopFN += d.TopFN
	c.ResN += d.ResN
	c.ResOK += d.ResOK
	c.RoleN += d.RoleN
	c.RoleOK += d.RoleOK
	c.EvTP += d.EvTP
	c.EvFP += d.EvFP
	c.EvFN += d.EvFN
	c.Dup += d.Dup
	c.Viol += d.Viol
	c.DateN += d.DateN
	c.DateOK += d.DateOK
	c.ActorN += d.ActorN
	c.ActorOK += d.ActorOK
	c.CountN += d.CountN
	c.CountOK += d.CountOK
	for t, tc := range o.ByType {
		x := r.typ(t)
		x.TP += tc.TP
		x.FP += tc.FP
		x.FN += tc.FN
		x.Dup += tc.Dup
		x.Viol += tc.Viol
		x.DateN += tc.DateN
		x.DateOK += tc.DateOK
		x.CountN += tc.CountN
		x.CountOK += tc.CountOK
	}
}

// Metric is one named figure, named as score.py names it.
type Metric struct {
	Name  string
	Value float64
}

// MetricNames are the metrics in the order they are printed (and the names of their floors).
var MetricNames = []string{"toponym-precision", "toponym-recall", "toponym-f1", "resolution-acc", "role-acc",
	"event-precision", "event-recall", "event-f1", "event-date-acc", "event-actor-acc", "event-count-acc"}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// prf is precision, recall and F1 from true positives, false positives and false negatives.
func prf(tp, fp, fn int) (p, r, f float64) {
	p, r = ratio(tp, tp+fp), ratio(tp, tp+fn)
	return p, r, f1(p, r)
}

// Metrics returns every metric by name.
func (r *Report) Metrics() map[string]float64 {
	c := r.Counts
	tp, tr, tf := prf(c.TopTP, c.TopFP, c.TopFN)
	ep, er, ef := prf(c.EvTP, c.EvFP, c.EvFN)
	return map[string]float64{
		"toponym-precision": tp, "toponym-recall": tr, "toponym-f1": tf,
		"resolution-acc": ratio(c.ResOK, c.ResN), "role-acc": ratio(c.RoleOK, c.RoleN),
		"event-precision": ep, "event-recall": er, "event-f1": ef,
		"event-date-acc": ratio(c.DateOK, c.DateN), "event-actor-acc": ratio(c.ActorOK, c.ActorN),
		"event-count-acc": ratio(c.CountOK, c.CountN),
	}
}

// Floors are the least a report must reach: Min by metric name, and the most violations
// and duplicates (negative: no limit).
type Floors struct {
	Min                          map[string]float64
	MaxViolations, MaxDuplicates int
}

// NoFloors is Floors that every report meets.
func NoFloors() Floors {
	return Floors{Min: map[string]float64{}, MaxViolations: -1, MaxDuplicates: -1}
}

// Short names what falls short of the floors, in MetricNames order.
func (r *Report) Short(f Floors) []string {
	m := r.Metrics()
	var out []string
	for _, k := range MetricNames {
		if m[k] < f.Min[k] {
			out = append(out, fmt.Sprintf("%s %.3f < %g", k, m[k], f.Min[k]))
		}
	}
	if f.MaxViolations >= 0 && r.Viol > f.MaxViolations {
		out = append(out, fmt.Sprintf("violations %d > %d", r.Viol, f.MaxViolations))
	}
	if f.MaxDuplicates >= 0 && r.Dup > f.MaxDuplicates {
		out = append(out, fmt.Sprintf("duplicates %d > %d", r.Dup, f.MaxDuplicates))
	}
	return out
}

// Write prints the report: with verbose every note first, then one line per metric (as
// score.py prints them), the per-type event table and the summary line.
func (r *Report) Write(w io.Writer, verbose bool, short []string) {
	for _, s := range r.Warnings {
		fmt.Fprintf(w, "  warning %s\n", s)
	}
	if verbose {
		for _, s := range r.Notes {
			fmt.Fprintf(w, "  %s\n", s)
		}
	}
	m := r.Metrics()
	for _, k := range MetricNames {
		fmt.Fprintf(w, "%-20s %.3f\n", k, m[k])
	}
	fmt.Fprintf(w, "%-20s %d\n", "duplicates", r.Dup)
	fmt.Fprintf(w, "%-20s %d\n", "violations", r.Viol)
	r.writeTypes(w)
	fmt.Fprintln(w, r.Summary(short))
}

// writeTypes prints the event figures of each type as an aligned table.
func (r *Report) writeTypes(w io.Writer) {
	types := make([]string, 0, len(r.ByType))
	width := len("event type")
	for t := range r.ByType {
		types = append(types, t)
		width = max(width, len(t))
	}
	sort.Strings(types)
	fmt.Fprintf(w, "%-*s %4s %4s %4s %4s %4s %5s %5s %5s %7s %7s\n", width, "event type", "TP", "FP", "FN", "dup", "viol", "P", "R", "F1", "dates", "counts")
	row := func(name string, c TypeCounts) {
		p, rc, f := prf(c.TP, c.FP, c.FN)
		fmt.Fprintf(w, "%-*s %4d %4d %4d %4d %4d %5.2f %5.2f %5.2f %7s %7s\n", width, name, c.TP, c.FP, c.FN, c.Dup, c.Viol, p, rc, f,
			fmt.Sprintf("%d/%d", c.DateOK, c.DateN), fmt.Sprintf("%d/%d", c.CountOK, c.CountN))
	}
	for _, t := range types {
		row(t, *r.ByType[t])
	}
	c := r.Counts
	row("all", TypeCounts{TP: c.EvTP, FP: c.EvFP, FN: c.EvFN, Dup: c.Dup, Viol: c.Viol, DateN: c.DateN, DateOK: c.DateOK, CountN: c.CountN, CountOK: c.CountOK})
}

// Summary is the one-line summary, as score.py's last line, with what fell short.
func (r *Report) Summary(short []string) string {
	m := r.Metrics()
	s := fmt.Sprintf("toponym F1 %.2f, acc@161km %.2f, role %.2f, event F1 %.2f (P %.2f R %.2f), date %.2f, counts %.2f, duplicates %d, violations %d",
		m["toponym-f1"], m["resolution-acc"], m["role-acc"], m["event-f1"], m["event-precision"], m["event-recall"],
		m["event-date-acc"], m["event-count-acc"], r.Dup, r.Viol)
	if len(short) > 0 {
		s += "; short: " + strings.Join(short, ", ")
	}
	return s
}
