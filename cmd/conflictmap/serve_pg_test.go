package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"conflictmap/internal/pgtest"
)

// startServe runs serve in this process with args, and returns the address it prints and a
// function that stops it and gives its exit code.
func startServe(t *testing.T, args ...string) (string, func() int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	var stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- serve(ctx, append([]string{"--addr", "127.0.0.1:0"}, args...), pw, &stderr)
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	var first string
	if sc.Scan() {
		first = sc.Text()
	}
	go io.Copy(io.Discard, pr)
	site := regexp.MustCompile(`(http://127\.0\.0\.1:\d+)/`).FindStringSubmatch(first)
	if site == nil {
		cancel()
		t.Fatalf("serve %v: exit %d before the banner: %q %s", args, <-done, first, stderr.String())
	}
	stop := func() int { cancel(); return <-done }
	t.Cleanup(func() { stop() })
	return site[1], stop
}

// TestTwoServersOneDatabase: two servers on one PostGIS database are one service: an article
// POSTed to the first is in the second's API at once, and the second's change stream tells of it.
func TestTwoServersOneDatabase(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the pipeline twice")
	}
	dsn := pgtest.DSN(t)
	const token = "two-servers-token"
	a, _ := startServe(t, "--store", dsn, "--token", token, "--seed=false")
	b, _ := startServe(t, "--store", dsn, "--token", token, "--seed=false")

	stream, err := http.Get(b + "/api/changes")
	if err != nil {
		t.Fatal(err)
	}
	defer stream.Body.Close()
	changes := make(chan string, 4)
	go func() {
		sc := bufio.NewScanner(stream.Body)
		for sc.Scan() {
			if line := sc.Text(); strings.HasPrefix(line, "data:") {
				changes <- line
			}
		}
	}()
	body := "# Clash near Tartar\n\nArmenian forces shelled positions near Tartar on 3 March 2021, the ministry said.\n"
	req, _ := http.NewRequest("POST", a+"/api/articles?name=tartar.md", strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "text/markdown")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var put struct {
		Article struct {
			ID string `json:"id"`
		} `json:"article"`
		Created []struct {
			ID string `json:"id"`
		} `json:"created"`
	}
	json.NewDecoder(res.Body).Decode(&put)
	res.Body.Close()
	if res.StatusCode != http.StatusCreated || len(put.Created) == 0 {
		t.Fatalf("POST to the first server: %d, created %v", res.StatusCode, put.Created)
	}
	got, err := http.Get(b + "/api/collections/events/items/" + put.Created[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	got.Body.Close()
	if got.StatusCode != http.StatusOK {
		t.Errorf("the second server: items/%s is %d, want 200", put.Created[0].ID, got.StatusCode)
	}
	select {
	case c := <-changes:
		if !strings.Contains(c, put.Article.ID) || !strings.Contains(c, `"put"`) {
			t.Errorf("the second server's change %s does not name the put of %s", c, put.Article.ID)
		}
	case <-time.After(20 * time.Second):
		t.Error("the second server's /api/changes told nothing of the write")
	}
}

// TestServeDatabaseDown: a database that cannot be reached at start is a clear error naming
// it, without its password, and a non-zero exit.
func TestServeDatabaseDown(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the pipeline")
	}
	t.Setenv("CONFLICTMAP_STATEMENT_TIMEOUT", "")
	var stdout, stderr bytes.Buffer
	code := serve(context.Background(), []string{"--addr", "127.0.0.1:0", "--store", "postgres://cm:hunter2@127.0.0.1:1/cm?connect_timeout=2"}, &stdout, &stderr)
	msg := stderr.String()
	if code == 0 || !strings.Contains(msg, "127.0.0.1:1") || strings.Contains(msg, "hunter2") {
		t.Fatalf("exit %d, stderr %q: want non-zero and the database named without its password", code, msg)
	}
}
