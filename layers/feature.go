// Package layers turns articles into events: reading articles, extracting typed events,
// merging them, the feature model of SCHEMA.md and the durable store.
package layers

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

// Event types, one per layer (SCHEMA.md).
const (
	TypeDeployment = "deployment"
	TypeClash      = "clash"
	TypeIncident   = "incident"
	TypeExercise   = "exercise"
	TypeAgreement  = "agreement"
	TypeParade     = "parade"
	TypeMeeting    = "meeting"
)

// Layer is one collection of SCHEMA.md.
type Layer struct {
	ID          string // collection id: "deployments", "events", "places" …
	Title       string
	Description string
	EventType   string // the event_type it holds; empty for "events" (all) and "places"
}

// Layers lists every collection, event layers first, then "events" and "places".
var Layers = []Layer{
	{"deployments", "Deployments", "Troops, peacekeepers, bases, advisory missions, aircraft or units stationed or sent somewhere; de-mining teams sent.", TypeDeployment},
	{"clashes", "Clashes", "Armed clashes, skirmishes, shelling, strikes, fighting.", TypeClash},
	{"incidents", "Incidents", "Landmine, IED and other explosions, unexploded ordnance casualties.", TypeIncident},
	{"exercises", "Exercises", "Military exercises and drills.", TypeExercise},
	{"agreements", "Agreements", "Declarations, memoranda, ceasefires signed or announced at a place.", TypeAgreement},
	{"parades", "Parades", "Military parades and ceremonies.", TypeParade},
	{"meetings", "Meetings", "Meetings and visits of officials at a place.", TypeMeeting},
	{"events", "All events", "Every event of every type.", ""},
	{"places", "Places", "Every place the articles mention as a location, one feature per place.", ""},
}

// LayerByID returns the layer with that collection id.
func LayerByID(id string) (Layer, bool) {
	for _, l := range Layers {
		if l.ID == id {
			return l, true
		}
	}
	return Layer{}, false
}

// LayerForType returns the collection id of an event type.
func LayerForType(eventType string) string {
	for _, l := range Layers {
		if l.EventType == eventType && eventType != "" {
			return l.ID
		}
	}
	return ""
}

// Source is one sentence of one article that reports an event.
type Source struct {
	ArticleID   string `json:"article_id"`
	Title       string `json:"title"`
	Publication string `json:"publication"`
	Published   string `json:"published"`
	URL         string `json:"url"`
	Quote       string `json:"quote"`
	Start       int    `json:"start"` // UTF-8 byte offset of Quote in the article
	End         int    `json:"end"`
	// PlaceStart and PlaceEnd are the byte offsets of the place name within Quote
	// (relative to Start), so a reader can highlight it; both 0 when unknown.
	PlaceStart int `json:"place_start"`
	PlaceEnd   int `json:"place_end"`
	// Troops, Fatalities and Injured are the figures this sentence gives (0: none), kept as
	// reported: merging never changes them (see MergeReports for the event's figures).
	Troops     int `json:"troops,omitempty"`
	Fatalities int `json:"fatalities,omitempty"`
	Injured    int `json:"injured,omitempty"`
	// Stated says which of them the sentence stated, 0 included (bits as Event.Stated); a
	// stated figure is on the wire even when 0 (MarshalJSON), one not stated is left out.
	Stated uint8 `json:"-"`
}

// Event is one feature of an event layer (SCHEMA.md, "Event feature properties").
type Event struct {
	ID            string
	EventType     string
	SubType       string
	Title         string
	Place         string
	PlaceID       string
	Country       string
	Admin1        string
	GeoPrecision  int
	Date          string
	DatePrecision string
	DateStart     string
	DateEnd       string
	// DateSource is where the date comes from: text, dateline, published or none.
	DateSource string
	// Timing is news for what the article reports, background for what it recalls.
	Timing     string
	Actors     []string
	Troops     int // 0: not stated
	Fatalities int // -1 would be wrong; 0 means not stated
	Injured    int
	// TroopsMin … InjuredMax are the range of the figures its sources give (0: none), so that
	// a feature merged from reports that disagree shows how far they do.
	TroopsMin, TroopsMax         int
	FatalitiesMin, FatalitiesMax int
	InjuredMin, InjuredMax       int
	// CountsHedge is how the report qualified the event's count (troops, else fatalities, else
	// injured): "exact", "at_least", "about", "up_to", "more_than"; empty when none was stated.
	CountsHedge string
	// Stated says which counts a report stated (StatedTroops | StatedFatalities | StatedInjured),
	// so that a stated 0 ("no casualties") is told from a count not given. A non-zero count is
	// stated whether or not its bit is set (features stored before the bits existed).
	Stated     uint8
	Modality   string
	Confidence float64
	Sources    []Source
	Lon, Lat   float64
	// Level is the level of the place (country, region, city …), for drawing precision.
	Level string
}

// The bits of Event.Stated.
const (
	StatedTroops uint8 = 1 << iota
	StatedFatalities
	StatedInjured
)

// TroopsKnown, FatalitiesKnown and InjuredKnown say whether the count was stated (0 included).
func (e *Event) TroopsKnown() bool     { return e.Stated&StatedTroops != 0 || e.Troops != 0 }
func (e *Event) FatalitiesKnown() bool { return e.Stated&StatedFatalities != 0 || e.Fatalities != 0 }
func (e *Event) InjuredKnown() bool    { return e.Stated&StatedInjured != 0 || e.Injured != 0 }

// Feature returns the event as a GeoJSON feature with the properties of SCHEMA.md.
func (e *Event) Feature() *geojson.Feature {
	f := geojson.NewFeature(orb.Point{e.Lon, e.Lat})
	f.ID = e.ID
	p := f.Properties
	p["id"] = e.ID
	p["event_type"] = e.EventType
	p["sub_type"] = e.SubType
	p["title"] = e.Title
	p["place"] = e.Place
	p["place_id"] = e.PlaceID
	p["country"] = e.Country
	p["admin1"] = e.Admin1
	p["level"] = e.Level
	p["geo_precision"] = e.GeoPrecision
	p["date"] = e.Date
	p["date_precision"] = orDefault(e.DatePrecision, "unknown")
	p["date_start"] = e.DateStart
	p["date_end"] = e.DateEnd
	p["date_source"] = e.DateSourceOrDefault()
	p["timing"] = e.TimingOrDefault()
	actors := e.Actors
	if actors == nil {
		actors = []string{}
	}
	p["actors"] = actors
	if e.TroopsKnown() {
		p["troops"] = e.Troops
	}
	if e.FatalitiesKnown() {
		p["fatalities"] = e.Fatalities
	}
	if e.InjuredKnown() {
		p["injured"] = e.Injured
	}
	for name, v := range e.countRanges() {
		if v != nil {
			p[name] = *v
		}
	}
	if e.CountsHedge != "" {
		p["counts_hedge"] = e.CountsHedge
	}
	p["modality"] = orDefault(e.Modality, "reported")
	p["confidence"] = e.Confidence
	sources := e.Sources
	if sources == nil {
		sources = []Source{}
	}
	p["sources"] = sources
	p["source_count"] = len(sources)
	return f
}

// PlaceFeature is one feature of the places layer (SCHEMA.md, "places feature properties").
type PlaceFeature struct {
	ID        string
	Name      string
	PlaceID   string
	Country   string
	Level     string
	Mentions  int
	Articles  int
	FirstSeen string // earliest published date of an article that mentions it
	LastSeen  string
	Lon, Lat  float64
}

// Feature returns the place as a GeoJSON feature.
func (p *PlaceFeature) Feature() *geojson.Feature {
	f := geojson.NewFeature(orb.Point{p.Lon, p.Lat})
	f.ID = p.ID
	f.Properties["id"] = p.ID
	f.Properties["name"] = p.Name
	f.Properties["place_id"] = p.PlaceID
	f.Properties["country"] = p.Country
	f.Properties["level"] = p.Level
	f.Properties["mentions"] = p.Mentions
	f.Properties["articles"] = p.Articles
	f.Properties["first_seen"] = p.FirstSeen
	f.Properties["last_seen"] = p.LastSeen
	return f
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}
