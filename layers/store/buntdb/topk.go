package buntdb

import (
	"container/heap"
	"sort"

	"conflictmap/layers"
)

// sortMatch is one match of a sorted query: its sort values and where it is.
type sortMatch struct {
	seq   int // the order it matched in: ties keep it, as a stable sort does
	place string
	event *evEntry // in the index: read while it is locked
	vals  []any
}

// topK keeps the first k matches of a sorted query (all of them for k <= 0) in a heap whose
// root is the last of them, so that a page of 100 over 100,000 matches never sorts them all.
type topK struct {
	keys    []layers.SortKey
	k       int
	items   []sortMatch
	scratch []any
	n       int
}

func (t *topK) before(a, b *sortMatch) bool {
	if lessSort(t.keys, a.vals, b.vals) {
		return true
	}
	if lessSort(t.keys, b.vals, a.vals) {
		return false
	}
	return a.seq < b.seq
}

// heap.Interface: the root is the match that sorts last.
func (t *topK) Len() int           { return len(t.items) }
func (t *topK) Less(i, j int) bool { return t.before(&t.items[j], &t.items[i]) }
func (t *topK) Swap(i, j int)      { t.items[i], t.items[j] = t.items[j], t.items[i] }
func (t *topK) Push(x any)         { t.items = append(t.items, x.(sortMatch)) }
func (t *topK) Pop() any {
	x := t.items[len(t.items)-1]
	t.items = t.items[:len(t.items)-1]
	return x
}

// add offers a match whose sort values prop gives.
func (t *topK) add(prop func(string) any, place string, ev *evEntry) {
	if t.scratch == nil {
		t.scratch = make([]any, len(t.keys))
	}
	for i, sk := range t.keys {
		t.scratch[i] = prop(sk.Property)
	}
	m := sortMatch{seq: t.n, place: place, event: ev, vals: t.scratch}
	t.n++
	switch {
	case t.k <= 0 || len(t.items) < t.k:
		m.vals = append([]any(nil), m.vals...)
		if t.k <= 0 {
			t.items = append(t.items, m)
		} else {
			heap.Push(t, m)
		}
	case t.before(&m, &t.items[0]):
		copy(t.items[0].vals, m.vals)
		m.vals = t.items[0].vals
		t.items[0] = m
		heap.Fix(t, 0)
	}
}

// sorted returns the kept matches in order.
func (t *topK) sorted() []sortMatch {
	out := t.items
	sort.Slice(out, func(i, j int) bool { return t.before(&out[i], &out[j]) })
	return out
}

// topCount is how many sorted matches a page from offset of limit needs (0: all).
func topCount(offset, limit int) int {
	if limit <= 0 {
		return 0
	}
	return offset + limit
}
