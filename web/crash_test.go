package web

import (
	"bufio"
	"conflictmap/internal/pgtest"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"conflictmap/layers"
	"conflictmap/layers/store"
	"conflictmap/layers/store/buntdb"
	"conflictmap/layers/store/postgis"
)

// crashChildEnv, when set to a database path, makes the test binary a server (see TestMain).
const crashChildEnv = "CONFLICTMAP_CRASH_CHILD_DB"

func TestMain(m *testing.M) {
	if path := os.Getenv(crashChildEnv); path != "" {
		os.Exit(crashChild(path))
	}
	code := m.Run()
	pgtest.Stop() // the PostGIS test cluster, if the suite ran against one
	os.Exit(code)
}

// crashChild serves a durable store on 127.0.0.1:0, printing its address, until killed: the
// buntdb file at path, or the PostGIS database path names (postgres://…).
func crashChild(path string) int {
	var (
		st  store.Store
		err error
	)
	if strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "host=") {
		st, err = postgis.Open(context.Background(), path, postgis.Options{})
	} else {
		st, err = buntdb.Open(buntdb.Config{Path: path})
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println("ADDR " + ln.Addr().String())
	s := New(Config{Token: testToken, App: http.NotFoundHandler()}, st, fakeExtractor{}, nil)
	if err := s.Serve(context.Background(), ln); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

func startChild(t *testing.T, path string) (*exec.Cmd, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "ADDR ") {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("child: %q %v", line, err)
	}
	return cmd, "http://" + strings.TrimSpace(strings.TrimPrefix(line, "ADDR "))
}

// TestCrash kills a server mid-stream of ingests and checks that every acknowledged article and
// its events survive a restart.
func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	if os.Getenv(testStoreEnv) == "postgres" {
		path = pgtest.DSN(t) // the child serves the PostGIS database
	}
	cmd, base := startChild(t, path)
	type ack struct {
		id     string
		events []string
	}
	var (
		mu    sync.Mutex
		acked []ack
		wg    sync.WaitGroup
	)
	client := &http.Client{Timeout: 5 * time.Second}
	ctx, stop := context.WithCancel(context.Background())
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; ctx.Err() == nil; i++ {
				body := fmt.Sprintf("Article %d-%d\nEVENT clash %.4f %.4f 2021-0%d-1%d Place%d-%d Armenia\nEVENT deployment %.4f 40.1 - Base%d-%d Russia\n",
					w, i, 44+float64(i%50)/10, 39+float64(w)/2, 1+i%9, i%10, w, i, 45+float64(i%40)/10, w, i)
				req, _ := http.NewRequestWithContext(ctx, "POST", base+"/api/articles", strings.NewReader(body))
				req.Header.Set("Content-Type", "text/plain")
				req.Header.Set("Authorization", "Bearer "+testToken)
				res, err := client.Do(req)
				if err != nil {
					return // killed
				}
				var r struct {
					ID     string `json:"id"`
					Events fc     `json:"events"`
				}
				err = json.NewDecoder(res.Body).Decode(&r)
				res.Body.Close()
				if res.StatusCode == http.StatusCreated && err == nil {
					a := ack{id: r.ID}
					for _, f := range r.Events.Features {
						a.events = append(a.events, f.ID)
					}
					mu.Lock()
					acked = append(acked, a)
					mu.Unlock()
				}
			}
		}(w)
	}
	// Kill it mid-stream once enough writes are acknowledged.
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		mu.Lock()
		n := len(acked)
		mu.Unlock()
		if n >= 40 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL
		t.Fatal(err)
	}
	cmd.Wait()
	stop()
	wg.Wait()
	if len(acked) == 0 {
		t.Fatal("no article acknowledged before the kill")
	}
	// Restart and check over HTTP.
	cmd, base = startChild(t, path)
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	for _, a := range acked {
		res, err := client.Get(base + "/api/articles/" + a.id)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 200 {
			t.Errorf("acknowledged article %s: %d after restart", a.id, res.StatusCode)
		}
		for _, e := range a.events {
			res, err := client.Get(base + "/api/collections/events/items/" + e)
			if err != nil {
				t.Fatal(err)
			}
			var f struct {
				Properties struct {
					Sources []layers.Source `json:"sources"`
				} `json:"properties"`
			}
			json.NewDecoder(res.Body).Decode(&f)
			res.Body.Close()
			found := false
			for _, s := range f.Properties.Sources {
				found = found || s.ArticleID == a.id
			}
			if res.StatusCode != 200 || !found {
				t.Errorf("event %s of acknowledged article %s: %d, sources %v", e, a.id, res.StatusCode, f.Properties.Sources)
			}
		}
	}
	// Nothing half-written: every article the store holds has all its events, each citing it.
	res, err := client.Get(base + "/api/articles?limit=10000")
	if err != nil {
		t.Fatal(err)
	}
	var list struct {
		Articles []struct {
			ID     string `json:"id"`
			Events int    `json:"events"`
		} `json:"articles"`
	}
	json.NewDecoder(res.Body).Decode(&list)
	res.Body.Close()
	for _, a := range list.Articles {
		res, err := client.Get(base + "/api/articles/" + a.ID)
		if err != nil {
			t.Fatal(err)
		}
		var got struct {
			Events []string `json:"events"`
		}
		json.NewDecoder(res.Body).Decode(&got)
		res.Body.Close()
		if len(got.Events) != 2 { // each article of the test reports two events
			t.Errorf("article %s holds %d events after the kill, want 2 (or no article)", a.ID, len(got.Events))
		}
	}
	t.Logf("%d acknowledged articles survived SIGKILL; %d articles stored, none partial", len(acked), len(list.Articles))
}
