package postgis

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"conflictmap/geo"
	"conflictmap/layers"
)

// refold folds an event's reports (in article id order) into its feature with
// layers.MergeReports and writes its row; an event left with no report is deleted.
func (w *wtx) refold(id string) error {
	rows, err := w.tx.Query(w.ctx, "SELECT report FROM reports WHERE event_id = $1 ORDER BY article_id, seq", id)
	if err != nil {
		return err
	}
	texts, err := collect(rows, nil)
	if err != nil {
		return err
	}
	if len(texts) == 0 {
		_, err := w.tx.Exec(w.ctx, "DELETE FROM events WHERE id = $1", id)
		return err
	}
	reports := make([]*layers.Event, len(texts))
	for i, t := range texts {
		reports[i] = &layers.Event{}
		if err := json.Unmarshal([]byte(t), reports[i]); err != nil {
			return fmt.Errorf("corrupt report of event %s: %w", id, err)
		}
		reports[i].ID = id
	}
	e := layers.MergeReports(reports)
	e.ID = id
	return w.writeEvent(e)
}

// writeEvent writes an event's row: its typed columns, its feature and the event itself.
func (w *wtx) writeEvent(e *layers.Event) error {
	feature, err := layers.EventJSON(e)
	if err != nil {
		return err
	}
	merged, err := json.Marshal(e)
	if err != nil {
		return err
	}
	rs, re, _ := layers.DateRange(e)
	actors := append([]string{}, e.Actors...)
	lc := make([]string, len(actors))
	for i, a := range actors {
		lc[i] = strings.ToLower(a)
	}
	_, err = w.tx.Exec(w.ctx, `UPDATE events SET event_type = $2, sub_type = $3, title = $4, place = $5,
		place_id = $6, country = $7, admin1 = $8, level = $9, geo_precision = $10, date = $11,
		date_precision = $12, date_start = $13, date_end = $14, range_start = $15, range_end = $16,
		date_source = $17, timing = $18, actors = $19, actors_lc = $20, troops = $21, fatalities = $22,
		injured = $23, troops_min = $24, troops_max = $25, fatalities_min = $26, fatalities_max = $27,
		injured_min = $28, injured_max = $29, counts_hedge = $30, modality = $31, confidence = $32,
		source_count = $33, search = $34, geom = ST_SetSRID(ST_MakePoint($35, $36), 4326),
		feature = $37, merged = $38 WHERE id = $1`,
		e.ID, e.EventType, null(e.SubType), null(e.Title), null(e.Place), null(e.PlaceID), null(e.Country),
		null(e.Admin1), null(e.Level), e.GeoPrecision, null(e.Date), orDefault(e.DatePrecision, "unknown"),
		null(e.DateStart), null(e.DateEnd), null(rs), null(re), e.DateSourceOrDefault(), e.TimingOrDefault(),
		actors, lc, known(e.Troops, e.TroopsKnown()), known(e.Fatalities, e.FatalitiesKnown()),
		known(e.Injured, e.InjuredKnown()), positive(e.TroopsMin), positive(e.TroopsMax),
		positive(e.FatalitiesMin), positive(e.FatalitiesMax), positive(e.InjuredMin), positive(e.InjuredMax),
		null(e.CountsHedge), orDefault(e.Modality, "reported"), e.Confidence, len(e.Sources), searchText(e),
		e.Lon, e.Lat, string(feature), string(merged))
	return err
}

// searchText is what Search terms are looked for in: place, title, actors and quotes, lower case.
func searchText(e *layers.Event) string {
	parts := []string{e.Place, e.Title}
	parts = append(parts, e.Actors...)
	for _, s := range e.Sources {
		parts = append(parts, s.Quote)
	}
	return strings.ToLower(strings.Join(parts, "\n"))
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// known is a count, NULL when not stated.
func known(n int, ok bool) any {
	if !ok {
		return nil
	}
	return n
}

func positive(n int) any {
	if n <= 0 {
		return nil
	}
	return n
}

// addPlaces adds an article's location mentions to the places layer.
func (w *wtx) addPlaces(places map[string]*geo.Place, counts map[string]int, a *layers.Article) error {
	ids := make([]string, 0, len(places))
	for id := range places {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		p := places[id]
		_, err := w.tx.Exec(w.ctx, `INSERT INTO places (id, name, country, level, mentions, articles, geom)
			VALUES ($1, $2, $3, $4, 0, 0, ST_SetSRID(ST_MakePoint($5, $6), 4326)) ON CONFLICT (id) DO NOTHING`,
			id, null(p.Name), null(p.Country), null(string(p.Level)), p.Lon, p.Lat)
		if err != nil {
			return err
		}
		_, err = w.tx.Exec(w.ctx, "INSERT INTO place_articles (place_id, article_id, count, published) VALUES ($1, $2, $3, $4)",
			id, a.ID, counts[id], null(a.Published))
		if err != nil {
			return err
		}
	}
	return w.recountPlaces(ids)
}

// recountPlaces sets places' counts and first and last seen dates from their articles,
// deleting those no article mentions any more.
func (w *wtx) recountPlaces(ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	_, err := w.tx.Exec(w.ctx, `UPDATE places p SET mentions = s.m, articles = s.a, first_seen = s.f, last_seen = s.l
		FROM (SELECT place_id, sum(count) AS m, count(*) AS a, min(published) AS f, max(published) AS l
			FROM place_articles WHERE place_id = ANY($1) GROUP BY place_id) s
		WHERE p.id = s.place_id`, ids)
	if err != nil {
		return err
	}
	_, err = w.tx.Exec(w.ctx, `DELETE FROM places p WHERE p.id = ANY($1)
		AND NOT EXISTS (SELECT 1 FROM place_articles pa WHERE pa.place_id = p.id)`, ids)
	return err
}
