package geo

import (
	"math"

	"github.com/paulmach/orb"
)

// nearestKm is the great-circle distance from a to the nearest of the context's points, +Inf if
// it has none: distanceKm to each, computed the same way, with a's and each point's latitude
// cosine worked out once rather than once per pair.
func (c *context) nearestKm(a orb.Point) float64 {
	const r = 6371.0
	near := math.Inf(1)
	la1 := a[1] * math.Pi / 180
	cos1 := math.Cos(la1)
	for k, b := range c.points {
		la2 := b[1] * math.Pi / 180
		dla, dlo := la2-la1, (b[0]-a[0])*math.Pi/180
		sla, slo := math.Sin(dla/2), math.Sin(dlo/2)
		h := sla*sla + cos1*c.cosLat[k]*slo*slo
		if km := 2 * r * math.Asin(math.Min(1, math.Sqrt(h))); km < near {
			near = km
		}
	}
	return near
}
