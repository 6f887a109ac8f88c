package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestServeBusyPort: a port already taken is one error line naming it, before any other output,
// and a non-zero exit.
func TestServeBusyPort(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	addr := ln.Addr().String()
	var stdout, stderr bytes.Buffer
	code := serve(context.Background(), []string{"--addr", addr, "--db", filepath.Join(t.TempDir(), "x.db")}, &stdout, &stderr)
	lines := nonEmptyLines(stderr.String())
	if code == 0 || stdout.Len() != 0 || len(lines) != 1 || !strings.HasPrefix(lines[0], "conflictmap: "+addr+" is in use") {
		t.Fatalf("exit %d, stdout %q, stderr %q; want non-zero, nothing on stdout, one line saying %s is in use", code, stdout.String(), stderr.String(), addr)
	}
}

// TestServeTokenFile starts the server on a free port: it prints the address and the token
// saved beside the database, takes that token, refuses it once `conflictmap token --rotate`
// has run and takes the new one; it logs no line per request.
func TestServeTokenFile(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the pipeline")
	}
	t.Setenv("CONFLICTMAP_TOKEN", "")
	t.Setenv("CONFLICTMAP_BASE_URL", "")
	db := filepath.Join(t.TempDir(), "x.db")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	var stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- serve(ctx, []string{"--addr", "127.0.0.1:0", "--db", db, "--seed=false"}, pw, &stderr)
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	var banner []string
	for len(banner) < 2 && sc.Scan() {
		banner = append(banner, sc.Text())
	}
	go io.Copy(io.Discard, pr)
	if len(banner) < 2 {
		cancel()
		t.Fatalf("exit %d before the banner: %q %s", <-done, banner, stderr.String())
	}
	site := regexp.MustCompile(`the map is on (http://127\.0\.0\.1:\d+)/ `).FindStringSubmatch(banner[0])
	first, err := readTokenFile(db + ".token")
	if site == nil || err != nil || !strings.Contains(banner[1], first) {
		t.Fatalf("banner %q, token file %q %v", banner, first, err)
	}
	deleteWith := func(token string) int {
		req, _ := http.NewRequest("DELETE", site[1]+"/api/articles/nope", nil)
		req.Header.Set("Authorization", "Bearer "+token)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if got := deleteWith(first); got != 404 {
		t.Errorf("the saved token: %d, want 404 (accepted, no such article)", got)
	}
	code, out, errOut := runCLI(t, "token", "--db", db, "--rotate")
	rotated := strings.TrimSpace(out)
	if code != 0 || rotated == first {
		t.Fatalf("rotate: exit %d %q %s", code, out, errOut)
	}
	if got := deleteWith(first); got != 401 {
		t.Errorf("the old token after rotation: %d, want 401", got)
	}
	if got := deleteWith(rotated); got != 404 {
		t.Errorf("the new token: %d, want 404", got)
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("exit %d: %s", code, stderr.String())
	}
	if strings.Contains(stderr.String(), "msg=request ") {
		t.Errorf("request lines logged without --log-requests:\n%s", stderr.String())
	}
}
