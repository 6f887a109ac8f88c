package layers

import (
	"encoding/json"
)

// The wire form of features: the GeoJSON of Event.Feature and PlaceFeature.Feature, encoded
// without building a map. The store encodes each event once, when it is written, and keeps the
// bytes in its record, so a page of features is a scan of the index plus byte copies.

type wireEvent struct {
	Type       string         `json:"type"`
	ID         string         `json:"id"`
	Geometry   wirePoint      `json:"geometry"`
	Properties wireEventProps `json:"properties"`
}

type wirePoint struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

type wireEventProps struct {
	ID            string   `json:"id"`
	EventType     string   `json:"event_type"`
	SubType       string   `json:"sub_type"`
	Title         string   `json:"title"`
	Place         string   `json:"place"`
	PlaceID       string   `json:"place_id"`
	Country       string   `json:"country"`
	Admin1        string   `json:"admin1"`
	Level         string   `json:"level"`
	GeoPrecision  int      `json:"geo_precision"`
	Date          string   `json:"date"`
	DatePrecision string   `json:"date_precision"`
	DateStart     string   `json:"date_start"`
	DateEnd       string   `json:"date_end"`
	DateSource    string   `json:"date_source"`
	Timing        string   `json:"timing"`
	Actors        []string `json:"actors"`
	Troops        int      `json:"troops,omitempty"`
	Fatalities    int      `json:"fatalities,omitempty"`
	Injured       int      `json:"injured,omitempty"`
	TroopsMin     int      `json:"troops_min,omitempty"`
	TroopsMax     int      `json:"troops_max,omitempty"`
	FatalitiesMin int      `json:"fatalities_min,omitempty"`
	FatalitiesMax int      `json:"fatalities_max,omitempty"`
	InjuredMin    int      `json:"injured_min,omitempty"`
	InjuredMax    int      `json:"injured_max,omitempty"`
	CountsHedge   string   `json:"counts_hedge,omitempty"`
	Modality      string   `json:"modality"`
	Confidence    float64  `json:"confidence"`
	Sources       []Source `json:"sources"`
	SourceCount   int      `json:"source_count"`
}

type wirePlace struct {
	Type       string         `json:"type"`
	ID         string         `json:"id"`
	Geometry   wirePoint      `json:"geometry"`
	Properties wirePlaceProps `json:"properties"`
}

type wirePlaceProps struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	PlaceID   string `json:"place_id"`
	Country   string `json:"country"`
	Level     string `json:"level"`
	Mentions  int    `json:"mentions"`
	Articles  int    `json:"articles"`
	FirstSeen string `json:"first_seen"`
	LastSeen  string `json:"last_seen"`
}

// EventJSON encodes an event as a GeoJSON feature with all the properties of SCHEMA.md (the
// bytes the API serves; the same properties as Event.Feature, in SCHEMA.md order).
func EventJSON(e *Event) ([]byte, error) {
	actors, sources := e.Actors, e.Sources
	if actors == nil {
		actors = []string{}
	}
	if sources == nil {
		sources = []Source{}
	}
	return json.Marshal(wireEvent{Type: "Feature", ID: e.ID, Geometry: wirePoint{"Point", [2]float64{e.Lon, e.Lat}},
		Properties: wireEventProps{
			ID: e.ID, EventType: e.EventType, SubType: e.SubType, Title: e.Title, Place: e.Place, PlaceID: e.PlaceID,
			Country: e.Country, Admin1: e.Admin1, Level: e.Level, GeoPrecision: e.GeoPrecision, Date: e.Date,
			DatePrecision: orDefault(e.DatePrecision, "unknown"), DateStart: e.DateStart, DateEnd: e.DateEnd,
			DateSource: e.DateSourceOrDefault(), Timing: e.TimingOrDefault(),
			Actors: actors, Troops: e.Troops, Fatalities: e.Fatalities, Injured: e.Injured,
			TroopsMin: e.TroopsMin, TroopsMax: e.TroopsMax, FatalitiesMin: e.FatalitiesMin, FatalitiesMax: e.FatalitiesMax,
			InjuredMin: e.InjuredMin, InjuredMax: e.InjuredMax,
			CountsHedge: e.CountsHedge, Modality: orDefault(e.Modality, "reported"), Confidence: e.Confidence, Sources: sources, SourceCount: len(sources),
		}})
}

// PlaceFeatureJSON encodes a feature of the places layer as GeoJSON.
func PlaceFeatureJSON(p *PlaceFeature) ([]byte, error) {
	return json.Marshal(wirePlace{Type: "Feature", ID: p.ID, Geometry: wirePoint{"Point", [2]float64{p.Lon, p.Lat}},
		Properties: wirePlaceProps{ID: p.ID, Name: p.Name, PlaceID: p.PlaceID, Country: p.Country, Level: p.Level,
			Mentions: p.Mentions, Articles: p.Articles, FirstSeen: p.FirstSeen, LastSeen: p.LastSeen}})
}

// HitJSON encodes a hit as a GeoJSON feature (EventJSON or PlaceFeatureJSON).
func HitJSON(h Hit) ([]byte, error) {
	if h.Event != nil {
		return EventJSON(h.Event)
	}
	if h.Place != nil {
		return PlaceFeatureJSON(h.Place)
	}
	return []byte("null"), nil
}
