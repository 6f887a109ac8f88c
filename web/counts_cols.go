package web

import (
	"strconv"

	"conflictmap/layers"
)

// The count columns of the CSV, KML and XLSX downloads: troops, fatalities and injured, then the
// range of the figures the sources give (troops_min … injured_max). A count no report states is
// an empty cell; a stated 0 ("no one was killed") is 0.

// countColumns are the names of the count columns, in the order of countValues.
var countColumns = []string{"troops", "fatalities", "injured",
	"troops_min", "troops_max", "fatalities_min", "fatalities_max", "injured_min", "injured_max"}

// countValues are an event's count columns: the value and whether it is known (stated).
func countValues(e *layers.Event) [9]struct {
	n     int
	known bool
} {
	var out [9]struct {
		n     int
		known bool
	}
	for i, name := range countColumns {
		if v, _ := layers.EventValue(e, name); v != nil {
			out[i].n, out[i].known = v.(int), true
		}
	}
	return out
}

// countTexts are an event's count columns as text: "" when not stated.
func countTexts(e *layers.Event) []string {
	vs := countValues(e)
	out := make([]string, len(vs))
	for i, v := range vs {
		if v.known {
			out[i] = strconv.Itoa(v.n)
		}
	}
	return out
}

// countCells are an event's count columns as XLSX cells: empty when not stated.
func countCells(e *layers.Event) []any {
	vs := countValues(e)
	out := make([]any, len(vs))
	for i, v := range vs {
		if v.known {
			out[i] = v.n
		}
	}
	return out
}
