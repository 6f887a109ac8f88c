package buntdb

import (
	"conflictmap/layers"
	"conflictmap/layers/store"
	"context"

	bdb "github.com/tidwall/buntdb"
)

// Cursor is the result of Query: how many features matched, and the page of them to read.
type Cursor struct {
	s       *Store
	places  []string  // the page's place ids
	events  []evEntry // the page's events, as the index held them when Query ran
	matched int
}

var _ store.Iterator = (*Cursor)(nil)

// Matched is how many features match the query regardless of Offset and Limit, or -1 when
// counting stopped at Query.CountLimit.
func (c *Cursor) Matched() int { return c.matched }

// Len is how many features Each will yield (fewer if places are deleted meanwhile).
func (c *Cursor) Len() int {
	return len(c.places) + len(c.events)
}

// Each calls fn with each feature of the page, in order, decoding them in small batches so a
// large page is never decoded at once and no lock is held while fn runs. Events are yielded as
// they were when Query ran.
func (c *Cursor) Each(ctx context.Context, fn func(layers.Hit) error) error {
	for i := 0; i < len(c.events); i += fetchBatch {
		if err := ctx.Err(); err != nil {
			return err
		}
		hits, err := c.s.decodeEntries(c.events[i:min(i+fetchBatch, len(c.events))])
		if err != nil {
			return err
		}
		for _, h := range hits {
			if err := fn(h); err != nil {
				return err
			}
		}
	}
	return c.eachPlace(ctx, fn)
}

func (c *Cursor) eachPlace(ctx context.Context, fn func(layers.Hit) error) error {
	for i := 0; i < len(c.places); i += fetchBatch {
		if err := ctx.Err(); err != nil {
			return err
		}
		hits, err := c.s.getPlaces(c.places[i:min(i+fetchBatch, len(c.places))])
		if err != nil {
			return err
		}
		for _, h := range hits {
			if err := fn(h); err != nil {
				return err
			}
		}
	}
	return nil
}

// EachJSON calls fn with the GeoJSON feature (as EventJSON and PlaceFeatureJSON encode it) of
// each feature of the page, in order. An event's feature is the bytes encoded when it was
// written: a page costs no decoding and no allocation, and a download of any size streams
// from the store's memory without copying the layer.
func (c *Cursor) EachJSON(ctx context.Context, fn func(feature string) error) error {
	return c.eachJSON(ctx, c.events, c.places, fn)
}

// eachJSON is EachJSON over events and places (a part of the page's).
func (c *Cursor) eachJSON(ctx context.Context, events []evEntry, places []string, fn func(feature string) error) error {
	for i := range events {
		if i%fetchBatch == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		f, err := c.s.entryJSON(events[i : i+1])
		if err != nil {
			return err
		}
		if err := fn(f); err != nil {
			return err
		}
	}
	if len(places) == 0 {
		return nil
	}
	pc := &Cursor{s: c.s, places: places}
	return pc.eachPlace(ctx, func(h layers.Hit) error {
		b, err := layers.PlaceFeatureJSON(h.Place)
		if err != nil {
			return err
		}
		return fn(string(b))
	})
}

// eventJSON is the feature of the page's i-th event.
func (c *Cursor) eventJSON(i int) (string, error) { return c.s.entryJSON(c.events[i : i+1]) }

// entryJSON is the feature of the one index entry es holds.
func (s *Store) entryJSON(es []evEntry) (string, error) {
	if f := es[0].feature(); f != "" {
		return f, nil
	}
	// a record without its feature (not upgraded yet): encode it now
	hits, err := s.decodeEntries(es)
	if err != nil {
		return "", err
	}
	b, err := layers.HitJSON(hits[0])
	return string(b), err
}

// decodeEntries decodes events of the index, their sources' article metadata read in one
// read transaction.
func (s *Store) decodeEntries(es []evEntry) ([]layers.Hit, error) {
	hits := make([]layers.Hit, 0, len(es))
	err := s.db.View(func(tx *bdb.Tx) error {
		mc := &metaCache{tx: tx}
		for i := range es {
			e, err := decodeEvent(keyEvent+es[i].id, es[i].val, mc)
			if err != nil {
				return err
			}
			hits = append(hits, layers.Hit{Event: e})
		}
		return nil
	})
	return hits, err
}

// getPlaces reads places by id, skipping those deleted.
func (s *Store) getPlaces(ids []string) ([]layers.Hit, error) {
	hits := make([]layers.Hit, 0, len(ids))
	err := s.db.View(func(tx *bdb.Tx) error {
		for _, id := range ids {
			v, err := tx.Get(keyPlace + id)
			if err != nil {
				continue
			}
			p, err := decodePlace(keyPlace+id, v)
			if err != nil {
				return err
			}
			hits = append(hits, layers.Hit{Place: p})
		}
		return nil
	})
	return hits, err
}

var _ store.TileIterator = (*Cursor)(nil)

// EachTile calls fn with each event of the page as a vector tile carries it, read from the
// index entries (typed.go); an entry whose values could not be read so yields its JSON.
func (c *Cursor) EachTile(ctx context.Context, fn func(store.TilePoint) error) error {
	for i := range c.events {
		if i%fetchBatch == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		e := &c.events[i]
		if !e.typed.ok {
			js, err := c.eventJSON(i)
			if err != nil {
				return err
			}
			if err := fn(store.TilePoint{JSON: js}); err != nil {
				return err
			}
			continue
		}
		p := store.TilePoint{Lon: e.x, Lat: e.y, ID: e.id, EventType: e.eventType.of(e.val), Place: e.place.of(e.val),
			Date: e.date.of(e.val), Fatalities: int(e.fatalities)}
		if err := fn(p); err != nil {
			return err
		}
	}
	return nil
}
