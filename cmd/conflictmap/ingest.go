package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/schollz/progressbar/v3"

	"conflictmap/layers"
)

func runIngest(args []string, stdout, stderr io.Writer) int {
	flags := newFlags("ingest", `Usage: conflictmap ingest [--db FILE] FILE|DIR...

Extracts each article (text, Markdown with front matter, HTML or JSON; folders are read for
.md .txt .html .json files) and stores it. Re-ingesting an article replaces it. Stop the server
first, or POST to /api/articles while it runs. Exits non-zero if any file failed.
Environment: CONFLICTMAP_DB.

`, stderr)
	db := flags.String("db", envOr("CONFLICTMAP_DB", "conflictmap.db"), "database file")
	quiet := flags.Bool("quiet", false, "no progress bar")
	verbose := flags.Bool("v", false, "print, per file, each feature created or merged into, with its quote")
	if code, ok := parseFlags(flags, args); !ok {
		return code
	}
	if flags.NArg() == 0 {
		flags.Usage()
		return 2
	}
	var files []string
	for _, a := range flags.Args() {
		st, err := os.Stat(a)
		if err != nil || !st.IsDir() {
			files = append(files, a)
			continue
		}
		filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && layers.IsArticleFile(p) {
				files = append(files, p)
			}
			return nil
		})
	}
	x, err := layers.LoadPipeline()
	if err != nil {
		fmt.Fprintln(stderr, "conflictmap ingest:", err)
		return 1
	}
	store, err := layers.OpenStore(layers.StoreConfig{Path: *db})
	if err != nil {
		fmt.Fprintln(stderr, "conflictmap ingest:", err)
		return 1
	}
	defer store.Close()
	bar := progressbar.NewOptions(len(files), progressbar.OptionSetWriter(stderr), progressbar.OptionSetDescription("ingesting"),
		progressbar.OptionShowCount(), progressbar.OptionClearOnFinish(), progressbar.OptionSetVisibility(!*quiet))
	ctx := context.Background()
	var failed []string
	events, created := 0, 0
	for _, f := range files {
		b, err := readInput(f)
		if err == nil && len(b) > layers.MaxArticleBytes {
			err = layers.ErrTooLarge
		}
		if err == nil {
			var res *layers.Result
			var pr layers.PutResult
			res, pr, err = layers.Ingest(ctx, store, x, f, b)
			if err == nil {
				events += len(res.Events)
				created += pr.Created
				if *verbose {
					bar.Clear()
					err = printWriteSummary(ctx, stdout, store, f, res, pr)
				}
			}
		}
		if err != nil {
			bar.Clear()
			fmt.Fprintf(stderr, "conflictmap ingest: %s: %v\n", f, err)
			failed = append(failed, f)
		}
		bar.Add(1)
	}
	bar.Finish()
	fmt.Fprintf(stdout, "ingested %d of %d articles: %d events (%d new) into %s\n", len(files)-len(failed), len(files), events, created, *db)
	if len(failed) > 0 {
		fmt.Fprintf(stdout, "%d failed\n", len(failed))
		return 1
	}
	return 0
}
