package layers

import (
	"math"
	"strings"

	orbgeo "github.com/paulmach/orb/geo"

	"github.com/paulmach/orb"
)

// SameEventKm is how far apart, in kilometres, two reports of one event may place it.
const SameEventKm = 25

// SameEvent reports whether a and b describe the same event: the same event_type, the same
// modality (a rumour or a plan never joins what was reported to have happened, nor a rumour a
// plan: each stays its own feature with its own label), the same place_id or points within
// SameEventKm, and compatible dates (their date ranges overlap, or either date is unknown).
// When both name actors and they share none, the events differ ("Russia deployed troops" and
// "Turkey deployed troops" at one place and month are two events).
// It is a pure function: the extractor uses it within one article, the store across articles.
func SameEvent(a, b *Event) bool {
	if a == nil || b == nil || a.EventType != b.EventType || !sameModality(a, b) {
		return false
	}
	if !samePlace(a, b) || !datesOverlap(a, b) {
		return false
	}
	if len(a.Actors) > 0 && len(b.Actors) > 0 && !shareActor(a.Actors, b.Actors) {
		return false
	}
	return true
}

// sameModality reports whether two reports tell an event with the same certainty (an empty
// modality, stored before modality existed, is reported).
func sameModality(a, b *Event) bool {
	return orDefault(a.Modality, "reported") == orDefault(b.Modality, "reported")
}

func samePlace(a, b *Event) bool {
	if a.PlaceID != "" && a.PlaceID == b.PlaceID {
		return true
	}
	if !validPoint(a.Lon, a.Lat) || !validPoint(b.Lon, b.Lat) {
		return false
	}
	return orbgeo.Distance(orb.Point{a.Lon, a.Lat}, orb.Point{b.Lon, b.Lat}) <= SameEventKm*1000
}

func validPoint(lon, lat float64) bool {
	return !math.IsNaN(lon) && !math.IsNaN(lat) && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90
}

// reportWindowDays is how long before its report an event dated only by the report may have
// happened; stateWindowDays the same for a deployment, a state that lasts.
const (
	reportWindowDays = 7
	stateWindowDays  = 60
)

// dateRange returns the event's date range; ok is false when its date is unknown.
func dateRange(e *Event) (start, end string, ok bool) {
	start, end = e.DateStart, e.DateEnd
	if start == "" {
		start = end
	}
	if end == "" {
		end = start
	}
	if start != "" && reportDated(e) {
		// dated by its report: it happened then or in the days before — not a year before, so
		// that a 2022 report never joins (and rewrites) a 2021 event
		days := reportWindowDays
		if e.EventType == TypeDeployment {
			days = stateWindowDays // troops reported there were sent some time before
		}
		start = addDays(start, -days)
	}
	return start, end, start != ""
}

func datesOverlap(a, b *Event) bool {
	as, ae, aok := dateRange(a)
	bs, be, bok := dateRange(b)
	if !aok || !bok {
		return true
	}
	return as <= be && bs <= ae
}

func shareActor(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if strings.EqualFold(x, y) {
				return true
			}
		}
	}
	return false
}

// datePrecisionRank orders date precisions, most precise highest.
func datePrecisionRank(p string) int {
	switch p {
	case "day":
		return 3
	case "month":
		return 2
	case "year":
		return 1
	}
	return 0
}

// geoPrecisionRank orders geo precisions, most precise highest (1 the place itself … 4 country;
// 0, not stated, lowest).
func geoPrecisionRank(p int) int {
	if p <= 0 {
		return 0
	}
	return 10 - p
}

// modalityRank orders modalities, most certain highest.
func modalityRank(m string) int {
	switch m {
	case "", "reported":
		return 3
	case "expected":
		return 2
	case "speculative":
		return 1
	}
	return 0
}

// MergeEvent merges src into dst, two reports of the same event (see SameEvent): the union of
// their sources (deduplicated by article_id and start), the union of their actors, the larger
// troops, fatalities, injured and confidence, the more precise place (geo_precision) and date
// (date_precision), the more certain modality; dst keeps its ID, and its title and sub_type
// unless they are empty. It is a pure function of its arguments and changes only dst. It merges
// the sentences of one article; reports of several articles are merged with MergeReports, which
// settles their counts without overwriting any.
func MergeEvent(dst, src *Event) {
	if dst == nil || src == nil {
		return
	}
	seen := make(map[sourceKey]bool, len(dst.Sources)+len(src.Sources))
	for _, s := range dst.Sources {
		seen[sourceKey{s.ArticleID, s.Start}] = true
	}
	for _, s := range src.Sources {
		k := sourceKey{s.ArticleID, s.Start}
		if !seen[k] {
			seen[k] = true
			dst.Sources = append(dst.Sources, s)
		}
	}
	for _, a := range src.Actors {
		if !containsFold(dst.Actors, a) {
			dst.Actors = append(dst.Actors, a)
		}
	}
	mergeCounts(dst, src)
	dst.Confidence = max(dst.Confidence, src.Confidence)
	if dst.SubType == "" {
		dst.SubType = src.SubType
	}
	if dst.Title == "" {
		dst.Title = src.Title
	}
	if modalityRank(src.Modality) > modalityRank(dst.Modality) {
		dst.Modality = src.Modality
	}
	if geoPrecisionRank(src.GeoPrecision) > geoPrecisionRank(dst.GeoPrecision) ||
		(dst.Place == "" && src.Place != "") {
		dst.Place, dst.PlaceID, dst.Country, dst.Admin1 = src.Place, src.PlaceID, src.Country, src.Admin1
		dst.GeoPrecision, dst.Lon, dst.Lat, dst.Level = src.GeoPrecision, src.Lon, src.Lat, src.Level
	}
	if takesDate(dst, src) {
		dst.Date, dst.DatePrecision, dst.DateStart, dst.DateEnd = src.Date, src.DatePrecision, src.DateStart, src.DateEnd
		dst.DateSource = src.DateSource
	}
	mergeTiming(dst, src)
}

type sourceKey struct {
	article string
	start   int
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
