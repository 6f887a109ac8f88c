package layers

import (
	"crypto/sha1"
	"encoding/hex"
	"strconv"

	"github.com/paulmach/orb"
	orbgeo "github.com/paulmach/orb/geo"
)

// The merge policy every store follows, as pure functions: which stored event a new report is
// the same as (BestMatch, over candidates the store found near it), the id of a new event
// (DeriveEventID), and how the reports of one event fold into its feature (MergeReports).

// BestMatch returns the index in cands of the stored event e is a report of, or -1 when it is
// none of them: the candidates SameEvent accepts, one at the same place id first, else the
// nearest; ties go to the smaller id, so that the answer does not depend on the order the store
// found them in. A store passes the events of e's type within SameEventKm whose dates may overlap.
func BestMatch(e *Event, cands []*Event) int {
	best, bestScore := -1, 0.0
	for i, c := range cands {
		if c == nil || c.EventType != e.EventType || !SameEvent(c, e) {
			continue
		}
		score := orbgeo.Distance(orb.Point{c.Lon, c.Lat}, orb.Point{e.Lon, e.Lat})
		if c.PlaceID != "" && c.PlaceID == e.PlaceID {
			score = -1
		}
		if best < 0 || score < bestScore || (score == bestScore && c.ID < cands[best].ID) {
			best, bestScore = i, score
		}
	}
	return best
}

// DeriveEventID is a new event's id: its type, place and month, hashed. A store that finds it
// taken tries DeriveEventID(e)+"-2", "-3" … (up to MaxDerivedIDs).
func DeriveEventID(e *Event) string {
	place := e.PlaceID
	if place == "" {
		place = strconv.FormatFloat(e.Lon, 'f', 3, 64) + "," + strconv.FormatFloat(e.Lat, 'f', 3, 64)
	}
	bucket := "undated"
	if s, _, ok := dateRange(e); ok {
		bucket = s[:7]
	}
	sum := sha1.Sum([]byte(e.EventType + "|" + place + "|" + bucket))
	prefix := e.EventType
	if len(prefix) > 3 {
		prefix = prefix[:3]
	}
	return prefix + "-" + hex.EncodeToString(sum[:6])
}

// MaxDerivedIDs is how many suffixes of DeriveEventID a store tries before giving up.
const MaxDerivedIDs = 1000

// DateRange is an event's date range as merging sees it (YYYY-MM-DD, inclusive); ok is false
// for an undated event, which may be the same as any.
func DateRange(e *Event) (start, end string, ok bool) { return dateRange(e) }
