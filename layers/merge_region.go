package layers

import (
	"github.com/paulmach/orb"

	"conflictmap/geo"
)

// Within one article, a region's report that gives no date of its own sums up the precise
// report inside that region: "Peacekeepers came under fire in Nagorno-Karabakh", then "On
// September 20, their car was fired upon near the village of X in the Y district" is one
// attack, placed at X. A region's report with a date of its own is an event of its own, over the
// whole front ("Heavy fighting broke out on Saturday around Nagorno-Karabakh"), and the towns
// hit that day are events of their own beside it. A deployment is a state that lasts: troops in
// a region and the same troops in a zone of it ("the Lachin corridor") are one deployment,
// whichever is dated; a town inside stays a post of its own on the map.

// regionBound returns the extent of the curated region an event is placed at; ok is false for
// any other place, or when the gazetteer is not known.
func regionBound(g *geo.Gazetteer, e *Event) (orb.Bound, bool) {
	if g == nil || e.Level != string(geo.LevelRegion) || e.PlaceID == "" {
		return orb.Bound{}, false
	}
	r, ok := g.ByID(e.PlaceID)
	if !ok {
		return orb.Bound{}, false
	}
	b := g.Place(r).Bound
	if b.IsZero() {
		return orb.Bound{}, false
	}
	return b, true
}

// summedUpBy reports whether outer, a report at a region, and inner, one at a smaller place
// inside the region's extent, are one event of the article (see above). The other conditions
// of SameEventInArticle (type, sub-type, actors, dates, modality) hold as for one place.
func summedUpBy(g *geo.Gazetteer, outer, inner *Event) bool {
	if outer.PlaceID == inner.PlaceID {
		return false
	}
	b, ok := regionBound(g, outer)
	if !ok || !validPoint(inner.Lon, inner.Lat) || !b.Contains(orb.Point{inner.Lon, inner.Lat}) {
		return false
	}
	if ib, ok := regionBound(g, inner); ok {
		zone := ib.Max[0]-ib.Min[0] < b.Max[0]-b.Min[0] && ib.Max[1]-ib.Min[1] < b.Max[1]-b.Min[1] // a smaller region inside
		return zone && (outer.DateStart == "" || outer.EventType == TypeDeployment)
	}
	// a division, town or village, not a country
	return outer.DateStart == "" && geo.Level(inner.Level).Rank() > geo.LevelCountry.Rank()
}

// sameInArticle is SameEventInArticle, where a place may also be the region that sums up the
// other (summedUpBy).
func sameInArticle(g *geo.Gazetteer, a, b *Event) bool {
	if SameEventInArticle(a, b) {
		return true
	}
	if !summedUpBy(g, a, b) && !summedUpBy(g, b, a) {
		return false
	}
	return sameAtPlaceOf(a, b)
}

// sameAtPlaceOf is SameEventInArticle with inner told at outer's place.
func sameAtPlaceOf(outer, inner *Event) bool {
	x, y := *outer, *inner
	y.PlaceID, y.Country, y.Level, y.Admin1, y.Place = x.PlaceID, x.Country, x.Level, x.Admin1, x.Place
	return SameEventInArticle(&x, &y)
}

// regionInSentence reports whether a and b, two reports of one sentence, are one event told at a
// region and at a place inside it: "clashed west of the Lachin corridor and took heights in
// Lachin district": a district inside the region. Within one sentence the region's own date does
// not make it another event; a town hit inside the region still does.
func regionInSentence(g *geo.Gazetteer, a, b *Event) bool {
	outer, inner := a, b
	if _, ok := regionBound(g, b); ok {
		if _, ok := regionBound(g, a); !ok {
			outer, inner = b, a
		}
	}
	bd, ok := regionBound(g, outer)
	if !ok || outer.PlaceID == inner.PlaceID || !validPoint(inner.Lon, inner.Lat) || !bd.Contains(orb.Point{inner.Lon, inner.Lat}) {
		return false
	}
	if l := geo.Level(inner.Level); l != geo.LevelAdmin1 && l != geo.LevelDistrict {
		return false // a town hit inside a region is an event of its own beside the front's
	}
	return sameAtPlaceOf(outer, inner)
}

// sameDay reports whether two reports are dated to one and the same day. Within an article, a
// region's report and a district's inside it on that day are one event, as within one sentence
// ("… took heights near the Lachin corridor", "one conscript was killed in Lachin district the
// same day"): regionInSentence's rule holds across the article's sentences then.
func sameDay(a, b *Event) bool {
	return a.DatePrecision == "day" && b.DatePrecision == "day" && a.DateStart != "" && a.DateStart == b.DateStart && a.DateEnd == b.DateEnd
}

// anaphorRegion reports whether a and b, two reports of one sentence, are one event told at a
// town and at the region an anaphor names around it: "Explosions shook Stepanakert … as
// Azerbaijani forces shelled the enclave". A region the sentence names itself is another
// matter (regionInSentence): a town hit inside it is an event of its own.
func anaphorRegion(g *geo.Gazetteer, a, b *event) bool {
	outer, inner := a, b
	if !outer.byAnaphor {
		outer, inner = b, a
	}
	if !outer.byAnaphor || inner.anaphoric {
		return false
	}
	bd, ok := regionBound(g, &outer.Event)
	if !ok || outer.PlaceID == inner.PlaceID || !validPoint(inner.Lon, inner.Lat) || !bd.Contains(orb.Point{inner.Lon, inner.Lat}) {
		return false
	}
	return sameAtPlaceOf(&outer.Event, &inner.Event)
}

// keepInner folds e into *p, two reports anaphorRegion joined, at the town's place rather than
// the region's.
func keepInner(p *event, e event) {
	if p.byAnaphor {
		*p, e = e, *p
	}
	mergeInto(&p.Event, &e.Event)
}
