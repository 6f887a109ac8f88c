package web

import (
	"time"

	"github.com/paulmach/orb"

	"conflictmap/layers"
)

// bboxPad is how far (in degrees, about 11 m of latitude) a collection's spatial extent is
// widened on an axis where it has no size: a layer of one point, or of points on one meridian,
// would otherwise advertise a zero-area bbox, which QGIS shows as an "Empty" extent.
const bboxPad = 1e-4

// extentDoc is a collection's "extent" member (OGC API – Features, /req/core/rc-md-extent):
// its padded bbox and, when it has dates, its temporal interval as RFC 3339 instants.
func extentDoc(ext layers.Extent) map[string]any {
	e := map[string]any{"spatial": map[string]any{"bbox": [][]float64{paddedBbox(ext.Bound)}, "crs": crs84}}
	start, okS := rfc3339Bound(ext.Start, false)
	end, okE := rfc3339Bound(ext.End, true)
	if okS || okE {
		iv := []any{nil, nil}
		if okS {
			iv[0] = start
		}
		if okE {
			iv[1] = end
		}
		e["temporal"] = map[string]any{"interval": [][]any{iv}, "trs": "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"}
	}
	return e
}

// paddedBbox is b as minlon, minlat, maxlon, maxlat, widened by bboxPad on each side of an axis
// where it has no size, within the world's bounds.
func paddedBbox(b orb.Bound) []float64 {
	minX, minY, maxX, maxY := b.Min[0], b.Min[1], b.Max[0], b.Max[1]
	if maxX-minX <= 0 {
		minX, maxX = max(minX-bboxPad, -180), min(maxX+bboxPad, 180)
	}
	if maxY-minY <= 0 {
		minY, maxY = max(minY-bboxPad, -90), min(maxY+bboxPad, 90)
	}
	return []float64{minX, minY, maxX, maxY}
}

// dateLayouts are the forms a stored date takes: as precise as its text (an article's
// publication date may be only a month or a year), or a full instant.
var dateLayouts = []struct {
	layout string
	span   func(time.Time) time.Time // the first instant after the period that starts at t
}{
	{time.DateOnly, func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }},
	{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }},
	{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }},
}

// rfc3339Bound turns a date of any precision into an RFC 3339 instant in UTC: the first second
// of the period it names, or with end its last ("2020-12" → 2020-12-01T00:00:00Z, or
// 2020-12-31T23:59:59Z). ok is false for "" or a date it cannot read.
func rfc3339Bound(d string, end bool) (string, bool) {
	if t, err := time.Parse(time.RFC3339, d); err == nil {
		return t.UTC().Format(time.RFC3339), true
	}
	for _, l := range dateLayouts {
		t, err := time.Parse(l.layout, d)
		if err != nil {
			continue
		}
		if end {
			t = l.span(t).Add(-time.Second)
		}
		return t.Format(time.RFC3339), true
	}
	return "", false
}
