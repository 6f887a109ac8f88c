package layers

// One event, one feature: merging an article's reports, ids, titles and confidence.

import (
	"conflictmap/geo"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"time"
)

func confidence(e *event) float64 {
	c := 0.45
	if !e.placeless && !e.anaphoric {
		c += 0.2
	}
	if e.GeoPrecision > 0 && e.GeoPrecision <= 2 {
		c += 0.1
	}
	if e.Date != "" {
		c += 0.1
	}
	if len(e.Actors) > 0 {
		c += 0.1
	}
	if e.Modality != "reported" {
		c -= 0.15
	}
	return float64(int(c*100+0.5)) / 100
}

// finish merges the events of one article: the same event told in several sentences becomes one
// feature; an event whose sentence names no place joins the event of the same type and actors
// that does, or is dropped. Features come newest first.
func finish(a Article, found []event, g *geo.Gazetteer) []Event {
	for i := range found {
		stampSourceFigures(&found[i].Event) // each sentence keeps its own figures
	}
	var placed []event
	for _, e := range found {
		if e.placeless {
			continue
		}
		merged := false
		for k := range placed {
			if sameInArticle(g, &placed[k].Event, &e.Event) || (placed[k].sentence == e.sentence || sameDay(&placed[k].Event, &e.Event)) && regionInSentence(g, &placed[k].Event, &e.Event) {
				mergeInto(&placed[k].Event, &e.Event)
				merged = true
				break
			}
			if placed[k].sentence == e.sentence && anaphorRegion(g, &placed[k], &e) {
				keepInner(&placed[k], e)
				merged = true
				break
			}
		}
		if !merged {
			placed = append(placed, e)
		}
	}
	placed = signedAtTalks(found, placed)
	// placeless reports join the nearest placed event of their type and modality that shares an
	// actor, but not one the article recalls only after it
	for _, e := range found {
		if !e.placeless || len(e.Actors) == 0 || e.venueless {
			continue
		}
		best, bestDist := -1, 1<<30
		for k := range placed {
			p := &placed[k]
			if p.EventType != e.EventType || !sameModality(&p.Event, &e.Event) || !shareActor(p.Actors, e.Actors) || !subTypesAgree(p.SubType, e.SubType) || !datesOverlap(&p.Event, &e.Event) ||
				recalledLater(p, &e) {
				continue
			}
			dist := p.sentence - e.sentence
			if dist < 0 {
				dist = -dist
			}
			if dist < bestDist {
				best, bestDist = k, dist
			}
		}
		if best >= 0 {
			ev := e.Event
			ev.SubType = ""
			ev.Actors = nil // it was matched by its actors; it adds none
			if placed[best].Date != "" {
				ev.Date, ev.DatePrecision, ev.DateStart, ev.DateEnd = "", "unknown", "", ""
			}
			mergeInto(&placed[best].Event, &ev)
		}
	}
	out := make([]Event, 0, len(placed))
	for _, e := range placed {
		ev := e.Event
		ev.ID = eventID(a.ID, &ev)
		ev.Title = eventTitle(&ev)
		setCountRanges(&ev)
		out = append(out, ev)
	}
	sort.SliceStable(out, func(i, j int) bool {
		// newest first; undated last
		return out[i].DateEnd > out[j].DateEnd
	})
	return out
}

// recalledLater: p is an event the article recalls from before its time (background) and the
// placeless report e, not itself told as background, comes before it. The report then belongs
// to the news being told, not to the history recalled after it ("… ambushed a column. The
// column had been sent north after forces took Kidal in 2023"); a report after the recall
// continues it ("Russia deployed peacekeepers to Lachin in 2020. Russia also deployed …").
// Nor does a report told as background join news: "More than 150 people have been killed by
// mines since the 2020 ceasefire" is no toll of the mine blast told before it.
func recalledLater(p, e *event) bool {
	if p.Timing != TimingBackground {
		return e.Timing == TimingBackground
	}
	return e.Timing != TimingBackground && e.sentence < p.sentence
}

// signedAtTalks places each agreement its sentence gives no venue of at the meeting the article
// reports nearest before it, within two sentences or later in the same paragraph of talks, when
// their dates agree: "Following the talks, the three leaders adopted a joint statement". An
// agreement with no such meeting joins one already placed, else it is dropped: where a document
// was signed is never guessed.
func signedAtTalks(found, placed []event) []event {
	for _, e := range found {
		if !e.venueless || e.Timing == TimingBackground {
			continue // a truce recalled from another war was not signed at these talks
		}
		best := -1
		for k := range placed {
			m := &placed[k]
			if m.EventType != TypeMeeting || m.sentence > e.sentence || e.sentence-m.sentence > 3 || !datesOverlap(&m.Event, &e.Event) ||
				len(e.Actors) > 0 && len(m.Actors) > 0 && !shareActor(e.Actors, m.Actors) {
				continue
			}
			if best < 0 || m.sentence > placed[best].sentence {
				best = k
			}
		}
		if best < 0 {
			continue
		}
		m := placed[best].Event
		ev := e
		ev.placeless, ev.venueless = false, false
		ev.Place, ev.PlaceID, ev.Country, ev.Admin1, ev.Lon, ev.Lat, ev.Level = m.Place, m.PlaceID, m.Country, m.Admin1, m.Lon, m.Lat, m.Level
		ev.GeoPrecision = m.GeoPrecision
		if ev.DateStart == "" {
			ev.Date, ev.DatePrecision, ev.DateStart, ev.DateEnd, ev.DateSource = m.Date, m.DatePrecision, m.DateStart, m.DateEnd, m.DateSource
		}
		merged := false
		for k := range placed {
			if SameEventInArticle(&placed[k].Event, &ev.Event) {
				mergeInto(&placed[k].Event, &ev.Event)
				merged = true
				break
			}
		}
		if !merged {
			placed = append(placed, ev)
		}
	}
	return placed
}

// SameEventInArticle reports whether two events of one article report the same thing: one type,
// one place, the same modality, sub-types and actors that agree, dates that agree (within a month).
func SameEventInArticle(a, b *Event) bool {
	if a.EventType != b.EventType || a.PlaceID != b.PlaceID && !nestedPlaces(a, b) || !subTypesAgree(a.SubType, b.SubType) && !sameDayAndPlace(a, b) {
		return false
	}
	// fighting has two sides, and each report names whom it will: actors tell deployments,
	// exercises and visits apart, not clashes
	violent := a.EventType == TypeClash || a.EventType == TypeIncident
	if !violent && len(a.Actors) > 0 && len(b.Actors) > 0 && !shareActor(a.Actors, b.Actors) {
		return false
	}
	if a.DateStart != "" && b.DateStart != "" && !datesNear(a, b) {
		return false
	}
	if undatedNewsOfOld(a, b) || undatedNewsOfOld(b, a) {
		return false
	}
	return sameModality(a, b) || goesOn(a, b) || goesOn(b, a) // a rumour stays a rumour, a plan a plan
}

// goesOn reports whether b tells what is still to come of a under way: an
// exercise reported, then one that "will run until Feb. 12" (a deployment to come is more troops).
func goesOn(a, b *Event) bool {
	return a.EventType == TypeExercise &&
		orDefault(a.Modality, "reported") == "reported" && b.Modality == "expected"
}

// undatedNewsOfOld reports whether a is news the article tells without a date, before it
// recalls b from long before (timing background): "50 servicemen died in clashes near Kalbajar"
// opening a 2022 article is not the Kalbajar clash of August 2021 it goes on to recall. An
// undated sentence after the recollection continues its story ("A brigade paraded there too"),
// and a deployment is a state that lasts: troops sent in 2020 and stationed there now are one.
func undatedNewsOfOld(a, b *Event) bool {
	return a.EventType != TypeDeployment && a.DateStart == "" && b.DateStart != "" &&
		a.TimingOrDefault() == TimingNews && b.Timing == TimingBackground && firstStart(a) < firstStart(b)
}

// firstStart is the offset of an event's first sentence in its article.
func firstStart(e *Event) int {
	first := -1
	for _, s := range e.Sources {
		if first < 0 || s.Start < first {
			first = s.Start
		}
	}
	return first
}

func subTypesAgree(a, b string) bool { return a == "" || b == "" || a == b }

// sameDayAndPlace reports whether two reports place an event at one place on one day, or one
// of them on no day of its own: "On 13 September forces attacked … Jermuk with artillery and
// drones" and "In Jermuk, a drone strike set fire to a building" tell one attack in two words.
func sameDayAndPlace(a, b *Event) bool {
	if a.PlaceID != b.PlaceID {
		return false
	}
	if a.DateStart == "" || b.DateStart == "" {
		return true
	}
	return sameDay(a, b)
}

// datesNear reports whether two events' date ranges overlap or lie within 31 days of each other.
func datesNear(a, b *Event) bool {
	return a.DateStart <= addDays(b.DateEnd, 31) && b.DateStart <= addDays(a.DateEnd, 31)
}

// mergeInto folds one report of an event into another from the same article: MergeEvent, and
// the date range then spans every report ("November 30" and "December 17"), and each further
// source adds to the confidence.
func mergeInto(dst, src *Event) {
	start, end := dst.DateStart, dst.DateEnd
	MergeEvent(dst, src)
	for _, d := range []string{start, src.DateStart} {
		if d != "" && (dst.DateStart == "" || d < dst.DateStart) {
			dst.DateStart = d
		}
	}
	for _, d := range []string{end, src.DateEnd} {
		if d > dst.DateEnd {
			dst.DateEnd = d
		}
	}
	if len(dst.Sources) > 1 {
		dst.Confidence = min(0.95, dst.Confidence+0.05)
	}
}

// eventID is stable: the article, the type, the place and the first sentence that reports it.
func eventID(articleID string, e *Event) string {
	start := 0
	if len(e.Sources) > 0 {
		start = e.Sources[0].Start
	}
	sum := sha256.Sum256([]byte(fmt.Sprintf("%s|%s|%s|%d", articleID, e.EventType, e.PlaceID, start)))
	return e.EventType + "-" + hex.EncodeToString(sum[:6])
}

var typeWords = map[string]string{
	TypeDeployment: "deployment", TypeClash: "clashes", TypeIncident: "explosion", TypeExercise: "military exercises",
	TypeAgreement: "agreement", TypeParade: "military parade", TypeMeeting: "meeting",
}

// eventTitle is a one-line summary: "Russia: deployment of 1,960 troops — Nagorno-Karabakh".
func eventTitle(e *Event) string {
	what := typeWords[e.EventType]
	switch {
	case e.EventType == TypeDeployment && e.SubType == "peacekeeping":
		what = "peacekeeping deployment"
	case e.EventType == TypeDeployment && e.SubType == "demining":
		what = "de-mining deployment"
	case e.EventType == TypeDeployment && e.SubType == "base":
		what = "military base"
	case e.EventType == TypeDeployment && e.SubType == "air":
		what = "air force deployment"
	case e.EventType == TypeIncident && e.SubType == "landmine":
		what = "landmine explosion"
	}
	var b strings.Builder
	if len(e.Actors) > 0 {
		b.WriteString(strings.Join(e.Actors[:min(len(e.Actors), 3)], ", "))
		b.WriteString(": ")
	}
	b.WriteString(what)
	if e.Troops > 0 {
		fmt.Fprintf(&b, " of %s troops", thousands(e.Troops))
	}
	if e.Fatalities > 0 || e.Injured > 0 {
		var parts []string
		if e.Fatalities > 0 {
			parts = append(parts, thousands(e.Fatalities)+" killed")
		}
		if e.Injured > 0 {
			parts = append(parts, thousands(e.Injured)+" injured")
		}
		fmt.Fprintf(&b, " (%s)", strings.Join(parts, ", "))
	}
	if e.Modality == "expected" {
		b.WriteString(" (expected)")
	} else if e.Modality == "speculative" {
		b.WriteString(" (rumoured)")
	}
	b.WriteString(" — ")
	b.WriteString(e.Place)
	return b.String()
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func addDays(date string, n int) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}
