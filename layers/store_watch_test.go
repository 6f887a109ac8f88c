package layers

import (
	"context"
	"testing"
)

func TestStoreWatch(t *testing.T) {
	s := openTest(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch, err := s.Watch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	v0, _ := s.Version(ctx)
	writes := []struct {
		name, kind, article string
		write               func() error
	}{
		{"put", "put", "a1", func() error {
			_, err := s.PutArticle(ctx, testResult("a1", "2020-10-01", ev("clash", stepanakert, "2020-10-01")))
			return err
		}},
		{"bulk", "put", "", func() error {
			_, err := s.BulkLoad(ctx, []*Result{testResult("a2", "2020-10-02", ev("clash", gyumri, "2020-10-02"))})
			return err
		}},
		{"delete", "delete", "a1", func() error { return s.DeleteArticle(ctx, "a1") }},
	}
	prev := v0
	for _, w := range writes {
		t.Run(w.name, func(t *testing.T) {
			if err := w.write(); err != nil {
				t.Fatal(err)
			}
			c := <-ch
			if c.Kind != w.kind || c.Article != w.article {
				t.Errorf("change %+v, want kind %q article %q", c, w.kind, w.article)
			}
			v, _ := s.Version(ctx)
			if c.Version != v || v == prev {
				t.Errorf("change version %q, store version %q, previous %q", c.Version, v, prev)
			}
			prev = v
		})
	}
	t.Run("failed write is not told", func(t *testing.T) {
		if err := s.DeleteArticle(ctx, "no-such"); err == nil {
			t.Fatal("deleting a missing article succeeded")
		}
		select {
		case c := <-ch:
			t.Errorf("got %+v for a failed write", c)
		default:
		}
	})
	t.Run("closed when ctx ends", func(t *testing.T) {
		cancel()
		for range ch {
		}
	})
}
