package main

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"

	"conflictmap/layers/store"
	"conflictmap/layers/store/postgis"
)

// The --store flag (and CONFLICTMAP_STORE): where serve and ingest keep their data. Empty, or
// a file path, is the buntdb file (the default, --db); a postgres:// or postgresql:// URL, or a
// libpq key=value string ("host=… dbname=…"), is a PostgreSQL database with PostGIS.

// storeUsage is the flag's help text.
const storeUsage = "the store: a PostgreSQL database with PostGIS (postgres://user@host/db, or host=… dbname=…); " +
	"empty for the buntdb file of --db"

// storeSpec is a parsed --store value.
type storeSpec struct {
	// Postgres is true for a PostgreSQL database, whose connection string DSN is.
	Postgres bool
	DSN      string
	// Path is the buntdb file otherwise ("" for --db's).
	Path string
}

// storeFlag defines --store on fs, defaulting to $CONFLICTMAP_STORE.
func storeFlag(fs *flag.FlagSet) *string {
	return fs.String("store", envOr("CONFLICTMAP_STORE", ""), storeUsage)
}

// parseStore reads a --store value.
func parseStore(v string) (storeSpec, error) {
	v = strings.TrimSpace(v)
	switch {
	case v == "":
		return storeSpec{}, nil
	case strings.HasPrefix(v, "postgres://"), strings.HasPrefix(v, "postgresql://"):
		u, err := url.Parse(v)
		if err != nil {
			return storeSpec{}, fmt.Errorf("--store: not a PostgreSQL URL: %v", redactErr(err, v))
		}
		if strings.Trim(u.Path, "/") == "" && u.Query().Get("dbname") == "" {
			return storeSpec{}, fmt.Errorf("--store %s: no database name (postgres://user@host/DATABASE)", redactDSN(v))
		}
		return storeSpec{Postgres: true, DSN: v}, nil
	case strings.Contains(v, "://"):
		scheme, _, _ := strings.Cut(v, "://")
		return storeSpec{}, fmt.Errorf("--store: unknown scheme %q (postgres:// or a file)", scheme)
	case isKeyValueDSN(v):
		return storeSpec{Postgres: true, DSN: v}, nil
	}
	return storeSpec{Path: v}, nil
}

// isKeyValueDSN reports whether v is a libpq key=value connection string.
func isKeyValueDSN(v string) bool {
	for _, f := range strings.Fields(v) {
		k, _, ok := strings.Cut(f, "=")
		switch k {
		case "host", "hostaddr", "port", "dbname", "user", "password", "sslmode", "service":
			if ok {
				return true
			}
		}
	}
	return false
}

// redactDSN is a connection string fit for a log: without its password.
func redactDSN(v string) string {
	if u, err := url.Parse(v); err == nil && u.Scheme != "" {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
		q := u.Query()
		if q.Has("password") {
			q.Set("password", "xxxxx")
			u.RawQuery = q.Encode()
		}
		return u.String()
	}
	fields := strings.Fields(v)
	for i, f := range fields {
		if strings.HasPrefix(f, "password=") {
			fields[i] = "password=xxxxx"
		}
	}
	return strings.Join(fields, " ")
}

func redactErr(err error, v string) string {
	msg := err.Error()
	if u, perr := url.Parse(v); perr == nil {
		if p, has := u.User.Password(); has && p != "" {
			msg = strings.ReplaceAll(msg, p, "xxxxx")
		}
	}
	return msg
}

// openTimeout bounds connecting to the database at start-up. Migrating it is not bounded:
// a migration of a large store (migration 4 rewrites events) may take minutes.
const openTimeout = 30 * time.Second

// openPostgresStore opens the PostGIS store at dsn, creating or migrating its schema.
// CONFLICTMAP_STATEMENT_TIMEOUT (a Go duration, default 30s) bounds each statement.
func openPostgresStore(ctx context.Context, dsn string) (store.Store, error) {
	var opts postgis.Options
	if v := os.Getenv("CONFLICTMAP_STATEMENT_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return nil, fmt.Errorf("CONFLICTMAP_STATEMENT_TIMEOUT=%q: not a positive duration (30s, 500ms)", v)
		}
		opts.StatementTimeout = d
	}
	opts.ConnectTimeout = openTimeout
	s, err := postgis.Open(ctx, dsn, opts)
	if err != nil {
		return nil, fmt.Errorf("--store %s: %w", redactDSN(dsn), err)
	}
	return s, nil
}
