package layers

import (
	"reflect"
	"testing"
)

// report is one article's report of a clash at Kalbajar with its figures, one sentence each.
func report(article, published, hedge string, troops, killed, injured int) *Event {
	return &Event{ID: "cla-" + article, EventType: TypeClash, PlaceID: "586268", Place: "Kalbajar",
		Troops: troops, Fatalities: killed, Injured: injured, CountsHedge: hedge,
		Sources: []Source{{ArticleID: article, Published: published, Start: 1, Quote: "q " + article,
			Troops: troops, Fatalities: killed, Injured: injured}}}
}

func TestMergeReportsCounts(t *testing.T) {
	tests := []struct {
		name    string
		reports []*Event
		// want: troops, fatalities, injured, then min/max of each
		want  [9]int
		hedge string
	}{
		{"one report", []*Event{report("a", "2021-08-05", "at_least", 0, 3, 2)},
			[9]int{0, 3, 2, 0, 0, 3, 3, 2, 2}, "at_least"},
		{"the latest report heads, the range spans both", []*Event{report("a", "2021-08-05", "at_least", 0, 3, 0), report("b", "2021-08-07", "exact", 0, 2, 0)},
			[9]int{0, 2, 0, 0, 0, 2, 3, 0, 0}, "exact"},
		{"order does not matter", []*Event{report("b", "2021-08-07", "exact", 0, 2, 0), report("a", "2021-08-05", "at_least", 0, 3, 0)},
			[9]int{0, 2, 0, 0, 0, 2, 3, 0, 0}, "exact"},
		{"same day: the larger", []*Event{report("a", "2021-08-05", "exact", 0, 3, 0), report("b", "2021-08-05", "exact", 0, 7, 0)},
			[9]int{0, 7, 0, 0, 0, 3, 7, 0, 0}, "exact"},
		{"same day: exact troops over about", []*Event{report("a", "2020-11-10", "about", 2000, 0, 0), report("b", "2020-11-10", "exact", 1960, 0, 0)},
			[9]int{1960, 0, 0, 1960, 2000, 0, 0, 0, 0}, "exact"},
		{"each count from the latest report giving it", []*Event{report("a", "2021-08-05", "exact", 0, 3, 4), report("b", "2021-08-07", "exact", 0, 5, 0)},
			[9]int{0, 5, 4, 0, 0, 3, 5, 4, 4}, "exact"},
		{"undated report ranks last", []*Event{report("a", "", "exact", 0, 9, 0), report("b", "2021-08-07", "about", 0, 5, 0)},
			[9]int{0, 5, 0, 0, 0, 5, 9, 0, 0}, "about"},
		{"no figures", []*Event{report("a", "2021-08-05", "", 0, 0, 0), report("b", "2021-08-07", "", 0, 0, 0)},
			[9]int{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before []Event
			for _, r := range tt.reports {
				before = append(before, *cloneEvent(r))
			}
			e := MergeReports(tt.reports)
			got := [9]int{e.Troops, e.Fatalities, e.Injured, e.TroopsMin, e.TroopsMax, e.FatalitiesMin, e.FatalitiesMax, e.InjuredMin, e.InjuredMax}
			if got != tt.want || e.CountsHedge != tt.hedge {
				t.Errorf("counts %v hedge %q, want %v %q", got, e.CountsHedge, tt.want, tt.hedge)
			}
			if len(e.Sources) != len(tt.reports) {
				t.Fatalf("%d sources, want %d", len(e.Sources), len(tt.reports))
			}
			for _, s := range e.Sources {
				for _, r := range tt.reports {
					if r.Sources[0].ArticleID == s.ArticleID && sourceFigures(&s) != figures(r) {
						t.Errorf("source %s figures %v, want its own %v", s.ArticleID, sourceFigures(&s), figures(r))
					}
				}
			}
			for i, r := range tt.reports {
				if !reflect.DeepEqual(*r, before[i]) {
					t.Errorf("report %d changed: %+v, was %+v", i, *r, before[i])
				}
			}
		})
	}
}

func TestMergeReportsEmpty(t *testing.T) {
	if e := MergeReports(nil); e != nil {
		t.Errorf("MergeReports(nil) = %+v", e)
	}
}

// Within one article every sentence keeps its figures, and the event's range spans them.
func TestFinishKeepsSentenceFigures(t *testing.T) {
	a := Article{ID: "art", Published: "2021-08-10"}
	mk := func(start, killed int) event {
		e := *report("art", a.Published, "exact", 0, killed, 0)
		e.Sources[0].Start = start
		e.Sources[0].Fatalities = 0 // as the extractor makes them: the event has the figure
		e.DateStart, e.DateEnd, e.Modality = "2021-08-05", "2021-08-05", "reported"
		return event{Event: e}
	}
	evs := finish(a, []event{mk(0, 3), mk(100, 5)}, nil)
	if len(evs) != 1 {
		t.Fatalf("%d events, want 1: %+v", len(evs), evs)
	}
	e := evs[0]
	if e.FatalitiesMin != 3 || e.FatalitiesMax != 5 || len(e.Sources) != 2 || e.Sources[0].Fatalities != 3 || e.Sources[1].Fatalities != 5 {
		t.Errorf("fatalities %d [%d,%d], sources %+v", e.Fatalities, e.FatalitiesMin, e.FatalitiesMax, e.Sources)
	}
}
