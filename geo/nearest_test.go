package geo

import (
	"math"
	"math/rand/v2"
	"testing"
)

// nearestKm is exactly the least distanceKm to the context's points, bit for bit: resolution
// compares it with fixed thresholds, so a rounding difference could move a place.
func TestNearestKmIsLeastDistance(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	ctx := &context{countries: map[string]float64{}}
	if got := ctx.nearestKm((&Place{}).Point()); !math.IsInf(got, 1) {
		t.Errorf("no points: %v, want +Inf", got)
	}
	for i := 0; i < 64; i++ {
		ctx.add(&Place{ID: string(rune('a' + i)), Level: LevelCity, Lat: rng.Float64()*180 - 90, Lon: rng.Float64()*360 - 180})
	}
	for i := 0; i < 2000; i++ {
		p := (&Place{Lat: rng.Float64()*180 - 90, Lon: rng.Float64()*360 - 180}).Point()
		if i%10 == 0 {
			p = ctx.points[i%len(ctx.points)] // at a point: distance 0
		}
		want := math.Inf(1)
		for _, q := range ctx.points {
			want = math.Min(want, distanceKm(p, q))
		}
		if got := ctx.nearestKm(p); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("nearestKm(%v) = %v, want %v", p, got, want)
		}
	}
}
