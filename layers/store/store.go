// Package store is the contract every conflictmap store keeps: the buntdb file (the default,
// layers/store/buntdb) and PostgreSQL with PostGIS (layers/store/postgis). The API, the map and
// the tests see only this interface, so that they cannot tell the stores apart.
//
// Filters are data (a cql2.Expr in Query.Where), never closures, so that each store evaluates
// them where its data is: buntdb on its in-memory index entries, PostGIS as SQL.
package store

import (
	"context"
	"errors"

	"conflictmap/layers"
)

// ErrUnavailable wraps the errors of a store that cannot be reached (its database is down, a
// statement timed out): the request may succeed later, so the web layer answers 503.
var ErrUnavailable = errors.New("store: unavailable")

// Store holds articles and the event and place layers folded from them.
type Store interface {
	// PutArticle stores an extraction result, replacing the article's earlier version, in
	// one transaction: a reader sees all of it or none of it.
	PutArticle(ctx context.Context, res *layers.Result) (layers.PutResult, error)
	// BulkLoad stores many results at once (seeding, imports); it returns how many it stored.
	BulkLoad(ctx context.Context, results []*layers.Result) (int, error)
	// DeleteArticle removes an article and its sources; events left with none go too.
	DeleteArticle(ctx context.Context, id string) error
	GetArticle(ctx context.Context, id string) (*layers.StoredArticle, error)
	ListArticles(ctx context.Context, offset, limit int) ([]layers.ArticleSummary, int, error)
	GetEvent(ctx context.Context, id string) (*layers.Event, error)
	// GetFeature returns one feature of a layer (layers.Layers) by id.
	GetFeature(ctx context.Context, layer, id string) (layers.Hit, error)
	// Query selects features of one layer.
	Query(ctx context.Context, q layers.Query) (Iterator, error)
	// Extent is a layer's bounding box, date range and feature count.
	Extent(ctx context.Context, layer string) (layers.Extent, error)
	// Counts is how many events of each event_type the store holds.
	Counts(ctx context.Context) (map[string]int, error)
	// Version changes whenever what the store holds changes (ETags of tiles and pages).
	Version(ctx context.Context) (string, error)
	// Watch delivers a Change for every write by any process sharing the store, until ctx
	// ends (then the channel is closed). A slow reader may miss changes, never block writers.
	Watch(ctx context.Context) (<-chan Change, error)
	// Seeded and MarkSeeded record that the sample articles were loaded once.
	Seeded() bool
	MarkSeeded() error
	Close() error
}

// FeatureJSONGetter is an optional Store method, for a store that keeps each feature's GeoJSON
// as it was written (the text EachJSON yields): items/{id} then serves that text as it is,
// without decoding the stored event and encoding it again. It answers as GetFeature does
// (layers.ErrNotFound, ErrUnavailable), and its text is layers.HitJSON of GetFeature's hit.
type FeatureJSONGetter interface {
	GetFeatureJSON(ctx context.Context, layer, id string) (string, error)
}

// Iterator is one page of a query's features.
type Iterator interface {
	// Matched is how many features match regardless of offset and limit, or -1 when counting
	// stopped at Query.CountLimit.
	Matched() int
	// Len is how many features Each and EachJSON yield.
	Len() int
	// Each calls fn with each feature of the page, in order.
	Each(ctx context.Context, fn func(layers.Hit) error) error
	// EachJSON calls fn with each feature's GeoJSON text (as layers.HitJSON encodes it).
	EachJSON(ctx context.Context, fn func(feature string) error) error
}

// LeanIterator is an optional Iterator method, for a store that keeps its events' lean forms
// (layers.LeanCut) in memory: a profile=lean page then reads no stored feature.
type LeanIterator interface {
	// EachLean calls fn with each feature of the page, in order: an event's lean form
	// (feature[:layers.LeanCut(feature)]+layers.LeanClose of the feature EachJSON yields) with
	// cut true, or, cut false, the feature as EachJSON yields it, for the caller to cut.
	EachLean(ctx context.Context, fn func(feature string, cut bool) error) error
}

// Change is one write to the store.
type Change struct {
	// Kind is "put" or "delete" (and, on GET /api/changes only, "missed": writes made while a
	// client was away).
	Kind string `json:"kind"`
	// Article is the article written.
	Article string `json:"article"`
	// Version is the store's Version after the write.
	Version string `json:"version"`
}

// TileIterator is an optional Iterator method, for a store whose index holds the few values a
// vector tile carries of an event: EachTile yields them without reading each feature's JSON.
// It yields events only (an Iterator of places does not implement it, or yields nothing).
type TileIterator interface {
	EachTile(ctx context.Context, fn func(TilePoint) error) error
}

// TilePoint is an event as a vector tile carries it. When the store could not read the values
// so, JSON is the event's feature (as EachJSON yields it) and the other fields are unset.
type TilePoint struct {
	Lon, Lat                   float64
	ID, EventType, Place, Date string // Date "": none stated
	Fatalities                 int    // -1: none stated
	JSON                       string
}

// TileThinner is an optional Store method, for a store that thins a dense vector tile in one
// statement rather than one query per cell. The grid's cells are [xs[i], xs[i+1]) ×
// [ys[j], ys[j+1]) (xs and ys ascending, at least two edges each), the last column and row
// closed: a point on a shared edge belongs to the cell it starts. ThinTile gives, of each cell,
// at most perCell of q's features in it (the first in the store's order), so exactly
// min(perCell, the cell's matches). q's Bound, Offset, Limit, CountLimit and SortBy are
// ignored. Events only: a layer of places is an error.
type TileThinner interface {
	ThinTile(ctx context.Context, q layers.Query, xs, ys []float64, perCell int) (Iterator, error)
}
