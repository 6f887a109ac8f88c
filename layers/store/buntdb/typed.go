package buntdb

import (
	"strings"
	"unsafe"

	"github.com/paulmach/orb"
	"github.com/tidwall/gjson"
)

// typed holds, in an event's index entry, the values of its feature that filters and sort keys
// read most, so that a query on them never decodes the feature: numbers as numbers (-1 for a
// count nobody stated), strings as spans of the stored record (no copy).
type typed struct {
	confidence                  float64
	troops, fatalities, injured int32
	sourceCount                 int32
	geoPrec                     int16
	ok                          bool // false: the feature could not be read so; decode it
	eventType, subType, country, admin1, place, placeID, level, modality,
	datePrec, date, dateStart, dateEnd, actors span
}

// span is val[o:o+n] of the entry's record.
type span struct{ o, n uint32 }

func (s span) of(val string) string { return val[s.o : s.o+s.n] }

// typedProps are the properties an entry answers without decoding its feature.
var typedProps = map[string]bool{
	"id": true, "geometry": true, "event_type": true, "sub_type": true, "country": true, "admin1": true,
	"place": true, "place_id": true, "level": true, "modality": true, "date_precision": true, "date": true,
	"date_start": true, "date_end": true, "actors": true, "actor": true, "troops": true, "fatalities": true,
	"injured": true, "confidence": true, "source_count": true, "geo_precision": true,
}

// readTyped reads an entry's typed values from its encoded feature.
func readTyped(e *evEntry) {
	e.typed = typed{}
	f := e.feature()
	if f == "" {
		return
	}
	base := uintptr(unsafe.Pointer(unsafe.StringData(e.val)))
	spanOf := func(raw string, str bool) (span, bool) {
		if len(raw) == 0 {
			return span{}, false
		}
		o := int(uintptr(unsafe.Pointer(unsafe.StringData(raw))) - base)
		if o < 0 || o+len(raw) > len(e.val) || e.val[o:o+len(raw)] != raw {
			return span{}, false
		}
		if str {
			if raw[0] != '"' || strings.IndexByte(raw, '\\') >= 0 {
				return span{}, false
			}
			return span{uint32(o + 1), uint32(len(raw) - 2)}, true
		}
		return span{uint32(o), uint32(len(raw))}, true
	}
	t := &e.typed
	ok := true
	str := func(dst *span, v gjson.Result) {
		if v.Type == gjson.Null {
			*dst = span{}
			return
		}
		var good bool
		if *dst, good = spanOf(v.Raw, true); !good {
			ok = false
		}
	}
	count := func(v gjson.Result) int32 {
		if v.Type != gjson.Number {
			return -1
		}
		return int32(v.Int())
	}
	props := gjson.Get(f, "properties")
	if !props.IsObject() {
		return
	}
	props.ForEach(func(k, v gjson.Result) bool {
		switch k.Str {
		case "event_type":
			str(&t.eventType, v)
		case "sub_type":
			str(&t.subType, v)
		case "place":
			str(&t.place, v)
		case "place_id":
			str(&t.placeID, v)
		case "country":
			str(&t.country, v)
		case "admin1":
			str(&t.admin1, v)
		case "level":
			str(&t.level, v)
		case "geo_precision":
			t.geoPrec = int16(v.Int())
		case "date":
			str(&t.date, v)
		case "date_precision":
			str(&t.datePrec, v)
		case "date_start":
			str(&t.dateStart, v)
		case "date_end":
			str(&t.dateEnd, v)
		case "actors":
			if t.actors, ok = spanOf(v.Raw, false); !ok || !v.IsArray() {
				ok = false
			}
		case "troops":
			t.troops = count(v)
		case "fatalities":
			t.fatalities = count(v)
		case "injured":
			t.injured = count(v)
		case "modality":
			str(&t.modality, v)
		case "confidence":
			t.confidence = v.Float()
			return false // sources (most of the bytes) follow: source_count is read from the end
		}
		return ok
	})
	i := strings.LastIndex(f, `"source_count":`)
	if i < 0 || !ok {
		return
	}
	n := 0
	for j := i + len(`"source_count":`); j < len(f) && f[j] >= '0' && f[j] <= '9'; j++ {
		n = n*10 + int(f[j]-'0')
	}
	t.sourceCount = int32(n)
	t.ok = true
}

// entryRow is an index entry as a CQL2 filter sees it (what layers.Row gives for a decoded
// event), for the properties of typedProps.
type entryRow struct{ e *evEntry }

func (r entryRow) Value(name string) (any, bool) {
	e, t := r.e, &r.e.typed
	str := func(s span) (any, bool) { return s.of(e.val), true }
	cnt := func(n int32) (any, bool) {
		if n < 0 {
			return nil, false
		}
		return int(n), true
	}
	switch name {
	case "geometry":
		return orb.Point{e.x, e.y}, true
	case "id":
		return e.id, true
	case "event_type":
		if e.slot != otherSlot { // the type from the entry: the record is not read
			return slotType[e.slot], true
		}
		return str(t.eventType)
	case "sub_type":
		return str(t.subType)
	case "country":
		return str(t.country)
	case "admin1":
		return str(t.admin1)
	case "place":
		return str(t.place)
	case "place_id":
		return str(t.placeID)
	case "level":
		return str(t.level)
	case "modality":
		return str(t.modality)
	case "date_precision":
		return str(t.datePrec)
	case "date":
		return str(t.date)
	case "date_start":
		return str(t.dateStart)
	case "date_end":
		return str(t.dateEnd)
	case "actors", "actor":
		out := []string{}
		gjson.Parse(t.actors.of(e.val)).ForEach(func(_, v gjson.Result) bool {
			out = append(out, v.String())
			return true
		})
		return out, true
	case "troops":
		return cnt(t.troops)
	case "fatalities":
		return cnt(t.fatalities)
	case "injured":
		return cnt(t.injured)
	case "confidence":
		return t.confidence, true
	case "source_count":
		return int(t.sourceCount), true
	case "geo_precision":
		return int(t.geoPrec), true
	}
	return nil, false
}

// sortValue is a property of the entry as Hit.Value has it (a count nobody stated is nil).
func (r entryRow) sortValue(name string) any {
	v, _ := r.Value(name)
	return v
}

// allTyped reports whether every property of names is in typedProps.
func allTyped(names ...string) bool {
	for _, n := range names {
		if !typedProps[n] {
			return false
		}
	}
	return true
}
