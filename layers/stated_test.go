package layers

import (
	"encoding/json"
	"strings"
	"testing"
)

// A stated 0 against an unknown count, through merging, the store's parts and the wire.

func zeroReport(published string, fatalities int, stated uint8) *Event {
	return &Event{ID: "e", EventType: TypeClash, Fatalities: fatalities, Stated: stated,
		Sources: []Source{{ArticleID: published, Published: published, Fatalities: fatalities, Stated: stated}}}
}

func TestMergeReportsStatedZero(t *testing.T) {
	cases := []struct {
		name     string
		reports  []*Event
		want     any // the fatalities EventValue gives
		min, max any
	}{
		{"a later no casualties heads", []*Event{zeroReport("2021-06-01", 3, StatedFatalities), zeroReport("2021-06-05", 0, StatedFatalities)}, 0, 0, 3},
		{"a later count heads", []*Event{zeroReport("2021-06-01", 0, StatedFatalities), zeroReport("2021-06-05", 3, StatedFatalities)}, 3, 0, 3},
		{"same day: the larger", []*Event{zeroReport("2021-06-05", 0, StatedFatalities), zeroReport("2021-06-05", 3, StatedFatalities)}, 3, 0, 3},
		{"a later silence leaves the zero", []*Event{zeroReport("2021-06-01", 0, StatedFatalities), zeroReport("2021-06-05", 0, 0)}, 0, 0, 0},
		{"nothing stated is unknown", []*Event{zeroReport("2021-06-01", 0, 0), zeroReport("2021-06-05", 0, 0)}, nil, nil, nil},
		{"an old record: no bit, a count", []*Event{zeroReport("2021-06-01", 4, 0)}, 4, 4, 4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := MergeReports(c.reports)
			for name, want := range map[string]any{"fatalities": c.want, "fatalities_min": c.min, "fatalities_max": c.max} {
				if got, ok := EventValue(e, name); !ok || got != want {
					t.Errorf("%s = %v (%v), want %v", name, got, ok, want)
				}
			}
			// on the wire: 0 is 0, unknown is null; the Feature map agrees
			b, err := EventJSON(e)
			if err != nil {
				t.Fatal(err)
			}
			wire := `"fatalities":null`
			if c.want != nil {
				wire = `"fatalities":` + strings.TrimSpace(jsonText(c.want))
			}
			if !strings.Contains(string(b), wire) {
				t.Errorf("EventJSON lacks %s: %s", wire, b)
			}
			if v, ok := e.Feature().Properties["fatalities"]; ok != (c.want != nil) || ok && v != c.want {
				t.Errorf("Feature fatalities %v present %v, want %v", v, ok, c.want)
			}
		})
	}
}

func jsonText(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// A source's stated 0 survives its JSON; an unstated figure stays out of it.
func TestSourceJSONStated(t *testing.T) {
	for _, s := range []Source{{Stated: StatedFatalities}, {Injured: 2, Stated: StatedInjured}, {}, {Quote: "<b>&"}} {
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back Source
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if back != s {
			t.Errorf("%s read back as %+v, want %+v", b, back, s)
		}
		if strings.Contains(string(b), `"troops"`) {
			t.Errorf("unstated troops written: %s", b)
		}
	}
}

// EventValue gives CQL2's NULL for an unknown count and 0 for a stated one; KnownProperty still
// knows the names.
func TestEventValueNull(t *testing.T) {
	for _, name := range []string{"troops", "fatalities", "injured", "troops_min", "injured_max"} {
		if v, ok := EventValue(&Event{}, name); !ok || v != nil {
			t.Errorf("%s of an event with nothing stated = %v, %v; want nil, true", name, v, ok)
		}
		if !KnownProperty("events", name) {
			t.Errorf("KnownProperty(%s) false", name)
		}
	}
	if v, _ := EventValue(&Event{Stated: StatedTroops}, "troops"); v != 0 {
		t.Errorf("stated troops = %v, want 0", v)
	}
}
