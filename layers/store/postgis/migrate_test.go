package postgis

import (
	"context"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/paulmach/orb"

	"conflictmap/cql2"
	"conflictmap/internal/pgtest"
	"conflictmap/layers"
	"conflictmap/layers/store"
)

// TestMigrateWideEvents opens a database left at schema version 1 (feature, event and search
// text in the events row): migration 2 moves them to event_docs (and 4 the feature back to
// events), and the event is still read, and found by box and by search.
func TestMigrateWideEvents(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	execAll(t, dsn,
		migrations[0],
		versionTable+" VALUES (1)",
		`INSERT INTO events (id, event_type, actors, actors_lc, source_count, search, geom, feature, merged)
		VALUES ('e1', 'clash', '{}', '{}', 1, 'a clash near somewhere', ST_SetSRID(ST_MakePoint(45, 40), 4326),
		'{"type":"Feature","id":"e1"}', '{"EventType":"clash","Lon":45,"Lat":40}')`,
	)

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
		got, it := pageJSON(t, s, q)
		if len(got) != 1 || got[0] != `{"type":"Feature","id":"e1"}` || it.Matched() != 1 {
			t.Errorf("%+v after the migration: %q, matched %d; want the stored feature", q, got, it.Matched())
		}
	}
	var wide int
	err = s.pool.QueryRow(ctx, `SELECT count(*) FROM information_schema.columns
		WHERE table_name = 'events' AND column_name IN ('merged', 'search')`).Scan(&wide)
	if err != nil || wide != 0 {
		t.Errorf("events keeps %d of its wide columns (%v), want none", wide, err)
	}
	// migration 4 moves the feature back into events, and out of event_docs
	var feature int
	err = s.pool.QueryRow(ctx, `SELECT count(*) FROM information_schema.columns
		WHERE column_name = 'feature' AND table_name IN ('events', 'event_docs')`).Scan(&feature)
	if err != nil || feature != 1 {
		t.Errorf("%d feature columns in events and event_docs (%v), want the one of events", feature, err)
	}
}

// TestMigratePointIndex opens a database left at schema version 2: migration 3 adds the
// native point of each event and its covering GiST index, the event is found by box, and a
// box's count with a filter on type and fatalities is answered from that index alone.
func TestMigratePointIndex(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	execAll(t, dsn,
		migrations[0],
		`INSERT INTO events (id, event_type, actors, actors_lc, source_count, search, geom, feature, merged, fatalities)
		VALUES ('e1', 'clash', '{}', '{}', 1, 'a clash', ST_SetSRID(ST_MakePoint(45, 40), 4326),
		'{"type":"Feature","id":"e1"}', '{"EventType":"clash","Lon":45,"Lat":40}', 3)`,
		migrations[1],
		versionTable+" VALUES (1), (2)",
	)

	s, err := Open(ctx, dsn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var v int
	if err := s.pool.QueryRow(ctx, "SELECT max(version) FROM conflictmap_schema_version").Scan(&v); err != nil || v != len(migrations) {
		t.Fatalf("schema version %d (%v), want %d", v, err, len(migrations))
	}
	box := orb.Bound{Min: orb.Point{44.5, 39.5}, Max: orb.Point{45, 40}} // the event on its corner
	q := layers.Query{Layer: "clashes", Bound: &box, Where: cql2.Compare{Op: ">", A: cql2.Property{Name: "fatalities"}, B: cql2.Literal{Value: 0.0}}, Limit: 10}
	got, it := pageJSON(t, s, q)
	if len(got) != 1 || got[0] != `{"type":"Feature","id":"e1"}` || it.Matched() != 1 {
		t.Errorf("box on the event's corner after the migration: %q, matched %d; want the stored feature", got, it.Matched())
	}
	st, err := compile(q)
	if err != nil {
		t.Fatal(err)
	}
	if plan := explainCount(t, s, st); !strings.Contains(plan, "Index Only Scan using events_pt") {
		t.Errorf("a box's count with type and fatalities reads more than events_pt:\n%s", plan)
	}
}

// TestMigrateFeatureInEvents opens a database left at schema version 3: migration 4 moves
// each feature into its events row, from which a box's page and items/{id} read it, and a
// box's page no longer reads event_docs.
func TestMigrateFeatureInEvents(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	execAll(t, dsn,
		migrations[0], migrations[1], migrations[2],
		`INSERT INTO events (id, event_type, actors, actors_lc, source_count, geom)
		VALUES ('e1', 'clash', '{}', '{}', 1, ST_SetSRID(ST_MakePoint(45, 40), 4326))`,
		`INSERT INTO event_docs (id, search, feature, merged) VALUES ('e1', 'a clash',
		'{"type":"Feature","id":"e1"}', '{"EventType":"clash","Lon":45,"Lat":40}')`,
		versionTable+" VALUES (1), (2), (3)",
	)
	s, err := Open(ctx, dsn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	box := orb.Bound{Min: orb.Point{44.5, 39.5}, Max: orb.Point{45.5, 40.5}}
	q := layers.Query{Layer: "events", Bound: &box, Limit: 10}
	if got, it := pageJSON(t, s, q); len(got) != 1 || got[0] != `{"type":"Feature","id":"e1"}` || it.Matched() != 1 {
		t.Errorf("box after migration 4: %q, matched %d; want the stored feature", got, it.Matched())
	}
	if f, err := s.GetFeatureJSON(ctx, "clashes", "e1"); err != nil || f != `{"type":"Feature","id":"e1"}` {
		t.Errorf("GetFeatureJSON after migration 4: %q, %v", f, err)
	}
	st, err := compile(q)
	if err != nil {
		t.Fatal(err)
	}
	if plan := explainCount(t, s, st); strings.Contains(plan, "event_docs") {
		t.Errorf("a box's page reads event_docs:\n%s", plan)
	}
}

// execAll runs statements on a connection of its own to dsn: a database left at an older
// schema version.
// versionTable creates the schema's version table as migrate does and begins the insert of the
// versions a test database is left at: versionTable+" VALUES (1), (2)".
const versionTable = "CREATE TABLE conflictmap_schema_version (version int NOT NULL, applied timestamptz NOT NULL DEFAULT now()); " +
	"INSERT INTO conflictmap_schema_version (version)"

func execAll(t *testing.T, dsn string, sqls ...string) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for _, sql := range sqls {
		if _, err := conn.Exec(ctx, sql); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
}

// pageJSON is a query's page as the features' text.
func pageJSON(t *testing.T, s *Store, q layers.Query) ([]string, store.Iterator) {
	t.Helper()
	ctx := context.Background()
	it, err := s.Query(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	if err := it.EachJSON(ctx, func(f string) error { got = append(got, f); return nil }); err != nil {
		t.Fatal(err)
	}
	return got, it
}

// explainCount is the plan of a statement's count of matches, with sequential and bitmap
// scans off (a table of one row is otherwise read whole).
func explainCount(t *testing.T, s *Store, st statement) string {
	t.Helper()
	ctx := context.Background()
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Release()
	for _, sql := range []string{"SET enable_seqscan = off", "SET enable_bitmapscan = off"} {
		if _, err := conn.Exec(ctx, sql); err != nil {
			t.Fatal(err)
		}
	}
	defer conn.Exec(ctx, "RESET ALL")
	rows, err := conn.Query(ctx, "EXPLAIN "+st.sql, st.args...)
	if err != nil {
		t.Fatal(err)
	}
	lines, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(lines, "\n")
}
