package layers

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/paulmach/orb"
	orbgeo "github.com/paulmach/orb/geo"
	"github.com/paulmach/orb/geojson"
	"github.com/tidwall/buntdb"
	"github.com/tidwall/gjson"

	"conflictmap/cql2"
	"conflictmap/geo"
)

// The store's sentinel errors.
var (
	// ErrNotFound is returned for an unknown article, event or place.
	ErrNotFound = errors.New("layers: not found")
	// ErrInvalid wraps every error about a value the store refuses to hold.
	ErrInvalid = errors.New("layers: invalid")
	// ErrUnknownProperty is returned by Query for a filter or sort key no feature has.
	ErrUnknownProperty = errors.New("layers: unknown property")
	// ErrUnknownLayer is returned by Query for a layer not in Layers.
	ErrUnknownLayer = errors.New("layers: unknown layer")
)

// SyncPolicy says when a write reaches the disk.
type SyncPolicy int

// Sync policies. The zero value is the safe default.
const (
	// SyncAlways fsyncs every transaction before PutArticle or DeleteArticle returns: an
	// acknowledged write survives a crash. The default.
	SyncAlways SyncPolicy = iota
	// SyncEverySecond fsyncs once a second: a crash may lose the last second of writes.
	SyncEverySecond
	// SyncNever leaves syncing to the operating system: bulk loads and benchmarks only.
	SyncNever
)

// StoreConfig configures OpenStore. Its zero value, with a Path, is a durable store.
type StoreConfig struct {
	// Path is the database file, created (0600) if missing; ":memory:" keeps everything in
	// memory. OpenStore locks it (FILE.lock) and refuses a damaged one (store_open.go).
	// Required.
	Path string
	// SyncPolicy says when writes are fsynced. Default SyncAlways.
	SyncPolicy SyncPolicy
	// AutoShrinkMinSize is the size in bytes the append-only log must reach before it is
	// compacted in the background (when it has also doubled since the last compaction).
	// Default 64 MiB; negative disables compaction.
	AutoShrinkMinSize int
}

// Validate reports whether the configuration can be used.
func (c StoreConfig) Validate() error {
	if c.Path == "" {
		return fmt.Errorf("%w: store config: empty Path (use \":memory:\" for a store in memory)", ErrInvalid)
	}
	if c.SyncPolicy < SyncAlways || c.SyncPolicy > SyncNever {
		return fmt.Errorf("%w: store config: unknown SyncPolicy %d", ErrInvalid, c.SyncPolicy)
	}
	return nil
}

// Store holds articles, their mentions, the events extracted from them and the places they
// name, in a buntdb database: an append-only log replayed into memory at open, with an R-tree
// on every place's point. Events are indexed in memory by a quadtree that counts the events of
// each type below each node (store_index.go), built at open from the records' fixed-position
// headers; each event's record holds its GeoJSON feature, encoded when it is written.
// It is safe for concurrent use.
type Store struct {
	db        *buntdb.DB
	lock      *storeLock    // held until Close (store_lock.go)
	recovered *Recovery     // what opening repaired (store_open.go)
	gen       atomic.Uint64 // bumped by every write; invalidates extents

	wmu sync.Mutex   // serializes writes: a transaction, then its changes to idx
	imu sync.RWMutex // guards idx
	idx *evIndex

	mu      sync.Mutex
	extents map[string]extentEntry
}

type extentEntry struct {
	gen uint64
	ext Extent
}

// buntdb keys and index names: they never leave this file.
const (
	keyArticle = "article:" // article:{id} → storedArticle JSON (metadata, mentions, event ids)
	keyText    = "text:"    // text:{id} → the article's raw content
	keyEvent   = "event:"   // event:{id} → storedEvent (header + parts)
	keyPlace   = "place:"   // place:{place_id} → storedPlace JSON
	keyPA      = "pa:"      // pa:{place_id}|{article_id} → "count|published"

	idxPlacePoint = "pl_pt" // R-tree on place points
	fetchBatch    = 256     // events decoded per read transaction when streaming
	migrateBatch  = 1000    // events re-encoded per transaction when upgrading old records
	bulkBatch     = 500     // articles per transaction of BulkLoad
	mergeRadiusKm = SameEventKm
)

// OpenStore opens (or creates) the store at cfg.Path, replaying its log and building its indexes.
func OpenStore(cfg StoreConfig) (*Store, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	db, lock, rec, err := openDB(cfg)
	if err != nil {
		return nil, err
	}
	bc := buntConfig(cfg)
	if err := db.SetConfig(bc); err != nil {
		db.Close()
		lock.unlock()
		return nil, fmt.Errorf("layers: open store: %w", err)
	}
	if err := db.CreateSpatialIndex(idxPlacePoint, keyPlace+"*", placeRect); err != nil {
		db.Close()
		lock.unlock()
		return nil, fmt.Errorf("layers: open store: index %s: %w", idxPlacePoint, err)
	}
	s := &Store{db: db, lock: lock, recovered: rec, idx: newEvIndex(), extents: map[string]extentEntry{}}
	if err := s.buildIndex(); err != nil {
		s.Close()
		return nil, fmt.Errorf("layers: open store: %w", err)
	}
	return s, nil
}

// buildIndex fills the event index from the stored events, reading only their headers, and
// re-encodes the records written before features were stored in them, or before the features'
// current form (store_format.go).
func (s *Store) buildIndex() error {
	var old []string
	stale := s.featuresStale()
	err := s.db.View(func(tx *buntdb.Tx) error {
		return tx.AscendGreaterOrEqual("", keyEvent, func(k, v string) bool {
			if !strings.HasPrefix(k, keyEvent) {
				return false
			}
			e, ok := entryOf(k[len(keyEvent):], v)
			if !ok {
				return true // a corrupt record: found by GetEvent, never by queries
			}
			if e.fn == 0 || stale {
				old = append(old, e.id)
			}
			s.idx.insert(e)
			return true
		})
	})
	if err != nil {
		return err
	}
	for len(old) > 0 {
		batch := old[:min(migrateBatch, len(old))]
		old = old[len(batch):]
		err := s.update(func(w *wtx) error {
			for _, id := range batch {
				v, err := w.tx.Get(keyEvent + id)
				if err != nil {
					continue
				}
				h, ok := parseHeader(v)
				if !ok {
					continue
				}
				parts, err := eventParts(v)
				if err != nil {
					return err
				}
				if err := w.writeEvent(id, h.t, parts); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("upgrade event records: %w", err)
		}
	}
	return s.markFeatures()
}

// Close closes the store; pending writes are synced.
func (s *Store) Close() error {
	err := s.db.Close()
	if uerr := s.lock.unlock(); err == nil {
		err = uerr
	}
	if err != nil {
		return fmt.Errorf("layers: close store: %w", err)
	}
	return nil
}

// ---- stored forms -------------------------------------------------------------------------

// storedArticle is an article's record: metadata first (read with gjson for sources), then
// the per-place location counts, the events it contributes to and its mentions.
type storedArticle struct {
	Title       string         `json:"title"`
	Publication string         `json:"publication,omitempty"`
	Published   string         `json:"published,omitempty"`
	URL         string         `json:"url,omitempty"`
	ID          string         `json:"id"`
	BodyStart   int            `json:"bs,omitempty"`
	BodyEnd     int            `json:"be,omitempty"`
	Places      map[string]int `json:"pl,omitempty"` // place_id → location mentions
	Events      []string       `json:"ev,omitempty"`
	Mentions    []cMention     `json:"m,omitempty"`
}

type cMention struct {
	Text  string  `json:"t"`
	Start int     `json:"s"`
	End   int     `json:"e"`
	Role  string  `json:"r"`
	Near  bool    `json:"n,omitempty"`
	Place *cPlace `json:"p,omitempty"`
}

type cPlace struct {
	ID      string  `json:"i"`
	Name    string  `json:"n"`
	Country string  `json:"c,omitempty"`
	Admin1  string  `json:"a,omitempty"`
	Level   string  `json:"l,omitempty"`
	Lat     float64 `json:"y"`
	Lon     float64 `json:"x"`
}

// storedPlace is a place of the places layer; x and y first for the R-tree.
type storedPlace struct {
	X        float64 `json:"x"`
	Y        float64 `json:"y"`
	Name     string  `json:"n"`
	Country  string  `json:"c,omitempty"`
	Level    string  `json:"l,omitempty"`
	Mentions int     `json:"m"`
	Articles int     `json:"a"`
	First    string  `json:"f,omitempty"`
	Last     string  `json:"g,omitempty"`
}

// header is the fixed prefix of a stored event:
//
//	{"t":…,"s":…,"e":…,"x":…,"y":…,"n":len(feature),"f":feature,"p":[parts]}
//
// Event types are validated to be plain lower-case words and dates plain YYYY-MM-DD, so the
// header can be read without a JSON decoder (the index reads a million of them at start-up),
// and the feature (the event's GeoJSON, what the API serves) sliced out of the record by its
// length. Records written before features were stored have no "n" and "f" (and are upgraded
// at open).
type header struct {
	t, s, e string
	x, y    float64
}

func encodeEvent(h header, feature []byte, parts []cEvent) (string, error) {
	pj, err := json.Marshal(parts)
	if err != nil {
		return "", err
	}
	b := make([]byte, 0, len(pj)+len(feature)+100)
	b = append(b, `{"t":"`...)
	b = append(b, h.t...)
	b = append(b, `","s":"`...)
	b = append(b, h.s...)
	b = append(b, `","e":"`...)
	b = append(b, h.e...)
	b = append(b, `","x":`...)
	b = strconv.AppendFloat(b, h.x, 'f', -1, 64)
	b = append(b, `,"y":`...)
	b = strconv.AppendFloat(b, h.y, 'f', -1, 64)
	b = append(b, `,"n":`...)
	b = strconv.AppendInt(b, int64(len(feature)), 10)
	b = append(b, `,"f":`...)
	b = append(b, feature...)
	b = append(b, `,"p":`...)
	b = append(b, pj...)
	b = append(b, '}')
	return string(b), nil
}

// splitEvent reads a stored event: its header, the position of its feature (fn 0 when it has
// none) and its parts' JSON; ok is false if v is not a stored event.
func splitEvent(v string) (h header, fo, fn int, parts string, ok bool) {
	var rest string
	if rest, ok = strings.CutPrefix(v, `{"t":"`); !ok {
		return
	}
	if h.t, rest, ok = strings.Cut(rest, `","s":"`); !ok {
		return
	}
	if h.s, rest, ok = strings.Cut(rest, `","e":"`); !ok {
		return
	}
	if h.e, rest, ok = strings.Cut(rest, `","x":`); !ok {
		return
	}
	var xs string
	if xs, rest, ok = strings.Cut(rest, `,"y":`); !ok {
		return
	}
	i := strings.IndexByte(rest, ',')
	if ok = i > 0; !ok {
		return
	}
	ys := rest[:i]
	rest = rest[i:]
	var err1, err2 error
	if h.x, err1 = strconv.ParseFloat(xs, 64); err1 != nil {
		return h, 0, 0, "", false
	}
	if h.y, err2 = strconv.ParseFloat(ys, 64); err2 != nil {
		return h, 0, 0, "", false
	}
	if r, has := strings.CutPrefix(rest, `,"n":`); has {
		j := strings.IndexByte(r, ',')
		if j <= 0 {
			return h, 0, 0, "", false
		}
		n, err := strconv.Atoi(r[:j])
		r = r[j:]
		if err != nil || n <= 0 || !strings.HasPrefix(r, `,"f":`) || len(r) < 5+n {
			return h, 0, 0, "", false
		}
		fo, fn = len(v)-len(r)+5, n
		rest = r[5+n:]
	}
	if !strings.HasPrefix(rest, `,"p":`) || !strings.HasSuffix(rest, "}") {
		return h, 0, 0, "", false
	}
	return h, fo, fn, rest[5 : len(rest)-1], true
}

// parseHeader reads the header of a stored event; ok is false if v is not one.
func parseHeader(v string) (h header, ok bool) {
	h, _, _, _, ok = splitEvent(v)
	return h, ok
}

// eventParts returns the parts of a stored event.
func eventParts(v string) ([]cEvent, error) {
	_, _, _, pj, ok := splitEvent(v)
	if !ok {
		return nil, fmt.Errorf("layers: corrupt event record")
	}
	var parts []cEvent
	if err := json.Unmarshal([]byte(pj), &parts); err != nil {
		return nil, fmt.Errorf("layers: corrupt event record: %w", err)
	}
	return parts, nil
}

// entryOf is the index entry of a stored event.
func entryOf(id, v string) (evEntry, bool) {
	h, fo, fn, _, ok := splitEvent(v)
	if !ok || !validPoint(h.x, h.y) {
		return evEntry{}, false
	}
	return evEntry{x: h.x, y: h.y, id: id, val: v, s: dateNum(h.s), e: dateNum(h.e),
		fo: uint32(fo), fn: uint32(fn), slot: slotOf(h.t)}, true
}

func placeRect(v string) (min, max []float64) {
	if strings.HasPrefix(v, "[") {
		return buntdb.IndexRect(v)
	}
	r := gjson.GetMany(v, "x", "y")
	return []float64{r[0].Float(), r[1].Float()}, []float64{r[0].Float(), r[1].Float()}
}

func rectString(b orb.Bound) string {
	return buntdb.Rect([]float64{b.Min[0], b.Min[1]}, []float64{b.Max[0], b.Max[1]})
}

// ---- conversions --------------------------------------------------------------------------

// articleMeta is what a source shows of its article.
type articleMeta struct {
	title, publication, published, url string
	text                               string
}

// metaCache reads articles' metadata within one read transaction.
type metaCache struct {
	tx *buntdb.Tx
	m  map[string]*articleMeta
}

// put sets an article's metadata (one being written, not yet readable from the transaction).
func (mc *metaCache) put(id string, m *articleMeta) {
	if mc.m == nil {
		mc.m = map[string]*articleMeta{}
	}
	mc.m[id] = m
}

func (mc *metaCache) get(id string) *articleMeta {
	if m, ok := mc.m[id]; ok {
		return m
	}
	m := &articleMeta{}
	if mc.tx != nil {
		if v, err := mc.tx.Get(keyArticle + id); err == nil {
			r := gjson.GetMany(v, "title", "publication", "published", "url")
			m.title, m.publication, m.published, m.url = r[0].String(), r[1].String(), r[2].String(), r[3].String()
		}
		if v, err := mc.tx.Get(keyText + id); err == nil {
			m.text = v
		}
	}
	if mc.m == nil {
		mc.m = map[string]*articleMeta{}
	}
	mc.m[id] = m
	return m
}

func decodeEvent(key, v string, mc *metaCache) (*Event, error) {
	h, ok := parseHeader(v)
	if !ok {
		return nil, fmt.Errorf("layers: corrupt event record %s", key)
	}
	parts, err := eventParts(v)
	if err != nil {
		return nil, err
	}
	return fold(strings.TrimPrefix(key, keyEvent), h.t, parts, mc), nil
}

func headerOf(e *Event) header {
	s, en, _ := dateRange(e)
	return header{t: e.EventType, s: s, e: en, x: e.Lon, y: e.Lat}
}

func decodePlace(key, v string) (*PlaceFeature, error) {
	var sp storedPlace
	if err := json.Unmarshal([]byte(v), &sp); err != nil {
		return nil, fmt.Errorf("layers: corrupt place record %s: %w", key, err)
	}
	id := strings.TrimPrefix(key, keyPlace)
	return &PlaceFeature{
		ID: id, Name: sp.Name, PlaceID: id, Country: sp.Country, Level: sp.Level,
		Mentions: sp.Mentions, Articles: sp.Articles, FirstSeen: sp.First, LastSeen: sp.Last,
		Lon: sp.X, Lat: sp.Y,
	}, nil
}

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

func validateEvent(i int, e *Event) error {
	switch {
	case !validType(e.EventType):
		return fmt.Errorf("%w: event %d: event_type %q", ErrInvalid, i, e.EventType)
	case !validPoint(e.Lon, e.Lat) || math.IsInf(e.Lon, 0) || math.IsInf(e.Lat, 0):
		return fmt.Errorf("%w: event %d: coordinates %v,%v", ErrInvalid, i, e.Lon, e.Lat)
	case !validDate(e.DateStart) || !validDate(e.DateEnd):
		return fmt.Errorf("%w: event %d: date_start %q / date_end %q are not YYYY-MM-DD", ErrInvalid, i, e.DateStart, e.DateEnd)
	case e.DateStart != "" && e.DateEnd != "" && e.DateEnd < e.DateStart:
		return fmt.Errorf("%w: event %d: date_end %s before date_start %s", ErrInvalid, i, e.DateEnd, e.DateStart)
	}
	return nil
}

// PutArticle stores an article, its mentions and its events in one transaction: if it fails,
// the store is as it was. Storing an article id again replaces that article's previous mentions
// and sources (so re-ingesting is idempotent). Each event that is the same event (SameEvent) as
// one already stored is merged into it and keeps that event's id; a new event gets an id derived
// from its event_type, place and month, so it keeps it across re-ingests.
func (s *Store) PutArticle(ctx context.Context, res *Result) (PutResult, error) {
	if res == nil || res.Article.ID == "" {
		return PutResult{}, fmt.Errorf("%w: article without id", ErrInvalid)
	}
	if strings.ContainsAny(res.Article.ID, "*?|") {
		return PutResult{}, fmt.Errorf("%w: article id %q contains * ? or |", ErrInvalid, res.Article.ID)
	}
	if err := ctx.Err(); err != nil {
		return PutResult{}, err
	}
	pr := PutResult{ArticleID: res.Article.ID}
	err := s.update(func(w *wtx) error {
		replaced, err := w.removeArticle(res.Article.ID)
		if err != nil && !errors.Is(err, ErrNotFound) {
			return err
		}
		pr.Replaced = replaced
		return w.putArticle(ctx, res, &pr)
	})
	s.committed("put", res.Article.ID, err) // store_watch.go
	if err != nil {
		return PutResult{}, err
	}
	return pr, nil
}

// BulkLoad stores articles as PutArticle does, many to a transaction, except that it does not
// look for stored events to merge their events with: every event is stored as a new event.
// It is the fast path to build a large store (benchmarks, imports of events already merged);
// open the store with SyncNever for it. It returns how many events it stored.
func (s *Store) BulkLoad(ctx context.Context, results []*Result) (int, error) {
	n := 0
	for len(results) > 0 {
		batch := results[:min(bulkBatch, len(results))]
		results = results[len(batch):]
		err := s.update(func(w *wtx) error {
			w.bulk = true
			for _, res := range batch {
				if res == nil || res.Article.ID == "" || strings.ContainsAny(res.Article.ID, "*?|") {
					return fmt.Errorf("%w: bulk load: article without id or with * ? |", ErrInvalid)
				}
				if _, err := w.removeArticle(res.Article.ID); err != nil && !errors.Is(err, ErrNotFound) {
					return err
				}
				var pr PutResult
				if err := w.putArticle(ctx, res, &pr); err != nil {
					return err
				}
				n += pr.Created
			}
			return nil
		})
		s.committed("put", "", err)
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// wtx is a write transaction: buntdb's, the changes to events it makes (applied to the index
// once it commits) and the article metadata events' features are encoded with.
type wtx struct {
	s       *Store
	tx      *buntdb.Tx
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
	err := s.db.Update(func(tx *buntdb.Tx) error {
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

func (w *wtx) putArticle(ctx context.Context, res *Result, pr *PutResult) error {
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
			if m.Role == geo.RoleLocation && p.ID != "" && !strings.ContainsAny(p.ID, "*?|") && validPoint(p.Lon, p.Lat) {
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
		pr.record(id, created)
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
func (w *wtx) putEvent(e *Event, aid, raw string) (id string, created bool, err error) {
	tx := w.tx
	part := toCEvent(e, aid, raw)
	var bestKey, bestVal string
	if !w.bulk {
		// Candidates: events of the same type within the merge radius, from the index (as
		// committed) and from this transaction's writes; each read as this transaction sees it.
		dlat := mergeRadiusKm / 111.0
		dlon := dlat / math.Max(math.Cos(e.Lat*math.Pi/180), 0.05)
		r := rect{e.Lon - dlon, e.Lat - dlat, e.Lon + dlon, e.Lat + dlat}
		es, ee, dated := dateRange(e)
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
		var found []*Event
		var vals []string
		for _, cid := range cands {
			k := keyEvent + cid
			v, err := tx.Get(k)
			if errors.Is(err, buntdb.ErrNotFound) {
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
		if i := BestMatch(e, found); i >= 0 {
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
	base := DeriveEventID(e)
	id = base
	for n := 2; ; n++ {
		if _, err := tx.Get(keyEvent + id); errors.Is(err, buntdb.ErrNotFound) {
			break
		} else if err != nil {
			return "", false, err
		}
		if n > MaxDerivedIDs {
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
	feature, err := EventJSON(e)
	if err != nil {
		return err
	}
	v, err := encodeEvent(headerOf(e), feature, parts)
	if err != nil {
		return err
	}
	return w.setEvent(id, v)
}

func addPlace(tx *buntdb.Tx, p *geo.Place, aid, published string, count int) error {
	var sp storedPlace
	if v, err := tx.Get(keyPlace + p.ID); err == nil {
		if err := json.Unmarshal([]byte(v), &sp); err != nil {
			return fmt.Errorf("layers: corrupt place record %s: %w", p.ID, err)
		}
	} else if !errors.Is(err, buntdb.ErrNotFound) {
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

func setJSON(tx *buntdb.Tx, key string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, _, err = tx.Set(key, string(b), nil)
	return err
}

// removePlace takes an article's location mentions of a place out of its counts.
func removePlace(tx *buntdb.Tx, pid, aid string) error {
	pav, err := tx.Delete(keyPA + pid + "|" + aid)
	if errors.Is(err, buntdb.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	cs, published, _ := strings.Cut(pav, "|")
	count, _ := strconv.Atoi(cs)
	v, err := tx.Get(keyPlace + pid)
	if errors.Is(err, buntdb.ErrNotFound) {
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
	if errors.Is(err, buntdb.ErrNotFound) {
		return false, ErrNotFound
	} else if err != nil {
		return false, err
	}
	var sa storedArticle
	if err := json.Unmarshal([]byte(v), &sa); err != nil {
		return false, fmt.Errorf("layers: corrupt article record %s: %w", id, err)
	}
	for _, eid := range sa.Events {
		ev, err := tx.Get(keyEvent + eid)
		if errors.Is(err, buntdb.ErrNotFound) {
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
	if _, err := tx.Delete(keyText + id); err != nil && !errors.Is(err, buntdb.ErrNotFound) {
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
	s.committed("delete", id, err)
	return err
}

// ---- reads --------------------------------------------------------------------------------

// StoredArticle is an article as stored: its metadata and text, its mentions and the ids of the
// events it is a source of.
type StoredArticle struct {
	Article  Article
	Mentions []geo.Mention
	EventIDs []string
}

// ArticleSummary is one row of ListArticles.
type ArticleSummary struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Publication string `json:"publication"`
	Published   string `json:"published"`
	URL         string `json:"url"`
	Mentions    int    `json:"mentions"`
	Events      int    `json:"events"`
}

// GetArticle returns a stored article with its text and mentions.
func (s *Store) GetArticle(ctx context.Context, id string) (*StoredArticle, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out *StoredArticle
	err := s.db.View(func(tx *buntdb.Tx) error {
		v, err := tx.Get(keyArticle + id)
		if errors.Is(err, buntdb.ErrNotFound) {
			return ErrNotFound
		} else if err != nil {
			return err
		}
		var sa storedArticle
		if err := json.Unmarshal([]byte(v), &sa); err != nil {
			return fmt.Errorf("layers: corrupt article record %s: %w", id, err)
		}
		raw, _ := tx.Get(keyText + id)
		out = &StoredArticle{
			Article: Article{ID: sa.ID, Title: sa.Title, Publication: sa.Publication, Published: sa.Published,
				URL: sa.URL, Raw: raw, BodyStart: sa.BodyStart, BodyEnd: sa.BodyEnd},
			EventIDs: sa.Events,
		}
		for _, m := range sa.Mentions {
			gm := geo.Mention{Text: m.Text, Start: m.Start, End: m.End, Role: m.Role, Near: m.Near}
			if p := m.Place; p != nil {
				gm.Place = &geo.Place{ID: p.ID, Name: p.Name, Country: p.Country, Admin1: p.Admin1,
					Level: geo.Level(p.Level), Lat: p.Lat, Lon: p.Lon}
			}
			out.Mentions = append(out.Mentions, gm)
		}
		return nil
	})
	return out, err
}

// ListArticles returns the stored articles in id order, from offset, at most limit of them
// (limit <= 0: all), and how many are stored.
func (s *Store) ListArticles(ctx context.Context, offset, limit int) ([]ArticleSummary, int, error) {
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	var (
		out   []ArticleSummary
		total int
		ierr  error
	)
	err := s.db.View(func(tx *buntdb.Tx) error {
		return tx.AscendGreaterOrEqual("", keyArticle, func(k, v string) bool {
			if !strings.HasPrefix(k, keyArticle) {
				return false
			}
			total++
			if total <= offset || (limit > 0 && len(out) >= limit) {
				return true
			}
			a, err := articleSummary(k, v)
			if err != nil {
				ierr = err
				return false
			}
			out = append(out, a)
			return true
		})
	})
	if err == nil {
		err = ierr
	}
	return out, total, err
}

// GetEvent returns a stored event, its sources' article metadata and quotes filled in.
func (s *Store) GetEvent(ctx context.Context, id string) (*Event, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out *Event
	err := s.db.View(func(tx *buntdb.Tx) error {
		v, err := tx.Get(keyEvent + id)
		if errors.Is(err, buntdb.ErrNotFound) {
			return ErrNotFound
		} else if err != nil {
			return err
		}
		out, err = decodeEvent(keyEvent+id, v, &metaCache{tx: tx})
		return err
	})
	return out, err
}

// GetPlace returns a feature of the places layer by its id (the place_id).
func (s *Store) GetPlace(ctx context.Context, id string) (*PlaceFeature, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out *PlaceFeature
	err := s.db.View(func(tx *buntdb.Tx) error {
		v, err := tx.Get(keyPlace + id)
		if errors.Is(err, buntdb.ErrNotFound) {
			return ErrNotFound
		} else if err != nil {
			return err
		}
		out, err = decodePlace(keyPlace+id, v)
		return err
	})
	return out, err
}

// GetFeature returns one feature of a layer: an event of that layer or, in "places", a place.
func (s *Store) GetFeature(ctx context.Context, layer, id string) (Hit, error) {
	l, ok := LayerByID(layer)
	if !ok {
		return Hit{}, fmt.Errorf("%w: %s", ErrUnknownLayer, layer)
	}
	if l.ID == "places" {
		p, err := s.GetPlace(ctx, id)
		return Hit{Place: p}, err
	}
	e, err := s.GetEvent(ctx, id)
	if err != nil {
		return Hit{}, err
	}
	if l.EventType != "" && e.EventType != l.EventType {
		return Hit{}, ErrNotFound
	}
	return Hit{Event: e}, nil
}

// ---- queries ------------------------------------------------------------------------------

// Query selects features of one layer. Zero fields select everything.
type Query struct {
	// Layer is the collection id (Layers); required.
	Layer string
	// Bound keeps features whose point is within it.
	Bound *orb.Bound
	// Start and End (YYYY-MM-DD, inclusive; either empty for an open end) keep events whose
	// date range overlaps them, and places seen between them; features without a date are
	// dropped when either is set.
	Start, End string
	// Props are equality filters on properties, case-insensitive: "actor" or "actors" matches
	// any of an event's actors; numbers compare as their decimal text.
	Props map[string]string
	// Filter, if set, keeps features whose properties (those of Feature(), plus the feature's
	// orb.Geometry under FilterGeometry) it accepts.
	Filter func(props map[string]any) bool
	// Where, if set, keeps features it holds for (a CQL2 filter, q= search terms): data that
	// each store evaluates where its data is. It replaces Filter.
	Where cql2.Expr
	// SortBy orders the features; without it they come in index order (stable between calls
	// while the store does not change).
	SortBy []SortKey
	// Offset skips that many matching features; Limit returns at most that many (<= 0: all).
	Offset, Limit int
	// CountLimit stops counting matches after that many (NumberMatched is then -1): counting
	// a million matches to return a hundred costs more than the hundred. <= 0 counts all.
	CountLimit int
}

// FilterGeometry is the key under which Query.Filter finds a feature's geometry (an orb.Point).
const FilterGeometry = "geometry"

// SortKey is one key of Query.SortBy.
type SortKey struct {
	Property string
	Desc     bool
}

// Hit is one feature of a query: an event or, in the places layer, a place.
type Hit struct {
	Event *Event
	Place *PlaceFeature
}

// ID is the feature's id.
func (h Hit) ID() string {
	if h.Event != nil {
		return h.Event.ID
	}
	if h.Place != nil {
		return h.Place.ID
	}
	return ""
}

// Feature returns the hit as a GeoJSON feature.
func (h Hit) Feature() *geojson.Feature {
	if h.Event != nil {
		return h.Event.Feature()
	}
	if h.Place != nil {
		return h.Place.Feature()
	}
	return nil
}

// Point returns the feature's point.
func (h Hit) Point() orb.Point {
	if h.Event != nil {
		return orb.Point{h.Event.Lon, h.Event.Lat}
	}
	if h.Place != nil {
		return orb.Point{h.Place.Lon, h.Place.Lat}
	}
	return orb.Point{}
}

// Value returns one property of the hit as Feature() would have it; ok is false for a property
// the feature does not have.
func (h Hit) Value(name string) (any, bool) {
	if h.Event != nil {
		return EventValue(h.Event, name)
	}
	if h.Place != nil {
		return PlaceValue(h.Place, name)
	}
	return nil, false
}

// EventProperties are the property names of an event feature, in SCHEMA.md order.
var EventProperties = []string{"id", "event_type", "sub_type", "title", "place", "place_id", "country", "admin1", "level",
	"geo_precision", "date", "date_precision", "date_start", "date_end", "actors", "troops", "fatalities", "injured", "modality", "confidence", "sources", "source_count"}

// PlaceProperties are the property names of a place feature.
var PlaceProperties = []string{"id", "name", "place_id", "country", "level", "mentions", "articles", "first_seen", "last_seen"}

// EventValue returns one property of an event as Event.Feature would have it (troops,
// fatalities and injured are 0 when not stated).
func EventValue(e *Event, name string) (any, bool) {
	switch name {
	case "id":
		return e.ID, true
	case "event_type":
		return e.EventType, true
	case "sub_type":
		return e.SubType, true
	case "title":
		return e.Title, true
	case "place":
		return e.Place, true
	case "place_id":
		return e.PlaceID, true
	case "country":
		return e.Country, true
	case "admin1":
		return e.Admin1, true
	case "level":
		return e.Level, true
	case "geo_precision":
		return e.GeoPrecision, true
	case "date":
		return e.Date, true
	case "date_precision":
		return orDefault(e.DatePrecision, "unknown"), true
	case "date_start":
		return e.DateStart, true
	case "date_end":
		return e.DateEnd, true
	case "date_source":
		return e.DateSourceOrDefault(), true
	case "timing":
		return e.TimingOrDefault(), true
	case "actors", "actor":
		if e.Actors == nil {
			return []string{}, true
		}
		return e.Actors, true
	case "troops":
		return e.Troops, true
	case "fatalities":
		return e.Fatalities, true
	case "injured":
		return e.Injured, true
	case "counts_hedge":
		return e.CountsHedge, true
	case "modality":
		return orDefault(e.Modality, "reported"), true
	case "confidence":
		return e.Confidence, true
	case "sources":
		return e.Sources, true
	case "source_count":
		return len(e.Sources), true
	}
	return countRangeValue(e, name)
}

// PlaceValue returns one property of a place feature.
func PlaceValue(p *PlaceFeature, name string) (any, bool) {
	switch name {
	case "id":
		return p.ID, true
	case "name", "place":
		return p.Name, true
	case "place_id":
		return p.PlaceID, true
	case "country":
		return p.Country, true
	case "level":
		return p.Level, true
	case "mentions":
		return p.Mentions, true
	case "articles":
		return p.Articles, true
	case "first_seen":
		return p.FirstSeen, true
	case "last_seen":
		return p.LastSeen, true
	}
	return nil, false
}

// KnownProperty reports whether features of the layer have the property (filters, sortby).
func KnownProperty(layer, name string) bool {
	if layer == "places" {
		_, ok := PlaceValue(&PlaceFeature{}, name)
		return ok
	}
	_, ok := EventValue(&Event{}, name)
	return ok
}

// equalValue compares a property value with the text of an equality filter.
func equalValue(v any, want string) bool {
	switch v := v.(type) {
	case string:
		return strings.EqualFold(v, want)
	case []string:
		for _, x := range v {
			if strings.EqualFold(x, want) {
				return true
			}
		}
		return false
	case int:
		return strconv.Itoa(v) == strings.TrimSpace(want)
	case float64:
		f, err := strconv.ParseFloat(strings.TrimSpace(want), 64)
		return err == nil && f == v
	}
	return false
}

// CompareValues orders two property values: strings and numbers naturally, empty and missing
// values last.
func CompareValues(a, b any) int {
	an, aok := number(a)
	bn, bok := number(b)
	if aok && bok {
		switch {
		case an < bn:
			return -1
		case an > bn:
			return 1
		}
		return 0
	}
	as, bs := fmt.Sprint(a), fmt.Sprint(b)
	if sl, ok := a.([]string); ok {
		as = strings.Join(sl, ";")
	}
	if sl, ok := b.([]string); ok {
		bs = strings.Join(sl, ";")
	}
	switch {
	case as == bs:
		return 0
	case as == "":
		return 1
	case bs == "":
		return -1
	}
	return strings.Compare(as, bs)
}

func isEmpty(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case string:
		return v == ""
	case []string:
		return len(v) == 0
	}
	return false
}

func number(v any) (float64, bool) {
	switch v := v.(type) {
	case int:
		return float64(v), true
	case float64:
		return v, true
	}
	return 0, false
}

// Cursor is the result of Query: how many features matched, and the page of them to read.
type Cursor struct {
	s      *Store
	places []string  // the page's place ids
	events []evEntry // the page's events, as the index held them when Query ran
	hits   []Hit     // set by NewCursor
	// NumberMatched is how many features match the query regardless of Offset and Limit, or
	// -1 when counting stopped at Query.CountLimit.
	NumberMatched int
}

// NewCursor returns a cursor over hits already in memory (fakes of the store in tests).
func NewCursor(hits []Hit, numberMatched int) *Cursor {
	return &Cursor{hits: hits, NumberMatched: numberMatched}
}

// Len is how many features Each will yield (fewer if places are deleted meanwhile).
func (c *Cursor) Len() int {
	return len(c.hits) + len(c.places) + len(c.events)
}

// Each calls fn with each feature of the page, in order, decoding them in small batches so a
// large page is never decoded at once and no lock is held while fn runs. Events are yielded as
// they were when Query ran.
func (c *Cursor) Each(ctx context.Context, fn func(Hit) error) error {
	for _, h := range c.hits {
		if err := fn(h); err != nil {
			return err
		}
	}
	for i := 0; i < len(c.events); i += fetchBatch {
		if err := ctx.Err(); err != nil {
			return err
		}
		hits, err := c.s.decodeEntries(c.events[i:min(i+fetchBatch, len(c.events))])
		if err != nil {
			return err
		}
		for _, h := range hits {
			if err := fn(h); err != nil {
				return err
			}
		}
	}
	return c.eachPlace(ctx, fn)
}

func (c *Cursor) eachPlace(ctx context.Context, fn func(Hit) error) error {
	for i := 0; i < len(c.places); i += fetchBatch {
		if err := ctx.Err(); err != nil {
			return err
		}
		hits, err := c.s.getPlaces(c.places[i:min(i+fetchBatch, len(c.places))])
		if err != nil {
			return err
		}
		for _, h := range hits {
			if err := fn(h); err != nil {
				return err
			}
		}
	}
	return nil
}

// EachJSON calls fn with the GeoJSON feature (as EventJSON and PlaceFeatureJSON encode it) of
// each feature of the page, in order. An event's feature is the bytes encoded when it was
// written: a page costs no decoding and no allocation, and a download of any size streams
// from the store's memory without copying the layer.
func (c *Cursor) EachJSON(ctx context.Context, fn func(feature string) error) error {
	for _, h := range c.hits {
		b, err := HitJSON(h)
		if err != nil {
			return err
		}
		if err := fn(string(b)); err != nil {
			return err
		}
	}
	for i := range c.events {
		if i%fetchBatch == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		f := c.events[i].feature()
		if f == "" { // a record without its feature (not upgraded yet): encode it now
			hits, err := c.s.decodeEntries(c.events[i : i+1])
			if err != nil {
				return err
			}
			b, err := HitJSON(hits[0])
			if err != nil {
				return err
			}
			f = string(b)
		}
		if err := fn(f); err != nil {
			return err
		}
	}
	return c.eachPlace(ctx, func(h Hit) error {
		b, err := PlaceFeatureJSON(h.Place)
		if err != nil {
			return err
		}
		return fn(string(b))
	})
}

// decodeEntries decodes events of the index, their sources' article metadata read in one
// read transaction.
func (s *Store) decodeEntries(es []evEntry) ([]Hit, error) {
	hits := make([]Hit, 0, len(es))
	err := s.db.View(func(tx *buntdb.Tx) error {
		mc := &metaCache{tx: tx}
		for i := range es {
			e, err := decodeEvent(keyEvent+es[i].id, es[i].val, mc)
			if err != nil {
				return err
			}
			hits = append(hits, Hit{Event: e})
		}
		return nil
	})
	return hits, err
}

// getPlaces reads places by id, skipping those deleted.
func (s *Store) getPlaces(ids []string) ([]Hit, error) {
	hits := make([]Hit, 0, len(ids))
	err := s.db.View(func(tx *buntdb.Tx) error {
		for _, id := range ids {
			v, err := tx.Get(keyPlace + id)
			if err != nil {
				continue
			}
			p, err := decodePlace(keyPlace+id, v)
			if err != nil {
				return err
			}
			hits = append(hits, Hit{Place: p})
		}
		return nil
	})
	return hits, err
}

// Query runs q: it finds the matching features (counting them) and returns a cursor over the
// page of them that Offset and Limit select.
func (s *Store) Query(ctx context.Context, q Query) (*Cursor, error) {
	l, ok := LayerByID(q.Layer)
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownLayer, q.Layer)
	}
	isPlace := l.ID == "places"
	for k := range q.Props {
		if !KnownProperty(l.ID, k) {
			return nil, fmt.Errorf("%w: %q", ErrUnknownProperty, k)
		}
	}
	for _, k := range q.SortBy {
		if !KnownProperty(l.ID, k.Property) {
			return nil, fmt.Errorf("%w: %q", ErrUnknownProperty, k.Property)
		}
	}
	var mask uint8
	for _, x := range Layers {
		if x.EventType == "" || (l.EventType != "" && x.EventType != l.EventType) {
			continue
		}
		if et, ok := q.Props["event_type"]; ok && !strings.EqualFold(x.EventType, et) {
			continue
		}
		mask |= 1 << slotOf(x.EventType)
	}
	dated := q.Start != "" || q.End != ""
	decode := len(q.Props) > 0 || q.Filter != nil || len(q.SortBy) > 0 || (isPlace && dated)
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
		page, matched := s.idx.page(r, mask, pageFrom, q.Limit, q.CountLimit)
		s.imu.RUnlock()
		return &Cursor{s: s, events: page, NumberMatched: matched}, nil
	}

	type sorted struct {
		place string
		event evEntry
		vals  []any
	}
	var (
		matched int
		stopped bool
		places  []string
		events  []evEntry
		all     []sorted
		ierr    error
		checked int
		sn, en  = dateNum(q.Start), dateNum(q.End)
	)
	want := func(n int) bool { return q.Limit <= 0 || n < pageFrom+q.Limit }
	// match reports whether a decoded hit passes the filters, and collects it.
	match := func(hit Hit, place string, ev *evEntry) bool {
		if decode {
			for name, want := range q.Props {
				if name == "event_type" && !isPlace {
					continue
				}
				val, _ := hit.Value(name)
				if !equalValue(val, want) {
					return true
				}
			}
			if q.Filter != nil {
				f := hit.Feature()
				f.Properties[FilterGeometry] = f.Geometry
				if !q.Filter(f.Properties) {
					return true
				}
			}
		}
		if len(q.SortBy) > 0 {
			vals := make([]any, len(q.SortBy))
			for i, sk := range q.SortBy {
				vals[i], _ = hit.Value(sk.Property)
			}
			st := sorted{place: place, vals: vals}
			if ev != nil {
				st.event = *ev
			}
			all = append(all, st)
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
	tick := func() bool {
		if checked++; checked%4096 == 0 && ctx.Err() != nil {
			ierr = ctx.Err()
			return false
		}
		return true
	}
	err := s.db.View(func(tx *buntdb.Tx) error {
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
				var hit Hit
				if decode {
					e, err := decodeEvent(keyEvent+it.id, it.val, mc)
					if err != nil {
						ierr = err
						return false
					}
					hit.Event = e
				}
				return match(hit, "", it)
			})
			return nil
		}
		visit := func(k, v string) bool {
			if !tick() {
				return false
			}
			var hit Hit
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
			return match(hit, strings.TrimPrefix(k, keyPlace), nil)
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
		sort.SliceStable(all, func(i, j int) bool {
			for k, sk := range q.SortBy {
				a, b := all[i].vals[k], all[j].vals[k]
				if ea, eb := isEmpty(a), isEmpty(b); ea != eb {
					return eb // empty values last, either direction
				}
				c := CompareValues(a, b)
				if c == 0 {
					continue
				}
				if sk.Desc {
					return c > 0
				}
				return c < 0
			}
			return false
		})
		for i := pageFrom; i < len(all) && want(i); i++ {
			if isPlace {
				places = append(places, all[i].place)
			} else {
				events = append(events, all[i].event)
			}
		}
	}
	c := &Cursor{s: s, places: places, events: events, NumberMatched: matched}
	if stopped {
		c.NumberMatched = -1
	}
	return c, nil
}

// QueryEach calls fn with every event (or, in "places", nothing) the query selects, streaming.
func (s *Store) QueryEach(ctx context.Context, q Query, fn func(*Event) error) error {
	c, err := s.Query(ctx, q)
	if err != nil {
		return err
	}
	return c.Each(ctx, func(h Hit) error {
		if h.Event == nil {
			return nil
		}
		return fn(h.Event)
	})
}

// Extent is the spatial and temporal extent of a layer and its feature count.
type Extent struct {
	Bound      orb.Bound
	Start, End string // earliest date_start, latest date_end (first_seen, last_seen for places)
	Count      int
}

// Extent returns the extent of a layer, computed once per change of the store.
func (s *Store) Extent(ctx context.Context, layer string) (Extent, error) {
	l, ok := LayerByID(layer)
	if !ok {
		return Extent{}, fmt.Errorf("%w: %q", ErrUnknownLayer, layer)
	}
	gen := s.gen.Load()
	s.mu.Lock()
	if e, ok := s.extents[layer]; ok && e.gen == gen {
		s.mu.Unlock()
		return e.ext, nil
	}
	s.mu.Unlock()
	var ext Extent
	add := func(x, y float64, start, end string) {
		if ext.Count == 0 {
			ext.Bound = orb.Bound{Min: orb.Point{x, y}, Max: orb.Point{x, y}}
		} else {
			ext.Bound = ext.Bound.Extend(orb.Point{x, y})
		}
		ext.Count++
		if start != "" && (ext.Start == "" || start < ext.Start) {
			ext.Start = start
		}
		if end > ext.End {
			ext.End = end
		}
	}
	var ierr error
	if l.ID == "places" {
		err := s.db.View(func(tx *buntdb.Tx) error {
			return tx.AscendGreaterOrEqual("", keyPlace, func(k, v string) bool {
				if !strings.HasPrefix(k, keyPlace) {
					return false
				}
				p, err := decodePlace(k, v)
				if err != nil {
					ierr = err
					return false
				}
				add(p.Lon, p.Lat, p.FirstSeen, p.LastSeen)
				return true
			})
		})
		if err == nil {
			err = ierr
		}
		if err != nil {
			return Extent{}, err
		}
	} else {
		mask := uint8(0xff) // "events": every type stored
		if l.EventType != "" {
			mask = 1 << slotOf(l.EventType)
		}
		var minS, maxE uint32
		s.imu.RLock()
		s.idx.search(rect{-180, -90, 180, 90}, mask, func(it *evEntry) bool {
			if ext.Count == 0 {
				ext.Bound = orb.Bound{Min: orb.Point{it.x, it.y}, Max: orb.Point{it.x, it.y}}
			} else {
				ext.Bound = ext.Bound.Extend(orb.Point{it.x, it.y})
			}
			ext.Count++
			if it.s != 0 && (minS == 0 || it.s < minS) {
				minS = it.s
			}
			if it.e > maxE {
				maxE = it.e
			}
			return true
		})
		s.imu.RUnlock()
		ext.Start, ext.End = dateString(minS), dateString(maxE)
	}
	if err := ctx.Err(); err != nil {
		return Extent{}, err
	}
	s.mu.Lock()
	s.extents[layer] = extentEntry{gen: gen, ext: ext}
	s.mu.Unlock()
	return ext, nil
}

// dateString turns YYYYMMDD back into YYYY-MM-DD ("" for 0).
func dateString(n uint32) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", n/10000, n/100%100, n%100)
}

// Stats counts what the store holds.
type Stats struct {
	Articles, Events, Places int
}

// Stats counts the store's articles, events and places.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.db.View(func(tx *buntdb.Tx) error {
		for _, c := range []struct {
			prefix string
			n      *int
		}{{keyArticle, &st.Articles}, {keyEvent, &st.Events}, {keyPlace, &st.Places}} {
			err := tx.AscendGreaterOrEqual("", c.prefix, func(k, _ string) bool {
				if !strings.HasPrefix(k, c.prefix) {
					return false
				}
				*c.n++
				return ctx.Err() == nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	return st, err
}
