// Package eval scores the extractor against hand annotations (a *.gold.json file, the format
// of the project's seeds.gold.json) with the semantics of the project's score.py: toponyms
// matched by byte offsets, events by type and place tolerance, greedy nearest pairing.
package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Gold is one annotation file: the places it refers to and the annotated articles.
type Gold struct {
	Places   map[string]Place `json:"places"`
	Articles []Article        `json:"articles"`

	// Path is the file the gold was read from; Root the folder article files are relative to.
	Path, Root string
}

// Place is one annotated place. Country is nil for a place in no country (a macro-region).
type Place struct {
	Name    string  `json:"name"`
	Country *string `json:"country"`
	Level   string  `json:"level"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
	Scored  *bool   `json:"scored"` // false: its coordinates are not scored; absent means true
}

// scored reports whether a mention of the place is scored for resolution.
func (p Place) scored() bool { return p.Scored == nil || *p.Scored }

// Article is one annotated article.
type Article struct {
	ID        string      `json:"id"`
	File      string      `json:"file"`
	Published string      `json:"published"`
	Toponyms  []Toponym   `json:"toponyms"`
	Events    []GoldEvent `json:"events"`
	MustNot   []MustNot   `json:"must_not"`

	// Path is File joined to the gold's root; Content the article's bytes.
	Path    string `json:"-"`
	Content []byte `json:"-"`
}

// Toponym is one annotated place name: UTF-8 byte offsets, end exclusive; Role is one role or
// alternatives "a|b".
type Toponym struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Place string `json:"place"`
	Role  string `json:"role"`
}

// GoldEvent is one annotated event.
type GoldEvent struct {
	ID           string   `json:"id"`
	Type         string   `json:"type"`
	Required     *bool    `json:"required"` // absent means true
	Place        *string  `json:"place"`
	AltPlaces    []string `json:"alt_places"`
	GeoPrecision *float64 `json:"geo_precision"`
	Date         string   `json:"date"`
	Actors       []string `json:"actors"`
	Quote        string   `json:"quote"`
	// Counts holds the troops, fatalities and injured the annotation states (a key present
	// with null is kept as nil: the prediction must then not state it either).
	Counts map[string]any `json:"-"`
}

// CountKeys are the counts an event may state, in the order they are scored.
var CountKeys = []string{"troops", "fatalities", "injured"}

// UnmarshalJSON decodes an event, keeping which counts are present.
func (e *GoldEvent) UnmarshalJSON(b []byte) error {
	type plain GoldEvent
	if err := json.Unmarshal(b, (*plain)(e)); err != nil {
		return err
	}
	var all map[string]any
	if err := json.Unmarshal(b, &all); err != nil {
		return err
	}
	e.Counts = map[string]any{}
	for _, k := range CountKeys {
		if v, ok := all[k]; ok {
			e.Counts[k] = v
		}
	}
	return nil
}

func (e GoldEvent) required() bool { return e.Required == nil || *e.Required }

// placeKeys are the event's place and alternative places, the empty key left out.
func (e GoldEvent) placeKeys() []string {
	var keys []string
	if e.Place != nil && *e.Place != "" {
		keys = append(keys, *e.Place)
	}
	for _, k := range e.AltPlaces {
		if k != "" {
			keys = append(keys, k)
		}
	}
	return keys
}

// MustNot says a feature of Type ("*": any) near Place is wrong.
type MustNot struct {
	Type  string `json:"type"`
	Place string `json:"place"`
	Why   string `json:"why"`
}

// ErrGold is wrapped by every error about a gold file or the articles it names.
var ErrGold = errors.New("bad gold file")

// DefaultRoot is the folder a gold file's article paths are relative to when none is given:
// the gold file's parent's parent.
func DefaultRoot(goldPath string) string {
	abs, err := filepath.Abs(goldPath)
	if err != nil {
		abs = goldPath
	}
	return filepath.Dir(filepath.Dir(abs))
}

// Load reads a gold file and the articles it names (root "" means DefaultRoot) and checks
// that every reference and offset is valid. Its errors name the file and wrap ErrGold.
func Load(path, root string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("%w: %s: %v", ErrGold, path, err)
	}
	g, err := Parse(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrGold, path, err)
	}
	g.Path = path
	g.Root = root
	if root == "" {
		g.Root = DefaultRoot(path)
	}
	if err := g.readArticles(); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrGold, path, err)
	}
	return g, nil
}

// Parse decodes a gold file and checks its references (not its offsets: see CheckOffsets).
func Parse(b []byte) (*Gold, error) {
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			return nil, fmt.Errorf("invalid JSON at byte %d: %v", syn.Offset, err)
		}
		return nil, fmt.Errorf("not a gold file: %v", err)
	}
	if g.Articles == nil {
		return nil, errors.New(`no "articles"`)
	}
	return &g, g.checkRefs()
}

func (g *Gold) checkRefs() error {
	place := func(art, what, key string) error {
		if _, ok := g.Places[key]; !ok {
			return fmt.Errorf("article %q: %s names place %q, not in \"places\"", art, what, key)
		}
		return nil
	}
	for i, a := range g.Articles {
		if a.ID == "" || a.File == "" {
			return fmt.Errorf("article %d: needs an id and a file", i+1)
		}
		for _, t := range a.Toponyms {
			if err := place(a.ID, fmt.Sprintf("toponym %q@%d", t.Text, t.Start), t.Place); err != nil {
				return err
			}
		}
		for _, e := range a.Events {
			if e.ID == "" || e.Type == "" {
				return fmt.Errorf("article %q: an event needs an id and a type", a.ID)
			}
			for _, k := range e.placeKeys() {
				if err := place(a.ID, "event "+e.ID, k); err != nil {
					return err
				}
			}
		}
		for _, m := range a.MustNot {
			if err := place(a.ID, "a must_not", m.Place); err != nil {
				return err
			}
		}
	}
	return nil
}

// readArticles reads every article file and checks its toponyms' offsets.
func (g *Gold) readArticles() error {
	for i := range g.Articles {
		a := &g.Articles[i]
		a.Path = a.File
		if !filepath.IsAbs(a.File) {
			a.Path = filepath.Join(g.Root, a.File)
		}
		b, err := os.ReadFile(a.Path)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return fmt.Errorf("article %q: %s: %v", a.ID, a.Path, err)
		}
		a.Content = b
		if err := a.CheckOffsets(); err != nil {
			return err
		}
	}
	return nil
}

// CheckOffsets checks that every toponym's offsets lie within the article's content.
func (a *Article) CheckOffsets() error {
	for _, t := range a.Toponyms {
		if t.Start < 0 || t.End <= t.Start || t.End > len(a.Content) {
			return fmt.Errorf("article %q: toponym %q at %d-%d is outside the article (%d bytes)",
				a.ID, t.Text, t.Start, t.End, len(a.Content))
		}
	}
	return nil
}

// Mismatches lists the toponyms whose offsets do not cover their text (usually offsets
// counted in characters instead of bytes); they still score, by offsets.
func (a *Article) Mismatches() []string {
	var out []string
	for _, t := range a.Toponyms {
		if t.End <= len(a.Content) && t.Start >= 0 && t.Start < t.End && string(a.Content[t.Start:t.End]) != t.Text {
			out = append(out, fmt.Sprintf("%s@%d %q: the article has %q there", a.ID, t.Start, t.Text, a.Content[t.Start:t.End]))
		}
	}
	return out
}
