package buntdb

import (
	"conflictmap/cql2"
	"conflictmap/layers"
	"conflictmap/layers/store"
	"context"
	"fmt"
	"strings"

	bdb "github.com/tidwall/buntdb"
)

// Query runs q: it finds the matching features (counting them) and returns a cursor over the
// page of them that Offset and Limit select.
func (s *Store) Query(ctx context.Context, q layers.Query) (store.Iterator, error) {
	l, ok := layers.LayerByID(q.Layer)
	if !ok {
		return nil, fmt.Errorf("%w: %q", layers.ErrUnknownLayer, q.Layer)
	}
	isPlace := l.ID == "places"
	for k := range q.Props {
		if !layers.KnownProperty(l.ID, k) {
			return nil, fmt.Errorf("%w: %q", layers.ErrUnknownProperty, k)
		}
	}
	for _, k := range q.SortBy {
		if !layers.KnownProperty(l.ID, k.Property) {
			return nil, fmt.Errorf("%w: %q", layers.ErrUnknownProperty, k.Property)
		}
	}
	if q.Where != nil {
		var unknown string
		cql2.Properties(q.Where, func(n string) {
			if unknown == "" && n != "geometry" && !layers.KnownProperty(l.ID, n) {
				unknown = n
			}
		})
		if unknown != "" {
			return nil, fmt.Errorf("%w: %q", layers.ErrUnknownProperty, unknown)
		}
	}
	var mask uint8
	for _, x := range layers.Layers {
		if x.EventType == "" || (l.EventType != "" && x.EventType != l.EventType) {
			continue
		}
		if et, ok := q.Props["event_type"]; ok && !strings.EqualFold(x.EventType, et) {
			continue
		}
		mask |= 1 << slotOf(x.EventType)
	}
	where, err := cql2.Compile(q.Where)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", layers.ErrBadFilter, err)
	}
	dated := q.Start != "" || q.End != ""
	decode := len(q.Props) > 0 || q.Where != nil || len(q.SortBy) > 0 || (isPlace && dated)
	pageFrom := max(q.Offset, 0)
	r := rect{-180, -90, 180, 90}
	if q.Bound != nil {
		r = rect{q.Bound.Min[0], q.Bound.Min[1], q.Bound.Max[0], q.Bound.Max[1]}
	}

	// The fast path: a page of a layer within a box, counted by the index's counts.
	if !isPlace && !decode && !dated {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		s.imu.RLock()
		page, matched := s.idx.page(r, mask, pageFrom, q.Limit, q.CountLimit, q.Lean)
		s.imu.RUnlock()
		return &Cursor{s: s, events: page, matched: matched}, nil
	}

	typedOnly := !isPlace && queryTyped(q)
	var (
		matched int
		stopped bool
		places  []string
		events  []evEntry
		top     = &topK{keys: q.SortBy, k: topCount(pageFrom, q.Limit)}
		ierr    error
		checked int
		sn, en  = dateNum(q.Start), dateNum(q.End)
	)
	want := func(n int) bool { return q.Limit <= 0 || n < pageFrom+q.Limit }
	// match reports whether a decoded hit passes the filters, and collects it.
	match := func(row filterRow, place string, ev *evEntry) bool {
		if decode {
			for name, want := range q.Props {
				if name == "event_type" && !isPlace {
					continue
				}
				if !layers.EqualValue(row.prop(name), want) {
					return true
				}
			}
			if q.Where != nil && !where.Match(row) {
				return true
			}
		}
		if len(q.SortBy) > 0 {
			top.add(row.prop, place, ev)
			matched++
			return true
		}
		if matched >= pageFrom && want(matched) {
			if ev != nil {
				events = append(events, *ev)
			} else {
				places = append(places, place)
			}
		}
		matched++
		if q.CountLimit > 0 && matched >= q.CountLimit && !want(matched) {
			stopped = true
			return false
		}
		return true
	}
	// sortPage orders the matches and keeps the page of them; for events it runs while the
	// index is locked, as the matches point into it.
	sorted := false
	sortPage := func() {
		if sorted {
			return
		}
		sorted = true
		all := top.sorted()
		for i := pageFrom; i < len(all) && want(i); i++ {
			if isPlace {
				places = append(places, all[i].place)
			} else {
				events = append(events, *all[i].event)
			}
		}
	}
	tick := func() bool {
		if checked++; checked%4096 == 0 && ctx.Err() != nil {
			ierr = ctx.Err()
			return false
		}
		return true
	}
	err = s.db.View(func(tx *bdb.Tx) error {
		mc := &metaCache{tx: tx}
		if !isPlace {
			s.imu.RLock()
			defer s.imu.RUnlock()
			s.idx.search(r, mask, func(it *evEntry) bool {
				if !tick() {
					return false
				}
				if dated && (it.s == 0 || (en != 0 && it.s > en) || (sn != 0 && it.e < sn)) {
					return true
				}
				if !decode || (typedOnly && it.typed.ok) {
					return match(entryRow{it}, "", it)
				}
				e, err := decodeEvent(keyEvent+it.id, it.val, mc)
				if err != nil {
					ierr = err
					return false
				}
				return match(hitRow{layers.Hit{Event: e}}, "", it)
			})
			if len(q.SortBy) > 0 && ierr == nil {
				sortPage()
			}
			return nil
		}
		visit := func(k, v string) bool {
			if !tick() {
				return false
			}
			var hit layers.Hit
			if decode {
				p, err := decodePlace(k, v)
				if err != nil {
					ierr = err
					return false
				}
				if dated && (p.LastSeen == "" || (q.Start != "" && p.LastSeen < q.Start) || (q.End != "" && p.FirstSeen > q.End)) {
					return true
				}
				hit.Place = p
			}
			return match(hitRow{hit}, strings.TrimPrefix(k, keyPlace), nil)
		}
		if q.Bound != nil {
			return tx.Intersects(idxPlacePoint, rectString(*q.Bound), visit)
		}
		return tx.AscendGreaterOrEqual("", keyPlace, func(k, v string) bool {
			return strings.HasPrefix(k, keyPlace) && visit(k, v)
		})
	})
	if err == nil {
		err = ierr
	}
	if err != nil {
		return nil, err
	}
	if len(q.SortBy) > 0 {
		sortPage()
	}
	c := &Cursor{s: s, places: places, events: events, matched: matched}
	if stopped {
		c.matched = -1
	}
	return c, nil
}

// filterRow is a feature as Query's filters see it: Value as a CQL2 filter does (layers.Row),
// prop as equality filters and sort keys do (Hit.Value).
type filterRow interface {
	cql2.Row
	prop(name string) any
}

type hitRow struct{ h layers.Hit }

func (r hitRow) Value(name string) (any, bool) { return layers.Row(r.h).Value(name) }
func (r hitRow) prop(name string) any {
	v, _ := r.h.Value(name)
	return v
}

func (r entryRow) prop(name string) any { return r.sortValue(name) }

// queryTyped reports whether every property q filters or sorts on is one an index entry holds.
func queryTyped(q layers.Query) bool {
	if q.Where != nil {
		typedOnly := true
		cql2.Properties(q.Where, func(n string) { typedOnly = typedOnly && typedProps[n] })
		if !typedOnly || hasSearch(q.Where) {
			return false
		}
	}
	for n := range q.Props {
		if !typedProps[n] {
			return false
		}
	}
	for _, k := range q.SortBy {
		if !typedProps[k.Property] {
			return false
		}
	}
	return true
}

// hasSearch reports whether e holds a cql2.Search (which reads titles and quotes).
func hasSearch(e cql2.Expr) bool {
	switch e := e.(type) {
	case cql2.Search:
		return true
	case cql2.And:
		for _, a := range e.Args {
			if hasSearch(a) {
				return true
			}
		}
	case cql2.Or:
		for _, a := range e.Args {
			if hasSearch(a) {
				return true
			}
		}
	case cql2.Not:
		return hasSearch(e.Arg)
	}
	return false
}

// lessSort orders two features' sort values by keys: empty values last either way.
func lessSort(keys []layers.SortKey, a, b []any) bool {
	for k, sk := range keys {
		x, y := a[k], b[k]
		if ex, ey := layers.EmptyValue(x), layers.EmptyValue(y); ex != ey {
			return ey
		}
		c := layers.CompareValues(x, y)
		if c == 0 {
			continue
		}
		if sk.Desc {
			return c > 0
		}
		return c < 0
	}
	return false
}
