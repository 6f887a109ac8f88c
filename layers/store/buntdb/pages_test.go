package buntdb

import (
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestWatchPages: the watcher drops the map's pages when the resident file pages pass the
// budget, never below it, and stops when they cannot be read or when told to.
func TestWatchPages(t *testing.T) {
	readings := []int64{100, 900, 1000, 1001, 5000, 200}
	calls := make(chan int) // unbuffered: the watcher waits for each reading to be taken
	var i atomic.Int64
	var mu sync.Mutex
	var released []int64 // the readings after which the pages were dropped
	rss := func() (int64, bool) {
		k := int(i.Add(1)) - 1
		calls <- k
		if k >= len(readings) {
			return 0, false
		}
		return readings[k], true
	}
	stop := watchPages(1000, time.Millisecond, rss, func() {
		mu.Lock()
		defer mu.Unlock()
		released = append(released, readings[i.Load()-1])
	})
	defer stop()
	for k := range len(readings) + 1 {
		select {
		case got := <-calls:
			if got != k {
				t.Fatalf("reading %d, want %d", got, k)
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("the watcher stopped reading after %d readings", k)
		}
	}
	// after the failed reading the goroutine has returned: no reading follows
	time.Sleep(20 * time.Millisecond)
	if n := i.Load(); n != int64(len(readings)+1) {
		t.Errorf("%d readings, want %d (the watcher stops when it cannot read)", n, len(readings)+1)
	}
	mu.Lock()
	defer mu.Unlock()
	if !slices.Equal(released, []int64{1001, 5000}) {
		t.Errorf("released after readings %v, want [1001 5000] (over the budget of 1000)", released)
	}
}

func TestParseRssFile(t *testing.T) {
	status := []byte("Name:\tconflictmap\nVmRSS:\t  349100 kB\nRssAnon:\t  327664 kB\nRssFile:\t   21436 kB\nRssShmem:\t       0 kB\n")
	if n, ok := parseRssFile(status); !ok || n != 21436<<10 {
		t.Errorf("parseRssFile = %d, %v", n, ok)
	}
	for _, bad := range []string{"", "RssFile:\tlots kB\n", "VmRSS:\t1 kB\n"} {
		if _, ok := parseRssFile([]byte(bad)); ok {
			t.Errorf("parseRssFile(%q) ok", bad)
		}
	}
	if n, ok := rssFile(); ok && n <= 0 {
		t.Errorf("rssFile of this process = %d", n)
	}
}
