package postgis

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/paulmach/orb"

	"conflictmap/geo"
	"conflictmap/layers"
)

// GetArticle returns a stored article with its text and mentions.
func (s *Store) GetArticle(ctx context.Context, id string) (*layers.StoredArticle, error) {
	var (
		a                  layers.Article
		pub, pubd, url, mt *string
		mentions           string
		events             []string
	)
	err := s.pool.QueryRow(ctx, `SELECT id, title, publication, published, url, media_type, raw, body_start,
		body_end, mentions, event_ids FROM articles WHERE id = $1`, id).Scan(&a.ID, &a.Title, &pub, &pubd, &url, &mt,
		&a.Raw, &a.BodyStart, &a.BodyEnd, &mentions, &events)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, layers.ErrNotFound
	} else if err != nil {
		return nil, wrap("get article", err)
	}
	a.Publication, a.Published, a.URL, a.MediaType = str(pub), str(pubd), str(url), str(mt)
	var ms []mention
	if err := json.Unmarshal([]byte(mentions), &ms); err != nil {
		return nil, fmt.Errorf("postgis: corrupt article %s: %w", id, err)
	}
	out := &layers.StoredArticle{Article: a}
	if len(events) > 0 {
		out.EventIDs = events
	}
	for _, m := range ms {
		out.Mentions = append(out.Mentions, geo.Mention{Text: m.Text, Start: m.Start, End: m.End, Role: m.Role, Near: m.Near, Place: m.Place})
	}
	return out, nil
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// ListArticles returns the stored articles in id order, from offset, at most limit of them
// (limit <= 0: all), and how many are stored.
func (s *Store) ListArticles(ctx context.Context, offset, limit int) ([]layers.ArticleSummary, int, error) {
	var lim any
	if limit > 0 {
		lim = limit
	}
	rows, err := s.pool.Query(ctx, `SELECT id, title, coalesce(publication, ''), coalesce(published, ''),
		coalesce(url, ''), mention_count, cardinality(event_ids), count(*) OVER ()
		FROM articles ORDER BY id OFFSET $1 LIMIT $2`, max(offset, 0), lim)
	if err != nil {
		return nil, 0, wrap("list articles", err)
	}
	var (
		out   []layers.ArticleSummary
		total int
	)
	for rows.Next() {
		var a layers.ArticleSummary
		if err := rows.Scan(&a.ID, &a.Title, &a.Publication, &a.Published, &a.URL, &a.Mentions, &a.Events, &total); err != nil {
			return nil, 0, wrap("list articles", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, wrap("list articles", err)
	}
	if len(out) == 0 { // past the end: count alone
		if err := s.pool.QueryRow(ctx, "SELECT count(*) FROM articles").Scan(&total); err != nil {
			return nil, 0, wrap("list articles", err)
		}
	}
	return out, total, nil
}

// GetEvent returns a stored event, its sources' article metadata and quotes filled in.
func (s *Store) GetEvent(ctx context.Context, id string) (*layers.Event, error) {
	var merged string
	err := s.pool.QueryRow(ctx, "SELECT merged FROM event_docs WHERE id = $1", id).Scan(&merged)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, layers.ErrNotFound
	} else if err != nil {
		return nil, wrap("get event", err)
	}
	return decodeEvent(id, merged)
}

func decodeEvent(id, merged string) (*layers.Event, error) {
	e := &layers.Event{}
	if err := json.Unmarshal([]byte(merged), e); err != nil {
		return nil, fmt.Errorf("postgis: corrupt event %s: %w", id, err)
	}
	e.ID = id
	return e, nil
}

// GetFeature returns one feature of a layer: an event of that layer or, in "places", a place.
func (s *Store) GetFeature(ctx context.Context, layer, id string) (layers.Hit, error) {
	l, ok := layers.LayerByID(layer)
	if !ok {
		return layers.Hit{}, fmt.Errorf("%w: %s", layers.ErrUnknownLayer, layer)
	}
	if l.ID == "places" {
		rows, err := s.pool.Query(ctx, "SELECT "+placeColumnsSQL+" FROM places WHERE id = $1", id)
		if err != nil {
			return layers.Hit{}, wrap("get place", err)
		}
		p, err := pgx.CollectOneRow(rows, scanPlace)
		if errors.Is(err, pgx.ErrNoRows) {
			return layers.Hit{}, layers.ErrNotFound
		} else if err != nil {
			return layers.Hit{}, wrap("get place", err)
		}
		return layers.Hit{Place: p}, nil
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

// GetFeatureJSON is a feature's GeoJSON text: an event's is the text stored when it was
// written (store.FeatureJSONGetter), read in one statement with the lookups of other callers
// waiting at the same time (batch.go); a place's is encoded.
func (s *Store) GetFeatureJSON(ctx context.Context, layer, id string) (string, error) {
	l, ok := layers.LayerByID(layer)
	if !ok {
		return "", fmt.Errorf("%w: %s", layers.ErrUnknownLayer, layer)
	}
	if l.ID == "places" {
		h, err := s.GetFeature(ctx, layer, id)
		if err != nil {
			return "", err
		}
		b, err := layers.HitJSON(h)
		return string(b), err
	}
	return s.batch.get(ctx, id, l.EventType)
}

const placeColumnsSQL = `id, coalesce(name, ''), coalesce(country, ''), coalesce(level, ''), mentions, articles,
	coalesce(first_seen, ''), coalesce(last_seen, ''), ST_X(geom), ST_Y(geom)`

func scanPlace(row pgx.CollectableRow) (*layers.PlaceFeature, error) {
	p := &layers.PlaceFeature{}
	err := row.Scan(&p.ID, &p.Name, &p.Country, &p.Level, &p.Mentions, &p.Articles, &p.FirstSeen, &p.LastSeen, &p.Lon, &p.Lat)
	p.PlaceID = p.ID
	return p, err
}

// Extent is a layer's bounding box, date range and feature count.
func (s *Store) Extent(ctx context.Context, layer string) (layers.Extent, error) {
	l, ok := layers.LayerByID(layer)
	if !ok {
		return layers.Extent{}, fmt.Errorf("%w: %q", layers.ErrUnknownLayer, layer)
	}
	sql := `SELECT count(*), coalesce(min(ST_X(geom)), 0), coalesce(min(ST_Y(geom)), 0), coalesce(max(ST_X(geom)), 0),
		coalesce(max(ST_Y(geom)), 0), coalesce(min(range_start)::text, ''), coalesce(max(range_end)::text, '')
		FROM events WHERE ($1 = '' OR event_type = $1)`
	if l.ID == "places" {
		sql = `SELECT count(*), coalesce(min(ST_X(geom)), 0), coalesce(min(ST_Y(geom)), 0), coalesce(max(ST_X(geom)), 0),
		coalesce(max(ST_Y(geom)), 0), coalesce(min(first_seen), ''), coalesce(max(last_seen), '')
		FROM places WHERE $1 = ''`
	}
	var ext layers.Extent
	err := s.pool.QueryRow(ctx, sql, l.EventType).Scan(&ext.Count, &ext.Bound.Min[0], &ext.Bound.Min[1],
		&ext.Bound.Max[0], &ext.Bound.Max[1], &ext.Start, &ext.End)
	if err != nil {
		return layers.Extent{}, wrap("extent", err)
	}
	if ext.Count == 0 {
		ext.Bound = orb.Bound{}
	}
	return ext, nil
}

// Counts is how many events of each event_type the store holds.
func (s *Store) Counts(ctx context.Context) (map[string]int, error) {
	rows, err := s.pool.Query(ctx, "SELECT event_type, count(*) FROM events GROUP BY event_type")
	if err != nil {
		return nil, wrap("counts", err)
	}
	out := map[string]int{}
	for rows.Next() {
		var t string
		var n int
		if err := rows.Scan(&t, &n); err != nil {
			return nil, wrap("counts", err)
		}
		out[t] = n
	}
	return out, wrap("counts", rows.Err())
}

// Version is the write counter every write transaction bumps.
func (s *Store) Version(ctx context.Context) (string, error) {
	var n int64
	if err := s.pool.QueryRow(ctx, "SELECT n FROM conflictmap_version WHERE id = 1").Scan(&n); err != nil {
		return "", wrap("version", err)
	}
	return strconv.FormatInt(n, 10), nil
}

// Seeded reports whether MarkSeeded was called on this database.
func (s *Store) Seeded() bool {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var ok bool
	err := s.pool.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM conflictmap_meta WHERE key = 'seeded')").Scan(&ok)
	return err == nil && ok
}

// MarkSeeded records that the store needs no seeding again.
func (s *Store) MarkSeeded() error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err := s.pool.Exec(ctx, "INSERT INTO conflictmap_meta (key, value) VALUES ('seeded', '1') ON CONFLICT (key) DO NOTHING")
	return wrap("mark seeded", err)
}

// Cluster rewrites the events and places tables in the order of their spatial indexes and
// refreshes the planner's statistics: after a bulk load of events in no spatial order, a box
// then reads a few pages rather than one page per feature (at 100,000 synthetic events, a 0.5°
// box's p50 halved). It locks the tables while it runs (seconds per million events): run it
// after an import, not while serving. It is not part of store.Store.
func (s *Store) Cluster(ctx context.Context) error {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return wrap("cluster", err)
	}
	defer conn.Release()
	for _, sql := range []string{"SET statement_timeout = 0", "CLUSTER events USING events_geom",
		"CLUSTER places USING places_geom"} {
		if _, err := conn.Exec(ctx, sql); err != nil {
			return wrap("cluster", err)
		}
	}
	if err := orderDocs(ctx, conn); err != nil {
		return wrap("cluster", err)
	}
	return wrap("cluster", vacuumOn(ctx, conn, "events", "places", "event_docs"))
}

// orderDocs rewrites event_docs in the order of the events table (its spatial order after
// CLUSTER): the search text and stored events of a page's rows, read by id, then lie on a
// few heap pages rather than one page each. One transaction, which readers wait for.
func orderDocs(ctx context.Context, conn *pgxpool.Conn) error {
	return pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		for _, sql := range []string{`CREATE TEMP TABLE docs_in_order ON COMMIT DROP AS
	SELECT d.id, d.search, d.merged FROM events AS e JOIN event_docs AS d USING (id) ORDER BY e.ctid`,
			"TRUNCATE event_docs",
			"INSERT INTO event_docs (id, search, merged) SELECT id, search, merged FROM docs_in_order"} {
			if _, err := tx.Exec(ctx, sql); err != nil {
				return err
			}
		}
		return nil
	})
}
