package buntdb

import (
	"conflictmap/layers"
	"fmt"
	"sync"
	"sync/atomic"

	bdb "github.com/tidwall/buntdb"
)

// SyncPolicy says when a write reaches the disk.
type SyncPolicy int

// Sync policies. The zero value is the safe default.
const (
	// SyncAlways fsyncs every transaction before PutArticle or DeleteArticle returns: an
	// acknowledged write survives a crash. The default.
	SyncAlways SyncPolicy = iota
	// SyncEverySecond fsyncs once a second: a crash may lose the last second of writes.
	SyncEverySecond
	// SyncNever leaves syncing to the operating system: bulk loads and benchmarks only.
	SyncNever
)

// Config configures Open. Its zero value, with a Path, is a durable store.
type Config struct {
	// Path is the database file, created (0600) if missing; ":memory:" keeps everything in
	// memory. Open locks it (FILE.lock) and refuses a damaged one (open.go).
	// Required.
	Path string
	// SyncPolicy says when writes are fsynced. Default SyncAlways.
	SyncPolicy SyncPolicy
	// AutoShrinkMinSize is the size in bytes the append-only log must reach before it is
	// compacted in the background (when it has also doubled since the last compaction).
	// Default 64 MiB; negative disables compaction.
	AutoShrinkMinSize int
	// MapBudget, when positive, is how many bytes of the file's pages the process may keep
	// mapped before it drops them all (pages.go). Default 0: it never does.
	MapBudget int64
	// LeanPrefill makes every leaf's lean forms (lean.go) in the background after open, so the
	// first lean page of any area is as fast as the rest, at about 750 bytes of memory per
	// event. Default false: a leaf's block is made when a lean page first needs it.
	LeanPrefill bool
}

// Validate reports whether the configuration can be used.
func (c Config) Validate() error {
	if c.Path == "" {
		return fmt.Errorf("%w: store config: empty Path (use \":memory:\" for a store in memory)", layers.ErrInvalid)
	}
	if c.SyncPolicy < SyncAlways || c.SyncPolicy > SyncNever {
		return fmt.Errorf("%w: store config: unknown SyncPolicy %d", layers.ErrInvalid, c.SyncPolicy)
	}
	return nil
}

// Store holds articles, their mentions, the events extracted from them and the places they
// name, in a buntdb database: an append-only log replayed at open (from a memory map of the
// file: the records read are the file's pages, third_party/buntdb), with an R-tree on every
// place's point. Events are indexed in memory by a quadtree that counts the events of each type
// below each node (index.go), built at open in one pass (bulkindex.go) from the records'
// fixed-position headers; each event's record holds its GeoJSON feature, encoded when written.
// It is safe for concurrent use.
type Store struct {
	db        *bdb.DB
	lock      *storeLock    // held until Close (lock.go)
	recovered *Recovery     // what opening repaired (open.go)
	gen       atomic.Uint64 // bumped by every write; invalidates extents

	wmu sync.Mutex   // serializes writes: a transaction, then its changes to idx
	imu sync.RWMutex // guards idx
	idx *evIndex

	mu      sync.Mutex
	extents map[string]extentEntry

	nonce     string   // fixed at open: Version tells this opening's writes from another's
	watch     watchers // Watch's subscribers
	stopPages func()   // stops the watcher of the map's pages (pages.go)

	closing   atomic.Bool   // Close has begun: prefillLean stops
	prefilled chan struct{} // closed when prefillLean returns
}

type extentEntry struct {
	gen uint64
	ext layers.Extent
}

// buntdb keys and index names: they never leave this file.
const (
	keyArticle = "article:" // article:{id} → storedArticle JSON (metadata, mentions, event ids)
	keyText    = "text:"    // text:{id} → the article's raw content
	keyEvent   = "event:"   // event:{id} → storedEvent (header + parts)
	keyPlace   = "place:"   // place:{place_id} → storedPlace JSON
	keyPA      = "pa:"      // pa:{place_id}|{article_id} → "count|published"

	idxPlacePoint = "pl_pt" // R-tree on place points
	fetchBatch    = 256     // events decoded per read transaction when streaming
	migrateBatch  = 1000    // events re-encoded per transaction when upgrading old records
	bulkBatch     = 500     // articles per transaction of BulkLoad
	mergeRadiusKm = layers.SameEventKm
)

// Open opens (or creates) the store at cfg.Path, replaying its log and building its indexes.
func Open(cfg Config) (*Store, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	db, lock, rec, err := openDB(cfg)
	if err != nil {
		return nil, err
	}
	bc := buntConfig(cfg)
	if err := db.SetConfig(bc); err != nil {
		db.Close()
		lock.unlock()
		return nil, fmt.Errorf("layers: open store: %w", err)
	}
	if err := db.CreateSpatialIndex(idxPlacePoint, keyPlace+"*", placeRect); err != nil {
		db.Close()
		lock.unlock()
		return nil, fmt.Errorf("layers: open store: index %s: %w", idxPlacePoint, err)
	}
	s := &Store{db: db, lock: lock, recovered: rec, idx: newEvIndex(), extents: map[string]extentEntry{}, nonce: newNonce()}
	if err := s.buildIndex(); err != nil {
		s.Close()
		return nil, fmt.Errorf("layers: open store: %w", err)
	}
	// Building the index read every record once from the file's map; its pages are the
	// kernel's page cache, and once the leaves' lean forms are copied from them (lean.go, in
	// the background: the store is ready before) they count as the process's only where
	// queries touch them.
	if cfg.LeanPrefill {
		s.prefilled = make(chan struct{})
		go func() {
			defer close(s.prefilled)
			s.prefillLean(db.ReleasePages)
		}()
	} else {
		db.ReleasePages()
	}
	s.stopPages = func() {}
	if cfg.MapBudget > 0 && cfg.Path != ":memory:" {
		s.stopPages = watchPages(cfg.MapBudget, pageCheck, rssFile, db.ReleasePages)
	}
	return s, nil
}

// buildIndex fills the event index from the stored events, reading only their headers, and
// re-encodes the records written before features were stored in them, or before the features'
// current form (format.go).
func (s *Store) buildIndex() error {
	var old []string
	all := make([]evEntry, 0, s.keyCount()) // the events are most of the keys
	stale := s.featuresStale()
	err := s.scanEntries(func(e *evEntry) {
		if e.fn == 0 || stale {
			old = append(old, e.id)
		}
		all = append(all, *e)
	})
	if err != nil {
		return err
	}
	s.idx.build(all)
	all = nil
	for len(old) > 0 {
		batch := old[:min(migrateBatch, len(old))]
		old = old[len(batch):]
		err := s.update(func(w *wtx) error {
			for _, id := range batch {
				v, err := w.tx.Get(keyEvent + id)
				if err != nil {
					continue
				}
				h, ok := parseHeader(v)
				if !ok {
					continue
				}
				parts, err := eventParts(v)
				if err != nil {
					return err
				}
				if err := w.writeEvent(id, h.t, parts); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("upgrade event records: %w", err)
		}
	}
	return s.markFeatures()
}

// keyCount is the number of keys in the store.
func (s *Store) keyCount() int {
	n := 0
	s.db.View(func(tx *bdb.Tx) error {
		n, _ = tx.Len()
		return nil
	})
	return n
}

// Close closes the store; pending writes are synced.
func (s *Store) Close() error {
	if s.stopPages != nil {
		s.stopPages()
	}
	s.closing.Store(true)
	if s.prefilled != nil {
		<-s.prefilled
	}
	s.closeWatchers()
	err := s.db.Close()
	if uerr := s.lock.unlock(); err == nil {
		err = uerr
	}
	if err != nil {
		return fmt.Errorf("layers: close store: %w", err)
	}
	return nil
}
