package postgis

import (
	"context"
	"errors"
	"testing"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

var _ store.FeatureJSONGetter = (*Store)(nil)

// GetFeatureJSON's stored text is, byte for byte, the GeoJSON of GetFeature's decoded hit, in
// every layer the feature belongs to; a layer of another event type has no such feature.
func TestGetFeatureJSONIsDecodedFeature(t *testing.T) {
	ctx := context.Background()
	pg := openTest(t)
	for _, res := range sampleResults(t)[:min(8, len(sampleResults(t)))] {
		if _, err := pg.PutArticle(ctx, res); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	for _, l := range layers.Layers {
		it, err := pg.Query(ctx, layers.Query{Layer: l.ID})
		if err != nil {
			t.Fatal(err)
		}
		err = it.Each(ctx, func(h layers.Hit) error {
			id := h.ID()
			hit, err := pg.GetFeature(ctx, l.ID, id)
			if err != nil {
				t.Fatalf("%s/%s: %v", l.ID, id, err)
			}
			want, err := layers.HitJSON(hit)
			if err != nil {
				t.Fatal(err)
			}
			got, err := pg.GetFeatureJSON(ctx, l.ID, id)
			if err != nil {
				t.Fatalf("%s/%s: %v", l.ID, id, err)
			}
			if got != string(want) {
				t.Errorf("%s/%s:\n stored  %s\n decoded %s", l.ID, id, got, want)
			}
			n++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if n == 0 {
		t.Fatal("no features")
	}
	var ev, other string
	it, _ := pg.Query(ctx, layers.Query{Layer: "events", Limit: 1})
	it.Each(ctx, func(h layers.Hit) error { ev = h.Event.ID; other = otherLayer(h.Event.EventType); return nil })
	if _, err := pg.GetFeatureJSON(ctx, other, ev); !errors.Is(err, layers.ErrNotFound) {
		t.Errorf("event %s in layer %s: %v, want not found", ev, other, err)
	}
	if _, err := pg.GetFeatureJSON(ctx, "events", "no-such-id"); !errors.Is(err, layers.ErrNotFound) {
		t.Errorf("missing event: %v, want not found", err)
	}
	if _, err := pg.GetFeatureJSON(ctx, "nope", ev); !errors.Is(err, layers.ErrUnknownLayer) {
		t.Errorf("unknown layer: %v", err)
	}
}

// otherLayer is an event layer of another type than t.
func otherLayer(t string) string {
	for _, l := range layers.Layers {
		if l.EventType != "" && l.EventType != t {
			return l.ID
		}
	}
	return ""
}
