package pgtest

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"
)

func TestMain(m *testing.M) { Main(m) }

func TestDSN(t *testing.T) {
	ctx := context.Background()
	seen := map[string]bool{}
	for _, name := range []string{"first", "second"} {
		t.Run(name, func(t *testing.T) {
			dsn := DSN(t)
			if seen[dsn] {
				t.Fatalf("database %s handed out twice", dsn)
			}
			seen[dsn] = true
			conn, err := pgx.Connect(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close(ctx)
			var wkt string
			if err := conn.QueryRow(ctx, "SELECT ST_AsText(ST_MakePoint(1, 2))").Scan(&wkt); err != nil {
				t.Fatal(err)
			}
			if wkt != "POINT(1 2)" {
				t.Errorf("PostGIS answered %q, want POINT(1 2)", wkt)
			}
			var n int
			if err := conn.QueryRow(ctx, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n != 1 { // spatial_ref_sys
				t.Errorf("a fresh database has %d tables, want 1 (spatial_ref_sys)", n)
			}
		})
	}
}
