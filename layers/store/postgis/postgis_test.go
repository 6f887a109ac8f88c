package postgis

import (
	"context"
	"testing"

	"conflictmap/internal/pgtest"
	"conflictmap/layers/store"
	"conflictmap/layers/store/storetest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func openTest(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), pgtest.DSN(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTest(t) })
}
