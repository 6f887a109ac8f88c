// Package postgis is the conflictmap store in PostgreSQL with PostGIS: typed tables that
// QGIS and ogr2ogr read as they are (events and places with a geometry(Point, 4326) column),
// every article's reports kept beside the events they fold into, queries compiled from
// layers.Query and its CQL2 filter to one parameterised SQL statement (sql.go), and a version
// counter and LISTEN/NOTIFY so that every server sharing the database sees each write.
//
// The tables (schema.go), for GIS users reading the database directly:
//   - events: one row per feature of the event layers, typed columns named as SCHEMA.md's
//     properties (actors text[], dates as date, counts int and NULL when not stated), geom
//     geometry(Point, 4326) with a GiST index, feature the GeoJSON the API serves.
//   - reports: each article's report of an event (jsonb), which the event's row is folded from
//     (layers.MergeReports) whenever its reports change.
//   - articles: metadata, text and mentions; places and place_articles: the places layer.
//   - conflictmap_version: the write counter; conflictmap_schema_version: migrations applied.
//
// The store keeps nothing in memory between calls, so that any number of servers can share
// one database: writes take one advisory lock (merging reads the events near a report), bump
// the counter and NOTIFY in their transaction.
package postgis

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

var _ store.Store = (*Store)(nil)

// Options configures Open. The zero value is usable.
type Options struct {
	// StatementTimeout bounds every statement of the pool's connections; default 30 s.
	StatementTimeout time.Duration
	// MaxConns is the pool's size; default pgxpool's (4 or the CPU count).
	MaxConns int32
	// Channel is the NOTIFY channel of Watch; default "conflictmap_changes".
	Channel string
	// ConnectTimeout, when > 0, bounds reaching the database; the migrations that follow are
	// bounded by Open's context only (at 1M events migration 4 takes minutes).
	ConnectTimeout time.Duration
}

// Store is the PostGIS store. It is safe for concurrent use, by many processes too.
type Store struct {
	pool    *pgxpool.Pool
	generic *pgxpool.Pool // filtered pages' statements, planned once (see openGeneric)
	channel string
	hubOnce sync.Once
	hub     *hub
	batch   *batcher
}

const (
	defaultChannel = "conflictmap_changes"
	// lockMigrate and lockIngest are the keys of the advisory locks of migrations and writes.
	lockMigrate = 0x636d6170_0001
	lockIngest  = 0x636d6170_0002
)

// Open connects to the database at dsn (a postgres:// URL or key=value string), creating or
// migrating its schema.
func Open(ctx context.Context, dsn string, opts Options) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("postgis: %w: dsn: %v", layers.ErrInvalid, err)
	}
	timeout := opts.StatementTimeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	cfg.ConnConfig.RuntimeParams["statement_timeout"] = strconv.FormatInt(timeout.Milliseconds(), 10)
	cfg.ConnConfig.RuntimeParams["DateStyle"] = "ISO, YMD"
	cfg.ConnConfig.RuntimeParams["TimeZone"] = "UTC"
	if opts.MaxConns > 0 {
		cfg.MaxConns = opts.MaxConns
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgis: open: %w", err)
	}
	s := &Store{pool: pool, channel: opts.Channel}
	if s.channel == "" {
		s.channel = defaultChannel
	}
	if err := ping(ctx, pool, opts.ConnectTimeout); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgis: open: cannot reach the database at %s: %w", describe(cfg.ConnConfig), unavailable(err))
	}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	if s.generic, err = openGeneric(ctx, cfg); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgis: open: %w", err)
	}
	s.batch = newBatcher(s)
	return s, nil
}

// openGeneric is the pool of the statements of filtered pages (a box with a CQL2 filter, a
// datetime, properties): their connections keep one generic plan per statement
// (plan_cache_mode), where the default plans each execution afresh for its parameters, which
// cost more than running it (0.2-0.5 ms against 0.8-2.5 ms) for the same GiST scan. A box
// alone stays on the default pool: its generic plan is an index scan where its custom plan is
// a bitmap scan, whose features come in another order.
func openGeneric(ctx context.Context, cfg *pgxpool.Config) (*pgxpool.Pool, error) {
	g := cfg.Copy()
	g.ConnConfig.RuntimeParams["plan_cache_mode"] = "force_generic_plan"
	g.MinConns = 0
	return pgxpool.NewWithConfig(ctx, g)
}

// ping reaches the database, within timeout when it is > 0.
func ping(ctx context.Context, pool *pgxpool.Pool, timeout time.Duration) error {
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	return pool.Ping(ctx)
}

func describe(c *pgx.ConnConfig) string {
	return fmt.Sprintf("%s:%d/%s", c.Host, c.Port, c.Database)
}

// migrate runs the migrations the database lacks, then vacuums the tables they rewrote (a
// rewritten table has no visibility map: its index-only scans would read the heap).
func (s *Store) migrate(ctx context.Context) error {
	applied := 0
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// migrations (CREATE EXTENSION postgis) may take longer than a query may
		if _, err := tx.Exec(ctx, "SET LOCAL statement_timeout = 0"); err != nil {
			return wrap("migrate", err)
		}
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", int64(lockMigrate)); err != nil {
			return wrap("migrate", err)
		}
		_, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS conflictmap_schema_version (
			version int NOT NULL, applied timestamptz NOT NULL DEFAULT now())`)
		if err != nil {
			return wrap("migrate", err)
		}
		var v int
		if err := tx.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM conflictmap_schema_version").Scan(&v); err != nil {
			return wrap("migrate", err)
		}
		if v > len(migrations) {
			return fmt.Errorf("postgis: the database's schema is version %d, newer than this program's %d", v, len(migrations))
		}
		for i := v; i < len(migrations); i++ {
			if _, err := tx.Exec(ctx, migrations[i]); err != nil {
				return fmt.Errorf("postgis: migration %d: %w", i+1, err)
			}
			if _, err := tx.Exec(ctx, "INSERT INTO conflictmap_schema_version (version) VALUES ($1)", i+1); err != nil {
				return wrap("migrate", err)
			}
			applied++
		}
		return nil
	})
	if err != nil || applied == 0 {
		return err
	}
	return s.vacuum(ctx, "events")
}

// vacuum vacuums and analyses tables, outside any transaction, with no statement timeout.
func (s *Store) vacuum(ctx context.Context, tables ...string) error {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return wrap("vacuum", err)
	}
	defer conn.Release()
	return wrap("vacuum", vacuumOn(ctx, conn, tables...))
}

// vacuumOn vacuums and analyses tables on conn with no statement timeout, then restores the
// connection's timeout.
func vacuumOn(ctx context.Context, conn *pgxpool.Conn, tables ...string) error {
	if _, err := conn.Exec(ctx, "SET statement_timeout = 0"); err != nil {
		return err
	}
	for _, t := range tables {
		if _, err := conn.Exec(ctx, "VACUUM (ANALYZE) "+t); err != nil {
			return err
		}
	}
	_, err := conn.Exec(ctx, "RESET statement_timeout")
	return err
}

// Close closes the pool.
func (s *Store) Close() error {
	s.hubOnce.Do(func() {}) // no hub after Close
	if s.hub != nil {
		s.hub.stop()
	}
	s.batch.close()
	s.pool.Close()
	s.generic.Close()
	return nil
}

// wrap names the operation of an error, marking those of an unreachable database with
// store.ErrUnavailable.
func wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, layers.ErrNotFound) || errors.Is(err, layers.ErrInvalid) ||
		errors.Is(err, layers.ErrUnknownProperty) || errors.Is(err, layers.ErrUnknownLayer) {
		return err
	}
	return fmt.Errorf("postgis: %s: %w", op, unavailable(err))
}

// unavailable wraps err with store.ErrUnavailable when it says the database cannot serve:
// no connection, a connection lost, a server shutting down, a statement timeout.
func unavailable(err error) error {
	if errors.Is(err, context.Canceled) {
		return err
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == "57014", // query_canceled: statement_timeout
			len(pe.Code) == 5 && (pe.Code[:2] == "08" || pe.Code[:2] == "53" || pe.Code[:3] == "57P"):
			return fmt.Errorf("%w: %w", store.ErrUnavailable, err)
		}
		return err
	}
	var ne net.Error
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) || errors.As(err, &ne) || errors.Is(err, context.DeadlineExceeded) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		pgconn.SafeToRetry(err) || pgconn.Timeout(err) {
		return fmt.Errorf("%w: %w", store.ErrUnavailable, err)
	}
	return err
}
