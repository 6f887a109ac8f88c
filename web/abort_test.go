package web

import (
	"context"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

// brokenStore is a store whose query cursor fails (or panics) midway, after more than the
// encoders' 32 KiB buffer has been sent.
type brokenStore struct {
	store.Store
	bad layers.Hit
}

func (b brokenStore) Query(ctx context.Context, q layers.Query) (store.Iterator, error) {
	var hits []layers.Hit
	for i := 0; i < 2000; i++ {
		hits = append(hits, layers.Hit{Event: &layers.Event{ID: fmt.Sprintf("e%d", i), EventType: layers.TypeClash,
			Place: "Tovuz", Lon: 45.6, Lat: 40.9, Title: "clash", Sources: []layers.Source{{ArticleID: "a", Quote: strings.Repeat("q", 40)}}}})
	}
	return store.Hits(append(hits, b.bad), -1), nil
}

// TestStreamFailureAborts: a download whose features fail after the response has started is
// an error to the client (a cut connection), not a 200 with a short file.
func TestStreamFailureAborts(t *testing.T) {
	for _, tc := range []struct {
		name, path string
		bad        layers.Hit
	}{
		{"geojson encode error", "/api/collections/events/download?format=geojson", layers.Hit{Event: &layers.Event{ID: "nan", Lat: math.NaN()}}},
		{"items page encode error", "/api/collections/events/items?limit=5000", layers.Hit{Event: &layers.Event{ID: "nan", Lat: math.NaN()}}},
		{"csv panic", "/api/collections/events/download?format=csv", layers.Hit{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := New(Config{App: http.NotFoundHandler()}, brokenStore{Store: openMem(t), bad: tc.bad}, nil, nil)
			ts := httptest.NewServer(s.Routes())
			defer ts.Close()
			resp, err := http.Get(ts.URL + tc.path)
			if err != nil {
				t.Logf("request error (acceptable): %v", err)
				return
			}
			defer resp.Body.Close()
			n, err := io.Copy(io.Discard, resp.Body)
			if err == nil {
				t.Errorf("status %d, %d bytes read without error: the client cannot tell the file is cut", resp.StatusCode, n)
			} else {
				t.Logf("status %d, %d bytes, then %v", resp.StatusCode, n, err)
			}
		})
	}
}
