package main

import (
	"context"
	"errors"
	"net"
	"strconv"
	"strings"
	"testing"

	"conflictmap/layers/store"
)

func TestParseStore(t *testing.T) {
	for _, c := range []struct {
		in      string
		want    storeSpec
		wantErr string
	}{
		{"", storeSpec{}, ""},
		{"  ", storeSpec{}, ""},
		{"data/conflictmap.db", storeSpec{Path: "data/conflictmap.db"}, ""},
		{":memory:", storeSpec{Path: ":memory:"}, ""},
		{"postgres://cm@db.example.org/conflictmap", storeSpec{Postgres: true, DSN: "postgres://cm@db.example.org/conflictmap"}, ""},
		{"postgresql://cm:secret@localhost:5433/cm?sslmode=disable", storeSpec{Postgres: true, DSN: "postgresql://cm:secret@localhost:5433/cm?sslmode=disable"}, ""},
		{"host=/var/run/postgresql dbname=cm", storeSpec{Postgres: true, DSN: "host=/var/run/postgresql dbname=cm"}, ""},
		{"postgres://cm:secret@localhost", storeSpec{}, "no database name"},
		{"mysql://x/y", storeSpec{}, `unknown scheme "mysql"`},
	} {
		t.Run(c.in, func(t *testing.T) {
			got, err := parseStore(c.in)
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("parseStore(%q) = %+v, %v; want an error with %q", c.in, got, err, c.wantErr)
				}
				if strings.Contains(err.Error(), "secret") {
					t.Errorf("error shows the password: %v", err)
				}
				return
			}
			if err != nil || got != c.want {
				t.Errorf("parseStore(%q) = %+v, %v; want %+v", c.in, got, err, c.want)
			}
		})
	}
}

func TestRedactDSN(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://cm:secret@h/db":          "postgres://cm:xxxxx@h/db",
		"postgres://cm@h/db?password=secret": "postgres://cm@h/db?password=xxxxx",
		"host=h password=secret dbname=db":   "host=h password=xxxxx dbname=db",
		"postgres://cm@h/db?sslmode=disable": "postgres://cm@h/db?sslmode=disable",
	} {
		if got := redactDSN(in); got != want {
			t.Errorf("redactDSN(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOpenPostgresStoreUnreachable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	dsn := "postgres://cm:secret@127.0.0.1:" + strconv.Itoa(port) + "/cm?connect_timeout=5"
	_, err = openPostgresStore(context.Background(), dsn)
	if !errors.Is(err, store.ErrUnavailable) || strings.Contains(err.Error(), "secret") {
		t.Errorf("openPostgresStore of a closed port: %v; want ErrUnavailable, no password", err)
	}
	t.Setenv("CONFLICTMAP_STATEMENT_TIMEOUT", "soon")
	if _, err := openPostgresStore(context.Background(), dsn); err == nil || !strings.Contains(err.Error(), "CONFLICTMAP_STATEMENT_TIMEOUT") {
		t.Errorf("a bad CONFLICTMAP_STATEMENT_TIMEOUT: %v", err)
	}
}
