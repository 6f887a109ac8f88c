package layers

import (
	"conflictmap/cql2"
	"conflictmap/geo"
	"fmt"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

// StoredArticle is an article as stored: its metadata and text, its mentions and the ids of the
// events it is a source of.
type StoredArticle struct {
	Article  Article
	Mentions []geo.Mention
	EventIDs []string
}

// ArticleSummary is one row of ListArticles.
type ArticleSummary struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Publication string `json:"publication"`
	Published   string `json:"published"`
	URL         string `json:"url"`
	Mentions    int    `json:"mentions"`
	Events      int    `json:"events"`
}

// Query selects features of one layer. Zero fields select everything.
type Query struct {
	// Layer is the collection id (Layers); required.
	Layer string
	// Bound keeps features whose point is within it.
	Bound *orb.Bound
	// Start and End (YYYY-MM-DD, inclusive; either empty for an open end) keep events whose
	// date range overlaps them, and places seen between them; features without a date are
	// dropped when either is set.
	Start, End string
	// Props are equality filters on properties, case-insensitive: "actor" or "actors" matches
	// any of an event's actors; numbers compare as their decimal text.
	Props map[string]string
	// Where, if set, keeps features it holds for (a CQL2 filter, q= search terms): data that
	// each store evaluates where its data is, as Row presents a feature.
	Where cql2.Expr
	// SortBy orders the features; without it they come in index order (stable between calls
	// while the store does not change).
	SortBy []SortKey
	// Offset skips that many matching features; Limit returns at most that many (<= 0: all).
	Offset, Limit int
	// CountLimit stops counting matches after that many (NumberMatched is then -1): counting
	// a million matches to return a hundred costs more than the hundred. <= 0 counts all.
	CountLimit int
	// Lean says the page will be read in its lean form (store.LeanIterator): a store that keeps
	// lean forms in memory then has them ready. Only a hint: the features are the same.
	Lean bool
}

// SortKey is one key of Query.SortBy.
type SortKey struct {
	Property string
	Desc     bool
}

// Hit is one feature of a query: an event or, in the places layer, a place.
type Hit struct {
	Event *Event
	Place *PlaceFeature
}

// ID is the feature's id.
func (h Hit) ID() string {
	if h.Event != nil {
		return h.Event.ID
	}
	if h.Place != nil {
		return h.Place.ID
	}
	return ""
}

// Feature returns the hit as a GeoJSON feature.
func (h Hit) Feature() *geojson.Feature {
	if h.Event != nil {
		return h.Event.Feature()
	}
	if h.Place != nil {
		return h.Place.Feature()
	}
	return nil
}

// Point returns the feature's point.
func (h Hit) Point() orb.Point {
	if h.Event != nil {
		return orb.Point{h.Event.Lon, h.Event.Lat}
	}
	if h.Place != nil {
		return orb.Point{h.Place.Lon, h.Place.Lat}
	}
	return orb.Point{}
}

// Value returns one property of the hit as Feature() would have it; ok is false for a property
// the feature does not have.
func (h Hit) Value(name string) (any, bool) {
	if h.Event != nil {
		return EventValue(h.Event, name)
	}
	if h.Place != nil {
		return PlaceValue(h.Place, name)
	}
	return nil, false
}

// EventProperties are the property names of an event feature, in SCHEMA.md order.
var EventProperties = []string{"id", "event_type", "sub_type", "title", "place", "place_id", "country", "admin1", "level",
	"geo_precision", "date", "date_precision", "date_start", "date_end", "actors", "troops", "fatalities", "injured", "modality", "confidence", "sources", "source_count"}

// PlaceProperties are the property names of a place feature.
var PlaceProperties = []string{"id", "name", "place_id", "country", "level", "mentions", "articles", "first_seen", "last_seen"}

// EventValue returns one property of an event as Event.Feature would have it: a count not
// stated (troops, fatalities, injured and their ranges) is nil, CQL2's NULL, and a stated 0 is
// 0 (Event.Stated); ok is false only for a name that is no property.
func EventValue(e *Event, name string) (any, bool) {
	switch name {
	case "id":
		return e.ID, true
	case "event_type":
		return e.EventType, true
	case "sub_type":
		return e.SubType, true
	case "title":
		return e.Title, true
	case "place":
		return e.Place, true
	case "place_id":
		return e.PlaceID, true
	case "country":
		return e.Country, true
	case "admin1":
		return e.Admin1, true
	case "level":
		return e.Level, true
	case "geo_precision":
		return e.GeoPrecision, true
	case "date":
		return e.Date, true
	case "date_precision":
		return orDefault(e.DatePrecision, "unknown"), true
	case "date_start":
		return e.DateStart, true
	case "date_end":
		return e.DateEnd, true
	case "date_source":
		return e.DateSourceOrDefault(), true
	case "timing":
		return e.TimingOrDefault(), true
	case "actors", "actor":
		if e.Actors == nil {
			return []string{}, true
		}
		return e.Actors, true
	case "troops":
		return knownValue(e.TroopsKnown(), e.Troops), true
	case "fatalities":
		return knownValue(e.FatalitiesKnown(), e.Fatalities), true
	case "injured":
		return knownValue(e.InjuredKnown(), e.Injured), true
	case "counts_hedge":
		return e.CountsHedge, true
	case "modality":
		return orDefault(e.Modality, "reported"), true
	case "confidence":
		return e.Confidence, true
	case "sources":
		return e.Sources, true
	case "source_count":
		return len(e.Sources), true
	}
	return countRangeValue(e, name)
}

// PlaceValue returns one property of a place feature.
func PlaceValue(p *PlaceFeature, name string) (any, bool) {
	switch name {
	case "id":
		return p.ID, true
	case "name", "place":
		return p.Name, true
	case "place_id":
		return p.PlaceID, true
	case "country":
		return p.Country, true
	case "level":
		return p.Level, true
	case "mentions":
		return p.Mentions, true
	case "articles":
		return p.Articles, true
	case "first_seen":
		return p.FirstSeen, true
	case "last_seen":
		return p.LastSeen, true
	}
	return nil, false
}

// KnownProperty reports whether features of the layer have the property (filters, sortby).
func KnownProperty(layer, name string) bool {
	if layer == "places" {
		_, ok := PlaceValue(&PlaceFeature{}, name)
		return ok
	}
	_, ok := EventValue(&Event{}, name)
	return ok
}

// equalValue compares a property value with the text of an equality filter.
func equalValue(v any, want string) bool {
	switch v := v.(type) {
	case string:
		return strings.EqualFold(v, want)
	case []string:
		for _, x := range v {
			if strings.EqualFold(x, want) {
				return true
			}
		}
		return false
	case int:
		return strconv.Itoa(v) == strings.TrimSpace(want)
	case float64:
		f, err := strconv.ParseFloat(strings.TrimSpace(want), 64)
		return err == nil && f == v
	}
	return false
}

// CompareValues orders two property values: strings and numbers naturally, empty and missing
// values last.
func CompareValues(a, b any) int {
	if as, ok := a.(string); ok { // the common case, without formatting
		if bs, ok := b.(string); ok {
			switch {
			case as == bs:
				return 0
			case as == "":
				return 1
			case bs == "":
				return -1
			}
			return strings.Compare(as, bs)
		}
	}
	an, aok := number(a)
	bn, bok := number(b)
	if aok && bok {
		switch {
		case an < bn:
			return -1
		case an > bn:
			return 1
		}
		return 0
	}
	as, bs := fmt.Sprint(a), fmt.Sprint(b)
	if sl, ok := a.([]string); ok {
		as = strings.Join(sl, ";")
	}
	if sl, ok := b.([]string); ok {
		bs = strings.Join(sl, ";")
	}
	switch {
	case as == bs:
		return 0
	case as == "":
		return 1
	case bs == "":
		return -1
	}
	return strings.Compare(as, bs)
}

func isEmpty(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case string:
		return v == ""
	case []string:
		return len(v) == 0
	}
	return false
}

func number(v any) (float64, bool) {
	switch v := v.(type) {
	case int:
		return float64(v), true
	case float64:
		return v, true
	}
	return 0, false
}

// Extent is the spatial and temporal extent of a layer and its feature count.
type Extent struct {
	Bound      orb.Bound
	Start, End string // earliest date_start, latest date_end (first_seen, last_seen for places)
	Count      int
}
