package buntdb

import (
	"errors"
	"fmt"
	"os"
	"time"

	bdb "github.com/tidwall/buntdb"
)

// Recovery says what Open found wrong with a store file and repaired by itself: a file
// that ended inside a record (a write cut off by a crash or a kill, never acknowledged). The
// cut-off bytes are cut from the store, as buntdb does, but kept in a file beside it first.
type Recovery struct {
	Path   string
	Damage Damage
	Kept   string // the file holding the cut-off bytes
}

func (r *Recovery) String() string {
	return fmt.Sprintf("%s %s; those bytes were cut off and are kept in %s", r.Path, r.Damage, r.Kept)
}

// Recovered returns what Open repaired in the store file, or nil when it was sound.
func (s *Store) Recovered() *Recovery { return s.recovered }

// openDB locks the store file, checks it, and opens it with bdb. The file is created
// 0600 (readable by its owner only) when missing.
func openDB(cfg Config) (*bdb.DB, *storeLock, *Recovery, error) {
	if cfg.Path == ":memory:" {
		db, err := bdb.Open(cfg.Path)
		return db, nil, nil, err
	}
	lock, err := lockStore(cfg.Path)
	if err != nil {
		return nil, nil, nil, err
	}
	rec, err := prepareFile(cfg.Path)
	if err == nil {
		var db *bdb.DB
		if db, err = bdb.Open(cfg.Path); err == nil {
			return db, lock, rec, nil
		}
		err = fmt.Errorf("layers: open store %s: %w", cfg.Path, err)
	}
	lock.unlock()
	return nil, nil, nil, err
}

// prepareFile creates a missing store file 0600, makes an existing one 0600, and reads it
// through: damage other than a cut-off end is an error (ErrDamaged) that says where and what
// is readable; a cut-off end is kept in FILE.damaged-TIME.tail and reported as a Recovery.
func prepareFile(path string) (*Recovery, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("layers: open store: %w", err)
	}
	st, err := f.Stat()
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("layers: open store: %w", err)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("layers: open store %s: not a regular file", path)
	}
	if st.Mode().Perm()&0o077 != 0 {
		// Best effort: a store its user may write but not chmod (not the owner) still opens.
		os.Chmod(path, 0o600)
	}
	if st.Size() == 0 {
		return nil, nil
	}
	rep, err := scanStore(path, nil) // under the lock openDB holds
	if err != nil {
		return nil, err
	}
	switch {
	case rep.OK():
		return nil, nil
	case len(rep.Damage) == 1 && rep.Damage[0].Truncated:
		return keepTail(path, rep.Damage[0])
	}
	return nil, damagedError(rep)
}

func damagedError(rep *StoreReport) error {
	d := rep.Damage[0]
	more := ""
	if len(rep.Damage) > 1 {
		more = fmt.Sprintf(" (and %d more damaged regions)", len(rep.Damage)-1)
	}
	return fmt.Errorf("%w %s: %s%s; %d records are readable; 'conflictmap check --db %s --repair' keeps them and sets the damaged file aside",
		ErrDamaged, rep.Path, d, more, rep.Records, rep.Path)
}

// keepTail copies the cut-off bytes of a store file to a file beside it.
func keepTail(path string, d Damage) (*Recovery, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("layers: open store: %w", err)
	}
	defer f.Close()
	tail := make([]byte, d.Size)
	if _, err := f.ReadAt(tail, d.Offset); err != nil {
		return nil, fmt.Errorf("layers: open store: keep the cut-off end: %w", err)
	}
	name := damagedName(path) + ".tail"
	if err := writeFileSync(name, tail); err != nil {
		return nil, fmt.Errorf("layers: open store: keep the cut-off end: %w", err)
	}
	return &Recovery{Path: path, Damage: d, Kept: name}, nil
}

// damagedName is where a damaged store file (or its cut-off end) is set aside.
func damagedName(path string) string {
	return path + ".damaged-" + time.Now().UTC().Format("20060102T150405.000Z")
}

// writeFileSync writes a new file 0600 and syncs it; it never overwrites one.
func writeFileSync(name string, b []byte) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	return errors.Join(err, f.Close())
}

// buntConfig is buntdb's configuration for cfg.
func buntConfig(cfg Config) bdb.Config {
	bc := bdb.Config{AutoShrinkPercentage: 100, AutoShrinkMinSize: 64 << 20}
	if cfg.AutoShrinkMinSize > 0 {
		bc.AutoShrinkMinSize = cfg.AutoShrinkMinSize
	} else if cfg.AutoShrinkMinSize < 0 {
		bc.AutoShrinkDisabled = true
	}
	switch cfg.SyncPolicy {
	case SyncAlways:
		bc.SyncPolicy = bdb.Always
	case SyncEverySecond:
		bc.SyncPolicy = bdb.EverySecond
	default:
		bc.SyncPolicy = bdb.Never
	}
	return bc
}
