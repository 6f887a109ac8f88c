package layers

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"strconv"
	"sync"
)

// Version and Watch of the buntdb store: a write counter (Store.gen, bumped by every write
// transaction) and an in-process fan-out of Changes. A buntdb file is held by one process at a
// time (store_lock.go), so the writes of that process are all the writes there are.
//
// The subscribers live in a table beside the Store (watchHubs) rather than in a field of it, so
// that this file is all the buntdb store needs for Watch.

// Change is one write to the store (layers/store.Change is this type).
type Change struct {
	// Kind is "put" or "delete".
	Kind string `json:"kind"`
	// Article is the article written ("" for a BulkLoad batch of many).
	Article string `json:"article"`
	// Version is the store's Version after the write.
	Version string `json:"version"`
}

// watchBuffer is how many changes a subscriber may fall behind before it misses some.
const watchBuffer = 64

// processNonce tells this process's versions from those of an earlier run of the same file,
// whose write counter started at 0 too.
var processNonce = func() string {
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}()

type watchHub struct {
	mu   sync.Mutex
	subs map[chan Change]struct{}
}

var watchHubs sync.Map // *Store → *watchHub

// Version changes whenever what the store holds may have changed: it is the process's nonce and
// the count of write transactions since the store was opened.
func (s *Store) Version(ctx context.Context) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	return processNonce + "-" + strconv.FormatUint(s.gen.Load(), 10), nil
}

// Watch delivers a Change for every committed write until ctx ends; then the channel is
// closed. Sends never block a writer: a subscriber more than watchBuffer changes behind misses
// the next ones (the Version of a later change tells it something was missed).
func (s *Store) Watch(ctx context.Context) (<-chan Change, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	v, _ := watchHubs.LoadOrStore(s, &watchHub{subs: map[chan Change]struct{}{}})
	h := v.(*watchHub)
	ch := make(chan Change, watchBuffer)
	h.mu.Lock()
	h.subs[ch] = struct{}{}
	h.mu.Unlock()
	go func() {
		<-ctx.Done()
		h.mu.Lock()
		delete(h.subs, ch)
		close(ch)
		h.mu.Unlock()
	}()
	return ch, nil
}

// committed tells the watchers of a write that committed (err nil); a failed one is not told.
func (s *Store) committed(kind, article string, err error) {
	if err != nil {
		return
	}
	v, ok := watchHubs.Load(s)
	if !ok {
		return
	}
	h := v.(*watchHub)
	c := Change{Kind: kind, Article: article, Version: processNonce + "-" + strconv.FormatUint(s.gen.Load(), 10)}
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs {
		select {
		case ch <- c:
		default:
		}
	}
}
