package postgis

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/paulmach/orb"

	"conflictmap/cql2"
	"conflictmap/internal/pgtest"
	"conflictmap/layers"
)

// TestMigrateWideEvents opens a database left at schema version 1 (feature, event and search
// text in the events row): migration 2 moves them to event_docs, and the event is still read,
// and found by box and by search.
func TestMigrateWideEvents(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	for _, sql := range []string{
		migrations[0],
		"CREATE TABLE conflictmap_schema_version (version int NOT NULL, applied timestamptz NOT NULL DEFAULT now())",
		"INSERT INTO conflictmap_schema_version (version) VALUES (1)",
		`INSERT INTO events (id, event_type, actors, actors_lc, source_count, search, geom, feature, merged)
		VALUES ('e1', 'clash', '{}', '{}', 1, 'a clash near somewhere', ST_SetSRID(ST_MakePoint(45, 40), 4326),
		'{"type":"Feature","id":"e1"}', '{"EventType":"clash","Lon":45,"Lat":40}')`,
	} {
		if _, err := conn.Exec(ctx, sql); err != nil {
			conn.Close(ctx)
			t.Fatalf("%s: %v", sql, err)
		}
	}
	conn.Close(ctx)

	s, err := Open(ctx, dsn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	e, err := s.GetEvent(ctx, "e1")
	if err != nil || e.EventType != "clash" || e.Lon != 45 {
		t.Fatalf("GetEvent after the migration: %+v, %v", e, err)
	}
	box := orb.Bound{Min: orb.Point{44.5, 39.5}, Max: orb.Point{45.5, 40.5}}
	for _, q := range []layers.Query{
		{Layer: "events", Bound: &box, Limit: 10},
		{Layer: "events", Where: cql2.Search{Terms: []string{"near some"}}, Limit: 10},
	} {
		it, err := s.Query(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		if err := it.EachJSON(ctx, func(f string) error { got = append(got, f); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0] != `{"type":"Feature","id":"e1"}` || it.Matched() != 1 {
			t.Errorf("%+v after the migration: %q, matched %d; want the stored feature", q, got, it.Matched())
		}
	}
	var wide int
	err = s.pool.QueryRow(ctx, `SELECT count(*) FROM information_schema.columns
		WHERE table_name = 'events' AND column_name IN ('feature', 'merged', 'search')`).Scan(&wide)
	if err != nil || wide != 0 {
		t.Errorf("events keeps %d of its wide columns (%v), want none", wide, err)
	}
}
