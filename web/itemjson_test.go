package web

import (
	"context"
	"encoding/json"
	"testing"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

// plainStore hides a store's optional methods: items/{id} then decodes the feature.
type plainStore struct{ store.Store }

// textStore gives a store that keeps no feature text a GetFeatureJSON (the buntdb run).
type textStore struct{ store.Store }

func (s textStore) GetFeatureJSON(ctx context.Context, layer, id string) (string, error) {
	h, err := s.GetFeature(ctx, layer, id)
	if err != nil {
		return "", err
	}
	b, err := layers.HitJSON(h)
	return string(b), err
}

// items/{id} from the feature text a store keeps is the reply it gives from the decoded
// feature, byte for byte, in every layer, HTML and not found included.
func TestItemFromStoredText(t *testing.T) {
	st := openMem(t)
	fillStore(t, st, 3, 4)
	var text store.Store = textStore{st}
	if _, ok := st.(store.FeatureJSONGetter); ok {
		text = st // the PostGIS run: the stored text itself
	}
	_, fast := testServer(t, text, Config{})
	_, slow := testServer(t, plainStore{st}, Config{})
	rec := do(slow, "GET", "/api/collections/events/items?limit=1000", nil)
	var fc struct {
		Features []struct {
			ID         string `json:"id"`
			Properties struct {
				EventType string `json:"event_type"`
			} `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &fc); err != nil || len(fc.Features) == 0 {
		t.Fatalf("items: %d features, %v", len(fc.Features), err)
	}
	n := 0
	for _, f := range fc.Features {
		for _, l := range layers.Layers {
			for _, q := range []string{"", "?f=html"} {
				path := "/api/collections/" + l.ID + "/items/" + f.ID + q
				a, b := do(fast, "GET", path, nil), do(slow, "GET", path, nil)
				if a.Code != b.Code || a.Body.String() != b.Body.String() || a.Header().Get("Content-Type") != b.Header().Get("Content-Type") {
					t.Errorf("%s: stored text %d %s\n decoded %d %s", path, a.Code, a.Body, b.Code, b.Body)
				}
				if a.Code == 200 && q == "" {
					n++
				}
			}
		}
	}
	if n < len(fc.Features) {
		t.Errorf("%d features found in their layers, want at least %d", n, len(fc.Features))
	}
	if a := do(fast, "GET", "/api/collections/events/items/nope", nil); a.Code != 404 {
		t.Errorf("missing feature: %d", a.Code)
	}
}
