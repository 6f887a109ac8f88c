package buntdb

import (
	"cmp"
	"slices"
)

// Opening a store builds the event index in one pass over all its entries (build) rather than
// by inserting them one at a time: each entry's path down the tree is computed once, as a key
// (cellKey), the keys are sorted, and each node is made from its run of them, its counts
// summed and each leaf's entries copied once into one array. The tree is the one insert makes
// from the same entries in the same order (each node splits when it holds more than leafCap
// entries) and a leaf holds its entries in that order.

// cellKey is the quadrants of an entry's path from the root down to maxDepth, two bits a
// level, the root's first; i is the entry's position.
type cellKey struct {
	cell uint64
	i    uint32
}

// cellOf is the path insert takes to x, y (child's halving, split's rectangles).
func cellOf(r rect, x, y float64) uint64 {
	var c uint64
	for d := 0; d < maxDepth; d++ {
		mx, my := (r.minx+r.maxx)/2, (r.miny+r.maxy)/2
		q := uint64(0)
		if x >= mx {
			q |= 1
			r.minx = mx
		} else {
			r.maxx = mx
		}
		if y >= my {
			q |= 2
			r.miny = my
		} else {
			r.maxy = my
		}
		c = c<<2 | q
	}
	return c
}

// build fills an empty index with es, as inserting them in their order would.
func (t *evIndex) build(es []evEntry) {
	if len(es) == 0 {
		return
	}
	keys := make([]cellKey, len(es))
	for i := range es {
		keys[i] = cellKey{cellOf(t.root.r, es[i].x, es[i].y), uint32(i)}
	}
	slices.SortFunc(keys, func(a, b cellKey) int {
		return cmp.Or(cmp.Compare(a.cell, b.cell), cmp.Compare(a.i, b.i))
	})
	buildNode(&t.root, es, keys, make([]evEntry, len(es)))
	t.size += len(es)
}

// buildNode makes n, an empty node, from keys (sorted, all within n), copying its entries to
// out (as long as keys).
func buildNode(n *qnode, es []evEntry, keys []cellKey, out []evEntry) {
	for _, k := range keys {
		n.n[es[k.i].slot]++
	}
	if len(keys) <= leafCap || n.depth >= maxDepth {
		// A leaf keeps its entries in es's order, as insert appends them.
		slices.SortFunc(keys, func(a, b cellKey) int { return cmp.Compare(a.i, b.i) })
		for j, k := range keys {
			out[j] = es[k.i]
		}
		n.items = out[:len(keys):len(keys)]
		return
	}
	n.kids = newKids(n)
	shift := 2 * (maxDepth - 1 - int(n.depth))
	for lo, q := 0, 0; q < 4; q++ {
		hi := lo
		for hi < len(keys) && int(keys[hi].cell>>shift&3) == q {
			hi++
		}
		buildNode(&n.kids[q], es, keys[lo:hi], out[lo:hi])
		lo = hi
	}
}
