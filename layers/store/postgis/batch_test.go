package postgis

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

// Lookups made together, and so answered by shared statements, each get their own answer:
// the feature of their id, not found for a missing id or an event of another layer's type.
func TestGetFeatureJSONTogether(t *testing.T) {
	ctx := context.Background()
	pg := openTest(t)
	samples := sampleResults(t)
	for _, res := range samples[:min(8, len(samples))] {
		if _, err := pg.PutArticle(ctx, res); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]string{}
	types := map[string]string{}
	it, err := pg.Query(ctx, layers.Query{Layer: "events"})
	if err != nil {
		t.Fatal(err)
	}
	err = it.Each(ctx, func(h layers.Hit) error {
		b, err := layers.HitJSON(h)
		want[h.Event.ID], types[h.Event.ID] = string(b), h.Event.EventType
		return err
	})
	if err != nil || len(want) < 2 {
		t.Fatalf("%d events, %v", len(want), err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 64*len(want))
	for round := range 8 {
		for id := range want {
			wg.Add(3)
			go func() { defer wg.Done(); errs <- checkFeature(ctx, pg, "events", id, want[id]) }()
			go func() {
				defer wg.Done()
				errs <- checkFeature(ctx, pg, otherLayer(types[id]), id, "")
			}()
			go func() {
				defer wg.Done()
				errs <- checkFeature(ctx, pg, "events", fmt.Sprintf("%s-missing-%d", id, round), "")
			}()
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// checkFeature asks for one feature: want is its text, or "" when it must not be found.
func checkFeature(ctx context.Context, pg *Store, layer, id, want string) error {
	got, err := pg.GetFeatureJSON(ctx, layer, id)
	switch {
	case want == "" && !errors.Is(err, layers.ErrNotFound):
		return fmt.Errorf("%s/%s: %.40q, %v; want not found", layer, id, got, err)
	case want != "" && (err != nil || got != want):
		return fmt.Errorf("%s/%s: %.60q, %v; want %.60q", layer, id, got, err, want)
	}
	return nil
}

// A closed store answers lookups as unavailable rather than leaving them waiting.
func TestGetFeatureJSONClosed(t *testing.T) {
	pg := openTest(t)
	pg.Close()
	if _, err := pg.GetFeatureJSON(context.Background(), "events", "x"); !errors.Is(err, store.ErrUnavailable) {
		t.Fatalf("closed store: %v, want unavailable", err)
	}
}
