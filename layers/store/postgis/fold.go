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

// writeEvent writes (inserts or updates) an event's row, its typed columns and its feature,
// and its row of event_docs: the event itself and its search text.
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
	err = w.exec(`INSERT INTO events (id, event_type, sub_type, title, place, place_id, country,
		admin1, level, geo_precision, date, date_precision, date_start, date_end, range_start, range_end,
		date_source, timing, actors, actors_lc, troops, fatalities, injured, troops_min, troops_max,
		fatalities_min, fatalities_max, injured_min, injured_max, counts_hedge, modality, confidence,
		source_count, geom, feature) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
		$12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31,
		$32, $33, ST_SetSRID(ST_MakePoint($34, $35), 4326), $36)
		ON CONFLICT (id) DO UPDATE SET event_type = EXCLUDED.event_type, sub_type = EXCLUDED.sub_type,
		title = EXCLUDED.title, place = EXCLUDED.place, place_id = EXCLUDED.place_id, country = EXCLUDED.country,
		admin1 = EXCLUDED.admin1, level = EXCLUDED.level, geo_precision = EXCLUDED.geo_precision,
		date = EXCLUDED.date, date_precision = EXCLUDED.date_precision, date_start = EXCLUDED.date_start,
		date_end = EXCLUDED.date_end, range_start = EXCLUDED.range_start, range_end = EXCLUDED.range_end,
		date_source = EXCLUDED.date_source, timing = EXCLUDED.timing, actors = EXCLUDED.actors,
		actors_lc = EXCLUDED.actors_lc, troops = EXCLUDED.troops, fatalities = EXCLUDED.fatalities,
		injured = EXCLUDED.injured, troops_min = EXCLUDED.troops_min, troops_max = EXCLUDED.troops_max,
		fatalities_min = EXCLUDED.fatalities_min, fatalities_max = EXCLUDED.fatalities_max,
		injured_min = EXCLUDED.injured_min, injured_max = EXCLUDED.injured_max,
		counts_hedge = EXCLUDED.counts_hedge, modality = EXCLUDED.modality, confidence = EXCLUDED.confidence,
		source_count = EXCLUDED.source_count, geom = EXCLUDED.geom, feature = EXCLUDED.feature`,
		e.ID, e.EventType, null(e.SubType), null(e.Title), null(e.Place), null(e.PlaceID), null(e.Country),
		null(e.Admin1), null(e.Level), e.GeoPrecision, null(e.Date), orDefault(e.DatePrecision, "unknown"),
		null(e.DateStart), null(e.DateEnd), null(rs), null(re), e.DateSourceOrDefault(), e.TimingOrDefault(),
		actors, lc, known(e.Troops, e.TroopsKnown()), known(e.Fatalities, e.FatalitiesKnown()),
		known(e.Injured, e.InjuredKnown()), known(e.TroopsMin, e.RangeKnown(0)), known(e.TroopsMax, e.RangeKnown(0)),
		known(e.FatalitiesMin, e.RangeKnown(1)), known(e.FatalitiesMax, e.RangeKnown(1)), known(e.InjuredMin, e.RangeKnown(2)),
		known(e.InjuredMax, e.RangeKnown(2)),
		null(e.CountsHedge), orDefault(e.Modality, "reported"), e.Confidence, len(e.Sources), e.Lon, e.Lat, string(feature))
	if err != nil {
		return err
	}
	return w.exec(`INSERT INTO event_docs (id, search, merged) VALUES ($1, $2, $3)
		ON CONFLICT (id) DO UPDATE SET search = EXCLUDED.search, merged = EXCLUDED.merged`,
		e.ID, searchText(e), string(merged))
}

// searchText is what Search terms are looked for in, lower case: the event's values of
// cql2.SearchFields (the fields the buntdb store's Search reads), its actors and its quotes.
func searchText(e *layers.Event) string {
	parts := []string{e.Title, e.Place, e.EventType, e.SubType, e.Country, e.Admin1}
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

// addPlaces adds an article's location mentions to the places layer.
func (w *wtx) addPlaces(places map[string]*geo.Place, counts map[string]int, a *layers.Article) error {
	ids := make([]string, 0, len(places))
	for id := range places {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		p := places[id]
		err := w.exec(`INSERT INTO places (id, name, country, level, mentions, articles, geom)
			VALUES ($1, $2, $3, $4, 0, 0, ST_SetSRID(ST_MakePoint($5, $6), 4326)) ON CONFLICT (id) DO NOTHING`,
			id, null(p.Name), null(p.Country), null(string(p.Level)), p.Lon, p.Lat)
		if err != nil {
			return err
		}
		err = w.exec("INSERT INTO place_articles (place_id, article_id, count, published) VALUES ($1, $2, $3, $4)",
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
	err := w.exec(`UPDATE places p SET mentions = s.m, articles = s.a, first_seen = s.f, last_seen = s.l
		FROM (SELECT place_id, sum(count) AS m, count(*) AS a, min(published) AS f, max(published) AS l
			FROM place_articles WHERE place_id = ANY($1) GROUP BY place_id) s
		WHERE p.id = s.place_id`, ids)
	if err != nil {
		return err
	}
	return w.exec(`DELETE FROM places p WHERE p.id = ANY($1)
		AND NOT EXISTS (SELECT 1 FROM place_articles pa WHERE pa.place_id = p.id)`, ids)
}
