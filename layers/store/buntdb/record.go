package buntdb

import (
	"conflictmap/layers"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	bdb "github.com/tidwall/buntdb"
	"github.com/tidwall/gjson"
)

// ---- stored forms -------------------------------------------------------------------------

// storedArticle is an article's record: metadata first (read with gjson for sources), then
// the per-place location counts, the events it contributes to and its mentions.
type storedArticle struct {
	Title       string         `json:"title"`
	Publication string         `json:"publication,omitempty"`
	Published   string         `json:"published,omitempty"`
	URL         string         `json:"url,omitempty"`
	ID          string         `json:"id"`
	BodyStart   int            `json:"bs,omitempty"`
	BodyEnd     int            `json:"be,omitempty"`
	Places      map[string]int `json:"pl,omitempty"` // place_id → location mentions
	Events      []string       `json:"ev,omitempty"`
	Mentions    []cMention     `json:"m,omitempty"`
}

type cMention struct {
	Text  string  `json:"t"`
	Start int     `json:"s"`
	End   int     `json:"e"`
	Role  string  `json:"r"`
	Near  bool    `json:"n,omitempty"`
	Place *cPlace `json:"p,omitempty"`
}

type cPlace struct {
	ID      string  `json:"i"`
	Name    string  `json:"n"`
	Country string  `json:"c,omitempty"`
	Admin1  string  `json:"a,omitempty"`
	Level   string  `json:"l,omitempty"`
	Lat     float64 `json:"y"`
	Lon     float64 `json:"x"`
}

// storedPlace is a place of the places layer; x and y first for the R-tree.
type storedPlace struct {
	X        float64 `json:"x"`
	Y        float64 `json:"y"`
	Name     string  `json:"n"`
	Country  string  `json:"c,omitempty"`
	Level    string  `json:"l,omitempty"`
	Mentions int     `json:"m"`
	Articles int     `json:"a"`
	First    string  `json:"f,omitempty"`
	Last     string  `json:"g,omitempty"`
}

// header is the fixed prefix of a stored event:
//
//	{"t":…,"s":…,"e":…,"x":…,"y":…,"n":len(feature),"f":feature,"p":[parts]}
//
// Event types are validated to be plain lower-case words and dates plain YYYY-MM-DD, so the
// header can be read without a JSON decoder (the index reads a million of them at start-up),
// and the feature (the event's GeoJSON, what the API serves) sliced out of the record by its
// length. Records written before features were stored have no "n" and "f" (and are upgraded
// at open).
type header struct {
	t, s, e string
	x, y    float64
}

func encodeEvent(h header, feature []byte, parts []cEvent) (string, error) {
	pj, err := json.Marshal(parts)
	if err != nil {
		return "", err
	}
	b := make([]byte, 0, len(pj)+len(feature)+100)
	b = append(b, `{"t":"`...)
	b = append(b, h.t...)
	b = append(b, `","s":"`...)
	b = append(b, h.s...)
	b = append(b, `","e":"`...)
	b = append(b, h.e...)
	b = append(b, `","x":`...)
	b = strconv.AppendFloat(b, h.x, 'f', -1, 64)
	b = append(b, `,"y":`...)
	b = strconv.AppendFloat(b, h.y, 'f', -1, 64)
	b = append(b, `,"n":`...)
	b = strconv.AppendInt(b, int64(len(feature)), 10)
	b = append(b, `,"f":`...)
	b = append(b, feature...)
	b = append(b, `,"p":`...)
	b = append(b, pj...)
	b = append(b, '}')
	return string(b), nil
}

// splitEvent reads a stored event: its header, the position of its feature (fn 0 when it has
// none) and its parts' JSON; ok is false if v is not a stored event.
func splitEvent(v string) (h header, fo, fn int, parts string, ok bool) {
	var rest string
	if rest, ok = strings.CutPrefix(v, `{"t":"`); !ok {
		return
	}
	if h.t, rest, ok = strings.Cut(rest, `","s":"`); !ok {
		return
	}
	if h.s, rest, ok = strings.Cut(rest, `","e":"`); !ok {
		return
	}
	if h.e, rest, ok = strings.Cut(rest, `","x":`); !ok {
		return
	}
	var xs string
	if xs, rest, ok = strings.Cut(rest, `,"y":`); !ok {
		return
	}
	i := strings.IndexByte(rest, ',')
	if ok = i > 0; !ok {
		return
	}
	ys := rest[:i]
	rest = rest[i:]
	var err1, err2 error
	if h.x, err1 = strconv.ParseFloat(xs, 64); err1 != nil {
		return h, 0, 0, "", false
	}
	if h.y, err2 = strconv.ParseFloat(ys, 64); err2 != nil {
		return h, 0, 0, "", false
	}
	if r, has := strings.CutPrefix(rest, `,"n":`); has {
		f, after, ok := cutFeature(r)
		if !ok {
			return h, 0, 0, "", false
		}
		fo, fn, rest = len(v)-len(after)-len(f), len(f), after
	}
	if !strings.HasPrefix(rest, `,"p":`) || !strings.HasSuffix(rest, "}") {
		return h, 0, 0, "", false
	}
	return h, fo, fn, rest[5 : len(rest)-1], true
}

// eventFeature is a stored event's type and feature text, read as splitEvent reads them but
// without parsing the point or touching the bytes after the feature (items/{id} reads nothing
// else of the record); ok is false if v is not a stored event with a feature.
func eventFeature(v string) (t, feature string, ok bool) {
	rest, ok := strings.CutPrefix(v, `{"t":"`)
	if !ok {
		return "", "", false
	}
	if t, rest, ok = strings.Cut(rest, `","s":"`); !ok {
		return "", "", false
	}
	if _, rest, ok = strings.Cut(rest, `,"n":`); !ok {
		return "", "", false
	}
	feature, _, ok = cutFeature(rest)
	return t, feature, ok
}

// cutFeature reads a record's feature from r, the text after its `,"n":`: the length, then
// `,"f":` and that many bytes; rest is what follows them.
func cutFeature(r string) (feature, rest string, ok bool) {
	j := strings.IndexByte(r, ',')
	if j <= 0 {
		return "", "", false
	}
	n, err := strconv.Atoi(r[:j])
	r = r[j:]
	if err != nil || n <= 0 || !strings.HasPrefix(r, `,"f":`) || len(r) < 5+n {
		return "", "", false
	}
	return r[5 : 5+n], r[5+n:], true
}

// parseHeader reads the header of a stored event; ok is false if v is not one.
func parseHeader(v string) (h header, ok bool) {
	h, _, _, _, ok = splitEvent(v)
	return h, ok
}

// eventParts returns the parts of a stored event.
func eventParts(v string) ([]cEvent, error) {
	_, _, _, pj, ok := splitEvent(v)
	if !ok {
		return nil, fmt.Errorf("layers: corrupt event record")
	}
	var parts []cEvent
	if err := json.Unmarshal([]byte(pj), &parts); err != nil {
		return nil, fmt.Errorf("layers: corrupt event record: %w", err)
	}
	return parts, nil
}

// entryOf is the index entry of a stored event.
func entryOf(id, v string) (evEntry, bool) {
	h, fo, fn, _, ok := splitEvent(v)
	if !ok || !layers.ValidPoint(h.x, h.y) {
		return evEntry{}, false
	}
	e := evEntry{x: h.x, y: h.y, id: id, val: v, s: dateNum(h.s), e: dateNum(h.e),
		fo: uint32(fo), fn: uint32(fn), slot: slotOf(h.t)}
	readTyped(&e)
	if at := layers.LeanCut(e.feature()); at > 0 {
		e.ln = uint32(at)
	}
	return e, true
}

func placeRect(v string) (min, max []float64) {
	if strings.HasPrefix(v, "[") {
		return bdb.IndexRect(v)
	}
	r := gjson.GetMany(v, "x", "y")
	return []float64{r[0].Float(), r[1].Float()}, []float64{r[0].Float(), r[1].Float()}
}

func rectString(b orb.Bound) string {
	return bdb.Rect([]float64{b.Min[0], b.Min[1]}, []float64{b.Max[0], b.Max[1]})
}

// ---- conversions --------------------------------------------------------------------------

// articleMeta is what a source shows of its article.
type articleMeta struct {
	title, publication, published, url string
	text                               string
}

// metaCache reads articles' metadata within one read transaction.
type metaCache struct {
	tx *bdb.Tx
	m  map[string]*articleMeta
}

// put sets an article's metadata (one being written, not yet readable from the transaction).
func (mc *metaCache) put(id string, m *articleMeta) {
	if mc.m == nil {
		mc.m = map[string]*articleMeta{}
	}
	mc.m[id] = m
}

func (mc *metaCache) get(id string) *articleMeta {
	if m, ok := mc.m[id]; ok {
		return m
	}
	m := &articleMeta{}
	if mc.tx != nil {
		if v, err := mc.tx.Get(keyArticle + id); err == nil {
			r := gjson.GetMany(v, "title", "publication", "published", "url")
			m.title, m.publication, m.published, m.url = r[0].String(), r[1].String(), r[2].String(), r[3].String()
		}
		if v, err := mc.tx.Get(keyText + id); err == nil {
			m.text = v
		}
	}
	if mc.m == nil {
		mc.m = map[string]*articleMeta{}
	}
	mc.m[id] = m
	return m
}

func decodeEvent(key, v string, mc *metaCache) (*layers.Event, error) {
	h, ok := parseHeader(v)
	if !ok {
		return nil, fmt.Errorf("layers: corrupt event record %s", key)
	}
	parts, err := eventParts(v)
	if err != nil {
		return nil, err
	}
	return fold(strings.TrimPrefix(key, keyEvent), h.t, parts, mc), nil
}

func headerOf(e *layers.Event) header {
	s, en, _ := layers.DateRange(e)
	return header{t: e.EventType, s: s, e: en, x: e.Lon, y: e.Lat}
}

func decodePlace(key, v string) (*layers.PlaceFeature, error) {
	var sp storedPlace
	if err := json.Unmarshal([]byte(v), &sp); err != nil {
		return nil, fmt.Errorf("layers: corrupt place record %s: %w", key, err)
	}
	id := strings.TrimPrefix(key, keyPlace)
	return &layers.PlaceFeature{
		ID: id, Name: sp.Name, PlaceID: id, Country: sp.Country, Level: sp.Level,
		Mentions: sp.Mentions, Articles: sp.Articles, FirstSeen: sp.First, LastSeen: sp.Last,
		Lon: sp.X, Lat: sp.Y,
	}, nil
}
