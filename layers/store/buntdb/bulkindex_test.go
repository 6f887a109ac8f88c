package buntdb

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// sameTree reports where two trees differ: shape, counts, or a leaf's entries or their order.
func sameTree(a, b *qnode, path string) error {
	switch {
	case a.r != b.r || a.depth != b.depth:
		return fmt.Errorf("%s: rect or depth differ", path)
	case a.n != b.n:
		return fmt.Errorf("%s: counts %v, %v", path, a.n, b.n)
	case (a.kids == nil) != (b.kids == nil):
		return fmt.Errorf("%s: a leaf in one tree only (%d, %d entries)", path, len(a.items), len(b.items))
	case a.kids != nil:
		for i := range a.kids {
			if err := sameTree(&a.kids[i], &b.kids[i], fmt.Sprint(path, "/", i)); err != nil {
				return err
			}
		}
		return nil
	case len(a.items) != len(b.items):
		return fmt.Errorf("%s: %d entries, %d", path, len(a.items), len(b.items))
	}
	for i := range a.items {
		if a.items[i].id != b.items[i].id {
			return fmt.Errorf("%s: entry %d is %s, %s", path, i, a.items[i].id, b.items[i].id)
		}
	}
	return nil
}

// TestBuildAsInsert checks that build makes the tree that inserting the same entries one by
// one does: clusters, whole leaves at one point (down to maxDepth), points on the edges of
// cells and of the world.
func TestBuildAsInsert(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var es []evEntry
	for i := 0; i < 40000; i++ {
		e := evEntry{id: fmt.Sprint(i), slot: uint8(r.IntN(typeSlots))}
		switch k := r.IntN(10); {
		case k < 5:
			e.x, e.y = 44+0.3*r.NormFloat64(), 40+0.3*r.NormFloat64()
		case k < 6:
			e.x, e.y = 45, 40 // one point: a leaf at maxDepth
		case k < 7:
			e.x, e.y = float64(r.IntN(5)*45), float64(r.IntN(3)*45) // on cells' edges
		case k < 8:
			e.x, e.y = []float64{-180, 180}[r.IntN(2)], []float64{-90, 90}[r.IntN(2)]
		default:
			e.x, e.y = -180+360*r.Float64(), -90+180*r.Float64()
		}
		es = append(es, e)
	}
	for _, n := range []int{0, 1, leafCap, leafCap + 1, 1000, len(es)} {
		ins, bulk := newEvIndex(), newEvIndex()
		for _, e := range es[:n] {
			ins.insert(e)
		}
		bulk.build(es[:n])
		if bulk.size != ins.size {
			t.Fatalf("%d entries: size %d, want %d", n, bulk.size, ins.size)
		}
		if err := sameTree(&bulk.root, &ins.root, "root"); err != nil {
			t.Fatalf("%d entries: build and insert differ at %v", n, err)
		}
	}
}
