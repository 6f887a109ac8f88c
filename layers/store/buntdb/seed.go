package buntdb

import (
	"fmt"

	bdb "github.com/tidwall/buntdb"
)

// keySeeded records that the store has been given the sample articles once (or, for a store
// older than the key, that it held articles): deleting every article afterwards leaves it
// empty, as its user wants, rather than seeding it again at the next start.
const keySeeded = "meta:seeded"

// Seeded reports whether the store has been seeded (see SeedIfEmpty).
func (s *Store) Seeded() bool {
	seeded := false
	s.db.View(func(tx *bdb.Tx) error {
		_, err := tx.Get(keySeeded)
		seeded = err == nil
		return nil
	})
	return seeded
}

// MarkSeeded records that the store needs no seeding again.
func (s *Store) MarkSeeded() error {
	err := s.db.Update(func(tx *bdb.Tx) error {
		_, _, err := tx.Set(keySeeded, "1", nil)
		return err
	})
	if err != nil {
		return fmt.Errorf("layers: mark seeded: %w", err)
	}
	return nil
}
