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
	"conflictmap/layers/store"
)

func runIngest(args []string, stdout, stderr io.Writer) int {
	flags := newFlags("ingest", `Usage: conflictmap ingest [--db FILE] [--create] [--published DATE] FILE|DIR...

Extracts each article (text, Markdown with front matter, HTML or JSON; folders are read for
.md .txt .html .json files) and stores it. Re-ingesting an article replaces it. The database
must exist (serve creates one) unless --create is given. A running server holds its database:
ingest then stops with an error; POST to /api/articles instead. Exits non-zero if any file
failed. A progress bar is drawn only when standard error is a terminal.
Environment: CONFLICTMAP_DB, CONFLICTMAP_STORE (--store postgres://… ingests into PostGIS).

`, stderr)
	db := flags.String("db", envOr("CONFLICTMAP_DB", "conflictmap.db"), "database file")
	storeURL := storeFlag(flags)
	create := flags.Bool("create", false, "create the database file when it does not exist")
	published := flags.String("published", "", "publication date (YYYY-MM-DD, YYYY-MM or YYYY) for files that do not give one")
	quiet := flags.Bool("quiet", false, "no progress bar")
	verbose := flags.Bool("v", false, "print, per file, each feature created or merged into, with its quote")
	if code, ok := parseFlags(flags, args); !ok {
		return code
	}
	if flags.NArg() == 0 {
		flags.Usage()
		return 2
	}
	if err := layers.CheckDate(layers.NormalizeDate(*published)); err != nil {
		fmt.Fprintln(stderr, "conflictmap ingest: --published:", err)
		return 2
	}
	if !*create && *storeURL == "" {
		if err := existingFile(*db); err != nil {
			fmt.Fprintf(stderr, "conflictmap ingest: %v (serve creates a database; or pass --create)\n", err)
			return 1
		}
	}
	files := articleFiles(flags.Args())
	x, err := layers.LoadPipeline()
	if err != nil {
		fmt.Fprintln(stderr, "conflictmap ingest:", err)
		return 1
	}
	store, err := openStore(context.Background(), storeConfig{Path: *db, Store: *storeURL, Stderr: stderr})
	if err != nil {
		fmt.Fprintln(stderr, "conflictmap ingest:", err)
		return 1
	}
	defer store.Close()
	bar := progressbar.NewOptions(len(files), progressbar.OptionSetWriter(stderr), progressbar.OptionSetDescription("ingesting"),
		progressbar.OptionShowCount(), progressbar.OptionClearOnFinish(), progressbar.OptionSetVisibility(!*quiet && isTerminal(stderr)))
	ctx := context.Background()
	var failed []string
	events, created := 0, 0
	for _, f := range files {
		res, pr, err := ingestFile(ctx, store, x, f, *published)
		if err == nil {
			events += len(res.Events)
			created += pr.Created
			if *verbose {
				bar.Clear()
				err = printWriteSummary(ctx, stdout, store, f, res, pr)
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

// articleFiles expands the folders among args to the article files under them.
func articleFiles(args []string) []string {
	var files []string
	for _, a := range args {
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
	return files
}

// ingestFile reads, extracts and stores one article; published dates an article that gives
// no date of its own.
func ingestFile(ctx context.Context, st store.Store, x *layers.Pipeline, name, published string) (*layers.Result, layers.PutResult, error) {
	b, err := readInput(name)
	if err == nil && len(b) > layers.MaxArticleBytes {
		err = layers.ErrTooLarge
	}
	if err != nil {
		return nil, layers.PutResult{}, err
	}
	res, err := x.ExtractWith(name, b, "", published)
	if err != nil {
		return nil, layers.PutResult{}, err
	}
	pr, err := st.PutArticle(ctx, res)
	return res, pr, err
}
