package layers

import (
	"testing"

	"conflictmap/cql2"
)

func TestRowZeroIsNotUnknown(t *testing.T) {
	stated := &Event{EventType: "clash", Stated: StatedFatalities}
	unknown := &Event{EventType: "clash"}
	for _, tc := range []struct {
		filter  string
		e       *Event
		matches bool
	}{
		{"fatalities = 0", stated, true},
		{"fatalities = 0", unknown, false},
		{"fatalities IS NULL", unknown, true},
		{"fatalities IS NULL", stated, false},
		{"troops IS NULL", stated, true},
		{"S_INTERSECTS(geometry, BBOX(-1,-1,1,1))", unknown, true},
	} {
		t.Run(tc.filter, func(t *testing.T) {
			e, err := cql2.Parse(tc.filter)
			if err != nil {
				t.Fatal(err)
			}
			if got := cql2.Eval(e, Row(Hit{Event: tc.e})); got != tc.matches {
				t.Fatalf("got %v, want %v", got, tc.matches)
			}
		})
	}
}
