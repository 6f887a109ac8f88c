package postgis

import (
	"context"
	"fmt"
	"sync"
	"time"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

// Feature lookups by id (GetFeatureJSON of an event) are batched: the requests that arrive
// while a lookup is in flight are answered together by the next one, a single
// `id = ANY($1)` statement. Under load a round trip to the database, its protocol messages and
// its executor start-up serve tens of requests rather than one; with no load a request goes
// out at once, alone, and waits for nothing.
const (
	// batchWorkers is how many lookups run at once, each on its own pooled connection. One
	// makes the batches twice as large as two do: at 100,000 events, wrk -c32, the database
	// spent 18 µs a request rather than 33 and the server answered as many or more.
	batchWorkers = 1
	// batchMax bounds the ids of one statement.
	batchMax = 128
	// batchTimeout bounds one lookup, whatever its callers' contexts (the statement timeout
	// bounds it in the database too).
	batchTimeout = 30 * time.Second
)

// featureReq is one caller's lookup; reply has room for its answer, so a worker never blocks
// on a caller that has gone.
type featureReq struct {
	id, eventType string
	reply         chan featureReply
}

type featureReply struct {
	feature string
	err     error
}

// batcher runs the batched lookups of one Store.
type batcher struct {
	s     *Store
	queue chan featureReq
	stop  chan struct{}
	once  sync.Once
	wg    sync.WaitGroup
}

func newBatcher(s *Store) *batcher {
	b := &batcher{s: s, queue: make(chan featureReq, 4*batchMax), stop: make(chan struct{})}
	b.wg.Add(batchWorkers)
	for range batchWorkers {
		go b.work()
	}
	return b
}

// errClosed answers the lookups of a closed Store.
var errClosed = fmt.Errorf("postgis: get feature: %w: the store is closed", store.ErrUnavailable)

// close stops the workers once their lookups in flight are answered; callers still waiting
// get errClosed.
func (b *batcher) close() {
	b.once.Do(func() { close(b.stop) })
	b.wg.Wait()
}

// get queues a lookup and waits for its answer or ctx's end.
func (b *batcher) get(ctx context.Context, id, eventType string) (string, error) {
	req := featureReq{id: id, eventType: eventType, reply: make(chan featureReply, 1)}
	select {
	case b.queue <- req:
	case <-ctx.Done():
		return "", ctx.Err()
	case <-b.stop:
		return "", errClosed
	}
	select {
	case r := <-req.reply:
		return r.feature, r.err
	case <-ctx.Done():
		return "", ctx.Err()
	case <-b.stop:
		return "", errClosed
	}
}

// work takes the first request queued, with every other one queued behind it (up to
// batchMax), and answers them with one statement.
func (b *batcher) work() {
	defer b.wg.Done()
	batch := make([]featureReq, 0, batchMax)
	for {
		select {
		case r := <-b.queue:
			batch = append(batch[:0], r)
		case <-b.stop:
			return
		}
	drain:
		for len(batch) < batchMax {
			select {
			case r := <-b.queue:
				batch = append(batch, r)
			default:
				break drain
			}
		}
		b.answer(batch)
	}
}

// answer looks up a batch's ids in one statement and replies to each request: its feature,
// layers.ErrNotFound when there is no such event in its layer, or the statement's error.
func (b *batcher) answer(batch []featureReq) {
	ids := make([]string, len(batch))
	for i, r := range batch {
		ids[i] = r.id
	}
	found, err := b.lookup(ids)
	for _, r := range batch {
		f, ok := found[r.id]
		switch {
		case err != nil:
			r.reply <- featureReply{err: wrap("get feature", err)}
		case !ok || (r.eventType != "" && f.eventType != r.eventType):
			r.reply <- featureReply{err: layers.ErrNotFound}
		default:
			r.reply <- featureReply{feature: f.feature}
		}
	}
}

type storedFeature struct{ eventType, feature string }

// lookup reads the features and types of the events with those ids.
func (b *batcher) lookup(ids []string) (map[string]storedFeature, error) {
	ctx, cancel := context.WithTimeout(context.Background(), batchTimeout)
	defer cancel()
	rows, err := b.s.pool.Query(ctx, "SELECT id, event_type, feature FROM events WHERE id = ANY($1)", ids)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	found := make(map[string]storedFeature, len(ids))
	for rows.Next() {
		var id string
		var f storedFeature
		if err := rows.Scan(&id, &f.eventType, &f.feature); err != nil {
			return nil, err
		}
		found[id] = f
	}
	return found, rows.Err()
}
