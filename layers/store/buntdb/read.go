package buntdb

import (
	"conflictmap/geo"
	"conflictmap/layers"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	bdb "github.com/tidwall/buntdb"
)

// ---- reads --------------------------------------------------------------------------------

// GetArticle returns a stored article with its text and mentions.
func (s *Store) GetArticle(ctx context.Context, id string) (*layers.StoredArticle, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out *layers.StoredArticle
	err := s.db.View(func(tx *bdb.Tx) error {
		v, err := tx.Get(keyArticle + id)
		if errors.Is(err, bdb.ErrNotFound) {
			return layers.ErrNotFound
		} else if err != nil {
			return err
		}
		var sa storedArticle
		if err := json.Unmarshal([]byte(v), &sa); err != nil {
			return fmt.Errorf("layers: corrupt article record %s: %w", id, err)
		}
		raw, _ := tx.Get(keyText + id)
		out = &layers.StoredArticle{
			Article: layers.Article{ID: sa.ID, Title: sa.Title, Publication: sa.Publication, Published: sa.Published,
				URL: sa.URL, Raw: raw, BodyStart: sa.BodyStart, BodyEnd: sa.BodyEnd},
			EventIDs: sa.Events,
		}
		for _, m := range sa.Mentions {
			gm := geo.Mention{Text: m.Text, Start: m.Start, End: m.End, Role: m.Role, Near: m.Near}
			if p := m.Place; p != nil {
				gm.Place = &geo.Place{ID: p.ID, Name: p.Name, Country: p.Country, Admin1: p.Admin1,
					Level: geo.Level(p.Level), Lat: p.Lat, Lon: p.Lon}
			}
			out.Mentions = append(out.Mentions, gm)
		}
		return nil
	})
	return out, err
}

// ListArticles returns the stored articles in id order, from offset, at most limit of them
// (limit <= 0: all), and how many are stored.
func (s *Store) ListArticles(ctx context.Context, offset, limit int) ([]layers.ArticleSummary, int, error) {
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	var (
		out   []layers.ArticleSummary
		total int
		ierr  error
	)
	err := s.db.View(func(tx *bdb.Tx) error {
		return tx.AscendGreaterOrEqual("", keyArticle, func(k, v string) bool {
			if !strings.HasPrefix(k, keyArticle) {
				return false
			}
			total++
			if total <= offset || (limit > 0 && len(out) >= limit) {
				return true
			}
			a, err := articleSummary(k, v)
			if err != nil {
				ierr = err
				return false
			}
			out = append(out, a)
			return true
		})
	})
	if err == nil {
		err = ierr
	}
	return out, total, err
}

// GetEvent returns a stored event, its sources' article metadata and quotes filled in.
func (s *Store) GetEvent(ctx context.Context, id string) (*layers.Event, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out *layers.Event
	err := s.db.View(func(tx *bdb.Tx) error {
		v, err := eventRecord(tx, id)
		if err != nil {
			return err
		}
		out, err = decodeEvent(keyEvent+id, v, &metaCache{tx: tx})
		return err
	})
	return out, err
}

// eventRecord is an event's stored record; layers.ErrNotFound when there is none.
func eventRecord(tx *bdb.Tx, id string) (string, error) {
	v, err := tx.Get(keyEvent + id)
	if errors.Is(err, bdb.ErrNotFound) {
		return "", layers.ErrNotFound
	}
	return v, err
}

// GetFeatureJSON is a feature's GeoJSON text (store.FeatureJSONGetter): an event's is the text
// its record holds, the one its pages are made of; a place's, and an event's in a record
// written before features were kept, is encoded.
func (s *Store) GetFeatureJSON(ctx context.Context, layer, id string) (string, error) {
	l, ok := layers.LayerByID(layer)
	if !ok {
		return "", fmt.Errorf("%w: %s", layers.ErrUnknownLayer, layer)
	}
	if l.ID != "places" {
		if err := ctx.Err(); err != nil {
			return "", err
		}
		var v string
		if err := s.db.View(func(tx *bdb.Tx) (err error) { v, err = eventRecord(tx, id); return err }); err != nil {
			return "", err
		}
		if t, feature, ok := eventFeature(v); ok {
			if l.EventType != "" && t != l.EventType {
				return "", layers.ErrNotFound
			}
			return feature, nil
		}
	}
	h, err := s.GetFeature(ctx, layer, id)
	if err != nil {
		return "", err
	}
	b, err := layers.HitJSON(h)
	return string(b), err
}

// GetPlace returns a feature of the places layer by its id (the place_id).
func (s *Store) GetPlace(ctx context.Context, id string) (*layers.PlaceFeature, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out *layers.PlaceFeature
	err := s.db.View(func(tx *bdb.Tx) error {
		v, err := tx.Get(keyPlace + id)
		if errors.Is(err, bdb.ErrNotFound) {
			return layers.ErrNotFound
		} else if err != nil {
			return err
		}
		out, err = decodePlace(keyPlace+id, v)
		return err
	})
	return out, err
}

// GetFeature returns one feature of a layer: an event of that layer or, in "places", a place.
func (s *Store) GetFeature(ctx context.Context, layer, id string) (layers.Hit, error) {
	l, ok := layers.LayerByID(layer)
	if !ok {
		return layers.Hit{}, fmt.Errorf("%w: %s", layers.ErrUnknownLayer, layer)
	}
	if l.ID == "places" {
		p, err := s.GetPlace(ctx, id)
		return layers.Hit{Place: p}, err
	}
	e, err := s.GetEvent(ctx, id)
	if err != nil {
		return layers.Hit{}, err
	}
	if l.EventType != "" && e.EventType != l.EventType {
		return layers.Hit{}, layers.ErrNotFound
	}
	return layers.Hit{Event: e}, nil
}
