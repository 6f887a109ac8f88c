package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"testing"
)

// problemDetail returns the detail of a problem+json answer.
func problemDetail(t *testing.T, body []byte) string {
	t.Helper()
	var p Problem
	if err := json.Unmarshal(body, &p); err != nil {
		t.Fatalf("not a problem: %s", body)
	}
	return p.Detail
}

// TestAuthTellsMissingFromWrong: a request without a bearer token and one with a wrong token get
// different 401 problems, both with WWW-Authenticate; the scheme's case does not matter. A
// request that passes goes on to the handler (DELETE of an unknown article: 404).
func TestAuthTellsMissingFromWrong(t *testing.T) {
	_, h := testServer(t, openMem(t), Config{})
	const missing, wrong = "writes need Authorization: Bearer <token>", "this token is not accepted"
	tests := []struct {
		name, header string
		status       int
		detail       string
	}{
		{"no header", "", 401, missing},
		{"other scheme", "Basic " + testToken, 401, missing},
		{"scheme only", "Bearer", 401, missing},
		{"scheme and space", "Bearer  ", 401, missing},
		{"token without scheme", testToken, 401, missing},
		{"wrong token", "Bearer wrong-token-0", 401, wrong},
		{"prefix of the token", "Bearer " + testToken[:8], 401, wrong},
		{"token in another case", "Bearer " + strings.ToUpper(testToken), 401, wrong},
		{"right token", "Bearer " + testToken, 404, ""},
		{"lower-case scheme", "bearer " + testToken, 404, ""},
		{"upper-case scheme", "BEARER " + testToken, 404, ""},
		{"extra spaces", "  Bearer   " + testToken + " ", 404, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var hdr []string
			if tt.header != "" {
				hdr = []string{"Authorization", tt.header}
			}
			rec := do(h, "DELETE", "/api/articles/nope", nil, hdr...)
			assertProblem(t, rec, tt.status)
			if tt.status != 401 {
				return
			}
			if got := problemDetail(t, rec.Body.Bytes()); got != tt.detail {
				t.Errorf("detail %q, want %q", got, tt.detail)
			}
			if wa := rec.Header().Get("WWW-Authenticate"); !strings.HasPrefix(wa, "Bearer ") {
				t.Errorf("WWW-Authenticate %q", wa)
			}
		})
	}
}

// TestAuthTokenSource: with a TokenSource the token is read at each write, so a rotated token
// is accepted and the old one refused at once; a source that fails answers 503.
func TestAuthTokenSource(t *testing.T) {
	current, failing := "first-token-1", false
	src := func() (string, error) {
		if failing {
			return "", errors.New("token file gone")
		}
		return current, nil
	}
	_, h := testServer(t, openMem(t), Config{TokenSource: src})
	steps := []struct {
		name, token string
		rotate      string
		fail        bool
		status      int
	}{
		{"first token", "first-token-1", "", false, 404},
		{"Token is not used beside a source", testToken, "", false, 401},
		{"old token after rotation", "first-token-1", "second-token-2", false, 401},
		{"new token after rotation", "second-token-2", "", false, 404},
		{"source fails", "second-token-2", "", true, 503},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			if st.rotate != "" {
				current = st.rotate
			}
			failing = st.fail
			rec := do(h, "DELETE", "/api/articles/nope", nil, "Authorization", "Bearer "+st.token)
			assertProblem(t, rec, st.status)
		})
	}
}

// TestRequestLogs: no line per request unless LogRequests is set; a failed request is logged
// either way.
func TestRequestLogs(t *testing.T) {
	tests := []struct {
		name      string
		on        bool
		target    string
		wantLines int
	}{
		{"off by default", false, "/api/conformance", 0},
		{"off, 404", false, "/api/nothing-here", 0},
		{"on", true, "/api/conformance", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var logs bytes.Buffer
			s := New(Config{Token: testToken, LogRequests: tt.on, App: http.NotFoundHandler()}, openMem(t), fakeExtractor{}, slog.New(slog.NewTextHandler(&logs, nil)))
			rec := do(s.Routes(), "GET", tt.target, nil)
			if rec.Code >= 500 {
				t.Fatalf("%d %s", rec.Code, rec.Body)
			}
			if n := strings.Count(logs.String(), "msg=request "); n != tt.wantLines {
				t.Errorf("%d request lines, want %d:\n%s", n, tt.wantLines, logs.String())
			}
		})
	}
}
