package store

import (
	"context"

	"conflictmap/layers"
)

// Hits is an Iterator over features already in memory (fakes of a store in tests, small
// results): matched is what Matched reports.
func Hits(hits []layers.Hit, matched int) Iterator { return &sliceIter{hits: hits, matched: matched} }

type sliceIter struct {
	hits    []layers.Hit
	matched int
}

func (it *sliceIter) Matched() int { return it.matched }
func (it *sliceIter) Len() int     { return len(it.hits) }

func (it *sliceIter) Each(ctx context.Context, fn func(layers.Hit) error) error {
	for _, h := range it.hits {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(h); err != nil {
			return err
		}
	}
	return nil
}

func (it *sliceIter) EachJSON(ctx context.Context, fn func(string) error) error {
	return it.Each(ctx, func(h layers.Hit) error {
		b, err := layers.HitJSON(h)
		if err != nil {
			return err
		}
		return fn(string(b))
	})
}
