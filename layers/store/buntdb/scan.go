package buntdb

import (
	"runtime"
	"strings"
	"sync"

	bdb "github.com/tidwall/buntdb"
)

// scanBatch is how many records one worker of scanEntries reads at a time.
const scanBatch = 2048

// scanEntries calls fn with the index entry of every stored event, in key order, reading the
// records (their headers and typed values, entryOf) on every core; fn runs on one goroutine.
// Corrupt records are skipped: GetEvent finds them, queries never do.
func (s *Store) scanEntries(fn func(*evEntry)) error {
	type batch struct {
		keys, vals []string
		out        chan []evEntry
	}
	work := make(chan *batch, runtime.GOMAXPROCS(0))
	order := make(chan *batch, 2*runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range work {
				es := make([]evEntry, 0, len(b.keys))
				for i, k := range b.keys {
					if e, ok := entryOf(k[len(keyEvent):], b.vals[i]); ok {
						es = append(es, e)
					}
				}
				b.out <- es
			}
		}()
	}
	done := make(chan struct{})
	go func() { // fn, in key order
		defer close(done)
		for b := range order {
			es := <-b.out
			for i := range es {
				fn(&es[i])
			}
		}
	}()
	cur := &batch{out: make(chan []evEntry, 1)}
	send := func() {
		order <- cur
		work <- cur
		cur = &batch{out: make(chan []evEntry, 1)}
	}
	err := s.db.View(func(tx *bdb.Tx) error {
		return tx.AscendGreaterOrEqual("", keyEvent, func(k, v string) bool {
			if !strings.HasPrefix(k, keyEvent) {
				return false
			}
			cur.keys, cur.vals = append(cur.keys, k), append(cur.vals, v)
			if len(cur.keys) == scanBatch {
				send()
			}
			return true
		})
	})
	if len(cur.keys) > 0 {
		send()
	}
	close(work)
	close(order)
	wg.Wait()
	<-done
	return err
}
