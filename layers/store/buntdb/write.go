package buntdb

import (
	"conflictmap/geo"
	"conflictmap/layers"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	orbgeo "github.com/paulmach/orb/geo"

	"github.com/paulmach/orb"
	bdb "github.com/tidwall/buntdb"
)

// ---- writes -------------------------------------------------------------------------------

var validType = func(t string) bool {
	if t == "" || len(t) > 40 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; (c < 'a' || c > 'z') && c != '_' {
			return false
		}
	}
	return true
}

func validDate(d string) bool {
	if d == "" {
		return true
	}
	if len(d) != 10 || d[4] != '-' || d[7] != '-' {
		return false
	}
	for i := 0; i < 10; i++ {
		if i != 4 && i != 7 && (d[i] < '0' || d[i] > '9') {
			return false
		}
	}
	return true
}

func validateEvent(i int, e *layers.Event) error {
	switch {
	case !validType(e.EventType):
		return fmt.Errorf("%w: event %d: event_type %q", layers.ErrInvalid, i, e.EventType)
	case !layers.ValidPoint(e.Lon, e.Lat) || math.IsInf(e.Lon, 0) || math.IsInf(e.Lat, 0):
		return fmt.Errorf("%w: event %d: coordinates %v,%v", layers.ErrInvalid, i, e.Lon, e.Lat)
	case !validDate(e.DateStart) || !validDate(e.DateEnd):
		return fmt.Errorf("%w: event %d: date_start %q / date_end %q are not YYYY-MM-DD", layers.ErrInvalid, i, e.DateStart, e.DateEnd)
	case e.DateStart != "" && e.DateEnd != "" && e.DateEnd < e.DateStart:
		return fmt.Errorf("%w: event %d: date_end %s before date_start %s", layers.ErrInvalid, i, e.DateEnd, e.DateStart)
	}
	return nil
}

// PutArticle stores an article, its mentions and its events in one transaction: if it fails,
// the store is as it was. Storing an article id again replaces that article's previous mentions
// and sources (so re-ingesting is idempotent). Each event that is the same event (SameEvent) as
// one already stored is merged into it and keeps that event's id; a new event gets an id derived
// from its event_type, place and month, so it keeps it across re-ingests.
func (s *Store) PutArticle(ctx context.Context, res *layers.Result) (layers.PutResult, error) {
	if res == nil || res.Article.ID == "" {
		return layers.PutResult{}, fmt.Errorf("%w: article without id", layers.ErrInvalid)
	}
	if strings.ContainsAny(res.Article.ID, "*?|") {
		return layers.PutResult{}, fmt.Errorf("%w: article id %q contains * ? or |", layers.ErrInvalid, res.Article.ID)
	}
	if err := ctx.Err(); err != nil {
		return layers.PutResult{}, err
	}
	pr := layers.PutResult{ArticleID: res.Article.ID}
	err := s.update(func(w *wtx) error {
		replaced, err := w.removeArticle(res.Article.ID)
		if err != nil && !errors.Is(err, layers.ErrNotFound) {
			return err
		}
		pr.Replaced = replaced
		return w.putArticle(ctx, res, &pr)
	})
	if err != nil {
		return layers.PutResult{}, err
	}
	s.notify("put", res.Article.ID)
	return pr, nil
}

// BulkLoad stores articles as PutArticle does, many to a transaction, except that it does not
// look for stored events to merge their events with: every event is stored as a new event.
// It is the fast path to build a large store (benchmarks, imports of events already merged);
// open the store with SyncNever for it. It returns how many events it stored.
func (s *Store) BulkLoad(ctx context.Context, results []*layers.Result) (int, error) {
	n := 0
	for len(results) > 0 {
		batch := results[:min(bulkBatch, len(results))]
		results = results[len(batch):]
		err := s.update(func(w *wtx) error {
			w.bulk = true
			for _, res := range batch {
				if res == nil || res.Article.ID == "" || strings.ContainsAny(res.Article.ID, "*?|") {
					return fmt.Errorf("%w: bulk load: article without id or with * ? |", layers.ErrInvalid)
				}
				if _, err := w.removeArticle(res.Article.ID); err != nil && !errors.Is(err, layers.ErrNotFound) {
					return err
				}
				var pr layers.PutResult
				if err := w.putArticle(ctx, res, &pr); err != nil {
					return err
				}
				n += pr.Created
			}
			return nil
		})
		if err != nil {
			return n, err
		}
		for _, res := range batch {
			s.notify("put", res.Article.ID)
		}
	}
	return n, nil
}

// wtx is a write transaction: buntdb's, the changes to events it makes (applied to the index
// once it commits) and the article metadata events' features are encoded with.
type wtx struct {
	s       *Store
	tx      *bdb.Tx
	changes []evChange
	pending map[string]bool // ids of the events written in this transaction
	mc      *metaCache
	bulk    bool // BulkLoad: no search for events to merge with
}

type evChange struct{ id, old, new string } // new "" when deleted, old "" when created

// update runs fn in a write transaction and, once it commits, applies its changes to the
// index. Writers are serialized, so the index sees the transactions in commit order.
func (s *Store) update(fn func(*wtx) error) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	w := &wtx{s: s, pending: map[string]bool{}}
	err := s.db.Update(func(tx *bdb.Tx) error {
		w.tx = tx
		w.mc = &metaCache{tx: tx}
		return fn(w)
	})
	defer s.gen.Add(1)
	if err != nil {
		return err
	}
	s.imu.Lock()
	defer s.imu.Unlock()
	for _, c := range w.changes {
		if c.old != "" {
			if h, ok := parseHeader(c.old); ok {
				s.idx.remove(c.id, h.x, h.y)
			}
		}
		if c.new != "" {
			if e, ok := entryOf(c.id, c.new); ok {
				s.idx.insert(e)
			}
		}
	}
	return nil
}

func (w *wtx) setEvent(id, v string) error {
	prev, replaced, err := w.tx.Set(keyEvent+id, v, nil)
	if err != nil {
		return err
	}
	if !replaced {
		prev = ""
	}
	w.changes = append(w.changes, evChange{id: id, old: prev, new: v})
	w.pending[id] = true
	return nil
}

func (w *wtx) deleteEvent(id string) error {
	prev, err := w.tx.Delete(keyEvent + id)
	if err != nil {
		return err
	}
	w.changes = append(w.changes, evChange{id: id, old: prev})
	w.pending[id] = true
	return nil
}

func (w *wtx) putArticle(ctx context.Context, res *layers.Result, pr *layers.PutResult) error {
	tx := w.tx
	a := &res.Article
	// This article's metadata, for its events' features (its record is written last).
	w.mc.put(a.ID, &articleMeta{title: a.Title, publication: a.Publication, published: a.Published, url: a.URL, text: a.Raw})
	sa := storedArticle{
		ID: a.ID, Title: a.Title, Publication: a.Publication, Published: a.Published, URL: a.URL,
		BodyStart: a.BodyStart, BodyEnd: a.BodyEnd, Places: map[string]int{},
	}
	places := map[string]*geo.Place{}
	for _, m := range res.Mentions {
		cm := cMention{Text: m.Text, Start: m.Start, End: m.End, Role: m.Role, Near: m.Near}
		if p := m.Place; p != nil {
			cm.Place = &cPlace{ID: p.ID, Name: p.Name, Country: p.Country, Admin1: p.Admin1, Level: string(p.Level), Lat: p.Lat, Lon: p.Lon}
			if m.Role == geo.RoleLocation && p.ID != "" && !strings.ContainsAny(p.ID, "*?|") && layers.ValidPoint(p.Lon, p.Lat) {
				sa.Places[p.ID]++
				places[p.ID] = p
			}
		}
		sa.Mentions = append(sa.Mentions, cm)
	}
	// Places: counts, articles, first and last seen.
	pids := make([]string, 0, len(places))
	for id := range places {
		pids = append(pids, id)
	}
	sort.Strings(pids)
	for _, id := range pids {
		if err := addPlace(tx, places[id], a.ID, a.Published, sa.Places[id]); err != nil {
			return err
		}
	}
	// Events.
	seen := map[string]bool{}
	for i := range res.Events {
		if err := ctx.Err(); err != nil {
			return err
		}
		e := &res.Events[i]
		if err := validateEvent(i, e); err != nil {
			return err
		}
		id, created, err := w.putEvent(e, a.ID, a.Raw)
		if err != nil {
			return err
		}
		pr.Record(id, created)
		if !seen[id] {
			seen[id] = true
			sa.Events = append(sa.Events, id)
		}
	}
	b, err := json.Marshal(sa)
	if err != nil {
		return err
	}
	if _, _, err := tx.Set(keyArticle+a.ID, string(b), nil); err != nil {
		return err
	}
	if _, _, err := tx.Set(keyText+a.ID, a.Raw, nil); err != nil {
		return err
	}
	return nil
}

// putEvent merges e (reported by article aid) into the stored event it is the same as, or
// stores it as a new event.
func (w *wtx) putEvent(e *layers.Event, aid, raw string) (id string, created bool, err error) {
	tx := w.tx
	part := toCEvent(e, aid, raw)
	var bestKey, bestVal string
	if !w.bulk {
		// Candidates: events of the same type within the merge radius, from the index (as
		// committed) and from this transaction's writes; each read as this transaction sees it.
		dlat := mergeRadiusKm / 111.0
		dlon := dlat / math.Max(math.Cos(e.Lat*math.Pi/180), 0.05)
		r := rect{e.Lon - dlon, e.Lat - dlat, e.Lon + dlon, e.Lat + dlat}
		es, ee, dated := layers.DateRange(e)
		esn, een := dateNum(es), dateNum(ee)
		var cands []string
		w.s.imu.RLock()
		w.s.idx.search(r, 1<<slotOf(e.EventType), func(it *evEntry) bool {
			// Cheap rejection before reading the record: dates.
			if dated && it.s != 0 && (it.s > een || it.e < esn) {
				return true
			}
			if !w.pending[it.id] {
				cands = append(cands, it.id)
			}
			return true
		})
		w.s.imu.RUnlock()
		for pid := range w.pending {
			cands = append(cands, pid)
		}
		var found []*layers.Event
		var vals []string
		for _, cid := range cands {
			k := keyEvent + cid
			v, err := tx.Get(k)
			if errors.Is(err, bdb.ErrNotFound) {
				continue
			} else if err != nil {
				return "", false, err
			}
			h, ok := parseHeader(v)
			if !ok || h.t != e.EventType || !r.contains(h.x, h.y) {
				continue
			}
			if dated && h.s != "" && (h.s > ee || h.e < es) {
				continue
			}
			if orbgeo.Distance(orb.Point{h.x, h.y}, orb.Point{e.Lon, e.Lat}) > mergeRadiusKm*1000 && e.PlaceID == "" {
				continue
			}
			cand, err := decodeEvent(k, v, nil)
			if err != nil {
				return "", false, err
			}
			cand.ID = cid
			found = append(found, cand)
			vals = append(vals, v)
		}
		if i := layers.BestMatch(e, found); i >= 0 {
			bestKey, bestVal = keyEvent+found[i].ID, vals[i]
		}
	}
	if bestKey != "" {
		parts, err := eventParts(bestVal)
		if err != nil {
			return "", false, err
		}
		parts = append(parts, part)
		id = strings.TrimPrefix(bestKey, keyEvent)
		return id, false, w.writeEvent(id, e.EventType, parts)
	}
	base := layers.DeriveEventID(e)
	id = base
	for n := 2; ; n++ {
		if _, err := tx.Get(keyEvent + id); errors.Is(err, bdb.ErrNotFound) {
			break
		} else if err != nil {
			return "", false, err
		}
		if n > layers.MaxDerivedIDs {
			return "", false, fmt.Errorf("layers: no free id for event %s", base)
		}
		id = base + "-" + strconv.Itoa(n)
	}
	return id, true, w.writeEvent(id, e.EventType, []cEvent{part})
}

// writeEvent stores an event from its parts (sorted by article id), with the header and the
// encoded feature of their fold (its sources' article metadata and quotes filled in).
func (w *wtx) writeEvent(id, eventType string, parts []cEvent) error {
	sort.SliceStable(parts, func(i, j int) bool { return parts[i].Article < parts[j].Article })
	e := fold(id, eventType, parts, w.mc)
	feature, err := layers.EventJSON(e)
	if err != nil {
		return err
	}
	v, err := encodeEvent(headerOf(e), feature, parts)
	if err != nil {
		return err
	}
	return w.setEvent(id, v)
}

func addPlace(tx *bdb.Tx, p *geo.Place, aid, published string, count int) error {
	var sp storedPlace
	if v, err := tx.Get(keyPlace + p.ID); err == nil {
		if err := json.Unmarshal([]byte(v), &sp); err != nil {
			return fmt.Errorf("layers: corrupt place record %s: %w", p.ID, err)
		}
	} else if !errors.Is(err, bdb.ErrNotFound) {
		return err
	} else {
		sp = storedPlace{X: p.Lon, Y: p.Lat, Name: p.Name, Country: p.Country, Level: string(p.Level)}
	}
	sp.Mentions += count
	sp.Articles++
	if published != "" {
		if sp.First == "" || published < sp.First {
			sp.First = published
		}
		if published > sp.Last {
			sp.Last = published
		}
	}
	if _, _, err := tx.Set(keyPA+p.ID+"|"+aid, strconv.Itoa(count)+"|"+published, nil); err != nil {
		return err
	}
	return setJSON(tx, keyPlace+p.ID, sp)
}

func setJSON(tx *bdb.Tx, key string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, _, err = tx.Set(key, string(b), nil)
	return err
}

// removePlace takes an article's location mentions of a place out of its counts.
func removePlace(tx *bdb.Tx, pid, aid string) error {
	pav, err := tx.Delete(keyPA + pid + "|" + aid)
	if errors.Is(err, bdb.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	cs, published, _ := strings.Cut(pav, "|")
	count, _ := strconv.Atoi(cs)
	v, err := tx.Get(keyPlace + pid)
	if errors.Is(err, bdb.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	var sp storedPlace
	if err := json.Unmarshal([]byte(v), &sp); err != nil {
		return fmt.Errorf("layers: corrupt place record %s: %w", pid, err)
	}
	sp.Mentions -= count
	sp.Articles--
	if sp.Articles <= 0 {
		_, err := tx.Delete(keyPlace + pid)
		return err
	}
	if published != "" && (published == sp.First || published == sp.Last) {
		sp.First, sp.Last = "", ""
		prefix := keyPA + pid + "|"
		err := tx.AscendGreaterOrEqual("", prefix, func(k, v string) bool {
			if !strings.HasPrefix(k, prefix) {
				return false
			}
			_, p, _ := strings.Cut(v, "|")
			if p != "" && (sp.First == "" || p < sp.First) {
				sp.First = p
			}
			if p > sp.Last {
				sp.Last = p
			}
			return true
		})
		if err != nil {
			return err
		}
	}
	return setJSON(tx, keyPlace+pid, sp)
}

// removeArticle deletes an article, its sources from events (events left without any are
// deleted) and its mentions from places' counts. It reports whether the article existed.
func (w *wtx) removeArticle(id string) (bool, error) {
	tx := w.tx
	v, err := tx.Get(keyArticle + id)
	if errors.Is(err, bdb.ErrNotFound) {
		return false, layers.ErrNotFound
	} else if err != nil {
		return false, err
	}
	var sa storedArticle
	if err := json.Unmarshal([]byte(v), &sa); err != nil {
		return false, fmt.Errorf("layers: corrupt article record %s: %w", id, err)
	}
	for _, eid := range sa.Events {
		ev, err := tx.Get(keyEvent + eid)
		if errors.Is(err, bdb.ErrNotFound) {
			continue
		} else if err != nil {
			return false, err
		}
		h, ok := parseHeader(ev)
		if !ok {
			return false, fmt.Errorf("layers: corrupt event record %s", eid)
		}
		parts, err := eventParts(ev)
		if err != nil {
			return false, err
		}
		kept := parts[:0]
		for _, p := range parts {
			if p.Article != id {
				kept = append(kept, p)
			}
		}
		if len(kept) == 0 {
			if err := w.deleteEvent(eid); err != nil {
				return false, err
			}
			continue
		}
		if err := w.writeEvent(eid, h.t, kept); err != nil {
			return false, err
		}
	}
	pids := make([]string, 0, len(sa.Places))
	for pid := range sa.Places {
		pids = append(pids, pid)
	}
	sort.Strings(pids)
	for _, pid := range pids {
		if err := removePlace(tx, pid, id); err != nil {
			return false, err
		}
	}
	if _, err := tx.Delete(keyArticle + id); err != nil {
		return false, err
	}
	if _, err := tx.Delete(keyText + id); err != nil && !errors.Is(err, bdb.ErrNotFound) {
		return false, err
	}
	return true, nil
}

// DeleteArticle removes an article, its sources from the events (deleting events left with no
// source) and its mentions from the places' counts. ErrNotFound if it is not stored.
func (s *Store) DeleteArticle(ctx context.Context, id string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	err := s.update(func(w *wtx) error {
		_, err := w.removeArticle(id)
		return err
	})
	if err == nil {
		s.notify("delete", id)
	}
	return err
}
