package layers

import (
	"reflect"
	"testing"
)

func TestSameEvent(t *testing.T) {
	base := Event{EventType: TypeDeployment, PlaceID: "1", Lon: 46.75, Lat: 39.82, DateStart: "2020-11-01", DateEnd: "2020-11-30", Actors: []string{"Russia"}}
	with := func(f func(e *Event)) *Event { e := base; f(&e); return &e }
	tests := []struct {
		name string
		b    *Event
		want bool
	}{
		{"identical", with(func(e *Event) {}), true},
		{"other type", with(func(e *Event) { e.EventType = TypeClash }), false},
		{"same place id far point", with(func(e *Event) { e.Lon = 10 }), true},
		{"near point other place", with(func(e *Event) { e.PlaceID = "2"; e.Lon += 0.1 }), true},
		{"far point other place", with(func(e *Event) { e.PlaceID = "2"; e.Lon += 1 }), false},
		{"overlapping day", with(func(e *Event) { e.DateStart, e.DateEnd = "2020-11-10", "2020-11-10" }), true},
		{"disjoint dates", with(func(e *Event) { e.DateStart, e.DateEnd = "2021-01-01", "2021-01-31" }), false},
		{"unknown date", with(func(e *Event) { e.DateStart, e.DateEnd = "", "" }), true},
		{"actor case", with(func(e *Event) { e.Actors = []string{"russia", "Azerbaijan"} }), true},
		{"disjoint actors", with(func(e *Event) { e.Actors = []string{"Turkey"} }), false},
		{"no actors", with(func(e *Event) { e.Actors = nil }), true},
		{"reported and unset modality", with(func(e *Event) { e.Modality = "reported" }), true},
		{"expected", with(func(e *Event) { e.Modality = "expected" }), false},
		{"speculative", with(func(e *Event) { e.Modality = "speculative" }), false},
		{"nil", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SameEvent(&base, tt.b); got != tt.want {
				t.Errorf("SameEvent = %v, want %v", got, tt.want)
			}
			if tt.b != nil {
				if got := SameEvent(tt.b, &base); got != tt.want {
					t.Errorf("SameEvent (swapped) = %v, want %v", got, tt.want)
				}
			}
		})
	}
}

func TestMergeEvent(t *testing.T) {
	dst := Event{ID: "keep", EventType: TypeDeployment, Title: "A", Place: "Nagorno-Karabakh", PlaceID: "r",
		GeoPrecision: 3, Date: "2020-11", DatePrecision: "month", DateStart: "2020-11-01", DateEnd: "2020-11-30",
		Actors: []string{"Russia"}, Troops: 1960, Modality: "expected", Confidence: 0.5,
		Sources: []Source{{ArticleID: "a1", Start: 10, Quote: "q1"}}}
	src := Event{ID: "drop", EventType: TypeDeployment, Title: "B", SubType: "peacekeeping", Place: "Stepanakert", PlaceID: "s",
		GeoPrecision: 1, Lon: 46.75, Lat: 39.82, Level: "city", Date: "2020-11-10", DatePrecision: "day",
		DateStart: "2020-11-10", DateEnd: "2020-11-10", Actors: []string{"russia", "Armenia"}, Troops: 400,
		Fatalities: 2, Modality: "reported", Confidence: 0.9,
		Sources: []Source{{ArticleID: "a1", Start: 10, Quote: "q1"}, {ArticleID: "a2", Start: 5, Quote: "q2"}}}
	MergeEvent(&dst, &src)
	want := Event{ID: "keep", EventType: TypeDeployment, Title: "A", SubType: "peacekeeping", Place: "Stepanakert", PlaceID: "s",
		GeoPrecision: 1, Lon: 46.75, Lat: 39.82, Level: "city", Date: "2020-11-10", DatePrecision: "day",
		DateStart: "2020-11-10", DateEnd: "2020-11-10", Actors: []string{"Russia", "Armenia"}, Troops: 1960,
		Fatalities: 2, Modality: "reported", Confidence: 0.9,
		Sources: []Source{{ArticleID: "a1", Start: 10, Quote: "q1"}, {ArticleID: "a2", Start: 5, Quote: "q2"}}}
	if !reflect.DeepEqual(dst, want) {
		t.Errorf("MergeEvent:\n got %+v\nwant %+v", dst, want)
	}
	// Merging a less precise report changes nothing but the counts.
	before := dst
	before.Sources = append([]Source(nil), dst.Sources...)
	before.Actors = append([]string(nil), dst.Actors...)
	MergeEvent(&dst, &Event{EventType: TypeDeployment, GeoPrecision: 4, DatePrecision: "year", DateStart: "2020-01-01", Modality: "speculative"})
	if !reflect.DeepEqual(dst, before) {
		t.Errorf("merging a vaguer report changed the event:\n got %+v\nwant %+v", dst, before)
	}
	MergeEvent(nil, &src) // no panic
	MergeEvent(&dst, nil)
}
