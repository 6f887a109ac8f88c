package web

import (
	"container/list"
	"context"
	"sync"
)

// tileCache keeps encoded tiles in memory, least recently used first out, bounded in bytes.
//
// Its key is a tile's ETag, which names everything a tile's bytes depend on (the store's
// version, the layer, the tile, its filters, gzip). The cache holds the tiles of one store
// version only: a request that reads another version from the store (a write committed since)
// empties it first, and a tile rendered for a version that is no longer the cache's is not kept.
// The version is read from the store on every request (buntdb: its write counter; PostGIS: the
// database's counter every write transaction bumps, whichever server made it), so a tile is
// never served for a version it was not rendered at or after.
//
// Concurrent requests for a tile the cache lacks render it once: the first renders, the others
// wait for its result.
type tileCache struct {
	max int64 // bytes

	mu    sync.Mutex
	size  int64
	ver   string
	lru   *list.List // of *tileEntry, most recent first
	byKey map[string]*list.Element
	calls map[string]*tileCall
}

// tileBody is a rendered tile: its bytes (none: 204) and its feature headers.
type tileBody struct {
	body     []byte
	features int
	thinned  bool
}

type tileEntry struct {
	key string
	t   tileBody
}

type tileCall struct {
	done chan struct{}
	t    tileBody
	err  error
}

// tileEntryOverhead is what an entry costs besides its bytes and key (list element, map slot).
const tileEntryOverhead = 160

func newTileCache(maxBytes int64) *tileCache {
	if maxBytes <= 0 {
		return nil
	}
	return &tileCache{max: maxBytes, lru: list.New(), byKey: map[string]*list.Element{}, calls: map[string]*tileCall{}}
}

func (e *tileEntry) cost() int64 { return int64(len(e.t.body)+len(e.key)) + tileEntryOverhead }

// get returns the tile of key at version, rendering it (once for all concurrent callers) when
// the cache lacks it. A nil cache renders every time.
func (c *tileCache) get(ctx context.Context, version, key string, render func() (tileBody, error)) (tileBody, error) {
	if c == nil {
		return render()
	}
	c.mu.Lock()
	if version != c.ver {
		c.clearLocked()
		c.ver = version
	}
	if el, ok := c.byKey[key]; ok {
		c.lru.MoveToFront(el)
		t := el.Value.(*tileEntry).t
		c.mu.Unlock()
		return t, nil
	}
	if call, ok := c.calls[key]; ok {
		c.mu.Unlock()
		select {
		case <-call.done:
		case <-ctx.Done():
			return tileBody{}, ctx.Err()
		}
		if call.err != nil { // the leader's request may have been cancelled: render for this one
			return render()
		}
		return call.t, nil
	}
	call := &tileCall{done: make(chan struct{})}
	c.calls[key] = call
	c.mu.Unlock()

	call.t, call.err = render()
	c.mu.Lock()
	delete(c.calls, key)
	if call.err == nil && version == c.ver {
		c.addLocked(&tileEntry{key: key, t: call.t})
	}
	c.mu.Unlock()
	close(call.done)
	return call.t, call.err
}

// addLocked inserts e and evicts the least recently used entries until the cache fits max.
func (c *tileCache) addLocked(e *tileEntry) {
	if e.cost() > c.max {
		return
	}
	if el, ok := c.byKey[e.key]; ok { // a version change cleared and refilled it meanwhile
		c.size -= el.Value.(*tileEntry).cost()
		c.lru.Remove(el)
	}
	c.byKey[e.key] = c.lru.PushFront(e)
	c.size += e.cost()
	for c.size > c.max {
		last := c.lru.Back()
		old := last.Value.(*tileEntry)
		c.lru.Remove(last)
		delete(c.byKey, old.key)
		c.size -= old.cost()
	}
}

func (c *tileCache) clearLocked() {
	c.lru.Init()
	clear(c.byKey)
	c.size = 0
}

// stats is the cache's entry count and bytes (tests).
func (c *tileCache) stats() (entries int, bytes int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Len(), c.size
}
