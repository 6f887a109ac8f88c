package postgis

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"conflictmap/layers"
)

const fetchBatch = 256 // features read per statement by Each

// iter is one page of a query: the ids of its features and, for events, their stored GeoJSON.
type iter struct {
	s        *Store
	places   bool
	matched  int
	ids      []string
	features []string
	inline   bool // features holds the page's features
}

func (it *iter) Matched() int { return it.matched }
func (it *iter) Len() int     { return len(it.ids) }

// EachJSON calls fn with each feature's GeoJSON: an event's is the text stored when it was
// written, never re-encoded.
func (it *iter) EachJSON(ctx context.Context, fn func(feature string) error) error {
	if !it.places && !it.inline {
		return it.eachBatch(ctx, func(ids []string) error {
			fs, err := it.fetchFeatures(ctx, ids)
			if err != nil {
				return err
			}
			for _, f := range fs {
				if err := fn(f); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if !it.places {
		for i, f := range it.features {
			if i%fetchBatch == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			if err := fn(f); err != nil {
				return err
			}
		}
		return nil
	}
	return it.Each(ctx, func(h layers.Hit) error {
		b, err := layers.HitJSON(h)
		if err != nil {
			return err
		}
		return fn(string(b))
	})
}

// Each calls fn with each feature of the page, read in batches (features deleted since the
// query are skipped).
func (it *iter) Each(ctx context.Context, fn func(layers.Hit) error) error {
	return it.eachBatch(ctx, func(ids []string) error {
		hits, err := it.fetch(ctx, ids)
		if err != nil {
			return err
		}
		for _, h := range hits {
			if err := fn(h); err != nil {
				return err
			}
		}
		return nil
	})
}

func (it *iter) eachBatch(ctx context.Context, fn func(ids []string) error) error {
	for i := 0; i < len(it.ids); i += fetchBatch {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(it.ids[i:min(i+fetchBatch, len(it.ids))]); err != nil {
			return err
		}
	}
	return nil
}

// fetchFeatures reads events' stored features by id, in the order of ids.
func (it *iter) fetchFeatures(ctx context.Context, ids []string) ([]string, error) {
	rows, err := it.s.pool.Query(ctx, "SELECT id, feature FROM events WHERE id = ANY($1)", ids)
	if err != nil {
		return nil, wrap("query", err)
	}
	byID := make(map[string]string, len(ids))
	for rows.Next() {
		var id, f string
		if err := rows.Scan(&id, &f); err != nil {
			return nil, wrap("query", err)
		}
		byID[id] = f
	}
	if err := rows.Err(); err != nil {
		return nil, wrap("query", err)
	}
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if f, ok := byID[id]; ok {
			out = append(out, f)
		}
	}
	return out, nil
}

// fetch reads features by id, in the order of ids.
func (it *iter) fetch(ctx context.Context, ids []string) ([]layers.Hit, error) {
	byID := map[string]layers.Hit{}
	if it.places {
		rows, err := it.s.pool.Query(ctx, "SELECT "+placeColumnsSQL+" FROM places WHERE id = ANY($1)", ids)
		if err != nil {
			return nil, wrap("query", err)
		}
		ps, err := pgx.CollectRows(rows, scanPlace)
		if err != nil {
			return nil, wrap("query", err)
		}
		for _, p := range ps {
			byID[p.ID] = layers.Hit{Place: p}
		}
	} else {
		rows, err := it.s.pool.Query(ctx, "SELECT id, merged FROM event_docs WHERE id = ANY($1)", ids)
		if err != nil {
			return nil, wrap("query", err)
		}
		for rows.Next() {
			var id, merged string
			if err := rows.Scan(&id, &merged); err != nil {
				return nil, wrap("query", err)
			}
			e, err := decodeEvent(id, merged)
			if err != nil {
				return nil, err
			}
			byID[id] = layers.Hit{Event: e}
		}
		if err := rows.Err(); err != nil {
			return nil, wrap("query", err)
		}
	}
	out := make([]layers.Hit, 0, len(ids))
	for _, id := range ids {
		if h, ok := byID[id]; ok {
			out = append(out, h)
		}
	}
	if len(out) < len(ids) && ctx.Err() != nil {
		return nil, fmt.Errorf("postgis: query: %w", ctx.Err())
	}
	return out, nil
}
