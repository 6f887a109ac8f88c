package eval

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// testPlaces are made-up places: two towns 111 km apart, their country and an unscored region.
const testPlaces = `{
 "TOWN": {"name": "Oldtown", "country": "XA", "level": "city", "lat": 40.0, "lon": 45.0, "scored": true},
 "FORT": {"name": "Fortby", "country": "XA", "level": "city", "lat": 41.0, "lon": 45.0, "scored": true},
 "XA": {"name": "Xania", "country": "XA", "level": "country", "lat": 40.5, "lon": 46.0, "scored": true},
 "HILLS": {"name": "The Hills", "country": null, "level": "region", "lat": 42.0, "lon": 44.0, "scored": false}
}`

// goldOf builds a gold of one article from the JSON of its toponyms, events and must_not.
func goldOf(t *testing.T, toponyms, events, mustNot string) *Gold {
	t.Helper()
	or := func(s string) string {
		if s == "" {
			return "[]"
		}
		return s
	}
	js := fmt.Sprintf(`{"places": %s, "articles": [{"id": "a1", "file": "a1.txt", "published": "2030-05",
		"toponyms": %s, "events": %s, "must_not": %s}]}`, testPlaces, or(toponyms), or(events), or(mustNot))
	g, err := Parse([]byte(js))
	if err != nil {
		t.Fatalf("gold: %v", err)
	}
	return g
}

// feat is a predicted event at lat, lon; props are given as JSON.
func feat(t *testing.T, typ string, lat, lon float64, props string) PredFeature {
	t.Helper()
	p := map[string]any{}
	if props != "" {
		if err := json.Unmarshal([]byte(props), &p); err != nil {
			t.Fatalf("props %s: %v", props, err)
		}
	}
	p["event_type"] = typ
	geom := fmt.Sprintf(`{"type": "Point", "coordinates": [%g, %g]}`, lon, lat)
	return PredFeature{Geometry: json.RawMessage(geom), Properties: p}
}

func mention(text string, start int, role string, lat, lon float64, country, level string) PredMention {
	return PredMention{Text: text, Start: start, End: start + len(text), Role: role,
		Place: &PredPlace{Name: text, Country: &country, Level: level, Lat: &lat, Lon: &lon}}
}

func scoreOne(t *testing.T, g *Gold, p *Prediction) *Report {
	t.Helper()
	r, err := Score(g, func(string, []byte, string) (*Prediction, error) { return p, nil })
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func events(fs ...PredFeature) *Prediction {
	p := &Prediction{}
	p.Events = &struct {
		Features []PredFeature `json:"features"`
	}{fs}
	return p
}

func TestScoreEvents(t *testing.T) {
	clashTown := `{"id": "c1", "type": "clash", "required": true, "place": "TOWN", "geo_precision": 1,
		"date": "2030-05", "actors": ["Xania"], "fatalities": 3}`
	cases := []struct {
		name      string
		events    string
		mustNot   string
		feats     func(t *testing.T) []PredFeature
		want      Counts
		wantNotes []string
	}{
		{"a hit with every field right", "[" + clashTown + "]", "",
			func(t *testing.T) []PredFeature {
				return []PredFeature{feat(t, "clash", 40.1, 45.0, `{"date": "2030-05-02", "actors": ["Xania", "Yland"], "fatalities": 3}`)}
			},
			Counts{EvTP: 1, DateN: 1, DateOK: 1, ActorN: 1, ActorOK: 1, CountN: 1, CountOK: 1}, nil},
		{"a miss", "[" + clashTown + "]", "",
			func(t *testing.T) []PredFeature { return nil },
			Counts{EvFN: 1}, []string{"miss event a1 c1 (clash at Oldtown)"}},
		{"the wrong type is a miss and an extra", "[" + clashTown + "]", "",
			func(t *testing.T) []PredFeature { return []PredFeature{feat(t, "incident", 40.0, 45.0, "")} },
			Counts{EvFN: 1, EvFP: 1}, []string{"miss event a1 c1", "extra event a1 incident"}},
		{"too far for geo_precision 1 (55 km)", "[" + clashTown + "]", "",
			func(t *testing.T) []PredFeature { return []PredFeature{feat(t, "clash", 40.5, 45.0, "")} },
			Counts{EvFN: 1, EvFP: 1}, nil},
		{"near enough for geo_precision 2 (55 km)", strings.Replace("["+clashTown+"]", `"geo_precision": 1`, `"geo_precision": 2`, 1), "",
			func(t *testing.T) []PredFeature {
				return []PredFeature{feat(t, "clash", 40.5, 45.0, `{"date": "2030-05", "actors": ["Xania"], "fatalities": 3}`)}
			},
			Counts{EvTP: 1, DateN: 1, DateOK: 1, ActorN: 1, ActorOK: 1, CountN: 1, CountOK: 1}, nil},
		{"a second report of a matched event is a duplicate", "[" + clashTown + "]", "",
			func(t *testing.T) []PredFeature {
				return []PredFeature{feat(t, "clash", 40.2, 45.0, `{"date": "2030-05", "actors": ["Xania"], "fatalities": 3}`),
					feat(t, "clash", 40.0, 45.0, `{"date": "2030-05", "actors": ["Xania"], "fatalities": 3}`)}
			},
			Counts{EvTP: 1, Dup: 1, DateN: 1, DateOK: 1, ActorN: 1, ActorOK: 1, CountN: 1, CountOK: 1}, []string{"duplicate a1 clash"}},
		{"a date less precise than the gold's, wrong actors and count", "[" + clashTown + "]", "",
			func(t *testing.T) []PredFeature {
				return []PredFeature{feat(t, "clash", 40.0, 45.0, `{"date": "2030", "actors": ["Yland"], "fatalities": 4}`)}
			},
			Counts{EvTP: 1, DateN: 1, ActorN: 1, CountN: 1},
			[]string{"date a1 c1: 2030 want 2030-05", "actors a1 c1: [Yland] want [Xania]", "fatalities a1 c1: 4 want 3"}},
		{"a count the prediction does not state is wrong", "[" + clashTown + "]", "",
			func(t *testing.T) []PredFeature {
				return []PredFeature{feat(t, "clash", 40.0, 45.0, `{"date": "2030-05-09", "actors": ["Xania"]}`)}
			},
			Counts{EvTP: 1, DateN: 1, DateOK: 1, ActorN: 1, ActorOK: 1, CountN: 1}, []string{"fatalities a1 c1: none want 3"}},
		{"alt_places: the other town matches", `[{"id": "d1", "type": "deployment", "required": true, "place": "TOWN",
			"alt_places": ["FORT"], "geo_precision": 1, "actors": []}]`, "",
			func(t *testing.T) []PredFeature { return []PredFeature{feat(t, "deployment", 41.0, 45.1, "")} },
			Counts{EvTP: 1, ActorN: 1, ActorOK: 1}, nil},
		{"geo_precision 4: anywhere in the country", `[{"id": "d1", "type": "deployment", "required": true, "place": "XA",
			"geo_precision": 4, "actors": []}]`, "",
			func(t *testing.T) []PredFeature {
				return []PredFeature{feat(t, "deployment", 30.0, 10.0, `{"country": "XA"}`), feat(t, "deployment", 30.0, 10.0, `{"country": "YL"}`)}
			},
			Counts{EvTP: 1, EvFP: 1, ActorN: 1, ActorOK: 1}, nil},
		{"required false: neither a hit nor a miss, and no extra", `[{"id": "o1", "type": "parade", "required": false, "place": "TOWN",
			"geo_precision": 1, "actors": []}, {"id": "o2", "type": "parade", "required": false, "place": "FORT", "geo_precision": 1, "actors": []}]`, "",
			func(t *testing.T) []PredFeature { return []PredFeature{feat(t, "parade", 40.0, 45.0, "")} },
			Counts{}, nil},
		{"a must_not place is a violation, and an extra", "", `[{"type": "*", "place": "FORT", "why": "the unit's home"}]`,
			func(t *testing.T) []PredFeature {
				return []PredFeature{feat(t, "deployment", 41.1, 45.0, `{"place": "Fortby"}`), feat(t, "deployment", 40.0, 45.0, "")}
			},
			Counts{EvFP: 2, Viol: 1}, []string{"VIOLATION a1 deployment at Fortby: the unit's home"}},
		{"must_not of another type is no violation", "", `[{"type": "clash", "place": "FORT", "why": "x"}]`,
			func(t *testing.T) []PredFeature { return []PredFeature{feat(t, "deployment", 41.0, 45.0, "")} },
			Counts{EvFP: 1}, nil},
		{"nearest pairing: each prediction to its nearer gold event", `[{"id": "e1", "type": "exercise", "required": true, "place": "TOWN",
			"geo_precision": 3, "date": "2030-05-01", "actors": []}, {"id": "e2", "type": "exercise", "required": true, "place": "FORT",
			"geo_precision": 3, "date": "2030-05-02", "actors": []}]`, "",
			func(t *testing.T) []PredFeature {
				return []PredFeature{feat(t, "exercise", 40.9, 45.0, `{"date": "2030-05-02"}`), feat(t, "exercise", 40.1, 45.0, `{"date": "2030-05-01"}`)}
			},
			Counts{EvTP: 2, DateN: 2, DateOK: 2, ActorN: 2, ActorOK: 2}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := goldOf(t, "", tc.events, tc.mustNot)
			r := scoreOne(t, g, events(tc.feats(t)...))
			if r.Counts != tc.want {
				t.Errorf("counts\n got %+v\nwant %+v", r.Counts, tc.want)
			}
			notes := strings.Join(r.Notes, "\n")
			for _, n := range tc.wantNotes {
				if !strings.Contains(notes, n) {
					t.Errorf("no note %q in\n%s", n, notes)
				}
			}
		})
	}
}

func TestScoreToponyms(t *testing.T) {
	toponyms := `[{"text": "Oldtown", "start": 0, "end": 7, "place": "TOWN", "role": "location"},
		{"text": "Xania", "start": 20, "end": 25, "place": "XA", "role": "actor|location"},
		{"text": "The Hills", "start": 40, "end": 49, "place": "HILLS", "role": "location"}]`
	cases := []struct {
		name  string
		preds []PredMention
		want  Counts
		note  string
	}{
		{"all found and right", []PredMention{mention("Oldtown", 0, "location", 40.1, 45, "XA", "city"),
			mention("Xania", 20, "actor", 40.5, 46, "XA", "country"), mention("The Hills", 40, "location", 10, 10, "", "region")},
			Counts{TopTP: 3, RoleN: 3, RoleOK: 3, ResN: 2, ResOK: 2}, ""},
		{"the other role of an alternative", []PredMention{mention("Xania", 20, "location", 40.5, 46, "XA", "country")},
			Counts{TopTP: 1, TopFN: 2, RoleN: 1, RoleOK: 1, ResN: 1, ResOK: 1}, "miss toponym a1@0 Oldtown"},
		{"a wrong role", []PredMention{mention("Oldtown", 0, "actor", 40, 45, "XA", "city")},
			Counts{TopTP: 1, TopFN: 2, RoleN: 1, ResN: 1, ResOK: 1}, "role a1@0 Oldtown: actor want location"},
		{"resolved 200 km away", []PredMention{mention("Oldtown", 0, "location", 41.8, 45, "XA", "city")},
			Counts{TopTP: 1, TopFN: 2, RoleN: 1, RoleOK: 1, ResN: 1}, "resolve a1@0 Oldtown"},
		{"a country resolved to a town in it", []PredMention{mention("Xania", 20, "actor", 40.5, 46, "XA", "city")},
			Counts{TopTP: 1, TopFN: 2, RoleN: 1, RoleOK: 1, ResN: 1}, "resolve a1@20 Xania"},
		{"overlap matches; an extra", []PredMention{mention("Old", 2, "location", 40, 45, "XA", "city"),
			mention("Newtown", 60, "location", 40, 45, "XA", "city")},
			Counts{TopTP: 1, TopFN: 2, TopFP: 1, RoleN: 1, RoleOK: 1, ResN: 1, ResOK: 1}, "extra toponym a1@60 Newtown"},
		{"one mention matches one toponym only", []PredMention{mention("Oldtown and then Xania", 0, "location", 40, 45, "XA", "city")},
			Counts{TopTP: 1, TopFN: 2, RoleN: 1, RoleOK: 1, ResN: 1, ResOK: 1}, "miss toponym a1@20 Xania"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := scoreOne(t, goldOf(t, toponyms, "", ""), &Prediction{Mentions: tc.preds})
			if r.Counts != tc.want {
				t.Errorf("counts\n got %+v\nwant %+v", r.Counts, tc.want)
			}
			if tc.note != "" && !strings.Contains(strings.Join(r.Notes, "\n"), tc.note) {
				t.Errorf("no note %q in %q", tc.note, r.Notes)
			}
		})
	}
}

func TestScoreByType(t *testing.T) {
	g := goldOf(t, "", `[{"id": "c1", "type": "clash", "required": true, "place": "TOWN", "geo_precision": 1, "date": "2030-05-01",
		"actors": [], "fatalities": 3}, {"id": "d1", "type": "deployment", "required": true, "place": "FORT", "geo_precision": 1, "actors": []}]`, "")
	r := scoreOne(t, g, events(feat(t, "clash", 40, 45, `{"date": "2030-05-02", "fatalities": 3}`),
		feat(t, "clash", 40, 45.01, ""), feat(t, "parade", 40, 45, "")))
	want := map[string]TypeCounts{
		"clash":      {TP: 1, Dup: 1, DateN: 1, CountN: 1, CountOK: 1},
		"deployment": {FN: 1},
		"parade":     {FP: 1},
	}
	if len(r.ByType) != len(want) {
		t.Errorf("types %v", r.ByType)
	}
	for typ, w := range want {
		t.Run(typ, func(t *testing.T) {
			if got := r.ByType[typ]; got == nil || *got != w {
				t.Errorf("got %+v, want %+v", got, w)
			}
		})
	}
}
