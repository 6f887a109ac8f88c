package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"conflictmap/layers"
)

// slowExtractor stands for a runaway extraction: it runs until its context ends, then reports
// on stopped when it did.
type slowExtractor struct {
	started chan struct{}
	stopped chan time.Time
}

func newSlowExtractor() *slowExtractor {
	return &slowExtractor{started: make(chan struct{}, 8), stopped: make(chan time.Time, 8)}
}

func (x *slowExtractor) Extract(string, []byte, string) (*layers.Result, error) {
	panic("the server must call ExtractContext")
}

func (x *slowExtractor) ExtractContext(ctx context.Context, _ string, _ []byte, _, _ string) (*layers.Result, error) {
	x.started <- struct{}{}
	<-ctx.Done()
	x.stopped <- time.Now()
	return nil, ctx.Err()
}

func slowServer(t *testing.T, cfg Config) (*slowExtractor, *httptest.Server, *Server) {
	x := newSlowExtractor()
	cfg.Token, cfg.App = testToken, http.NotFoundHandler()
	s := New(cfg, openMem(t), x, nil)
	ts := httptest.NewServer(s.Routes())
	t.Cleanup(ts.Close)
	return x, ts, s
}

// slotsFree waits (30 s at most) until no extraction holds a slot.
func slotsFree(t *testing.T, s *Server) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); len(s.slots) > 0; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d extraction slots still held after 30 s", len(s.slots))
		}
	}
}

func postReq(ctx context.Context, url string) *http.Request {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url+"/api/articles", strings.NewReader("Russia deployed troops to Lachin."))
	req.Header.Set("Content-Type", "text/plain")
	req.Header.Set("Authorization", "Bearer "+testToken)
	return req
}

// wait waits for a value on ch for a generous 30 s (a loaded CI machine is slow, never this slow).
func wait[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(30 * time.Second):
		t.Fatalf("%s: nothing after 30 s", what)
		panic("unreachable")
	}
}

// TestExtractionStopsWhenClientLeaves: a client hanging up stops its extraction.
func TestExtractionStopsWhenClientLeaves(t *testing.T) {
	x, ts, s := slowServer(t, Config{})
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		resp, err := http.DefaultClient.Do(postReq(ctx, ts.URL))
		if err == nil {
			resp.Body.Close()
		}
		errc <- err
	}()
	wait(t, x.started, "extraction start")
	left := time.Now()
	cancel()
	stopped := wait(t, x.stopped, "extraction stop")
	t.Logf("the extraction stopped %v after the client left", stopped.Sub(left))
	if err := wait(t, errc, "client"); err == nil {
		t.Error("the cancelled request succeeded")
	}
	slotsFree(t, s)
}

// TestExtractionsBounded: past MaxExtractions a POST is a 503 problem with Retry-After, at
// once; a slot is free again once its extraction has stopped.
func TestExtractionsBounded(t *testing.T) {
	x, ts, s := slowServer(t, Config{MaxExtractions: 1})
	hold := func() (context.CancelFunc, <-chan error) {
		ctx, cancel := context.WithCancel(context.Background())
		errc := make(chan error, 1)
		go func() {
			resp, err := http.DefaultClient.Do(postReq(ctx, ts.URL))
			if err == nil {
				resp.Body.Close()
			}
			errc <- err
		}()
		wait(t, x.started, "extraction start")
		return cancel, errc
	}
	for round := 0; round < 2; round++ {
		cancel, errc := hold()
		resp, err := http.DefaultClient.Do(postReq(context.Background(), ts.URL))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" ||
			resp.Header.Get("Content-Type") != "application/problem+json" {
			t.Errorf("round %d: a POST past the bound: %d, Retry-After %q, %s; want a 503 problem with Retry-After",
				round, resp.StatusCode, resp.Header.Get("Retry-After"), resp.Header.Get("Content-Type"))
		}
		cancel()
		wait(t, x.stopped, "extraction stop")
		wait(t, errc, "client")
		slotsFree(t, s)
	}
}

// TestPostLimits: an over-long title is a 400 problem, an over-large body a 413 one; neither
// is stored.
func TestPostLimits(t *testing.T) {
	st := openMem(t)
	_, h := testServer(t, st, Config{MaxBodyBytes: 4096})
	for _, tc := range []struct {
		name, body string
		want       int
	}{
		{"title of 500", `{"title":"` + strings.Repeat("é", 500) + `","text":"Talks."}`, 201},
		{"title of 501", `{"title":"` + strings.Repeat("é", 501) + `","text":"Talks again."}`, 400},
		{"body over MaxBodyBytes", `{"title":"t","text":"` + strings.Repeat("a", 4096) + `"}`, 413},
	} {
		rec := do(h, http.MethodPost, "/api/articles", strings.NewReader(tc.body),
			"Content-Type", "application/json", "Authorization", "Bearer "+testToken)
		if rec.Code != tc.want {
			t.Errorf("%s: %d, want %d (%s)", tc.name, rec.Code, tc.want, rec.Body.String())
		}
		if tc.want >= 400 && rec.Header().Get("Content-Type") != "application/problem+json" {
			t.Errorf("%s: Content-Type %q, want a problem", tc.name, rec.Header().Get("Content-Type"))
		}
	}
	if _, total, _ := st.ListArticles(context.Background(), 0, 10); total != 1 {
		t.Errorf("%d articles stored, want 1", total)
	}
}
