package postgis

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"conflictmap/geo"
	"conflictmap/layers"
)

const bulkBatch = 500 // articles per transaction of BulkLoad

// PutArticle stores an article, its mentions and its events in one transaction, replacing the
// article's earlier version: each event joins the stored event layers.BestMatch picks, or is
// stored as a new event named by layers.DeriveEventID. Writers take one advisory lock, so that
// two servers storing the same article at once leave one copy.
func (s *Store) PutArticle(ctx context.Context, res *layers.Result) (layers.PutResult, error) {
	if err := validResult(res); err != nil {
		return layers.PutResult{}, err
	}
	var pr layers.PutResult
	err := s.write(ctx, "put", res.Article.ID, func(w *wtx) error {
		pr = layers.PutResult{ArticleID: res.Article.ID}
		replaced, err := w.removeArticle(res.Article.ID)
		if err != nil {
			return err
		}
		pr.Replaced = replaced
		return w.putArticle(res, &pr)
	})
	if err != nil {
		return layers.PutResult{}, err
	}
	return pr, nil
}

// BulkLoad stores results as PutArticle does, many to a transaction, every event as a new
// event (no search for one to merge with). It returns how many events it created.
func (s *Store) BulkLoad(ctx context.Context, results []*layers.Result) (int, error) {
	n := 0
	for len(results) > 0 {
		batch := results[:min(bulkBatch, len(results))]
		results = results[len(batch):]
		for _, res := range batch {
			if err := validResult(res); err != nil {
				return n, fmt.Errorf("bulk load: %w", err)
			}
		}
		created := 0
		err := s.write(ctx, "put", "", func(w *wtx) error {
			w.bulk, created = true, 0
			w.taken = map[string]bool{}
			for _, res := range batch {
				if _, err := w.removeArticle(res.Article.ID); err != nil {
					return err
				}
				if err := w.storedIDs(res); err != nil {
					return err
				}
				w.batch = &pgx.Batch{}
				var pr layers.PutResult
				if err := w.putArticle(res, &pr); err != nil {
					return err
				}
				if err := w.flush(); err != nil {
					return err
				}
				w.batch = nil
				created += pr.Created
			}
			return nil
		})
		if err != nil {
			return n, err
		}
		n += created
	}
	return n, nil
}

// DeleteArticle removes an article, its reports (refolding the events they were part of,
// deleting those left with none) and its mentions from the places' counts.
func (s *Store) DeleteArticle(ctx context.Context, id string) error {
	return s.write(ctx, "delete", id, func(w *wtx) error {
		found, err := w.removeArticle(id)
		if err == nil && !found {
			return layers.ErrNotFound
		}
		return err
	})
}

// wtx is one write transaction.
type wtx struct {
	ctx  context.Context
	tx   pgx.Tx
	bulk bool
	// In a bulk load, writes are queued in batch and sent once per article; taken holds the
	// event ids the transaction gave, inDB those of the article's derived ids already stored.
	batch       *pgx.Batch
	taken, inDB map[string]bool
}

// exec runs a write, or queues it in a bulk load.
func (w *wtx) exec(sql string, args ...any) error {
	if w.batch != nil {
		w.batch.Queue(sql, args...)
		return nil
	}
	_, err := w.tx.Exec(w.ctx, sql, args...)
	return err
}

// flush sends the queued writes.
func (w *wtx) flush() error {
	if w.batch == nil || w.batch.Len() == 0 {
		return nil
	}
	err := w.tx.SendBatch(w.ctx, w.batch).Close()
	w.batch = &pgx.Batch{}
	return err
}

// write runs fn in a transaction under the ingest lock, bumps the version and notifies the
// watchers, all in the same transaction.
func (s *Store) write(ctx context.Context, kind, article string, fn func(*wtx) error) error {
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", int64(lockIngest)); err != nil {
			return err
		}
		if err := fn(&wtx{ctx: ctx, tx: tx}); err != nil {
			return err
		}
		var v int64
		if err := tx.QueryRow(ctx, "UPDATE conflictmap_version SET n = n + 1 WHERE id = 1 RETURNING n").Scan(&v); err != nil {
			return err
		}
		payload, _ := json.Marshal(change{Kind: kind, Article: article, Version: v})
		_, err := tx.Exec(ctx, "SELECT pg_notify($1, $2)", s.channel, string(payload))
		return err
	})
	return wrap(kind, err)
}

func validResult(res *layers.Result) error {
	if res == nil || res.Article.ID == "" {
		return fmt.Errorf("%w: article without id", layers.ErrInvalid)
	}
	a := &res.Article
	for _, f := range []string{a.ID, a.Title, a.Publication, a.Published, a.URL, a.Raw} {
		if strings.IndexByte(f, 0) >= 0 || !utf8.ValidString(f) {
			return fmt.Errorf("%w: article %q: a NUL byte or invalid UTF-8, which PostgreSQL cannot store", layers.ErrInvalid, a.ID)
		}
	}
	for i := range res.Events {
		if err := validEvent(i, &res.Events[i]); err != nil {
			return err
		}
	}
	return nil
}

func validEvent(i int, e *layers.Event) error {
	t := e.EventType
	ok := t != "" && len(t) <= 40 && strings.Trim(t, "abcdefghijklmnopqrstuvwxyz_") == ""
	switch {
	case !ok:
		return fmt.Errorf("%w: event %d: event_type %q", layers.ErrInvalid, i, t)
	case !validPoint(e.Lon, e.Lat):
		return fmt.Errorf("%w: event %d: coordinates %v,%v", layers.ErrInvalid, i, e.Lon, e.Lat)
	case !validDate(e.DateStart) || !validDate(e.DateEnd):
		return fmt.Errorf("%w: event %d: date_start %q / date_end %q are not YYYY-MM-DD", layers.ErrInvalid, i, e.DateStart, e.DateEnd)
	case e.DateStart != "" && e.DateEnd != "" && e.DateEnd < e.DateStart:
		return fmt.Errorf("%w: event %d: date_end %s before date_start %s", layers.ErrInvalid, i, e.DateEnd, e.DateStart)
	}
	return nil
}

func validPoint(x, y float64) bool {
	return !math.IsNaN(x) && !math.IsNaN(y) && x >= -180 && x <= 180 && y >= -90 && y <= 90
}

func validDate(d string) bool {
	if d == "" {
		return true
	}
	_, err := time.Parse(time.DateOnly, d)
	return err == nil
}

// mention is a mention as stored (the fields GetArticle gives back).
type mention struct {
	Text  string     `json:"t"`
	Start int        `json:"s"`
	End   int        `json:"e"`
	Role  string     `json:"r"`
	Near  bool       `json:"n,omitempty"`
	Place *geo.Place `json:"p,omitempty"`
}

func (w *wtx) putArticle(res *layers.Result, pr *layers.PutResult) error {
	a := &res.Article
	ms := make([]mention, 0, len(res.Mentions))
	counts := map[string]int{}
	places := map[string]*geo.Place{}
	for _, m := range res.Mentions {
		sm := mention{Text: m.Text, Start: m.Start, End: m.End, Role: m.Role, Near: m.Near}
		if p := m.Place; p != nil {
			sm.Place = &geo.Place{ID: p.ID, Name: p.Name, Country: p.Country, Admin1: p.Admin1, Level: p.Level, Lat: p.Lat, Lon: p.Lon}
			if m.Role == geo.RoleLocation && p.ID != "" && validPoint(p.Lon, p.Lat) {
				counts[p.ID]++
				places[p.ID] = p
			}
		}
		ms = append(ms, sm)
	}
	mj, err := json.Marshal(ms)
	if err != nil {
		return err
	}
	err = w.exec(`INSERT INTO articles (id, title, publication, published, url, media_type, raw,
		body_start, body_end, mentions, mention_count, event_ids) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, '{}')`,
		a.ID, a.Title, null(a.Publication), null(a.Published), null(a.URL), null(a.MediaType), a.Raw,
		a.BodyStart, a.BodyEnd, string(mj), len(ms))
	if err != nil {
		return err
	}
	if err := w.addPlaces(places, counts, a); err != nil {
		return err
	}
	var ids []string
	seen := map[string]bool{}
	for i := range res.Events {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		id, created, err := w.putEvent(report(&res.Events[i], a), a.ID)
		if err != nil {
			return err
		}
		pr.EventIDs = append(pr.EventIDs, id)
		pr.NewEvent = append(pr.NewEvent, created)
		if created {
			pr.Created++
		} else {
			pr.Merged++
		}
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	if len(ids) > 0 {
		err = w.exec("UPDATE articles SET event_ids = $2 WHERE id = $1", a.ID, ids)
	}
	return err
}

// report is an article's report of an event as stored: the event as extracted, its sources
// carrying the article's metadata.
func report(e *layers.Event, a *layers.Article) *layers.Event {
	r := *e
	r.ID = ""
	r.Actors = append([]string(nil), e.Actors...)
	r.Sources = append([]layers.Source(nil), e.Sources...)
	for i := range r.Sources {
		s := &r.Sources[i]
		s.ArticleID, s.Title, s.Publication, s.Published, s.URL = a.ID, a.Title, a.Publication, a.Published, a.URL
	}
	// a one-sentence report's figures are its sentence's (as the buntdb store reads its parts)
	if len(r.Sources) == 1 {
		if s := &r.Sources[0]; s.Troops == 0 && s.Fatalities == 0 && s.Injured == 0 {
			s.Troops, s.Fatalities, s.Injured = r.Troops, r.Fatalities, r.Injured
		}
	}
	return &r
}

// putEvent stores report r of article aid: into the stored event it is a report of, or as a
// new event.
func (w *wtx) putEvent(r *layers.Event, aid string) (id string, created bool, err error) {
	if !w.bulk {
		cands, err := w.candidates(r)
		if err != nil {
			return "", false, err
		}
		if i := layers.BestMatch(r, cands); i >= 0 {
			id = cands[i].ID
		}
	}
	if id == "" {
		if id, err = w.freeID(r); err != nil {
			return "", false, err
		}
		created = true
	}
	rj, err := json.Marshal(r)
	if err != nil {
		return "", false, err
	}
	if created { // the feature of one report, folded here rather than read back
		one := *r
		one.ID = id
		e := layers.MergeReports([]*layers.Event{&one})
		e.ID = id
		if err := w.writeEvent(e); err != nil {
			return "", false, err
		}
	}
	if err = w.exec("INSERT INTO reports (event_id, article_id, report) VALUES ($1, $2, $3)", id, aid, string(rj)); err != nil {
		return "", false, err
	}
	if created {
		return id, true, nil
	}
	return id, false, w.refold(id)
}

// candidates are the stored events of r's type within layers.SameEventKm whose dates may
// overlap r's.
func (w *wtx) candidates(r *layers.Event) ([]*layers.Event, error) {
	dlat := layers.SameEventKm / 111.0
	dlon := dlat / math.Max(math.Cos(r.Lat*math.Pi/180), 0.05)
	start, end, dated := layers.DateRange(r)
	rows, err := w.tx.Query(w.ctx, `SELECT id, merged FROM events JOIN event_docs USING (id)
		WHERE event_type = $1 AND geom && ST_MakeEnvelope($2, $3, $4, $5, 4326)
		AND ($6 = false OR range_start IS NULL OR (range_start <= $8::date AND range_end >= $7::date))`,
		r.EventType, r.Lon-dlon, r.Lat-dlat, r.Lon+dlon, r.Lat+dlat, dated, null(start), null(end))
	if err != nil {
		return nil, err
	}
	var out []*layers.Event
	for rows.Next() {
		var id, merged string
		if err := rows.Scan(&id, &merged); err != nil {
			return nil, err
		}
		e := &layers.Event{}
		if err := json.Unmarshal([]byte(merged), e); err != nil {
			return nil, fmt.Errorf("corrupt event %s: %w", id, err)
		}
		e.ID = id
		out = append(out, e)
	}
	return out, rows.Err()
}

// freeID is the first of DeriveEventID(r), -2, -3 … not taken.
func (w *wtx) freeID(r *layers.Event) (string, error) {
	base := layers.DeriveEventID(r)
	if w.bulk && !w.taken[base] && !w.inDB[base] {
		w.taken[base] = true
		return base, nil
	}
	id := base
	for n := 2; n <= layers.MaxDerivedIDs+1; n++ {
		if w.bulk && w.taken[id] {
			id = fmt.Sprintf("%s-%d", base, n)
			continue
		}
		var taken bool
		if err := w.tx.QueryRow(w.ctx, "SELECT EXISTS (SELECT 1 FROM events WHERE id = $1)", id).Scan(&taken); err != nil {
			return "", err
		}
		if !taken {
			if w.bulk {
				w.taken[id] = true
			}
			return id, nil
		}
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return "", fmt.Errorf("no free id for event %s", base)
}

// storedIDs notes which of the ids derived for a result's events are stored (bulk loads).
func (w *wtx) storedIDs(res *layers.Result) error {
	bases := make([]string, len(res.Events))
	for i := range res.Events {
		bases[i] = layers.DeriveEventID(&res.Events[i])
	}
	ids, err := collect(w.tx.Query(w.ctx, "SELECT id FROM events WHERE id = ANY($1)", bases))
	w.inDB = map[string]bool{}
	for _, id := range ids {
		w.inDB[id] = true
	}
	return err
}

// removeArticle deletes an article, refolding the events it reported (deleting those left with
// no report) and taking its mentions out of the places' counts. found is false when it was not
// stored.
func (w *wtx) removeArticle(id string) (found bool, err error) {
	var events []string
	err = w.tx.QueryRow(w.ctx, "SELECT event_ids FROM articles WHERE id = $1", id).Scan(&events)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	} else if err != nil {
		return false, err
	}
	pids, err := collect(w.tx.Query(w.ctx, "DELETE FROM place_articles WHERE article_id = $1 RETURNING place_id", id))
	if err != nil {
		return false, err
	}
	if _, err := w.tx.Exec(w.ctx, "DELETE FROM articles WHERE id = $1", id); err != nil { // reports cascade
		return false, err
	}
	sort.Strings(events)
	for _, eid := range events {
		if err := w.refold(eid); err != nil {
			return false, err
		}
	}
	return true, w.recountPlaces(pids)
}

func collect(rows pgx.Rows, err error) ([]string, error) {
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowTo[string])
}

// null is NULL for an empty string.
func null(s string) any {
	if s == "" {
		return nil
	}
	return s
}
