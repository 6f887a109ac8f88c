package web

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"sync"

	"conflictmap/layers"
)

func orDefaultStr(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// featureJSON encodes one feature as the store does (layers.HitJSON); props, when not nil,
// selects its properties, each present (null when unknown) as in the full feature.
func featureJSON(h layers.Hit, props []string) ([]byte, error) {
	b, err := layers.HitJSON(h)
	if err != nil || props == nil {
		return b, err
	}
	var f struct {
		Type       string                     `json:"type"`
		ID         string                     `json:"id"`
		Geometry   json.RawMessage            `json:"geometry"`
		Properties map[string]json.RawMessage `json:"properties"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, err
	}
	for k := range f.Properties {
		if !contains(props, k) {
			delete(f.Properties, k)
		}
	}
	return json.Marshal(f)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// encoder writes a stream of features in one format.
type encoder interface {
	begin() error
	feature(h layers.Hit) error
	// end closes the document; members are extra top-level JSON members (GeoJSON only).
	end(members []byte) error
}

// bufPool holds the encoders' 32 KiB buffers: a page would otherwise allocate one.
var bufPool = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 32<<10) }}

func getBuf(w io.Writer) *bufio.Writer {
	bw := bufPool.Get().(*bufio.Writer)
	bw.Reset(w)
	return bw
}

// putBuf flushes bw and returns it to the pool.
func putBuf(bw *bufio.Writer) error {
	err := bw.Flush()
	bw.Reset(nil)
	bufPool.Put(bw)
	return err
}

// newEncoder returns the encoder of a format; props selects GeoJSON properties, bom starts a
// CSV with a UTF-8 byte order mark.
func newEncoder(format string, w io.Writer, name string, props []string, bom bool) encoder {
	bw := getBuf(w)
	switch format {
	case "csv":
		return &csvEncoder{bw: bw, w: csv.NewWriter(bw), bom: bom}
	case "kml":
		return &kmlEncoder{w: bw, name: name}
	}
	return &geojsonEncoder{w: bw, props: props}
}

// ---- GeoJSON ------------------------------------------------------------------------------

type geojsonEncoder struct {
	w     *bufio.Writer
	props []string
	n     int
	sized *sizedWriter // an items page's (page.go), nil for a download
}

func (g *geojsonEncoder) begin() error {
	_, err := g.w.WriteString(`{"type":"FeatureCollection","features":[`)
	return err
}

func (g *geojsonEncoder) feature(h layers.Hit) error {
	b, err := featureJSON(h, g.props)
	if err != nil {
		return err
	}
	if g.n > 0 {
		g.w.WriteByte(',')
	}
	g.n++
	g.w.WriteByte('\n')
	_, err = g.w.Write(b)
	return err
}

// raw writes a feature already encoded (Cursor.EachJSON).
func (g *geojsonEncoder) raw(feature string) error {
	if g.n > 0 {
		g.w.WriteByte(',')
	}
	g.n++
	g.w.WriteByte('\n')
	_, err := g.w.WriteString(feature)
	return err
}

// rawBytes writes a feature already encoded, as raw does.
func (g *geojsonEncoder) rawBytes(feature []byte) error {
	if g.n > 0 {
		g.w.WriteByte(',')
	}
	g.n++
	g.w.WriteByte('\n')
	_, err := g.w.Write(feature)
	return err
}

func (g *geojsonEncoder) end(members []byte) error {
	g.w.WriteString("\n]")
	if len(members) > 0 {
		g.w.WriteByte(',')
		g.w.Write(members)
	}
	g.w.WriteString("}\n")
	if g.sized != nil {
		return g.endPage()
	}
	return putBuf(g.w)
}

// ---- CSV ----------------------------------------------------------------------------------

// CSVColumns are the columns of an event layer's CSV download (ACLED-like, flat).
var CSVColumns = []string{"id", "event_type", "sub_type", "date", "date_precision", "date_start", "date_end",
	"date_source", "timing", "place", "place_id", "country", "admin1", "geo_precision", "latitude", "longitude", "actors", "troops",
	"fatalities", "injured", "troops_min", "troops_max", "fatalities_min", "fatalities_max", "injured_min", "injured_max", "counts_hedge", "modality", "confidence", "source_count", "title", "quote", "source_titles", "article_ids", "wkt"}

// PlaceCSVColumns are the columns of the places layer's CSV download.
var PlaceCSVColumns = []string{"id", "name", "place_id", "country", "level", "mentions", "articles",
	"first_seen", "last_seen", "latitude", "longitude", "wkt"}

type csvEncoder struct {
	bw     *bufio.Writer
	w      *csv.Writer
	header bool
	bom    bool
}

// utf8BOM is the UTF-8 byte order mark.
const utf8BOM = "\uFEFF"

func (c *csvEncoder) begin() error {
	if c.bom {
		_, err := c.bw.WriteString(utf8BOM)
		return err
	}
	return nil
}

func itoaOrEmpty(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func coord(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func wkt(lon, lat float64) string { return "POINT (" + coord(lon) + " " + coord(lat) + ")" }

func (c *csvEncoder) feature(h layers.Hit) error {
	if p := h.Place; p != nil {
		if !c.header {
			c.header = true
			if err := c.write(PlaceCSVColumns); err != nil {
				return err
			}
		}
		return c.write([]string{p.ID, p.Name, p.PlaceID, p.Country, p.Level, strconv.Itoa(p.Mentions),
			strconv.Itoa(p.Articles), p.FirstSeen, p.LastSeen, coord(p.Lat), coord(p.Lon), wkt(p.Lon, p.Lat)})
	}
	if !c.header {
		c.header = true
		if err := c.write(CSVColumns); err != nil {
			return err
		}
	}
	e := h.Event
	quote, ids := quoteAndArticles(e)
	row := []string{e.ID, e.EventType, e.SubType, e.Date, orDefaultStr(e.DatePrecision, "unknown"),
		e.DateStart, e.DateEnd, e.DateSourceOrDefault(), e.TimingOrDefault(), e.Place, e.PlaceID, e.Country, e.Admin1, itoaOrEmpty(e.GeoPrecision),
		coord(e.Lat), coord(e.Lon), strings.Join(e.Actors, ";")}
	row = append(row, countTexts(e)...)
	return c.write(append(row, e.CountsHedge, orDefaultStr(e.Modality, "reported"), strconv.FormatFloat(e.Confidence, 'f', -1, 64),
		strconv.Itoa(len(e.Sources)), e.Title, quote, e.SourceTitles(), strings.Join(ids, ";"), wkt(e.Lon, e.Lat)))
}

func (c *csvEncoder) end([]byte) error {
	if !c.header {
		c.header = true
		c.write(CSVColumns)
	}
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return err
	}
	return putBuf(c.bw)
}

// ---- KML ----------------------------------------------------------------------------------

type kmlEncoder struct {
	w    *bufio.Writer
	name string
}

func (k *kmlEncoder) esc(s string) {
	_ = xml.EscapeText(k.w, []byte(s))
}

func (k *kmlEncoder) begin() error {
	k.w.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<kml xmlns="http://www.opengis.net/kml/2.2">` + "\n<Document>\n<name>")
	k.esc(k.name)
	_, err := k.w.WriteString("</name>\n")
	k.writeStyles()
	return err
}

func (k *kmlEncoder) data(name, value string) {
	k.w.WriteString(`<Data name="`)
	k.esc(name)
	k.w.WriteString(`"><value>`)
	k.esc(value)
	k.w.WriteString("</value></Data>")
}

func (k *kmlEncoder) feature(h layers.Hit) error {
	var id, name, desc, begin, end, style string
	var lon, lat float64
	var fields [][2]string
	if e := h.Event; e != nil {
		id, name, lon, lat, begin, end, style = e.ID, e.Title, e.Lon, e.Lat, e.DateStart, e.DateEnd, kmlStyleID(e.EventType)
		if name == "" {
			name = e.EventType + " — " + e.Place
		}
		if len(e.Sources) > 0 {
			s := e.Sources[0]
			desc = s.Quote
			if s.Title != "" || s.Publication != "" {
				desc += "\n— " + strings.TrimSpace(s.Title+", "+s.Publication+" "+s.Published)
			}
		}
		fields = [][2]string{{"id", e.ID}, {"event_type", e.EventType}, {"sub_type", e.SubType}, {"date", e.Date},
			{"date_precision", orDefaultStr(e.DatePrecision, "unknown")}, {"date_start", e.DateStart}, {"date_end", e.DateEnd},
			{"date_source", e.DateSourceOrDefault()}, {"timing", e.TimingOrDefault()}, {"place", e.Place}, {"place_id", e.PlaceID}, {"country", e.Country}, {"admin1", e.Admin1},
			{"geo_precision", itoaOrEmpty(e.GeoPrecision)}, {"actors", strings.Join(e.Actors, ";")}}
		for i, v := range countTexts(e) {
			fields = append(fields, [2]string{countColumns[i], v})
		}
		fields = append(fields, [][2]string{{"counts_hedge", e.CountsHedge},
			{"modality", orDefaultStr(e.Modality, "reported")}, {"confidence", strconv.FormatFloat(e.Confidence, 'f', -1, 64)},
			{"source_count", strconv.Itoa(len(e.Sources))}}...)
	} else if p := h.Place; p != nil {
		id, name, lon, lat, begin, end, style = p.ID, p.Name, p.Lon, p.Lat, p.FirstSeen, p.LastSeen, kmlStyleID("")
		desc = strconv.Itoa(p.Mentions) + " mentions in " + strconv.Itoa(p.Articles) + " articles"
		fields = [][2]string{{"id", p.ID}, {"name", p.Name}, {"place_id", p.PlaceID}, {"country", p.Country},
			{"level", p.Level}, {"mentions", strconv.Itoa(p.Mentions)}, {"articles", strconv.Itoa(p.Articles)},
			{"first_seen", p.FirstSeen}, {"last_seen", p.LastSeen}}
	}
	k.w.WriteString(`<Placemark id="`)
	k.esc(id)
	k.w.WriteString(`"><name>`)
	k.esc(name)
	k.w.WriteString("</name><description>")
	k.esc(desc)
	k.w.WriteString("</description>")
	if begin != "" || end != "" {
		k.w.WriteString("<TimeSpan>")
		if begin != "" {
			k.w.WriteString("<begin>")
			k.esc(begin)
			k.w.WriteString("</begin>")
		}
		if end != "" {
			k.w.WriteString("<end>")
			k.esc(end)
			k.w.WriteString("</end>")
		}
		k.w.WriteString("</TimeSpan>")
	}
	k.w.WriteString("<styleUrl>#")
	k.esc(style)
	k.w.WriteString("</styleUrl><ExtendedData>")
	for _, f := range fields {
		k.data(f[0], f[1])
	}
	k.w.WriteString("</ExtendedData><Point><coordinates>")
	k.w.WriteString(coord(lon) + "," + coord(lat))
	_, err := k.w.WriteString("</coordinates></Point></Placemark>\n")
	return err
}

func (k *kmlEncoder) end([]byte) error {
	k.w.WriteString("</Document>\n</kml>\n")
	return putBuf(k.w)
}

// formats: the download formats, their media types and file extensions.
var formats = map[string]struct{ mediaType, ext string }{
	"geojson": {"application/geo+json", "geojson"},
	"csv":     {"text/csv; charset=utf-8", "csv"},
	"kml":     {"application/vnd.google-earth.kml+xml", "kml"},
	"xlsx":    {mtXLSX, "xlsx"},
}

// quoteAndArticles returns an event's first quote and the ids of its articles, each once: the
// quote and article_ids columns of CSV and XLSX rows.
func quoteAndArticles(e *layers.Event) (string, []string) {
	quote := ""
	var ids []string
	for i, s := range e.Sources {
		if i == 0 {
			quote = s.Quote
		}
		if !contains(ids, s.ArticleID) {
			ids = append(ids, s.ArticleID)
		}
	}
	return quote, ids
}
