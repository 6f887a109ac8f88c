package buntdb

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"strconv"
	"sync"

	"conflictmap/layers/store"
)

var _ store.Store = (*Store)(nil)

// watchers fans the store's changes out to its subscribers in this process (a buntdb file has
// one process, by its lock). A send never blocks: a subscriber whose buffer is full misses it.
type watchers struct {
	mu     sync.Mutex
	subs   map[chan store.Change]struct{}
	closed bool
}

// watchBuffer is how many changes a slow subscriber may lag behind before it misses some.
const watchBuffer = 64

func newNonce() string {
	var b [6]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// Version changes with every write: the nonce fixed at open, and the count of writes since.
func (s *Store) Version(ctx context.Context) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	return s.nonce + "-" + strconv.FormatUint(s.gen.Load(), 10), nil
}

// Watch delivers a Change after every write to the store until ctx ends or the store closes;
// then the channel is closed.
func (s *Store) Watch(ctx context.Context) (<-chan store.Change, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ch := make(chan store.Change, watchBuffer)
	w := &s.watch
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		close(ch)
		return ch, nil
	}
	if w.subs == nil {
		w.subs = map[chan store.Change]struct{}{}
	}
	w.subs[ch] = struct{}{}
	go func() {
		<-ctx.Done()
		w.mu.Lock()
		defer w.mu.Unlock()
		if _, ok := w.subs[ch]; ok {
			delete(w.subs, ch)
			close(ch)
		}
	}()
	return ch, nil
}

// notify tells the subscribers of a write.
func (s *Store) notify(kind, article string) {
	w := &s.watch
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.subs) == 0 {
		return
	}
	v, _ := s.Version(context.Background())
	c := store.Change{Kind: kind, Article: article, Version: v}
	for ch := range w.subs {
		select {
		case ch <- c:
		default:
		}
	}
}

// closeWatchers closes every subscriber's channel (Close).
func (s *Store) closeWatchers() {
	w := &s.watch
	w.mu.Lock()
	defer w.mu.Unlock()
	w.closed = true
	for ch := range w.subs {
		close(ch)
	}
	w.subs = nil
}

// Counts is how many events of each event_type the store holds, from the index's counts.
func (s *Store) Counts(ctx context.Context) (map[string]int, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := map[string]int{}
	s.imu.RLock()
	defer s.imu.RUnlock()
	for t, slot := range typeSlot {
		if n := int(s.idx.root.n[slot]); n > 0 {
			out[t] = n
		}
	}
	if s.idx.root.n[otherSlot] > 0 { // types outside Layers: read them off the records
		s.idx.search(rect{-180, -90, 180, 90}, 1<<otherSlot, func(it *evEntry) bool {
			if h, ok := parseHeader(it.val); ok {
				out[h.t]++
			}
			return true
		})
	}
	return out, nil
}
