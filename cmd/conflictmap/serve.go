package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"conflictmap/data"
	"conflictmap/layers"
	"conflictmap/web"
)

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", `Usage: conflictmap serve [--addr HOST:PORT] [--db FILE] [--token TOKEN]

Serves the web map at / and OGC API – Features under /api. On first start with an empty
database it ingests the sample articles, so the map has something on it.
Environment: CONFLICTMAP_ADDR, CONFLICTMAP_DB, CONFLICTMAP_TOKEN.

`, stderr)
	addr := fs.String("addr", envOr("CONFLICTMAP_ADDR", "127.0.0.1:8080"), "address to listen on")
	db := fs.String("db", envOr("CONFLICTMAP_DB", "conflictmap.db"), "database file (\":memory:\" for none)")
	token := fs.String("token", envOr("CONFLICTMAP_TOKEN", ""), "bearer token for writes (POST/DELETE /api/articles); made up and printed when empty")
	seed := fs.Bool("seed", true, "ingest the sample articles on the database's first start (once: a database emptied later stays empty)")
	jsonLogs := fs.Bool("json-logs", false, "log as JSON lines instead of text")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	var h slog.Handler = slog.NewTextHandler(stderr, nil)
	if *jsonLogs {
		h = slog.NewJSONHandler(stderr, nil)
	}
	logger := slog.New(h)
	if *token == "" {
		b := make([]byte, 16)
		rand.Read(b)
		*token = hex.EncodeToString(b)
		fmt.Fprintf(stdout, "conflictmap: write token (shown once): %s\n", *token)
	}
	cfg := web.Config{Addr: *addr, DBPath: *db, Token: *token}
	if err := cfg.Validate(); err != nil {
		fmt.Fprintln(stderr, "conflictmap serve:", err)
		return 2
	}
	x, err := layers.LoadPipeline()
	if err != nil {
		fmt.Fprintln(stderr, "conflictmap serve:", err)
		return 1
	}
	st, err := openStore(*db, stderr) // says what opening repaired, if anything
	if err != nil {
		fmt.Fprintln(stderr, "conflictmap serve:", err)
		return 1
	}
	defer st.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if *seed {
		n, err := layers.SeedIfEmpty(ctx, st, x, data.FS, "articles")
		if err != nil {
			fmt.Fprintln(stderr, "conflictmap serve:", err)
			return 1
		}
		if n > 0 {
			logger.Info("ingested the sample articles", "articles", n)
		}
	}
	cfg.Labels = web.BasemapLabelsHandler(x.Parser().Gazetteer())
	srv := web.New(cfg, st, x, logger)
	fmt.Fprintf(stdout, "conflictmap: the map is on http://%s/ — OGC API – Features at http://%s/api\n", *addr, *addr)
	if err := srv.ListenAndServe(ctx); err != nil {
		fmt.Fprintln(stderr, "conflictmap serve:", err)
		return 1
	}
	return 0
}
