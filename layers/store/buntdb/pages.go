package buntdb

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"time"
)

// The store's records are read from a memory map of its file (third_party/buntdb): a record a
// query reads is a page of the kernel's page cache mapped into the process, and stays mapped.
// Under queries that wander over the whole store the process comes to hold the whole file beside
// its heap (a 1.7 GB store at 1M events: 1.6 GB of mapped pages, 2.3–2.5 GB resident in all).
// With Config.MapBudget set, a watcher checks the process's resident file pages every pageCheck
// and, past the budget, drops the map's pages from the process (ReleasePages): they stay in the
// page cache, and what is read next faults back in from there, without reading the disk. It is
// off by default because it costs: dropping every page at once makes the hot ones fault back in
// too, and at 1M events with a 1 GiB budget 0.5° box pages fell from 5,000–5,500 to 600–630 req/s.

const pageCheck = time.Second

// watchPages starts the watcher of the map's resident pages; the returned function stops it.
// rss reads the process's resident file pages in bytes (ok false: not known here, and the
// watcher stops); release drops the map's pages.
func watchPages(budget int64, every time.Duration, rss func() (int64, bool), release func()) (stop func()) {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				n, ok := rss()
				if !ok {
					return
				}
				if n > budget {
					release()
				}
			}
		}
	}()
	return func() { close(done) }
}

// rssFile is the process's resident file-backed memory (RssFile in /proc/self/status, Linux).
func rssFile() (int64, bool) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	return parseRssFile(b)
}

// parseRssFile reads the "RssFile:  1234 kB" line of a /proc/PID/status text.
func parseRssFile(status []byte) (int64, bool) {
	sc := bufio.NewScanner(bytes.NewReader(status))
	for sc.Scan() {
		f := bytes.Fields(sc.Bytes())
		if len(f) == 3 && string(f[0]) == "RssFile:" && string(f[2]) == "kB" {
			kb, err := strconv.ParseInt(string(f[1]), 10, 64)
			return kb << 10, err == nil
		}
	}
	return 0, false
}
