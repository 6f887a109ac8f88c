package postgis

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/paulmach/orb"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

// statement is a compiled query: one SQL statement and its parameters. countCap, when > 0,
// is where counting stopped (Matched is then -1 if the count reached it).
type statement struct {
	sql      string
	args     []any
	countCap int
	places   bool
	inline   bool // the page's features are in its rows (else EachJSON reads them by id)
	generic  bool // run on the pool of generic plans (Store.generic)
}

// inlinePage is the largest page whose features the query's row holds: a larger one (a
// download) holds only ids, its features read in batches as they are streamed.
const inlinePage = 10_000

// compile turns a layers.Query into one statement: for a page of events up to inlinePage
// long, one row per feature (pageRows); otherwise one row of the count of matches (capped)
// and the page's ids, in order.
func compile(q layers.Query) (statement, error) {
	l, ok := layers.LayerByID(q.Layer)
	if !ok {
		return statement{}, fmt.Errorf("%w: %q", layers.ErrUnknownLayer, q.Layer)
	}
	st := statement{places: l.ID == "places"}
	c := newCompiler(st.places)
	conds, err := c.conditions(q, l)
	if err != nil {
		return statement{}, err
	}
	order, err := orderBy(q.SortBy, l.ID, c.cols)
	if err != nil {
		return statement{}, err
	}
	where := "TRUE"
	if len(conds) > 0 {
		where = strings.Join(conds, " AND ")
	}
	table := "events"
	if st.places {
		table = "places"
	}
	var limit any
	if q.Limit > 0 {
		limit = q.Limit
	}
	// Without sortby a page comes in the order of the scan (the spatial index's, after
	// Cluster), as the buntdb store's come in its index's: sorting every match of a box by id
	// to return the first hundred costs more than the hundred.
	orderClause := ""
	if len(q.SortBy) > 0 {
		orderClause = " ORDER BY " + order
	}
	off, lim := c.arg(max(q.Offset, 0), "bigint"), c.arg(limit, "bigint")
	inline := !st.places && q.Limit > 0 && q.Limit <= inlinePage
	boxOnly := len(conds) == 1 && q.Bound != nil && len(q.SortBy) == 0
	cols := "id"
	if inline && boxOnly {
		cols = "id, feature"
	}
	page := "SELECT " + cols + " FROM " + table + " WHERE " + where + orderClause + " OFFSET " + off + " LIMIT " + lim
	count := "SELECT 1 FROM " + table + " WHERE " + where
	if q.CountLimit > 0 && q.Limit > 0 && len(q.SortBy) == 0 {
		st.countCap = max(q.CountLimit, max(q.Offset, 0)+q.Limit)
		count += " LIMIT " + c.arg(st.countCap, "bigint")
	}
	matched := matchedSQL(count, off, lim)
	if !inline {
		st.sql = "WITH page AS MATERIALIZED (" + page + ") SELECT " + matched + ", array(SELECT id FROM page)"
	} else {
		st.sql, st.inline, st.generic = pageRows(page, matched, boxOnly), true, !boxOnly && !st.places
	}
	st.args = c.args
	return st, nil
}

// conditions compiles the filters of q on layer l (its event type, bound, dates, properties
// and CQL2 filter), each one SQL condition to be joined with AND.
func (c *compiler) conditions(q layers.Query, l layers.Layer) ([]string, error) {
	places := l.ID == "places"
	var conds []string
	if l.EventType != "" {
		conds = append(conds, "(event_type = "+c.arg(l.EventType, "text")+")")
	}
	if b := q.Bound; b != nil {
		conds = append(conds, c.bound(*b, places))
	}
	dates, err := c.dates(q.Start, q.End, places)
	if err != nil {
		return nil, err
	}
	conds = append(conds, dates...)
	props, err := c.props(q.Props, l.ID)
	if err != nil {
		return nil, err
	}
	conds = append(conds, props...)
	if q.Where != nil {
		w, err := c.where(q.Where)
		if err != nil {
			return nil, err
		}
		conds = append(conds, w)
	}
	return conds, nil
}

// pageRows is the statement of a page that holds its features: one row per feature (id and
// feature, in the page's order, each with numberMatched), or one row of numberMatched and
// NULLs when the page is empty. Rows rather than one array: a page's array of a hundred
// features is one allocation of 100 kB a query, which PostgreSQL maps and zeroes afresh.
//
// A page of a box alone reads its features from the rows its scan of events returns (one
// index scan, the rows in spatial order). Any other condition is read from the covering index
// events_pt (or a row) to choose the page's ids first, whose features are then read by key: a
// scan that read each row's feature before its filter would read many more rows than it
// returns.
func pageRows(page, matched string, boxOnly bool) string {
	feature := "(SELECT feature FROM events AS e WHERE e.id = p.id)"
	if boxOnly {
		feature = "p.feature"
	}
	return "WITH page AS MATERIALIZED (SELECT s.*, row_number() OVER () AS ord FROM (" + page + ") AS s) " +
		"SELECT m.n, p.id, " + feature + " FROM (SELECT " + matched + " AS n) AS m LEFT JOIN page AS p ON TRUE ORDER BY p.ord"
}

// bound keeps the points inside b, edges included: an event's native point (pt, whose GiST
// index answers a count alone), a place's geometry.
func (c *compiler) bound(b orb.Bound, places bool) string {
	x0, y0, x1, y1 := c.arg(b.Min[0], "float8"), c.arg(b.Min[1], "float8"), c.arg(b.Max[0], "float8"), c.arg(b.Max[1], "float8")
	if places {
		return "(geom && ST_MakeEnvelope(" + x0 + ", " + y0 + ", " + x1 + ", " + y1 + ", 4326))"
	}
	return "(pt <@ box(point(" + x0 + ", " + y0 + "), point(" + x1 + ", " + y1 + ")))"
}

// matchedSQL is numberMatched: a page shorter than its limit (and not past the end) ends the
// matches, which are then its offset and length, with no count; else the count of the
// matches. A CASE runs the count's subquery only when it is needed.
func matchedSQL(count, off, lim string) string {
	n := "(SELECT count(*) FROM page)"
	short := "((" + lim + " IS NULL OR " + n + " < " + lim + ") AND (" + n + " > 0 OR " + off + " = 0))"
	return "CASE WHEN " + short + " THEN " + off + " + " + n + " ELSE (SELECT count(*) FROM (" + count + ") AS matched) END"
}

// dates keeps events whose date range overlaps [start, end] and places seen within it.
func (c *compiler) dates(start, end string, places bool) ([]string, error) {
	if start == "" && end == "" {
		return nil, nil
	}
	if !validDate(start) || !validDate(end) {
		return nil, fmt.Errorf("%w: datetime %q/%q: not YYYY-MM-DD", layers.ErrInvalid, start, end)
	}
	if places {
		out := []string{"(last_seen IS NOT NULL)"}
		if start != "" {
			out = append(out, "(last_seen >= "+c.arg(start, "text")+")")
		}
		if end != "" {
			out = append(out, "(first_seen <= "+c.arg(end, "text")+")")
		}
		return out, nil
	}
	out := []string{"(range_start IS NOT NULL)"}
	if end != "" {
		out = append(out, "(range_start <= "+c.arg(end, "date")+")")
	}
	if start != "" {
		out = append(out, "(range_end >= "+c.arg(start, "date")+")")
	}
	return out, nil
}

// props compiles Query.Props: equality, case-insensitive; actors match any element; numbers
// compare as their decimal text; an unknown count equals nothing (a stated 0 equals 0).
func (c *compiler) props(props map[string]string, layer string) ([]string, error) {
	names := make([]string, 0, len(props))
	for k := range props {
		if !layers.KnownProperty(layer, k) {
			return nil, fmt.Errorf("%w: %q", layers.ErrUnknownProperty, k)
		}
		names = append(names, k)
	}
	sort.Strings(names)
	var out []string
	for _, name := range names {
		want := props[name]
		col, ok := c.cols[name]
		switch {
		case name == "sources" || !ok:
			out = append(out, "FALSE")
		case col.k == kArray:
			out = append(out, "(actors_lc @> ARRAY[lower("+c.arg(want, "text")+")])")
		case col.k == kInt:
			out = append(out, "("+col.sql+"::text = "+c.arg(strings.TrimSpace(want), "text")+")")
		case col.k == kFloat:
			f, err := strconv.ParseFloat(strings.TrimSpace(want), 64)
			if err != nil {
				out = append(out, "FALSE")
				continue
			}
			out = append(out, "("+col.sql+" = "+c.arg(f, "float8")+")")
		case want == "": // an empty property is NULL
			out = append(out, "("+col.sql+" IS NULL)")
		case col.k == kDate:
			out = append(out, "(("+col.sql+")::text = lower("+c.arg(want, "text")+"))")
		default:
			out = append(out, "(lower("+col.sql+") = lower("+c.arg(want, "text")+"))")
		}
	}
	return out, nil
}

// orderBy is the ORDER BY of SortBy, empty values last either way, then the id.
func orderBy(keys []layers.SortKey, layer string, cols map[string]column) (string, error) {
	var out []string
	for _, k := range keys {
		if !layers.KnownProperty(layer, k.Property) {
			return "", fmt.Errorf("%w: %q", layers.ErrUnknownProperty, k.Property)
		}
		col, ok := cols[k.Property]
		if k.Property == "sources" {
			col, ok = cols["source_count"], true
		}
		if !ok {
			return "", fmt.Errorf("%w: %q", layers.ErrUnknownProperty, k.Property)
		}
		s := col.sql
		if col.k == kArray {
			s = "(CASE WHEN cardinality(actors) = 0 THEN NULL ELSE array_to_string(actors, chr(59)) END)"
		}
		if k.Desc {
			s += " DESC"
		}
		out = append(out, s+" NULLS LAST")
	}
	return strings.Join(append(out, "id"), ", "), nil
}

// Query selects features of one layer with one SQL statement.
func (s *Store) Query(ctx context.Context, q layers.Query) (store.Iterator, error) {
	st, err := compile(q)
	if err != nil {
		return nil, err
	}
	it := &iter{s: s, places: st.places, inline: st.inline}
	n, err := it.read(ctx, st)
	if err != nil {
		return nil, wrap("query", err)
	}
	it.matched = n
	if st.countCap > 0 && n >= st.countCap {
		it.matched = -1
	}
	return it, nil
}

// read runs a compiled statement: its count of matches, and its page's ids and features.
func (it *iter) read(ctx context.Context, st statement) (int, error) {
	var n int
	if !st.inline {
		return n, it.s.pool.QueryRow(ctx, st.sql, st.args...).Scan(&n, &it.ids)
	}
	pool := it.s.pool
	if st.generic {
		pool = it.s.generic
	}
	rows, err := pool.Query(ctx, st.sql, st.args...)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	for rows.Next() {
		var id, f *string
		if err := rows.Scan(&n, &id, &f); err != nil {
			return 0, err
		}
		if id != nil && f != nil {
			it.ids, it.features = append(it.ids, *id), append(it.features, *f)
		}
	}
	return n, rows.Err()
}
