package layers

import (
	"math"
	"sort"
	"strconv"
	"unicode/utf8"
)

// The `extract --json` line written by hand, byte for byte what encoding/json writes for
// Result.JSON(): the article and mentions as a json.Encoder with SetEscapeHTML(false) writes
// them, each event as its geojson.Feature marshals itself (map keys sorted, <, > and & escaped).
// Reflection over a map[string]any per event was a fifth of `extract --json`'s time. The tests
// compare every byte with the encoding/json path, so a property added to Event.Feature and
// not here fails them.

// eventProp writes one property of an event feature; omit, when set, leaves it out.
type eventProp struct {
	key   string
	write func(b []byte, e *Event) []byte
	omit  func(e *Event) bool
}

// eventProps are Event.Feature's properties, sorted by key as encoding/json sorts a map.
var eventProps = sortedProps([]eventProp{
	{key: "id", write: func(b []byte, e *Event) []byte { return appendJSONString(b, e.ID, true) }},
	{key: "event_type", write: func(b []byte, e *Event) []byte { return appendJSONString(b, e.EventType, true) }},
	{key: "sub_type", write: func(b []byte, e *Event) []byte { return appendJSONString(b, e.SubType, true) }},
	{key: "title", write: func(b []byte, e *Event) []byte { return appendJSONString(b, e.Title, true) }},
	{key: "place", write: func(b []byte, e *Event) []byte { return appendJSONString(b, e.Place, true) }},
	{key: "place_id", write: func(b []byte, e *Event) []byte { return appendJSONString(b, e.PlaceID, true) }},
	{key: "country", write: func(b []byte, e *Event) []byte { return appendJSONString(b, e.Country, true) }},
	{key: "admin1", write: func(b []byte, e *Event) []byte { return appendJSONString(b, e.Admin1, true) }},
	{key: "level", write: func(b []byte, e *Event) []byte { return appendJSONString(b, e.Level, true) }},
	{key: "geo_precision", write: func(b []byte, e *Event) []byte { return strconv.AppendInt(b, int64(e.GeoPrecision), 10) }},
	{key: "date", write: func(b []byte, e *Event) []byte { return appendJSONString(b, e.Date, true) }},
	{key: "date_precision", write: func(b []byte, e *Event) []byte {
		return appendJSONString(b, orDefault(e.DatePrecision, "unknown"), true)
	}},
	{key: "date_start", write: func(b []byte, e *Event) []byte { return appendJSONString(b, e.DateStart, true) }},
	{key: "date_end", write: func(b []byte, e *Event) []byte { return appendJSONString(b, e.DateEnd, true) }},
	{key: "date_source", write: func(b []byte, e *Event) []byte { return appendJSONString(b, e.DateSourceOrDefault(), true) }},
	{key: "timing", write: func(b []byte, e *Event) []byte { return appendJSONString(b, e.TimingOrDefault(), true) }},
	{key: "actors", write: func(b []byte, e *Event) []byte { return appendJSONStrings(b, e.Actors) }},
	{key: "troops", write: func(b []byte, e *Event) []byte { return strconv.AppendInt(b, int64(e.Troops), 10) },
		omit: func(e *Event) bool { return !e.TroopsKnown() }},
	{key: "fatalities", write: func(b []byte, e *Event) []byte { return strconv.AppendInt(b, int64(e.Fatalities), 10) },
		omit: func(e *Event) bool { return !e.FatalitiesKnown() }},
	{key: "injured", write: func(b []byte, e *Event) []byte { return strconv.AppendInt(b, int64(e.Injured), 10) },
		omit: func(e *Event) bool { return !e.InjuredKnown() }},
	{key: "troops_min", write: func(b []byte, e *Event) []byte { return strconv.AppendInt(b, int64(e.TroopsMin), 10) },
		omit: func(e *Event) bool { return !e.RangeKnown(0) }},
	{key: "troops_max", write: func(b []byte, e *Event) []byte { return strconv.AppendInt(b, int64(e.TroopsMax), 10) },
		omit: func(e *Event) bool { return !e.RangeKnown(0) }},
	{key: "fatalities_min", write: func(b []byte, e *Event) []byte { return strconv.AppendInt(b, int64(e.FatalitiesMin), 10) },
		omit: func(e *Event) bool { return !e.RangeKnown(1) }},
	{key: "fatalities_max", write: func(b []byte, e *Event) []byte { return strconv.AppendInt(b, int64(e.FatalitiesMax), 10) },
		omit: func(e *Event) bool { return !e.RangeKnown(1) }},
	{key: "injured_min", write: func(b []byte, e *Event) []byte { return strconv.AppendInt(b, int64(e.InjuredMin), 10) },
		omit: func(e *Event) bool { return !e.RangeKnown(2) }},
	{key: "injured_max", write: func(b []byte, e *Event) []byte { return strconv.AppendInt(b, int64(e.InjuredMax), 10) },
		omit: func(e *Event) bool { return !e.RangeKnown(2) }},
	{key: "counts_hedge", write: func(b []byte, e *Event) []byte { return appendJSONString(b, e.CountsHedge, true) },
		omit: func(e *Event) bool { return e.CountsHedge == "" }},
	{key: "modality", write: func(b []byte, e *Event) []byte { return appendJSONString(b, orDefault(e.Modality, "reported"), true) }},
	{key: "confidence", write: func(b []byte, e *Event) []byte { return appendJSONFloat(b, e.Confidence) }},
	{key: "sources", write: appendSources},
	{key: "source_count", write: func(b []byte, e *Event) []byte { return strconv.AppendInt(b, int64(len(e.Sources)), 10) }},
})

func sortedProps(ps []eventProp) []eventProp {
	sort.Slice(ps, func(i, j int) bool { return ps[i].key < ps[j].key })
	return ps
}

// appendEventFeature appends the event as its Feature() marshals: {"id","type","geometry",
// "properties"}. Its floats must be finite (finiteFloats).
func appendEventFeature(b []byte, e *Event) []byte {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, e.ID, true)
	b = append(b, `,"type":"Feature","geometry":{"type":"Point","coordinates":[`...)
	b = appendJSONFloat(b, e.Lon)
	b = append(b, ',')
	b = appendJSONFloat(b, e.Lat)
	b = append(b, `]},"properties":{`...)
	first := true
	for i := range eventProps {
		p := &eventProps[i]
		if p.omit != nil && p.omit(e) {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(b, '"')
		b = append(b, p.key...)
		b = append(b, `":`...)
		b = p.write(b, e)
	}
	return append(b, "}}"...)
}

func appendSources(b []byte, e *Event) []byte {
	b = append(b, '[')
	for i := range e.Sources {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendSource(b, &e.Sources[i])
	}
	return append(b, ']')
}

// appendSource appends a source as its MarshalJSON writes it (HTML escaped).
func appendSource(b []byte, s *Source) []byte {
	b = append(b, `{"article_id":`...)
	b = appendJSONString(b, s.ArticleID, true)
	b = append(b, `,"title":`...)
	b = appendJSONString(b, s.Title, true)
	b = append(b, `,"publication":`...)
	b = appendJSONString(b, s.Publication, true)
	b = append(b, `,"published":`...)
	b = appendJSONString(b, s.Published, true)
	b = append(b, `,"url":`...)
	b = appendJSONString(b, s.URL, true)
	b = append(b, `,"quote":`...)
	b = appendJSONString(b, s.Quote, true)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	b = append(b, `,"place_start":`...)
	b = strconv.AppendInt(b, int64(s.PlaceStart), 10)
	b = append(b, `,"place_end":`...)
	b = strconv.AppendInt(b, int64(s.PlaceEnd), 10)
	b = appendSourceFigure(b, `,"troops":`, s.Troops, s.Stated&StatedTroops != 0)
	b = appendSourceFigure(b, `,"fatalities":`, s.Fatalities, s.Stated&StatedFatalities != 0)
	b = appendSourceFigure(b, `,"injured":`, s.Injured, s.Stated&StatedInjured != 0)
	return append(b, '}')
}

// appendSourceFigure appends a source's own count, left out when the sentence does not state
// it (a stated 0 is written).
func appendSourceFigure(b []byte, key string, n int, stated bool) []byte {
	if n == 0 && !stated {
		return b
	}
	b = append(b, key...)
	return strconv.AppendInt(b, int64(n), 10)
}

// appendArticleAndMentions appends `{"article":…,"mentions":[…]` as the members of
// Result.JSON() marshal without HTML escaping.
func appendArticleAndMentions(b []byte, r *Result) []byte {
	a := &r.Article
	b = append(b, `{"article":{"id":`...)
	b = appendJSONString(b, a.ID, false)
	b = append(b, `,"title":`...)
	b = appendJSONString(b, a.Title, false)
	b = append(b, `,"publication":`...)
	b = appendJSONString(b, a.Publication, false)
	b = append(b, `,"published":`...)
	b = appendJSONString(b, a.Published, false)
	b = append(b, `,"url":`...)
	b = appendJSONString(b, a.URL, false)
	b = append(b, `},"mentions":[`...)
	for i := range r.Mentions {
		m := &r.Mentions[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"text":`...)
		b = appendJSONString(b, m.Text, false)
		b = append(b, `,"start":`...)
		b = strconv.AppendInt(b, int64(m.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(m.End), 10)
		b = append(b, `,"role":`...)
		b = appendJSONString(b, m.Role, false)
		b = append(b, `,"place":`...)
		if p := m.Place; p == nil {
			b = append(b, "null"...)
		} else {
			b = append(b, `{"name":`...)
			b = appendJSONString(b, p.Name, false)
			b = append(b, `,"place_id":`...)
			b = appendJSONString(b, p.ID, false)
			b = append(b, `,"country":`...)
			b = appendJSONString(b, p.Country, false)
			b = append(b, `,"level":`...)
			b = appendJSONString(b, string(p.Level), false)
			b = append(b, `,"lat":`...)
			b = appendJSONFloat(b, p.Lat)
			b = append(b, `,"lon":`...)
			b = appendJSONFloat(b, p.Lon)
			b = append(b, '}')
		}
		b = append(b, '}')
	}
	return append(b, ']')
}

// finiteFloats reports whether every float the line holds is finite: encoding/json refuses
// NaN and ±Inf, and the line is then left to it for its error.
func finiteFloats(r *Result) bool {
	finite := func(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }
	for _, m := range r.Mentions {
		if m.Place != nil && (!finite(m.Place.Lat) || !finite(m.Place.Lon)) {
			return false
		}
	}
	for i := range r.Events {
		e := &r.Events[i]
		if !finite(e.Lat) || !finite(e.Lon) || !finite(e.Confidence) {
			return false
		}
	}
	return true
}

func appendJSONStrings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s, true)
	}
	return append(b, ']')
}

// appendJSONFloat appends a finite float as encoding/json does: like strconv 'f', but 'e' with
// an unpadded exponent below 1e-6 and from 1e21.
func appendJSONFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 → e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s quoted as encoding/json quotes it: control characters, quote and
// backslash escaped, invalid UTF-8 as \ufffd, U+2028 and U+2029 escaped, and with escapeHTML
// also <, > and &.
func appendJSONString(b []byte, s string, escapeHTML bool) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && (!escapeHTML || c != '<' && c != '>' && c != '&') {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// AppendJSONString appends s quoted exactly as encoding/json's Marshal quotes a string (HTML
// characters escaped), for callers that write JSON by hand on a hot path.
func AppendJSONString(b []byte, s string) []byte { return appendJSONString(b, s, true) }
