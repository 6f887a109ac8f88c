package buntdb

import (
	"conflictmap/layers"
	"context"
	"fmt"
	"strings"

	"github.com/paulmach/orb"
	bdb "github.com/tidwall/buntdb"
)

// QueryEach calls fn with every event (or, in "places", nothing) the query selects, streaming.
func (s *Store) QueryEach(ctx context.Context, q layers.Query, fn func(*layers.Event) error) error {
	c, err := s.Query(ctx, q)
	if err != nil {
		return err
	}
	return c.Each(ctx, func(h layers.Hit) error {
		if h.Event == nil {
			return nil
		}
		return fn(h.Event)
	})
}

// Extent returns the extent of a layer, computed once per change of the store.
func (s *Store) Extent(ctx context.Context, layer string) (layers.Extent, error) {
	l, ok := layers.LayerByID(layer)
	if !ok {
		return layers.Extent{}, fmt.Errorf("%w: %q", layers.ErrUnknownLayer, layer)
	}
	gen := s.gen.Load()
	s.mu.Lock()
	if e, ok := s.extents[layer]; ok && e.gen == gen {
		s.mu.Unlock()
		return e.ext, nil
	}
	s.mu.Unlock()
	var ext layers.Extent
	add := func(x, y float64, start, end string) {
		if ext.Count == 0 {
			ext.Bound = orb.Bound{Min: orb.Point{x, y}, Max: orb.Point{x, y}}
		} else {
			ext.Bound = ext.Bound.Extend(orb.Point{x, y})
		}
		ext.Count++
		if start != "" && (ext.Start == "" || start < ext.Start) {
			ext.Start = start
		}
		if end > ext.End {
			ext.End = end
		}
	}
	var ierr error
	if l.ID == "places" {
		err := s.db.View(func(tx *bdb.Tx) error {
			return tx.AscendGreaterOrEqual("", keyPlace, func(k, v string) bool {
				if !strings.HasPrefix(k, keyPlace) {
					return false
				}
				p, err := decodePlace(k, v)
				if err != nil {
					ierr = err
					return false
				}
				add(p.Lon, p.Lat, p.FirstSeen, p.LastSeen)
				return true
			})
		})
		if err == nil {
			err = ierr
		}
		if err != nil {
			return layers.Extent{}, err
		}
	} else {
		mask := uint8(0xff) // "events": every type stored
		if l.EventType != "" {
			mask = 1 << slotOf(l.EventType)
		}
		var minS, maxE uint32
		s.imu.RLock()
		s.idx.search(rect{-180, -90, 180, 90}, mask, func(it *evEntry) bool {
			if ext.Count == 0 {
				ext.Bound = orb.Bound{Min: orb.Point{it.x, it.y}, Max: orb.Point{it.x, it.y}}
			} else {
				ext.Bound = ext.Bound.Extend(orb.Point{it.x, it.y})
			}
			ext.Count++
			if it.s != 0 && (minS == 0 || it.s < minS) {
				minS = it.s
			}
			if it.e > maxE {
				maxE = it.e
			}
			return true
		})
		s.imu.RUnlock()
		ext.Start, ext.End = dateString(minS), dateString(maxE)
	}
	if err := ctx.Err(); err != nil {
		return layers.Extent{}, err
	}
	s.mu.Lock()
	s.extents[layer] = extentEntry{gen: gen, ext: ext}
	s.mu.Unlock()
	return ext, nil
}

// dateString turns YYYYMMDD back into YYYY-MM-DD ("" for 0).
func dateString(n uint32) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", n/10000, n/100%100, n%100)
}

// Stats counts what the store holds.
type Stats struct {
	Articles, Events, Places int
}

// Stats counts the store's articles, events and places.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.db.View(func(tx *bdb.Tx) error {
		for _, c := range []struct {
			prefix string
			n      *int
		}{{keyArticle, &st.Articles}, {keyEvent, &st.Events}, {keyPlace, &st.Places}} {
			err := tx.AscendGreaterOrEqual("", c.prefix, func(k, _ string) bool {
				if !strings.HasPrefix(k, c.prefix) {
					return false
				}
				*c.n++
				return ctx.Err() == nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	return st, err
}
