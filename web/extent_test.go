package web

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"
)

func TestRFC3339Bound(t *testing.T) {
	tests := []struct {
		in         string
		start, end string
		ok         bool
	}{
		{"2020-11-10", "2020-11-10T00:00:00Z", "2020-11-10T23:59:59Z", true},
		{"2020-12", "2020-12-01T00:00:00Z", "2020-12-31T23:59:59Z", true},
		{"2020-02", "2020-02-01T00:00:00Z", "2020-02-29T23:59:59Z", true},
		{"2021", "2021-01-01T00:00:00Z", "2021-12-31T23:59:59Z", true},
		{"2020-11-10T06:30:00+04:00", "2020-11-10T02:30:00Z", "2020-11-10T02:30:00Z", true},
		{"", "", "", false},
		{"last spring", "", "", false},
		{"2020-13", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			s, okS := rfc3339Bound(tc.in, false)
			e, okE := rfc3339Bound(tc.in, true)
			if s != tc.start || e != tc.end || okS != tc.ok || okE != tc.ok {
				t.Errorf("got %q %v, %q %v; want %q, %q, %v", s, okS, e, okE, tc.start, tc.end, tc.ok)
			}
		})
	}
}

func TestPaddedBbox(t *testing.T) {
	tests := []struct {
		name string
		in   orb.Bound
		want []float64
	}{
		{"area kept", orb.Bound{Min: orb.Point{44, 39}, Max: orb.Point{47, 41}}, []float64{44, 39, 47, 41}},
		{"one point", orb.Bound{Min: orb.Point{46, 40}, Max: orb.Point{46, 40}}, []float64{46 - bboxPad, 40 - bboxPad, 46 + bboxPad, 40 + bboxPad}},
		{"one meridian", orb.Bound{Min: orb.Point{46, 39}, Max: orb.Point{46, 41}}, []float64{46 - bboxPad, 39, 46 + bboxPad, 41}},
		{"at the pole and the antimeridian", orb.Bound{Min: orb.Point{180, 90}, Max: orb.Point{180, 90}}, []float64{180 - bboxPad, 90 - bboxPad, 180, 90}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := paddedBbox(tc.in)
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("got %v, want %v", got, tc.want)
				}
			}
		})
	}
}

// TestCollectionExtents checks every collection's extent: a bbox with an area around its
// features, and a temporal interval of valid RFC 3339 instants, also for places first seen in
// an article dated only by its month.
func TestCollectionExtents(t *testing.T) {
	_, h := seeded(t)
	body := `{"title":"Dated by month","text":"Dated by month\nEVENT meeting 44.5 40.2 2020-12-05 Yerevan Armenia\n","published":"2020-12"}`
	if rec := do(h, "POST", "/api/articles", strings.NewReader(body), "Content-Type", "application/json", "Authorization", "Bearer "+testToken); rec.Code != 201 {
		t.Fatalf("POST: %d %s", rec.Code, rec.Body)
	}
	rec := do(h, "GET", "/api/collections", nil)
	var doc struct {
		Collections []struct {
			ID     string
			Extent struct {
				Spatial  struct{ Bbox [][]float64 }
				Temporal struct{ Interval [][]*string }
			}
		}
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, c := range doc.Collections {
		if len(c.Extent.Spatial.Bbox) == 0 {
			continue
		}
		seen[c.ID] = true
		b := c.Extent.Spatial.Bbox[0]
		if len(b) != 4 || !(b[0] < b[2] && b[1] < b[3]) {
			t.Errorf("%s: bbox %v has no area", c.ID, b)
		}
		for _, iv := range c.Extent.Temporal.Interval {
			for _, s := range iv {
				if s == nil {
					continue
				}
				if _, err := time.Parse(time.RFC3339, *s); err != nil {
					t.Errorf("%s: temporal extent %q is not RFC 3339: %v", c.ID, *s, err)
				}
			}
		}
	}
	for _, id := range []string{"meetings", "deployments", "places"} {
		if !seen[id] {
			t.Errorf("collection %s has no extent", id)
		}
	}
}
