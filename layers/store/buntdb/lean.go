package buntdb

import (
	"context"
	"unsafe"

	"conflictmap/layers"
)

// Lean forms in memory. A lean page (profile=lean) of a box is its events' lean forms
// (layers.LeanCut): cut from the mapped records, a page touched ~100 cold pages of a 1.7 GB
// file at 1M events (the features lie in the order they were written) and that cost more than
// the rest of the request. So each leaf of the index keeps its items' lean forms in one block
// on the heap: a box's lean page is then a few runs of a few blocks. A leaf's block is made
// the first time a page needs it (under the index's read lock: two pages may make it at once,
// and one wins), and dropped when a write changes the leaf (under the write lock), so it
// always matches the leaf's items. After open, prefillLean makes them all in the background.

// leanBlock is the lean forms of a leaf's items: item i's is text[ends[i-1]:ends[i]].
type leanBlock struct {
	text string
	ends []uint32
}

// of is item i's lean form, "" when it has none.
func (b *leanBlock) of(i int) string {
	start := uint32(0)
	if i > 0 {
		start = b.ends[i-1]
	}
	return b.text[start:b.ends[i]]
}

// leanBlock returns the leaf's block, making it if it has none. The caller holds the index's
// read lock (or its write lock).
func (n *qnode) leanBlock() *leanBlock {
	if b := n.lean.Load(); b != nil {
		return b
	}
	b := makeLeanBlock(n.items)
	if !n.lean.CompareAndSwap(nil, b) {
		return n.lean.Load()
	}
	return b
}

func makeLeanBlock(items []evEntry) *leanBlock {
	size := 0
	for i := range items {
		if e := &items[i]; e.ln > 0 {
			size += int(e.ln) + len(layers.LeanClose)
		}
	}
	buf := make([]byte, 0, size)
	ends := make([]uint32, len(items))
	for i := range items {
		if e := &items[i]; e.ln > 0 {
			buf = append(buf, e.val[e.fo:e.fo+e.ln]...)
			buf = append(buf, layers.LeanClose...)
		}
		ends[i] = uint32(len(buf))
	}
	return &leanBlock{text: unsafeString(buf), ends: ends}
}

// prefillLean makes the lean block of every leaf that has none, a few leaves per hold of the
// read lock, so that writes wait no longer than a few blocks' copies; then it calls done.
// Leaves split meanwhile are skipped (their children make theirs when a page needs them).
func (s *Store) prefillLean(done func()) {
	var leaves []*qnode
	s.imu.RLock()
	collectLeaves(&s.idx.root, &leaves)
	s.imu.RUnlock()
	const per = 64
	for i := 0; i < len(leaves); i += per {
		if s.closing.Load() {
			return
		}
		s.imu.RLock()
		for _, n := range leaves[i:min(i+per, len(leaves))] {
			if n.kids == nil {
				n.leanBlock()
			}
		}
		s.imu.RUnlock()
	}
	done()
}

func collectLeaves(n *qnode, out *[]*qnode) {
	if n.kids == nil {
		if len(n.items) > 0 {
			*out = append(*out, n)
		}
		return
	}
	for i := range n.kids {
		collectLeaves(&n.kids[i], out)
	}
}

// unsafeString is b as a string without a copy: b, a lean block's, is never written again.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// EachLean calls fn with each feature of the page, in order: an event's lean form kept in the
// index (cut true), else its full feature as EachJSON gives it (cut false: the caller cuts it).
func (c *Cursor) EachLean(ctx context.Context, fn func(feature string, cut bool) error) error {
	for i := range c.events {
		if i%fetchBatch == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if l := c.events[i].lean; l != "" {
			if err := fn(l, true); err != nil {
				return err
			}
			continue
		}
		if err := c.eachJSON(ctx, c.events[i:i+1], nil, func(f string) error { return fn(f, false) }); err != nil {
			return err
		}
	}
	return c.eachJSON(ctx, nil, c.places, func(f string) error { return fn(f, false) })
}
