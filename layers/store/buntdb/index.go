package buntdb

import (
	"sync/atomic"

	"conflictmap/layers"
)

// The store's in-memory index of events: a point quadtree over the world whose nodes count
// the events of each type below them. It is built by one scan of the stored events at open
// (no JSON is parsed: the header of a record is at fixed positions) and kept up to date after
// each committed write. A bbox page is a walk of the tree that collects the first entries and
// counts whole nodes inside the box by their counts, so numberMatched costs a few dozen node
// visits rather than a visit per match; offsets skip whole nodes the same way.

const (
	typeSlots  = 8  // the event types of Layers, then one slot for any other type
	leafCap    = 48 // entries a leaf holds before it splits
	maxDepth   = 26 // leaves at this depth grow without splitting (many events at one point)
	otherSlot  = typeSlots - 1
	allLayerTy = 1<<otherSlot - 1 // mask of the types of Layers
)

// typeSlot maps an event type to its slot in the nodes' counts.
var typeSlot = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, l := range layers.Layers {
		if l.EventType != "" && len(m) < otherSlot {
			m[l.EventType] = uint8(len(m))
		}
	}
	return m
}()

// slotType is the event type of each slot but otherSlot.
var slotType = func() (names [typeSlots]string) {
	for t, s := range typeSlot {
		names[s] = t
	}
	return names
}()

func slotOf(t string) uint8 {
	if s, ok := typeSlot[t]; ok {
		return s
	}
	return otherSlot
}

// evEntry is an event as the index holds it: its point, type and dates, and its stored record
// (the string buntdb holds: no copy), with the position of its encoded feature in it.
type evEntry struct {
	x, y   float64
	id     string
	val    string
	s, e   uint32 // date_start and date_end as YYYYMMDD; 0 when the event is undated
	fo, fn uint32 // the encoded feature is val[fo:fo+fn]; fn is 0 when the record has none
	ln     uint32 // the feature's lean form is val[fo:fo+ln]+layers.LeanClose; 0: it has none
	lean   string // in a page's copy of the entry: that lean form, in memory (lean.go), or ""
	slot   uint8
	typed  // the feature's common values (typed.go)
}

// feature returns the entry's encoded GeoJSON feature, "" if its record has none.
func (e *evEntry) feature() string {
	if e.fn == 0 {
		return ""
	}
	return e.val[e.fo : e.fo+e.fn]
}

// dateNum turns YYYY-MM-DD into YYYYMMDD (0 for "" or anything else).
func dateNum(d string) uint32 {
	if len(d) != 10 {
		return 0
	}
	var n uint32
	for i := 0; i < 10; i++ {
		if i == 4 || i == 7 {
			continue
		}
		c := d[i]
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + uint32(c-'0')
	}
	return n
}

type rect struct{ minx, miny, maxx, maxy float64 }

func (r rect) contains(x, y float64) bool {
	return x >= r.minx && x <= r.maxx && y >= r.miny && y <= r.maxy
}

type qnode struct {
	r     rect
	n     [typeSlots]int32
	kids  *[4]qnode
	items []evEntry
	lean  atomic.Pointer[leanBlock] // a leaf's items' lean forms (lean.go); nil until a page needs them
	depth uint8
}

func (n *qnode) count(mask uint8) int {
	c := 0
	for i := 0; i < typeSlots; i++ {
		if mask&(1<<i) != 0 {
			c += int(n.n[i])
		}
	}
	return c
}

func (n *qnode) child(x, y float64) int {
	mx, my := (n.r.minx+n.r.maxx)/2, (n.r.miny+n.r.maxy)/2
	i := 0
	if x >= mx {
		i |= 1
	}
	if y >= my {
		i |= 2
	}
	return i
}

// newKids returns n's four children, empty: child's quadrants.
func newKids(n *qnode) *[4]qnode {
	mx, my := (n.r.minx+n.r.maxx)/2, (n.r.miny+n.r.maxy)/2
	k := &[4]qnode{
		{r: rect{n.r.minx, n.r.miny, mx, my}},
		{r: rect{mx, n.r.miny, n.r.maxx, my}},
		{r: rect{n.r.minx, my, mx, n.r.maxy}},
		{r: rect{mx, my, n.r.maxx, n.r.maxy}},
	}
	for i := range k {
		k[i].depth = n.depth + 1
	}
	return k
}

func (n *qnode) split() {
	k := newKids(n)
	for i := range n.items {
		it := &n.items[i]
		c := &k[n.child(it.x, it.y)]
		c.items = append(c.items, *it)
		c.n[it.slot]++
	}
	n.kids, n.items = k, nil
	n.lean.Store(nil)
}

// evIndex is the quadtree; the Store guards it with a RWMutex.
type evIndex struct {
	root qnode
	size int
}

func newEvIndex() *evIndex {
	return &evIndex{root: qnode{r: rect{-180, -90, 180, 90}}}
}

func (t *evIndex) insert(e evEntry) {
	n := &t.root
	for {
		n.n[e.slot]++
		if n.kids != nil {
			n = &n.kids[n.child(e.x, e.y)]
			continue
		}
		n.items = append(n.items, e)
		n.lean.Store(nil)
		if len(n.items) > leafCap && n.depth < maxDepth {
			n.split()
		}
		t.size++
		return
	}
}

// remove deletes the entry of id at x, y; it reports whether it was there.
func (t *evIndex) remove(id string, x, y float64) bool {
	var path [maxDepth + 1]*qnode
	n, d := &t.root, 0
	for n.kids != nil {
		path[d] = n
		d++
		n = &n.kids[n.child(x, y)]
	}
	for i := range n.items {
		if n.items[i].id != id {
			continue
		}
		slot := n.items[i].slot
		last := len(n.items) - 1
		n.items[i] = n.items[last]
		n.items[last] = evEntry{}
		n.items = n.items[:last]
		n.lean.Store(nil)
		n.n[slot]--
		for j := 0; j < d; j++ {
			path[j].n[slot]--
		}
		t.size--
		return true
	}
	return false
}

// search calls fn with every entry of a type in mask within r, in tree order, until fn
// returns false.
func (t *evIndex) search(r rect, mask uint8, fn func(*evEntry) bool) bool {
	return searchNode(&t.root, r, mask, fn)
}

func searchNode(n *qnode, r rect, mask uint8, fn func(*evEntry) bool) bool {
	if n.r.minx > r.maxx || n.r.maxx < r.minx || n.r.miny > r.maxy || n.r.maxy < r.miny || n.count(mask) == 0 {
		return true
	}
	if n.kids != nil {
		for i := range n.kids {
			if !searchNode(&n.kids[i], r, mask, fn) {
				return false
			}
		}
		return true
	}
	for i := range n.items {
		it := &n.items[i]
		if mask&(1<<it.slot) != 0 && r.contains(it.x, it.y) {
			if !fn(it) {
				return false
			}
		}
	}
	return true
}

// pager collects a page of a bbox query (no other filter) and counts its matches.
type pager struct {
	r               rect
	mask            uint8
	skip, limit     int // limit <= 0: all
	from, countCap  int
	matched         int
	stopped         bool
	out             []evEntry
	wantAll, capped bool
	lean            bool // give the page's entries their lean forms
}

func (p *pager) full() bool { return !p.wantAll && len(p.out) >= p.limit }

// check stops the walk once the page is full and countCap matches are counted (the semantics
// of Query.CountLimit: numberMatched is then unknown).
func (p *pager) check() bool {
	if p.capped && !p.wantAll && p.matched >= p.countCap && p.matched >= p.from+p.limit {
		p.stopped = true
		return false
	}
	return true
}

func (p *pager) node(n *qnode) bool {
	r := p.r
	if n.r.minx > r.maxx || n.r.maxx < r.minx || n.r.miny > r.maxy || n.r.maxy < r.miny {
		return true
	}
	c := n.count(p.mask)
	if c == 0 {
		return true
	}
	if n.r.minx >= r.minx && n.r.maxx <= r.maxx && n.r.miny >= r.miny && n.r.maxy <= r.maxy {
		// Every entry below matches: count them without a visit when none is on the page.
		if p.skip >= c {
			p.skip -= c
			p.matched += c
			return p.check()
		}
		if p.full() {
			p.matched += c
			return p.check()
		}
	}
	if n.kids != nil {
		if p.full() {
			// Only counting now, in any order: children inside the box first, by their
			// counts, so the cap is often reached before a leaf on the box's edge is scanned.
			var partial [4]bool
			for i := range n.kids {
				k := &n.kids[i]
				if k.r.minx >= r.minx && k.r.maxx <= r.maxx && k.r.miny >= r.miny && k.r.maxy <= r.maxy {
					p.matched += k.count(p.mask)
					if !p.check() {
						return false
					}
				} else {
					partial[i] = true
				}
			}
			for i := range n.kids {
				if partial[i] && !p.node(&n.kids[i]) {
					return false
				}
			}
			return true
		}
		for i := range n.kids {
			if !p.node(&n.kids[i]) {
				return false
			}
		}
		return true
	}
	for i := range n.items {
		it := &n.items[i]
		if p.mask&(1<<it.slot) == 0 || !r.contains(it.x, it.y) {
			continue
		}
		p.matched++
		switch {
		case p.skip > 0:
			p.skip--
		case !p.full():
			p.out = append(p.out, *it)
			if p.lean {
				p.out[len(p.out)-1].lean = n.leanBlock().of(i)
			}
		}
		if !p.check() {
			return false
		}
	}
	return true
}

// page returns the entries from..from+limit (with their lean forms when lean) (limit <= 0: all from from) of those of mask in r,
// and how many match (-1 when counting stopped at countCap, countCap <= 0 counting all).
func (t *evIndex) page(r rect, mask uint8, from, limit, countCap int, lean bool) ([]evEntry, int) {
	p := &pager{r: r, mask: mask, skip: from, from: from, limit: limit, countCap: countCap,
		wantAll: limit <= 0, capped: countCap > 0, lean: lean}
	if limit > 0 {
		p.out = make([]evEntry, 0, min(limit, 1024))
	} else {
		// All of them (a download): count them first (by whole nodes) to allocate them once.
		c := &pager{r: r, mask: mask, limit: 0, from: 0}
		c.node(&t.root)
		p.out = make([]evEntry, 0, max(c.matched-from, 0))
	}
	p.node(&t.root)
	if p.stopped {
		return p.out, -1
	}
	return p.out, p.matched
}
