package buntdb

import (
	"fmt"

	bdb "github.com/tidwall/buntdb"
)

// The form of the features stored in event records. Each record keeps its event's GeoJSON,
// encoded when it is written (layers/wire.go); when that form gains properties, the records of an
// older store are re-encoded once, at open, from their parts, so that every feature has them.
// The key below says which form the store's features have; a store without it is older than
// all of them.
const (
	keyFeatureFormat = "meta:feature_format"
	// featureFormat 2: every property on the wire, null when unknown; quote and source_titles.
	// featureFormat 3: also sources keep their own figures; troops_min … injured_max.
	// featureFormat 4: source_count before sources, so sources, quote and source_titles end it.
	featureFormat = "4"
)

// featuresStale reports whether the stored features are of an older form (a store without
// events may say so too: re-encoding none costs nothing).
func (s *Store) featuresStale() bool {
	stale := true
	s.db.View(func(tx *bdb.Tx) error {
		v, err := tx.Get(keyFeatureFormat)
		stale = err != nil || v != featureFormat
		return nil
	})
	return stale
}

// markFeatures records that every stored feature has the current form.
func (s *Store) markFeatures() error {
	if !s.featuresStale() {
		return nil
	}
	err := s.db.Update(func(tx *bdb.Tx) error {
		_, _, err := tx.Set(keyFeatureFormat, featureFormat, nil)
		return err
	})
	if err != nil {
		return fmt.Errorf("mark feature format: %w", err)
	}
	return nil
}
