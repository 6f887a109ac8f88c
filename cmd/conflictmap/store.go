package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"conflictmap/layers/store"
	"conflictmap/layers/store/buntdb"
)

// storeConfig says which store to open.
type storeConfig struct {
	// Path is the buntdb file (":memory:" for a store in memory); a postgres:// URL names the
	// PostGIS store.
	Path string
	// Stderr is where opening says what it repaired, if anything.
	Stderr io.Writer
}

// openStore opens the store cfg names: a buntdb file by default.
func openStore(ctx context.Context, cfg storeConfig) (store.Store, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if strings.HasPrefix(cfg.Path, "postgres://") || strings.HasPrefix(cfg.Path, "postgresql://") {
		return nil, fmt.Errorf("%s: this build has no PostgreSQL store", redactURL(cfg.Path))
	}
	return openBuntStore(cfg)
}

// openBuntStore opens a buntdb file and says on stderr what opening it repaired, if anything.
func openBuntStore(cfg storeConfig) (*buntdb.Store, error) {
	st, err := buntdb.Open(buntdb.Config{Path: cfg.Path})
	if err != nil {
		return nil, err
	}
	if rec := st.Recovered(); rec != nil && cfg.Stderr != nil {
		fmt.Fprintln(cfg.Stderr, "conflictmap: warning:", rec)
	}
	return st, nil
}

// redactURL drops the password of a URL for messages.
func redactURL(s string) string {
	at := strings.LastIndex(s, "@")
	scheme := strings.Index(s, "://")
	if at < 0 || scheme < 0 || at < scheme {
		return s
	}
	user := s[scheme+3 : at]
	if i := strings.IndexByte(user, ':'); i >= 0 {
		user = user[:i] + ":xxxxx"
	}
	return s[:scheme+3] + user + s[at:]
}
