package layers_test

import (
	"strings"
	"testing"
)

// Within one article, news told without a date never joins an event the article then recalls
// from long before: the 2022 report of 50 dead near Kalbajar and the August 2021 clash there
// (3 dead) are two events, each with its own figure. An undated sentence after the recollection
// continues its story, and a deployment, a state that lasts, still joins.
func TestUndatedNewsNeverJoinsTheBackground(t *testing.T) {
	type got struct {
		date     string
		killed   int
		quoteHas string
	}
	tests := []struct {
		name, text string
		typ, place string
		want       []got
	}{
		{"clashes", "Azerbaijan said 50 of its servicemen died in clashes near the Kalbajar district. " +
			"Three Armenian soldiers died in clashes in Kalbajar in early August 2021.", "clash", "Kalbajar",
			[]got{{"2022-09-14", 50, "50 of its"}, {"2021-08", 3, "Three Armenian"}}},
		{"a deployment lasts", "Russian peacekeepers were deployed in Stepanakert in November 2020. " +
			"Russia has deployed 2,000 peacekeepers in Stepanakert.", "deployment", "Khankendi",
			[]got{{"2020-11", 0, "2,000 peacekeepers"}}},
		{"the story goes on", "A military parade was held in Baku on December 10, 2020 to mark the victory. " +
			"A brigade of Bolu paraded in Baku alongside Azerbaijani units.", "parade", "Baku",
			[]got{{"2020-12-10", 0, "Bolu"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extract(t, tt.text, "2022-09-14")
			var evs []got
			for _, e := range res.Events {
				if e.EventType != tt.typ || e.Place != tt.place {
					continue
				}
				g := got{date: e.Date, killed: e.Fatalities}
				for _, s := range e.Sources {
					g.quoteHas += s.Quote
				}
				evs = append(evs, g)
			}
			if len(evs) != len(tt.want) {
				t.Fatalf("%d %s events at %s, want %d: %+v", len(evs), tt.typ, tt.place, len(tt.want), evs)
			}
			for _, w := range tt.want {
				found := false
				for _, g := range evs {
					found = found || g.date == w.date && g.killed == w.killed && strings.Contains(g.quoteHas, w.quoteHas)
				}
				if !found {
					t.Errorf("no event %+v among %+v", w, evs)
				}
			}
		})
	}
}
