package buntdb

import "conflictmap/layers"

// The parts of a stored event: each article's report of it, as the store keeps it, and their
// fold into the one Event the API serves (MergeReports).

// cEvent is one article's report of an event (a part of a stored event): the Event's fields
// under short names; its sources keep only offsets (the quote is read from the article's text
// unless it differs from it) and the article's metadata is read from the article.
type cEvent struct {
	Article       string    `json:"a"`
	SubType       string    `json:"st,omitempty"`
	Title         string    `json:"ti,omitempty"`
	Place         string    `json:"pl,omitempty"`
	PlaceID       string    `json:"pi,omitempty"`
	Country       string    `json:"co,omitempty"`
	Admin1        string    `json:"a1,omitempty"`
	GeoPrecision  int       `json:"gp,omitempty"`
	Date          string    `json:"d,omitempty"`
	DatePrecision string    `json:"dp,omitempty"`
	DateStart     string    `json:"ds,omitempty"`
	DateEnd       string    `json:"de,omitempty"`
	DateSource    string    `json:"dsr,omitempty"`
	Timing        string    `json:"tm,omitempty"`
	Actors        []string  `json:"ac,omitempty"`
	Troops        int       `json:"tr,omitempty"`
	Fatalities    int       `json:"fa,omitempty"`
	Injured       int       `json:"in,omitempty"`
	CountsHedge   string    `json:"ch,omitempty"`
	Stated        uint8     `json:"sb,omitempty"` // Event.Stated; older records have none
	Modality      string    `json:"mo,omitempty"`
	Confidence    float64   `json:"cf,omitempty"`
	Lon           float64   `json:"x"`
	Lat           float64   `json:"y"`
	Level         string    `json:"lv,omitempty"`
	Sources       []cSource `json:"src,omitempty"`
}

type cSource struct {
	Start      int    `json:"s"`
	End        int    `json:"e"`
	PlaceStart int    `json:"ps,omitempty"`
	PlaceEnd   int    `json:"pe,omitempty"`
	Quote      string `json:"q,omitempty"` // only when the article's text at Start:End differs
	Derived    bool   `json:"-"`
	// the sentence's own figures; records written before these existed have none (see event)
	Troops     int   `json:"tr,omitempty"`
	Fatalities int   `json:"fa,omitempty"`
	Injured    int   `json:"in,omitempty"`
	Stated     uint8 `json:"sb,omitempty"` // Source.Stated
}

func toCEvent(e *layers.Event, articleID, raw string) cEvent {
	c := cEvent{
		Article: articleID, SubType: e.SubType, Title: e.Title, Place: e.Place, PlaceID: e.PlaceID,
		Country: e.Country, Admin1: e.Admin1, GeoPrecision: e.GeoPrecision, Date: e.Date,
		DatePrecision: e.DatePrecision, DateStart: e.DateStart, DateEnd: e.DateEnd,
		DateSource: e.DateSource, Timing: e.Timing, Actors: e.Actors, Troops: e.Troops, Fatalities: e.Fatalities, Injured: e.Injured,
		CountsHedge: e.CountsHedge, Stated: e.Stated, Modality: e.Modality, Confidence: e.Confidence, Lon: e.Lon, Lat: e.Lat, Level: e.Level,
	}
	for _, s := range e.Sources {
		cs := cSource{Start: s.Start, End: s.End, PlaceStart: s.PlaceStart, PlaceEnd: s.PlaceEnd,
			Troops: s.Troops, Fatalities: s.Fatalities, Injured: s.Injured, Stated: s.Stated}
		if !(s.Start >= 0 && s.Start <= s.End && s.End <= len(raw) && raw[s.Start:s.End] == s.Quote) {
			cs.Quote = s.Quote
		}
		c.Sources = append(c.Sources, cs)
	}
	return c
}

func (c *cEvent) event(id, eventType string, mc *metaCache) *layers.Event {
	e := &layers.Event{
		ID: id, EventType: eventType, SubType: c.SubType, Title: c.Title, Place: c.Place,
		PlaceID: c.PlaceID, Country: c.Country, Admin1: c.Admin1, GeoPrecision: c.GeoPrecision,
		Date: c.Date, DatePrecision: c.DatePrecision, DateStart: c.DateStart, DateEnd: c.DateEnd,
		DateSource: c.DateSource, Timing: c.Timing, Actors: append([]string(nil), c.Actors...), Troops: c.Troops, Fatalities: c.Fatalities,
		Injured: c.Injured, CountsHedge: c.CountsHedge, Stated: c.Stated, Modality: c.Modality, Confidence: c.Confidence, Lon: c.Lon, Lat: c.Lat,
		Level: c.Level,
	}
	if len(c.Sources) > 0 {
		var m *articleMeta
		if mc != nil {
			m = mc.get(c.Article)
		} else {
			m = &articleMeta{}
		}
		e.Sources = make([]layers.Source, 0, len(c.Sources))
		for _, s := range c.Sources {
			q := s.Quote
			if q == "" && s.Start >= 0 && s.Start <= s.End && s.End <= len(m.text) {
				q = m.text[s.Start:s.End]
			}
			e.Sources = append(e.Sources, layers.Source{
				ArticleID: c.Article, Title: m.title, Publication: m.publication, Published: m.published,
				URL: m.url, Quote: q, Start: s.Start, End: s.End, PlaceStart: s.PlaceStart, PlaceEnd: s.PlaceEnd,
				Troops: s.Troops, Fatalities: s.Fatalities, Injured: s.Injured, Stated: s.Stated,
			})
		}
	}
	// a record written before sources kept their figures: a one-sentence report's figures are
	// its sentence's (a longer report's stay with the report, unattributed)
	layers.StampSourceFigures(e)
	return e
}

// fold merges the parts of a stored event into one Event with MergeReports (parts are kept
// sorted by article id, so the result does not depend on the order articles were ingested in).
func fold(id, eventType string, parts []cEvent, mc *metaCache) *layers.Event {
	if len(parts) == 0 {
		return nil
	}
	reports := make([]*layers.Event, len(parts))
	for i := range parts {
		reports[i] = parts[i].event(id, eventType, mc)
	}
	e := layers.MergeReports(reports)
	e.ID = id
	return e
}
