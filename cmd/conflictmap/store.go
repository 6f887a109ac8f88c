package main

import (
	"context"
	"fmt"
	"io"

	"conflictmap/layers/store"
	"conflictmap/layers/store/buntdb"
)

// storeConfig says which store to open.
type storeConfig struct {
	// Path is the buntdb file (":memory:" for a store in memory); a postgres:// URL names the
	// PostGIS store.
	Path string
	// Store is the --store value (CONFLICTMAP_STORE): a PostgreSQL connection string opens the
	// PostGIS store instead of Path; a file path replaces Path.
	Store string
	// Stderr is where opening says what it repaired, if anything.
	Stderr io.Writer
	// MapBudget is buntdb.Config.MapBudget in bytes (0: no limit).
	MapBudget int64
	// LeanPrefill is buntdb.Config.LeanPrefill.
	LeanPrefill bool
}

// openStore opens the store cfg names: a buntdb file by default.
func openStore(ctx context.Context, cfg storeConfig) (store.Store, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	spec, err := parseStore(cfg.Store)
	if err != nil {
		return nil, err
	}
	if spec.Postgres {
		return openPostgresStore(ctx, spec.DSN)
	}
	if spec.Path != "" {
		cfg.Path = spec.Path
	}
	if p, err := parseStore(cfg.Path); err == nil && p.Postgres { // --db postgres://…
		return openPostgresStore(ctx, p.DSN)
	}
	return openBuntStore(cfg)
}

// openBuntStore opens a buntdb file and says on stderr what opening it repaired, if anything.
func openBuntStore(cfg storeConfig) (*buntdb.Store, error) {
	st, err := buntdb.Open(buntdb.Config{Path: cfg.Path, MapBudget: cfg.MapBudget, LeanPrefill: cfg.LeanPrefill})
	if err != nil {
		return nil, err
	}
	if rec := st.Recovered(); rec != nil && cfg.Stderr != nil {
		fmt.Fprintln(cfg.Stderr, "conflictmap: warning:", rec)
	}
	return st, nil
}
