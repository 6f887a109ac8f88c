package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"conflictmap/layers"
)

// BenchmarkItemHandler is items/{id} through the whole router, in process: what a request costs
// the server beside the network (the load tests measure that too).
func BenchmarkItemHandler(b *testing.B) {
	s := openMem(b)
	fillStore(b, s, 20, 50)
	_, h := testServer(b, s, Config{})
	var ids []string
	cur, err := s.Query(context.Background(), layers.Query{Layer: "events", Limit: 1000})
	if err != nil {
		b.Fatal(err)
	}
	cur.Each(context.Background(), func(h layers.Hit) error { ids = append(ids, h.ID()); return nil })
	if len(ids) == 0 {
		b.Fatal("no features")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		req := httptest.NewRequest(http.MethodGet, "/api/collections/events/items/"+ids[i%len(ids)], nil)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatalf("%d %s", rec.Code, rec.Body)
		}
	}
}
