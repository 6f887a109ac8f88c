package eval

import (
	"encoding/json"
	"fmt"
)

// Prediction is what the extractor found in one article, in the form `extract --json` prints.
type Prediction struct {
	Mentions []PredMention `json:"mentions"`
	Events   *struct {
		Features []PredFeature `json:"features"`
	} `json:"events"`
}

// PredMention is one predicted place name.
type PredMention struct {
	Text  string     `json:"text"`
	Start int        `json:"start"`
	End   int        `json:"end"`
	Role  string     `json:"role"`
	Place *PredPlace `json:"place"`
}

// PredPlace is the place a mention was resolved to.
type PredPlace struct {
	Name    string   `json:"name"`
	Country *string  `json:"country"`
	Level   string   `json:"level"`
	Lat     *float64 `json:"lat"`
	Lon     *float64 `json:"lon"`
}

// PredFeature is one predicted event feature.
type PredFeature struct {
	Geometry   json.RawMessage `json:"geometry"`
	Properties map[string]any  `json:"properties"`
}

// Predictor extracts one article: path is the article's file, content its bytes, published
// the gold's publication date for it ("" if none).
type Predictor func(path string, content []byte, published string) (*Prediction, error)

// DecodePrediction decodes one line of `extract --json`.
func DecodePrediction(b []byte) (*Prediction, error) {
	var p Prediction
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, fmt.Errorf("eval: prediction: %v", err)
	}
	return &p, nil
}

// features returns the predicted event features.
func (p *Prediction) features() []PredFeature {
	if p == nil || p.Events == nil {
		return nil
	}
	return p.Events.Features
}

// pred is one predicted event as the scorer sees it.
type pred struct {
	typ     string
	xy      *[2]float64 // lat, lon; nil without geometry
	country any
	props   map[string]any
}

func newPred(f PredFeature) pred {
	props := f.Properties
	if props == nil {
		props = map[string]any{}
	}
	typ, _ := props["event_type"].(string)
	return pred{typ: typ, xy: centre(f.Geometry), country: props["country"], props: props}
}

// centre is a geometry's point (lat, lon): the point itself, or the mean of its positions.
func centre(raw json.RawMessage) *[2]float64 {
	var g struct {
		Type        string `json:"type"`
		Coordinates any    `json:"coordinates"`
	}
	if len(raw) == 0 || json.Unmarshal(raw, &g) != nil || g.Coordinates == nil {
		return nil
	}
	var pts [][]float64
	var walk func(x any)
	walk = func(x any) {
		arr, ok := x.([]any)
		if !ok || len(arr) == 0 {
			return
		}
		if _, isNum := arr[0].(float64); isNum {
			if pos := numbers(arr); len(pos) >= 2 {
				pts = append(pts, pos)
			}
			return
		}
		for _, y := range arr {
			walk(y)
		}
	}
	walk(g.Coordinates)
	if len(pts) == 0 {
		return nil
	}
	if g.Type == "Point" {
		return &[2]float64{pts[0][1], pts[0][0]}
	}
	var lat, lon float64
	for _, p := range pts {
		lat += p[1]
		lon += p[0]
	}
	n := float64(len(pts))
	return &[2]float64{lat / n, lon / n}
}

func numbers(arr []any) []float64 {
	out := make([]float64, 0, len(arr))
	for _, v := range arr {
		f, ok := v.(float64)
		if !ok {
			return nil
		}
		out = append(out, f)
	}
	return out
}

// str is a property as a string ("" when absent or not a string).
func str(props map[string]any, key string) string {
	s, _ := props[key].(string)
	return s
}

// strs is a property as a list of strings.
func strs(props map[string]any, key string) []string {
	arr, _ := props[key].([]any)
	var out []string
	for _, v := range arr {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// sameValue is Python's == on decoded JSON scalars: numbers by value, null equal to null.
func sameValue(a, b any) bool {
	switch x := a.(type) {
	case nil:
		return b == nil
	case float64:
		y, ok := b.(float64)
		return ok && x == y
	case string:
		y, ok := b.(string)
		return ok && x == y
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	}
	return false
}
