package layers

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// articleExts are the file endings read as articles when a folder is ingested.
var articleExts = map[string]bool{".md": true, ".markdown": true, ".txt": true, ".text": true, ".html": true, ".htm": true, ".json": true}

// IsArticleFile reports whether a file name has an ending read as an article.
func IsArticleFile(name string) bool { return articleExts[strings.ToLower(path.Ext(name))] }

// ArticleStore is what Ingest and SeedIfEmpty need of a store (store.Store has it).
type ArticleStore interface {
	PutArticle(ctx context.Context, res *Result) (PutResult, error)
	ListArticles(ctx context.Context, offset, limit int) ([]ArticleSummary, int, error)
	Seeded() bool
	MarkSeeded() error
}

// Ingest extracts one article and stores it: the whole article or nothing.
func Ingest(ctx context.Context, st ArticleStore, x *Pipeline, name string, content []byte) (*Result, PutResult, error) {
	res, err := x.Extract(name, content, "")
	if err != nil {
		return nil, PutResult{}, err
	}
	pr, err := st.PutArticle(ctx, res)
	if err != nil {
		return nil, PutResult{}, err
	}
	return res, pr, nil
}

// SeedIfEmpty ingests the articles of dir in fsys on a store's first start, so that it shows
// something. It does so once: a store that was seeded, or held articles, before is left as
// it is, even emptied (layers/store/buntdb/seed.go). It returns how many articles it stored.
func SeedIfEmpty(ctx context.Context, st ArticleStore, x *Pipeline, fsys fs.FS, dir string) (int, error) {
	if st.Seeded() {
		return 0, nil
	}
	_, total, err := st.ListArticles(ctx, 0, 1)
	if err != nil {
		return 0, err
	}
	if total > 0 {
		return 0, st.MarkSeeded()
	}
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return 0, fmt.Errorf("layers: seed: %w", err)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	n := 0
	for _, e := range entries {
		if e.IsDir() || !IsArticleFile(e.Name()) {
			continue
		}
		b, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return n, fmt.Errorf("layers: seed: %w", err)
		}
		if _, _, err := Ingest(ctx, st, x, e.Name(), b); err != nil {
			return n, fmt.Errorf("layers: seed %s: %w", e.Name(), err)
		}
		n++
	}
	return n, st.MarkSeeded()
}
