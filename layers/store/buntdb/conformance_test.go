package buntdb

import (
	"testing"

	"conflictmap/layers/store"
	"conflictmap/layers/store/storetest"
)

// TestConformance runs the contract every store keeps (layers/store/storetest) against buntdb,
// as layers/store/postgis runs it against PostGIS.
func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := Open(Config{Path: ":memory:"})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}
