package layers_test

import (
	"testing"

	"conflictmap/layers"
)

// A date taken from the report (publication or dateline) says the event happened then or before:
// across articles it matches reports of the same event dated earlier, not later.
func TestSameEventReportDated(t *testing.T) {
	ev := func(date, source string) *layers.Event {
		return &layers.Event{EventType: layers.TypeDeployment, PlaceID: "p1", Place: "Lachin", Lon: 46.55, Lat: 39.6,
			Date: date, DatePrecision: "day", DateStart: date, DateEnd: date, DateSource: source, Actors: []string{"Russia"}}
	}
	cases := []struct {
		name string
		a, b *layers.Event
		same bool
	}{
		{"published day after a written day", ev("2021-06-23", "published"), ev("2021-06-01", "text"), true},
		{"written day after the published day", ev("2021-06-23", "published"), ev("2021-07-01", "text"), false},
		{"two published days", ev("2021-06-23", "published"), ev("2021-06-25", "published"), true},
		{"dateline day after a written day", ev("2021-06-23", "dateline"), ev("2021-05-02", "text"), true},
		{"two written days apart", ev("2021-06-23", "text"), ev("2021-06-01", "text"), false},
		{"a report a year after a written day", ev("2022-09-14", "published"), ev("2021-08-01", "text"), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := layers.SameEvent(c.a, c.b); got != c.same {
				t.Errorf("SameEvent = %v, want %v", got, c.same)
			}
			if got := layers.SameEvent(c.b, c.a); got != c.same {
				t.Errorf("SameEvent (swapped) = %v, want %v", got, c.same)
			}
		})
	}
	// merged, the written date wins over the report's
	a, b := ev("2021-06-23", "published"), ev("2021-06-01", "text")
	layers.MergeEvent(a, b)
	if a.Date != "2021-06-01" || a.DateSource != "text" {
		t.Errorf("merged date %s source %s, want 2021-06-01 text", a.Date, a.DateSource)
	}
}

// A clash dated only by its report happened in the days before it, not weeks: a report of
// 2022 fighting never joins, and rewrites, a clash at the same place a month or a year before.
func TestSameEventReportDatedClash(t *testing.T) {
	ev := func(date, source string) *layers.Event {
		return &layers.Event{EventType: layers.TypeClash, PlaceID: "p2", Place: "Kalbajar", Lon: 46.04, Lat: 40.11,
			Date: date, DatePrecision: "day", DateStart: date, DateEnd: date, DateSource: source}
	}
	if !layers.SameEvent(ev("2022-09-14", "published"), ev("2022-09-13", "text")) {
		t.Error("a report of the day after a clash should join it")
	}
	if layers.SameEvent(ev("2022-09-14", "published"), ev("2022-08-03", "text")) {
		t.Error("a report dated 2022-09-14 joined a clash of 2022-08-03")
	}
	if layers.SameEvent(ev("2022-09-14", "published"), ev("2021-08-01", "text")) {
		t.Error("a report dated 2022-09-14 joined a clash of 2021-08-01")
	}
}
