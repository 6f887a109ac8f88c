package layers

import (
	"bytes"
	"encoding/json"

	"github.com/paulmach/orb/geojson"
)

// ArticleJSON is the "article" member of `extract --json` (SCHEMA.md).
type ArticleJSON struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Publication string `json:"publication"`
	Published   string `json:"published"`
	URL         string `json:"url"`
}

// PlaceJSON is a mention's resolved place in `extract --json`.
type PlaceJSON struct {
	Name    string  `json:"name"`
	PlaceID string  `json:"place_id"`
	Country string  `json:"country"`
	Level   string  `json:"level"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}

// MentionJSON is one mention in `extract --json`.
type MentionJSON struct {
	Text  string     `json:"text"`
	Start int        `json:"start"`
	End   int        `json:"end"`
	Role  string     `json:"role"`
	Place *PlaceJSON `json:"place"`
}

// ExtractJSON is one line of `extract --json` (SCHEMA.md).
type ExtractJSON struct {
	Article  ArticleJSON                `json:"article"`
	Mentions []MentionJSON              `json:"mentions"`
	Events   *geojson.FeatureCollection `json:"events"`
}

// JSON returns the result in the `extract --json` form.
func (r *Result) JSON() ExtractJSON {
	out := ExtractJSON{
		Article: ArticleJSON{ID: r.Article.ID, Title: r.Article.Title, Publication: r.Article.Publication,
			Published: r.Article.Published, URL: r.Article.URL},
		Mentions: make([]MentionJSON, 0, len(r.Mentions)),
		Events:   r.FeatureCollection(),
	}
	for _, m := range r.Mentions {
		mj := MentionJSON{Text: m.Text, Start: m.Start, End: m.End, Role: m.Role}
		if m.Place != nil {
			mj.Place = &PlaceJSON{Name: m.Place.Name, PlaceID: m.Place.ID, Country: m.Place.Country,
				Level: string(m.Place.Level), Lat: m.Place.Lat, Lon: m.Place.Lon}
		}
		out.Mentions = append(out.Mentions, mj)
	}
	return out
}

// FeatureCollection returns the result's events as GeoJSON.
func (r *Result) FeatureCollection() *geojson.FeatureCollection {
	fc := geojson.NewFeatureCollection()
	for i := range r.Events {
		fc.Append(r.Events[i].Feature())
	}
	return fc
}

// AppendJSONLine appends the result in the `extract --json` form (ExtractJSON) and a newline to
// b, the bytes json.Marshal would write for each part. It writes them by hand (output_append.go);
// a NaN or infinite float is left to encoding/json, for its error.
func (r *Result) AppendJSONLine(b []byte) ([]byte, error) {
	if !finiteFloats(r) {
		return r.appendJSONLineReflect(b)
	}
	b = appendArticleAndMentions(b, r)
	b = append(b, `,"events":{"features":[`...)
	for i := range r.Events {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendEventFeature(b, &r.Events[i])
	}
	b = append(b, `],"type":"FeatureCollection"}}`...)
	return append(b, '\n'), nil
}

// appendJSONLineReflect is AppendJSONLine through encoding/json. It writes the events'
// FeatureCollection itself, each feature encoded once: going through json.Encoder would
// validate and compact every feature's bytes again at each level of nesting.
func (r *Result) appendJSONLineReflect(b []byte) ([]byte, error) {
	j := r.JSON()
	b = append(b, `{"article":`...)
	var err error
	if b, err = appendMarshal(b, j.Article); err != nil {
		return b, err
	}
	b = append(b, `,"mentions":`...)
	if b, err = appendMarshal(b, j.Mentions); err != nil {
		return b, err
	}
	b = append(b, `,"events":{"features":[`...)
	for i, f := range j.Events.Features {
		if i > 0 {
			b = append(b, ',')
		}
		fb, err := f.MarshalJSON()
		if err != nil {
			return b, err
		}
		b = append(b, fb...)
	}
	b = append(b, `],"type":"FeatureCollection"}}`...)
	return append(b, '\n'), nil
}

func appendMarshal(b []byte, v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return b, err
	}
	return append(b, bytes.TrimRight(buf.Bytes(), "\n")...), nil
}
