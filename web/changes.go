package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"conflictmap/layers/store"
)

// GET /api/changes: the store's writes as Server-Sent Events (one "change" event a write, its
// data {kind, article, version}), so that a map refreshes when any process sharing the store
// writes. A comment is sent every changesHeartbeat so that proxies keep the stream open. The
// stream is not under the request timeout; it ends when the client goes or the server shuts
// down (the browser's EventSource then reconnects by itself, after the retry it was sent).
//
// Every event's id is the store's version, the first one (sent on connect) included, so that a
// reconnecting EventSource names the version it last saw (Last-Event-ID); when the store has
// moved on since, a "change" of kind "missed" comes first, and the map refreshes for the writes
// it missed while the stream was down.

const (
	changesHeartbeat = 25 * time.Second
	changesRetryMS   = 3000
)

func (s *Server) changes(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	ch, err := s.store.Watch(ctx)
	if err != nil {
		return err
	}
	rc := http.NewResponseController(w)
	// the server's WriteTimeout would cut the stream, and its ReadTimeout cancel the request
	_ = rc.SetWriteDeadline(time.Time{})
	_ = rc.SetReadDeadline(time.Time{})
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no") // nginx: do not buffer the stream
	w.WriteHeader(http.StatusOK)
	if _, err := w.Write([]byte(s.changesHello(r))); err != nil {
		return nil
	}
	if err := rc.Flush(); err != nil {
		return nil
	}
	tick := time.NewTicker(changesHeartbeat)
	defer tick.Stop()
	for {
		var msg string
		select {
		case <-ctx.Done():
			return nil
		case <-s.closing:
			return nil
		case c, ok := <-ch:
			if !ok {
				return nil
			}
			b, _ := json.Marshal(c)
			msg = "event: change\nid: " + c.Version + "\ndata: " + string(b) + "\n\n"
		case <-tick.C:
			msg = ": heartbeat\n\n"
		}
		if _, err := w.Write([]byte(msg)); err != nil {
			return nil // the client went
		}
		if err := rc.Flush(); err != nil {
			return nil
		}
	}
}

// changesHello is what a stream starts with: the retry, the store's version as the last event
// id, and a "missed" change when Last-Event-ID names an older version. The version is read after
// Watch, so a write in between is sent twice (harmless), never missed.
func (s *Server) changesHello(r *http.Request) string {
	msg := fmt.Sprintf("retry: %d\n: connected\n", changesRetryMS)
	v, err := s.store.Version(r.Context())
	if err != nil {
		return msg + "\n"
	}
	msg += "id: " + v + "\n\n"
	if last := r.Header.Get("Last-Event-ID"); last != "" && last != v {
		b, _ := json.Marshal(store.Change{Kind: "missed", Version: v})
		msg += "event: change\nid: " + v + "\ndata: " + string(b) + "\n\n"
	}
	return msg
}

// closeStreams ends the event streams (http.Server.Shutdown does not wait for them).
func (s *Server) closeStreams() { s.closeOnce.Do(func() { close(s.closing) }) }
