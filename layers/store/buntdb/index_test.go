package buntdb

import (
	"conflictmap/layers"
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"

	bdb "github.com/tidwall/buntdb"
)

// TestEvIndexPage checks the index's pages and counts against a scan of every entry, with
// removals, offsets and the count cap.
func TestEvIndexPage(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	idx := newEvIndex()
	var all []evEntry
	for i := 0; i < 20000; i++ {
		e := evEntry{id: fmt.Sprint(i), x: 44 + 4*r.Float64(), y: 39 + 3*r.Float64(), slot: uint8(r.IntN(typeSlots))}
		if i%10 == 0 {
			e.x, e.y = 45, 40 // many at one point: a leaf that cannot split
		}
		all = append(all, e)
		idx.insert(e)
	}
	for i := 0; i < len(all); i += 3 {
		if !idx.remove(all[i].id, all[i].x, all[i].y) {
			t.Fatalf("remove %s", all[i].id)
		}
		all[i].id = ""
	}
	for k := 0; k < 200; k++ {
		x, y, w := 43+5*r.Float64(), 38+4*r.Float64(), 2*r.Float64()
		q := rect{x, y, x + w, y + w}
		mask := uint8(r.IntN(256))
		from, limit, capN := r.IntN(50), r.IntN(120), []int{0, 10, 1000}[r.IntN(3)]
		var want []string
		for _, e := range all {
			if e.id != "" && mask&(1<<e.slot) != 0 && q.contains(e.x, e.y) {
				want = append(want, e.id)
			}
		}
		// The same set as a scan, in the order of search.
		var order []string
		idx.search(q, mask, func(e *evEntry) bool { order = append(order, e.id); return true })
		if len(order) != len(want) {
			t.Fatalf("search found %d, scan %d", len(order), len(want))
		}
		page, matched := idx.page(q, mask, from, limit, capN, false)
		wantMatched := len(want)
		if capN > 0 && limit > 0 && len(want) >= max(capN, from+limit) {
			wantMatched = -1
		}
		if matched != wantMatched {
			t.Fatalf("%d: matched %d, want %d (of %d, from %d limit %d cap %d)", k, matched, wantMatched, len(want), from, limit, capN)
		}
		end := len(order)
		if limit > 0 {
			end = min(end, from+limit)
		}
		var wantPage []string
		if from < end {
			wantPage = order[from:end]
		}
		if len(page) != len(wantPage) {
			t.Fatalf("%d: page of %d, want %d", k, len(page), len(wantPage))
		}
		for i := range page {
			if page[i].id != wantPage[i] {
				t.Fatalf("%d: page[%d] = %s, want %s", k, i, page[i].id, wantPage[i])
			}
		}
	}
}

func TestSplitEvent(t *testing.T) {
	h := header{t: "clash", s: "2020-11-08", e: "2020-11-09", x: 46.75, y: -39.5}
	v, err := encodeEvent(h, []byte(`{"type":"Feature","p":1,"n":2}`), []cEvent{{Article: "a", Title: `x,"p":y`}})
	if err != nil {
		t.Fatal(err)
	}
	got, fo, fn, parts, ok := splitEvent(v)
	if !ok || got != h || v[fo:fo+fn] != `{"type":"Feature","p":1,"n":2}` || parts != `[{"a":"a","ti":"x,\"p\":y","x":0,"y":0}]` {
		t.Errorf("splitEvent(%s) = %+v %q %q %v", v, got, v[fo:fo+fn], parts, ok)
	}
	old := `{"t":"clash","s":"","e":"","x":1,"y":2,"p":[]}`
	if got, _, fn, parts, ok := splitEvent(old); !ok || fn != 0 || parts != "[]" || got.x != 1 || got.y != 2 {
		t.Errorf("old record: %+v %d %q %v", got, fn, parts, ok)
	}
	if ty, f, ok := eventFeature(v); !ok || ty != "clash" || f != v[fo:fo+fn] {
		t.Errorf("eventFeature(%s) = %q %q %v, want splitEvent's feature", v, ty, f, ok)
	}
	if _, _, ok := eventFeature(old); ok {
		t.Errorf("eventFeature(%s): a record without a feature is ok", old)
	}
	for _, bad := range []string{"", "{}", `{"t":"clash","s":"","e":"","x":1,"y":2,"n":99,"f":{},"p":[]}`} {
		if _, _, _, _, ok := splitEvent(bad); ok {
			t.Errorf("splitEvent(%q) ok", bad)
		}
		if _, _, ok := eventFeature(bad); ok {
			t.Errorf("eventFeature(%q) ok", bad)
		}
	}
}

// TestStoreUpgradesOldRecords: events stored before features were encoded into their records
// are re-encoded at open, and served the same.
func TestStoreUpgradesOldRecords(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	pr := put(t, s, testResult("a1", "2020-11-12", ev(layers.TypeDeployment, stepanakert, "2020-11-10", "Russia"),
		ev(layers.TypeClash, shusha, "2020-11-08", "Azerbaijan")))
	want, err := s.GetEvent(ctx, pr.EventIDs[0])
	if err != nil {
		t.Fatal(err)
	}
	// Rewrite the records in the old form: no "n" and "f".
	err = s.db.Update(func(tx *bdb.Tx) error {
		for _, id := range pr.EventIDs {
			v, err := tx.Get(keyEvent + id)
			if err != nil {
				return err
			}
			h, _, _, parts, _ := splitEvent(v)
			old := fmt.Sprintf(`{"t":"%s","s":"%s","e":"%s","x":%v,"y":%v,"p":%s}`, h.t, h.s, h.e, h.x, h.y, parts)
			if _, _, err := tx.Set(keyEvent+id, old, nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.GetEvent(ctx, pr.EventIDs[0])
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("after upgrade %+v, %v; want %+v", got, err, want)
	}
	wantJSON, _ := layers.EventJSON(want)
	c, err := s.Query(ctx, layers.Query{Layer: "deployments"})
	if err != nil || c.Len() != 1 {
		t.Fatalf("query: %v, %d", err, c.Len())
	}
	c.EachJSON(ctx, func(f string) error {
		if f != string(wantJSON) {
			t.Errorf("feature %s, want %s", f, wantJSON)
		}
		return nil
	})
	s.db.View(func(tx *bdb.Tx) error {
		v, _ := tx.Get(keyEvent + pr.EventIDs[1])
		if _, _, fn, _, ok := splitEvent(v); !ok || fn == 0 {
			t.Errorf("not upgraded: %s", v)
		}
		return nil
	})
}
