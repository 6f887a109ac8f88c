package web

import (
	"bufio"
	"conflictmap/layers/store"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// sseEvent is one event of a text/event-stream: its name and data.
type sseEvent struct{ name, data string }

// readSSE sends the stream's events (comments skipped) to out until the body ends.
func readSSE(body *bufio.Scanner, out chan<- sseEvent) {
	defer close(out)
	var ev sseEvent
	for body.Scan() {
		line := body.Text()
		switch {
		case line == "":
			if ev.name != "" || ev.data != "" {
				out <- ev
			}
			ev = sseEvent{}
		case strings.HasPrefix(line, "event: "):
			ev.name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			ev.data = strings.TrimPrefix(line, "data: ")
		case line == ": connected":
			out <- sseEvent{name: "connected"}
		}
	}
}

func TestChangesStream(t *testing.T) {
	st := openMem(t)
	_, h := testServer(t, st, Config{})
	srv := httptest.NewServer(h)
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+"/api/changes", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); resp.StatusCode != 200 || ct != "text/event-stream" {
		t.Fatalf("%d %s", resp.StatusCode, ct)
	}
	events := make(chan sseEvent)
	go readSSE(bufio.NewScanner(resp.Body), events)
	if ev := <-events; ev.name != "connected" {
		t.Fatalf("first event %+v", ev)
	}
	article := "Shelling\nEVENT clash 46.75 39.81 2020-11-10 Stepanakert Armenia\n"
	var id string
	for _, tc := range []struct {
		name, kind string
		write      func(t *testing.T)
	}{
		{"post", "put", func(t *testing.T) {
			rec := do(h, "POST", "/api/articles", strings.NewReader(article), "Content-Type", "text/plain", "Authorization", "Bearer "+testToken)
			if rec.Code != http.StatusCreated {
				t.Fatalf("POST: %d %s", rec.Code, rec.Body)
			}
		}},
		{"delete", "delete", func(t *testing.T) {
			if rec := do(h, "DELETE", "/api/articles/"+id, nil, "Authorization", "Bearer "+testToken); rec.Code != http.StatusNoContent {
				t.Fatalf("DELETE: %d %s", rec.Code, rec.Body)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.write(t)
			ev := <-events
			var c store.Change
			if err := json.Unmarshal([]byte(ev.data), &c); err != nil || ev.name != "change" {
				t.Fatalf("event %+v: %v", ev, err)
			}
			v, _ := st.Version(ctx)
			if c.Kind != tc.kind || c.Article == "" || c.Version != v {
				t.Errorf("change %+v, want kind %s, an article and version %s", c, tc.kind, v)
			}
			if tc.kind == "put" {
				id = c.Article
			}
			if tc.kind == "delete" && c.Article != id {
				t.Errorf("deleted %q, change names %q", id, c.Article)
			}
		})
	}
	t.Run("ends when the client goes", func(t *testing.T) {
		cancel()
		for range events {
		}
	})
}

// TestChangesOutlivesTimeouts: the stream is not cut by the server's read and write timeouts.
func TestChangesOutlivesTimeouts(t *testing.T) {
	st := openMem(t)
	s := New(Config{ReadTimeout: 50 * time.Millisecond, WriteTimeout: 50 * time.Millisecond, App: http.NotFoundHandler()}, st, nil, nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Serve(ctx, ln)
	req, _ := http.NewRequestWithContext(ctx, "GET", "http://"+ln.Addr().String()+"/api/changes", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	events := make(chan sseEvent)
	go readSSE(bufio.NewScanner(resp.Body), events)
	<-events                           // connected
	time.Sleep(300 * time.Millisecond) // well past both timeouts
	if _, err := st.PutArticle(ctx, synthResult(1, 1)); err != nil {
		t.Fatal(err)
	}
	if ev, ok := <-events; !ok || ev.name != "change" {
		t.Fatalf("after the timeouts: %+v (stream open: %v)", ev, ok)
	}
}

// TestChangesCatchUp: a client that reconnects naming an older version (Last-Event-ID) is told
// first that it missed writes; one naming the current version is not.
func TestChangesCatchUp(t *testing.T) {
	st := openMem(t)
	_, h := testServer(t, st, Config{})
	srv := httptest.NewServer(h)
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	open := func(last string) *bufio.Scanner {
		req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+"/api/changes", nil)
		req.Header.Set("Last-Event-ID", last)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { resp.Body.Close() })
		return bufio.NewScanner(resp.Body)
	}
	// block reads the stream up to the end of the next block with an id: the hello or an event
	block := func(sc *bufio.Scanner) (ev sseEvent, id string) {
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "id: "):
				id = strings.TrimPrefix(line, "id: ")
			case strings.HasPrefix(line, "event: "):
				ev.name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				ev.data = strings.TrimPrefix(line, "data: ")
			case line == "" && id != "":
				return ev, id
			}
		}
		return ev, id
	}
	kind := func(ev sseEvent) string {
		var c store.Change
		_ = json.Unmarshal([]byte(ev.data), &c)
		return ev.name + "/" + c.Kind
	}
	old, _ := st.Version(ctx)
	if _, err := st.PutArticle(ctx, synthResult(1, 1)); err != nil {
		t.Fatal(err)
	}
	now, _ := st.Version(ctx)
	if old == now {
		t.Fatal("the write did not move the version")
	}
	if ev, id := block(open("")); ev.name != "" || id != now {
		t.Errorf("fresh client: hello %+v id %q, want no event and id %q", ev, id, now)
	}
	stale := open(old)
	block(stale) // the hello
	if ev, id := block(stale); kind(ev) != "change/missed" || id != now {
		t.Errorf("stale client: %+v id %q, want a missed change at %s", ev, id, now)
	}
	current := open(now)
	block(current) // the hello
	if _, err := st.PutArticle(ctx, synthResult(2, 1)); err != nil {
		t.Fatal(err)
	}
	if ev, _ := block(current); kind(ev) != "change/put" {
		t.Errorf("up-to-date client: first event %+v, want the new write, nothing missed", ev)
	}
}
