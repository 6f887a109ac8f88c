package postgis

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"conflictmap/layers/store"
)

// change is a NOTIFY payload.
type change struct {
	Kind    string `json:"kind"`
	Article string `json:"article,omitempty"`
	Version int64  `json:"version"`
}

// hub is the one LISTEN connection of a Store, fanning notifications out to its watchers.
type hub struct {
	mu     sync.Mutex
	subs   map[chan store.Change]struct{}
	cancel context.CancelFunc
	done   chan struct{}
}

const watchBuffer = 64

// Watch delivers a Change for every write by any process sharing the database, until ctx
// ends. A watcher that does not keep up misses changes; writers never wait for it.
func (s *Store) Watch(ctx context.Context) (<-chan store.Change, error) {
	h := s.startHub()
	if h == nil {
		return nil, fmt.Errorf("postgis: watch: the store is closed")
	}
	ch := make(chan store.Change, watchBuffer)
	h.mu.Lock()
	h.subs[ch] = struct{}{}
	h.mu.Unlock()
	go func() {
		select {
		case <-ctx.Done():
		case <-h.done:
		}
		h.mu.Lock()
		if _, ok := h.subs[ch]; ok {
			delete(h.subs, ch)
			close(ch)
		}
		h.mu.Unlock()
	}()
	return ch, nil
}

func (s *Store) startHub() *hub {
	s.hubOnce.Do(func() {
		ctx, cancel := context.WithCancel(context.Background())
		s.hub = &hub{subs: map[chan store.Change]struct{}{}, cancel: cancel, done: make(chan struct{})}
		ready := make(chan struct{})
		go s.listen(ctx, ready)
		select { // changes after Watch returns are seen, unless the database is down
		case <-ready:
		case <-time.After(10 * time.Second):
		}
	})
	return s.hub
}

// listen holds the LISTEN connection, reconnecting after an error, until ctx ends.
func (s *Store) listen(ctx context.Context, ready chan struct{}) {
	defer close(s.hub.done)
	var once sync.Once
	for wait := 100 * time.Millisecond; ctx.Err() == nil; wait = min(2*wait, 10*time.Second) {
		conn, err := pgx.ConnectConfig(ctx, s.pool.Config().ConnConfig.Copy())
		if err == nil {
			if _, err = conn.Exec(ctx, "LISTEN "+pgx.Identifier{s.channel}.Sanitize()); err == nil {
				once.Do(func() { close(ready) })
				wait = 100 * time.Millisecond
				err = s.receive(ctx, conn)
			}
			conn.Close(context.Background())
		}
		select {
		case <-ctx.Done():
		case <-time.After(wait):
		}
	}
}

func (s *Store) receive(ctx context.Context, conn *pgx.Conn) error {
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		var c change
		if json.Unmarshal([]byte(n.Payload), &c) != nil {
			continue
		}
		s.hub.send(store.Change{Kind: c.Kind, Article: c.Article, Version: strconv.FormatInt(c.Version, 10)})
	}
}

func (h *hub) send(c store.Change) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs {
		select {
		case ch <- c:
		default:
		}
	}
}

// stop ends the LISTEN connection and closes every watcher's channel.
func (h *hub) stop() {
	h.cancel()
	<-h.done
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs {
		delete(h.subs, ch)
		close(ch)
	}
}
