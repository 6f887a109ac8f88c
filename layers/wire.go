package layers

import (
	"encoding/json"
	"strings"
)

// The wire form of features: the GeoJSON of Event.Feature and PlaceFeature.Feature, encoded
// without building a map. The store encodes each event once, when it is written, and keeps the
// bytes in its record, so a page of features is a scan of the index plus byte copies.
//
// On the wire every event carries every property, JSON null when unknown: GIS clients (GDAL,
// QGIS) take a layer's fields from its first features, so a property left out of those would
// be dropped from the whole layer. date_start and date_end are null when undated (date, a
// string as precise as the text, stays "" as SCHEMA.md has it). A count is null when not stated and 0 when a report
// states none (Event.Stated); counts_hedge is null with no count; quote is null with
// no source. Beside the sources array, flat strings for clients that cannot read arrays of
// objects: quote (the first source's sentence) and source_titles (SourceTitles). sources, quote
// and source_titles come last, after source_count: a lean page (web/lean.go) is then the text
// up to them. A change to this form re-encodes the features of older stores at open: see
// layers/store/buntdb/format.go.

// SourceTitleSep separates the titles of source_titles.
const SourceTitleSep = " | "

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
	DateStart     *string  `json:"date_start"`
	DateEnd       *string  `json:"date_end"`
	DateSource    string   `json:"date_source"`
	Timing        string   `json:"timing"`
	Actors        []string `json:"actors"`
	Troops        *int     `json:"troops"`
	Fatalities    *int     `json:"fatalities"`
	Injured       *int     `json:"injured"`
	TroopsMin     *int     `json:"troops_min"`
	TroopsMax     *int     `json:"troops_max"`
	FatalitiesMin *int     `json:"fatalities_min"`
	FatalitiesMax *int     `json:"fatalities_max"`
	InjuredMin    *int     `json:"injured_min"`
	InjuredMax    *int     `json:"injured_max"`
	CountsHedge   *string  `json:"counts_hedge"`
	Modality      string   `json:"modality"`
	Confidence    float64  `json:"confidence"`
	SourceCount   int      `json:"source_count"`
	Sources       []Source `json:"sources"`
	Quote         *string  `json:"quote"`
	SourceTitles  string   `json:"source_titles"`
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
			DatePrecision: orDefault(e.DatePrecision, "unknown"), DateStart: nonEmpty(e.DateStart), DateEnd: nonEmpty(e.DateEnd),
			DateSource: e.DateSourceOrDefault(), Timing: e.TimingOrDefault(),
			Actors: actors, Troops: known(e.TroopsKnown(), e.Troops), Fatalities: known(e.FatalitiesKnown(), e.Fatalities),
			Injured: known(e.InjuredKnown(), e.Injured), TroopsMin: known(e.RangeKnown(0), e.TroopsMin),
			TroopsMax: known(e.RangeKnown(0), e.TroopsMax), FatalitiesMin: known(e.RangeKnown(1), e.FatalitiesMin),
			FatalitiesMax: known(e.RangeKnown(1), e.FatalitiesMax), InjuredMin: known(e.RangeKnown(2), e.InjuredMin),
			InjuredMax:  known(e.RangeKnown(2), e.InjuredMax),
			CountsHedge: nonEmpty(e.CountsHedge), Modality: orDefault(e.Modality, "reported"), Confidence: e.Confidence,
			Sources: sources, SourceCount: len(sources), Quote: firstQuote(sources), SourceTitles: e.SourceTitles(),
		}})
}

// known is a count on the wire: nil (null) when not stated, a stated 0 is 0.
func known(ok bool, n int) *int {
	if !ok {
		return nil
	}
	return &n
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func firstQuote(sources []Source) *string {
	if len(sources) == 0 {
		return nil
	}
	return &sources[0].Quote
}

// SourceTitles is the titles of the event's source articles, each once, in the order of its
// sources, joined by SourceTitleSep; "" when no source has a title.
func (e *Event) SourceTitles() string {
	var titles []string
	for _, s := range e.Sources {
		if t := strings.TrimSpace(s.Title); t != "" && !containsString(titles, t) {
			titles = append(titles, t)
		}
	}
	return strings.Join(titles, SourceTitleSep)
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
