package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"conflictmap/data"
	"conflictmap/layers"
	"conflictmap/layers/store"
	"conflictmap/web"
)

// serveOptions are serve's flags.
type serveOptions struct {
	addr, db, store, token, tokenFrom, baseURL string
	seed, jsonLogs, logRequests, leanPrefill   bool
	mapBudgetMiB, tileCacheMiB                 int
}

func parseServe(args []string, stderr io.Writer) (serveOptions, int, bool) {
	fs := newFlags("serve", `Usage: conflictmap serve [--addr HOST:PORT] [--db FILE | --store postgres://…] [--token TOKEN] [--base-url URL] [--log-requests]

Serves the web map at / and OGC API – Features under /api. On first start with an empty
database it ingests the sample articles, so the map has something on it. The write token is
kept in FILE.token and reused on restart ('conflictmap token' prints it); --token or
CONFLICTMAP_TOKEN overrides it; with --db :memory: a new one is made and printed.
--store postgres://user@host/db keeps the data in PostgreSQL with PostGIS instead (schema
created at start); several servers may share one database, each seeing every write at once:
give them the same --token.
Environment: CONFLICTMAP_ADDR, CONFLICTMAP_DB, CONFLICTMAP_STORE, CONFLICTMAP_TOKEN,
CONFLICTMAP_BASE_URL, CONFLICTMAP_STATEMENT_TIMEOUT (PostgreSQL, default 30s),
CONFLICTMAP_MAP_BUDGET (--map-budget), CONFLICTMAP_TILE_CACHE (--tile-cache),
CONFLICTMAP_LEAN_PREFILL (--lean-prefill).

`, stderr)
	var o serveOptions
	fs.StringVar(&o.addr, "addr", envOr("CONFLICTMAP_ADDR", "127.0.0.1:8080"), "address to listen on")
	fs.StringVar(&o.db, "db", envOr("CONFLICTMAP_DB", "conflictmap.db"), "database file (\":memory:\" for none)")
	fs.StringVar(&o.store, "store", envOr("CONFLICTMAP_STORE", ""), storeUsage)
	fs.StringVar(&o.token, "token", envOr("CONFLICTMAP_TOKEN", ""), "bearer token for writes (POST/DELETE /api/articles) instead of the one in FILE.token")
	fs.StringVar(&o.baseURL, "base-url", envOr("CONFLICTMAP_BASE_URL", ""), "the public URL the API's links start with (behind a proxy: https://maps.example.org/cm), instead of the request's Host")
	fs.BoolVar(&o.seed, "seed", true, "ingest the sample articles on the database's first start (once: a database emptied later stays empty)")
	fs.BoolVar(&o.jsonLogs, "json-logs", false, "log as JSON lines instead of text")
	fs.BoolVar(&o.logRequests, "log-requests", false, "log one line per request")
	budget, budgetErr := envInt("CONFLICTMAP_MAP_BUDGET", 0)
	fs.IntVar(&o.mapBudgetMiB, "map-budget", budget, "MiB of the buntdb file's pages the server may keep mapped before it lets them all go (they stay in the system's page cache; it costs speed while they fault back in); 0: no limit")
	tileCache, tileErr := envInt("CONFLICTMAP_TILE_CACHE", 64)
	fs.IntVar(&o.tileCacheMiB, "tile-cache", tileCache, "MiB of encoded vector tiles kept in memory (a write to the store empties it); 0: none, every tile request renders its tile")
	prefill, prefillErr := envBool("CONFLICTMAP_LEAN_PREFILL", false)
	fs.BoolVar(&o.leanPrefill, "lean-prefill", prefill,
		"buntdb: build every area's lean list forms in memory after start (about 750 bytes per event; the map's and profile=lean pages then never read the file); off: each area's when first asked for")
	if code, ok := parseFlags(fs, args); !ok {
		return o, code, false
	}
	if err := errors.Join(budgetErr, tileErr, prefillErr); err != nil {
		fmt.Fprintln(stderr, "conflictmap serve:", err)
		return o, 2, false
	}
	if o.tileCacheMiB < 0 {
		fmt.Fprintf(stderr, "conflictmap serve: --tile-cache %d: want MiB, or 0 for none\n", o.tileCacheMiB)
		return o, 2, false
	}
	if o.mapBudgetMiB < 0 {
		fmt.Fprintf(stderr, "conflictmap serve: --map-budget %d: want MiB, or 0 for no limit\n", o.mapBudgetMiB)
		return o, 2, false
	}
	if o.token != "" {
		o.tokenFrom = "CONFLICTMAP_TOKEN"
		fs.Visit(func(f *flag.Flag) {
			if f.Name == "token" {
				o.tokenFrom = "--token"
			}
		})
	}
	return o, 0, true
}

func runServe(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, args, stdout, stderr)
}

// serve binds the port first (a busy port is the first and only line printed), then loads the
// pipeline and the store, and prints the address and the token only once all is ready.
func serve(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	o, code, ok := parseServe(args, stderr)
	if !ok {
		return code
	}
	cfg := webConfigOf(o)
	if err := cfg.Validate(); err != nil {
		fmt.Fprintln(stderr, "conflictmap serve:", err)
		return 2
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		fmt.Fprintln(stderr, listenError(o.addr, err))
		return 1
	}
	defer ln.Close()
	logger := newLogger(stderr, o.jsonLogs)
	x, st, err := openServeData(ctx, o, logger, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "conflictmap serve:", err)
		return 1
	}
	defer st.Close()
	// Opening a large store leaves as much garbage as it keeps (the log's copies, the index
	// build): give it back to the system now rather than serving with it resident.
	debug.FreeOSMemory()
	tokenLine, err := serveToken(&cfg, o)
	if err != nil {
		fmt.Fprintln(stderr, "conflictmap serve:", err)
		return 1
	}
	cfg.Labels = x.labelsHandler()
	srv := web.New(cfg, st, x, logger)
	site := siteURL(o.baseURL, ln.Addr())
	fmt.Fprintf(stdout, "conflictmap: the map is on %s/ — OGC API – Features at %s/api\n", site, site)
	fmt.Fprintln(stdout, tokenLine)
	if err := srv.Serve(ctx, ln); err != nil {
		fmt.Fprintln(stderr, "conflictmap serve:", err)
		return 1
	}
	return 0
}

func webConfigOf(o serveOptions) web.Config {
	tiles := int64(o.tileCacheMiB) << 20
	if tiles == 0 {
		tiles = -1 // web.Config: no cache
	}
	return web.Config{Addr: o.addr, DBPath: o.db, Token: o.token, BaseURL: o.baseURL, LogRequests: o.logRequests,
		TileCacheBytes: tiles}
}

// listenError is the one line a failed listen prints.
func listenError(addr string, err error) string {
	if errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Sprintf("conflictmap: %s is in use (is another conflictmap serve running?): stop it, or choose another port with --addr", addr)
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Err != nil {
		err = op.Err
	}
	return fmt.Sprintf("conflictmap: cannot listen on %s: %v", addr, err)
}

func newLogger(w io.Writer, jsonLogs bool) *slog.Logger {
	if jsonLogs {
		return slog.New(slog.NewJSONHandler(w, nil))
	}
	return slog.New(slog.NewTextHandler(w, nil))
}

// serveStoreConfig is the store serve opens.
func serveStoreConfig(o serveOptions, stderr io.Writer) storeConfig {
	return storeConfig{Path: o.db, Store: o.store, Stderr: stderr, MapBudget: int64(o.mapBudgetMiB) << 20, LeanPrefill: o.leanPrefill}
}

// openServeData opens the store and, if asked, seeds it; the pipeline it returns loads at
// the first article read (the seeding's, if any).
func openServeData(ctx context.Context, o serveOptions, logger *slog.Logger, stderr io.Writer) (*lazyPipeline, store.Store, error) {
	st, err := openStore(ctx, serveStoreConfig(o, stderr)) // says what opening repaired, if anything
	if err != nil {
		return nil, nil, err
	}
	lp := &lazyPipeline{}
	if o.seed && !st.Seeded() {
		x, err := lp.get()
		if err != nil {
			st.Close()
			return nil, nil, err
		}
		n, err := layers.SeedIfEmpty(ctx, st, x, data.FS, "articles")
		if err != nil {
			st.Close()
			return nil, nil, err
		}
		if n > 0 {
			logger.Info("ingested the sample articles", "articles", n)
		}
	}
	return lp, st, nil
}

// serveToken sets cfg's token: --token or CONFLICTMAP_TOKEN, else the database's token file
// (read again at every write, so that a rotation takes effect at once), else, in memory, a new
// one. It returns the line that tells the user.
func serveToken(cfg *web.Config, o serveOptions) (string, error) {
	if o.tokenFrom != "" {
		return "conflictmap: write token: the one given in " + o.tokenFrom, nil
	}
	path := tokenFileFor(o.db)
	if path == "" {
		cfg.Token = newToken()
		return fmt.Sprintf("conflictmap: write token (shown once; a database in memory keeps none): %s", cfg.Token), nil
	}
	tok, created, err := ensureTokenFile(path)
	if err != nil {
		return "", fmt.Errorf("write token: %w", err)
	}
	cfg.TokenSource = func() (string, error) { return readTokenFile(path) }
	if created {
		return fmt.Sprintf("conflictmap: write token: %s (new; saved in %s and reused on restart)", tok, path), nil
	}
	return fmt.Sprintf("conflictmap: write token: %s (from %s; 'conflictmap token --rotate' replaces it)", tok, path), nil
}

// siteURL is where users reach the server: the base URL when one is configured, else the bound
// address (localhost for an address of every interface).
func siteURL(baseURL string, addr net.Addr) string {
	if baseURL != "" {
		return strings.TrimRight(baseURL, "/")
	}
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return "http://" + addr.String()
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port)
}
