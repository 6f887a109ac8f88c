package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"conflictmap/layers"
	"conflictmap/layers/store/buntdb"
	"conflictmap/layers/store/postgis"
)

// bulkStore is what benchload needs of a store: the buntdb store and any store.Store have it.
type bulkStore interface {
	BulkLoad(ctx context.Context, results []*layers.Result) (int, error)
	MarkSeeded() error
	GetEvent(ctx context.Context, id string) (*layers.Event, error)
	Close() error
}

// openers open the stores named by a URL scheme ("postgres"); a file registering one (in
// init) is all another store needs to be loaded, and so served as the benchmark's third server.
var openers = map[string]func(ctx context.Context, url string) (bulkStore, error){}

// openStore opens a new store: a URL whose scheme has an opener, else a buntdb file.
func openStore(ctx context.Context, path string) (bulkStore, error) {
	if scheme, _, ok := strings.Cut(path, "://"); ok {
		open := openers[scheme]
		if open == nil {
			return nil, fmt.Errorf("no opener for %s:// stores in this build (register one in tools/benchload)", scheme)
		}
		return open(ctx, path)
	}
	return buntdb.Open(buntdb.Config{Path: path, SyncPolicy: buntdb.SyncNever})
}

func init() {
	pg := func(ctx context.Context, url string) (bulkStore, error) {
		return postgis.Open(ctx, url, postgis.Options{StatementTimeout: time.Hour})
	}
	openers["postgres"], openers["postgresql"] = pg, pg
}
