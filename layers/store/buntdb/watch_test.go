package buntdb

import (
	"context"
	"reflect"
	"testing"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

func TestWatchVersionCounts(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := openTest(t)
	v0, err := s.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ch, err := s.Watch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	put(t, s, testResult("a1", "2020-11-12", ev(layers.TypeClash, shusha, "2020-11-10", "Azerbaijan"),
		ev(layers.TypeDeployment, gyumri, "2020-11-10", "Russia")))
	if err := s.DeleteArticle(ctx, "a1"); err != nil {
		t.Fatal(err)
	}
	put(t, s, testResult("a2", "2020-11-12", ev(layers.TypeClash, shusha, "2020-11-10", "Azerbaijan")))
	var got []string
	var last store.Change
	for range 3 {
		c := <-ch
		got = append(got, c.Kind+" "+c.Article)
		if c.Version == last.Version {
			t.Errorf("change %+v has the version of the one before", c)
		}
		last = c
	}
	if want := []string{"put a1", "delete a1", "put a2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("changes %v, want %v", got, want)
	}
	v1, _ := s.Version(ctx)
	if v1 == v0 || v1 != last.Version {
		t.Errorf("version %q → %q, last change %q", v0, v1, last.Version)
	}
	counts, err := s.Counts(ctx)
	if err != nil || !reflect.DeepEqual(counts, map[string]int{layers.TypeClash: 1}) {
		t.Errorf("Counts = %v, %v", counts, err)
	}
	cancel()
	if _, ok := <-ch; ok {
		t.Error("channel still open after ctx ended")
	}
}

func TestWatchSlowReaderNeverBlocksWrites(t *testing.T) {
	s := openTest(t)
	ch, err := s.Watch(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for i := range watchBuffer + 5 { // nobody reads: the writes must still return
		put(t, s, testResult("a"+string(rune('A'+i%26))+string(rune('a'+i/26)), "2020-11-12", ev(layers.TypeClash, shusha, "2020-11-10")))
	}
	if len(ch) != watchBuffer {
		t.Errorf("buffered %d changes, want %d", len(ch), watchBuffer)
	}
	s.Close()
	n := 0
	for range ch {
		n++
	}
	if n != watchBuffer {
		t.Errorf("read %d changes after Close, want %d and a closed channel", n, watchBuffer)
	}
}
