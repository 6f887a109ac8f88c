// Package web serves the layers over OGC API – Features under /api (JSON, GeoJSON, HTML,
// OpenAPI 3.0, queryables, CQL2 filters), downloads as GeoJSON, CSV and KML, article ingest,
// health checks, and mounts the web map at /.
package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

// Config configures a Server. Zero fields take the documented defaults (see Defaults).
type Config struct {
	// Addr is where ListenAndServe listens. Default "127.0.0.1:8080".
	Addr string
	// DBPath is the store's file (used by the command that opens the store; the server itself
	// only reports it). Default "conflictmap.db".
	DBPath string
	// Token is the bearer token writes (POST and DELETE /api/articles) need. Empty disables
	// writes: they answer 403 (unless TokenSource is set).
	Token string
	// TokenSource, if set, gives the token on every write request instead of Token, so that a
	// token rotated while the server runs (conflictmap token --rotate rewrites the token file)
	// is the only one accepted at once. An error answers 503 and is logged.
	TokenSource func() (string, error)
	// BaseURL, if set (scheme, host and an optional path prefix: "https://maps.example.org/cm"),
	// starts every link the API writes instead of the scheme and Host of the request, which a
	// client or a proxy may set to anything.
	BaseURL string
	// LogRequests logs one line per request; off by default (errors are logged anyway).
	LogRequests bool
	// MaxBodyBytes bounds an ingested article's body. Default 10 MiB.
	MaxBodyBytes int64
	// MaxExtractions bounds how many articles POST /api/articles reads at once; past it the
	// answer is 503 with Retry-After. Default GOMAXPROCS.
	MaxExtractions int
	// ReadTimeout, WriteTimeout and IdleTimeout are the http.Server's. Defaults 30 s, 10 min
	// (downloads stream for long) and 2 min; ReadHeaderTimeout is 10 s.
	ReadTimeout, WriteTimeout, IdleTimeout, ReadHeaderTimeout time.Duration
	// RequestTimeout bounds a request's context, downloads excepted. Default 30 s.
	RequestTimeout time.Duration
	// DownloadTimeout bounds a download's context. Default 10 min.
	DownloadTimeout time.Duration
	// DefaultLimit and MaxLimit are the items page size when none is asked for and the
	// largest one served: a larger limit is clamped to MaxLimit (OGC API – Features
	// /req/core/fc-limit-response-1 allows it). Defaults 100 and 10,000.
	DefaultLimit, MaxLimit int
	// CountLimit is how many matches a page request counts for numberMatched before giving up
	// (numberMatched is then left out, as OGC API – Features allows, and a next link is given
	// while pages are full). Counting costs about 0.3 µs a match. Default 10,000.
	CountLimit int
	// ShutdownTimeout is how long ListenAndServe waits for requests in flight when its context
	// ends. Default 15 s.
	ShutdownTimeout time.Duration
	// TileCacheBytes bounds the encoded vector tiles kept in memory (tileCache). Default 64 MiB;
	// negative: no cache, every tile request renders its tile.
	TileCacheBytes int64
	// Labels, if set, is served at GET /api/basemap/labels (BasemapLabelsHandler).
	Labels http.Handler
	// App, if set, replaces AppHandler() at / (tests).
	App http.Handler
}

// Defaults returns the configuration with every zero field set to its default.
func (c Config) Defaults() Config {
	set := func(d *time.Duration, v time.Duration) {
		if *d == 0 {
			*d = v
		}
	}
	if c.Addr == "" {
		c.Addr = "127.0.0.1:8080"
	}
	if c.DBPath == "" {
		c.DBPath = "conflictmap.db"
	}
	if c.MaxBodyBytes == 0 {
		c.MaxBodyBytes = 10 << 20
	}
	if c.MaxExtractions <= 0 {
		c.MaxExtractions = runtime.GOMAXPROCS(0)
	}
	set(&c.ReadTimeout, 30*time.Second)
	set(&c.WriteTimeout, 10*time.Minute)
	set(&c.IdleTimeout, 2*time.Minute)
	set(&c.ReadHeaderTimeout, 10*time.Second)
	set(&c.RequestTimeout, 30*time.Second)
	set(&c.DownloadTimeout, 10*time.Minute)
	set(&c.ShutdownTimeout, 15*time.Second)
	if c.DefaultLimit == 0 {
		c.DefaultLimit = 100
	}
	if c.MaxLimit == 0 {
		c.MaxLimit = 10000
	}
	if c.CountLimit == 0 {
		c.CountLimit = 10000
	}
	if c.TileCacheBytes == 0 {
		c.TileCacheBytes = 64 << 20
	}
	return c
}

// Validate reports whether the configuration (after Defaults) can be used.
func (c Config) Validate() error {
	c = c.Defaults()
	switch {
	case c.MaxBodyBytes < 0:
		return fmt.Errorf("web: config: MaxBodyBytes %d < 0", c.MaxBodyBytes)
	case c.DefaultLimit < 1 || c.MaxLimit < c.DefaultLimit:
		return fmt.Errorf("web: config: need 1 <= DefaultLimit (%d) <= MaxLimit (%d)", c.DefaultLimit, c.MaxLimit)
	case c.ReadTimeout < 0 || c.WriteTimeout < 0 || c.IdleTimeout < 0 || c.RequestTimeout < 0 || c.DownloadTimeout < 0:
		return errors.New("web: config: negative timeout")
	case c.Token != "" && len(c.Token) < 8:
		return errors.New("web: config: Token shorter than 8 characters")
	}
	if err := checkBaseURL(c.BaseURL); err != nil {
		return err
	}
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return fmt.Errorf("web: config: Addr %q: %w", c.Addr, err)
	}
	return nil
}

// Extractor turns an article's bytes into its mentions and events (layers.Pipeline).
type Extractor interface {
	Extract(name string, content []byte, mediaType string) (*layers.Result, error)
}

// Server is the HTTP server of the API and the map.
type Server struct {
	cfg   Config
	store store.Store
	ex    Extractor
	log   *slog.Logger
	slots chan struct{} // one token per extraction running (Config.MaxExtractions)

	tiles *tileCache // nil: Config.TileCacheBytes < 0

	closing   chan struct{} // closed when the server shuts down: ends the event streams
	closeOnce sync.Once
}

// New returns a server; cfg is completed with Defaults (call cfg.Validate first to check it).
// A nil logger discards logs; a nil extractor makes POST /api/articles answer 503.
func New(cfg Config, st store.Store, ex Extractor, logger *slog.Logger) *Server {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	cfg = cfg.Defaults()
	return &Server{cfg: cfg, store: st, ex: ex, log: logger, slots: make(chan struct{}, cfg.MaxExtractions),
		closing: make(chan struct{}), tiles: newTileCache(cfg.TileCacheBytes)}
}

// Config returns the server's configuration, defaults applied.
func (s *Server) Config() Config { return s.cfg }

// handlerFunc is a handler that returns its error; Server.handle writes it as a problem.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// handle adapts a handlerFunc: an error becomes an application/problem+json response or, when
// the response has already started (a download cut midway), an aborted connection
// (abortStarted), so that the client sees an error rather than a short file.
func (s *Server) handle(h handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ww, ok := w.(middleware.WrapResponseWriter)
		if !ok {
			ww = middleware.NewWrapResponseWriter(w, r.ProtoMajor)
		}
		err := h(ww, r)
		if err == nil {
			return
		}
		p := toProblem(err)
		if p.Status >= 500 {
			s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err,
				"request_id", middleware.GetReqID(r.Context()))
		}
		abortStarted(ww, s.log, r, err)
		writeProblem(ww, r, p)
	}
}

// Routes returns the server's handler: /healthz, /api and the map at /.
func (s *Server) Routes() http.Handler {
	r := chi.NewRouter()
	root := r
	r.Use(headAsGet)
	r.Use(middleware.RequestID, s.logRequests, s.recoverer, cors)
	r.Use(s.withBaseURL)
	r.NotFound(s.handle(func(w http.ResponseWriter, r *http.Request) error {
		return notFound("no resource at %s", r.URL.Path)
	}))
	r.MethodNotAllowed(s.methodNotAllowed(root))
	r.Get("/healthz", s.handle(s.healthz))
	r.Route("/api", func(r chi.Router) {
		r.Use(s.checkQuery)
		r.NotFound(s.handle(func(w http.ResponseWriter, r *http.Request) error {
			return notFound("no resource at %s", r.URL.Path)
		}))
		r.MethodNotAllowed(s.methodNotAllowed(root))
		r.Group(func(r chi.Router) {
			r.Use(s.timeout(s.cfg.RequestTimeout))
			r.Get("/", s.handle(s.landing))
			r.Get("/openapi", s.handle(s.openapi))
			r.Get("/docs", s.handle(s.docs))
			r.Get("/conformance", s.handle(s.conformance))
			r.Get("/collections", s.handle(s.collections))
			r.Get("/collections/{id}", s.handle(s.collection))
			r.Get("/collections/{id}/queryables", s.handle(s.queryables))
			r.Get("/collections/{id}/schema", s.handle(s.schema))
			r.Get("/collections/{id}/items/{featureId}", s.handle(s.item))
			r.Get("/collections/{id}/tiles", s.handle(s.tilesets))
			r.Get("/collections/{id}/tiles/{tms}", s.handle(s.tileset))
			r.Get("/collections/{id}/tiles/{tms}/{tileMatrix}/{tileRow}/{tileCol}", s.handle(s.tile))
			r.Get("/tileMatrixSets", s.handle(s.tileMatrixSets))
			r.Get("/tileMatrixSets/{tms}", s.handle(s.tileMatrixSet))
			r.Get("/articles", s.handle(s.listArticles))
			r.Get("/articles/{id}", s.handle(s.getArticle))
			r.With(s.auth).Post("/articles", s.handle(s.postArticle))
			r.With(s.auth).Delete("/articles/{id}", s.handle(s.deleteArticle))
			if s.cfg.Labels != nil {
				r.Method(http.MethodGet, "/basemap/labels", s.cfg.Labels)
			}
		})
		r.Get("/changes", s.handle(s.changes)) // a stream: under no timeout
		r.Group(func(r chi.Router) {
			r.Use(s.timeout(s.cfg.DownloadTimeout))
			r.Get("/collections/{id}/items", s.handle(s.items))
			r.Get("/collections/{id}/download", s.handle(s.download))
		})
	})
	app := s.cfg.App
	if app == nil {
		app = AppHandler()
	}
	r.Mount("/", app)
	return r
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) error {
	if _, err := s.store.Extent(r.Context(), "events"); err != nil {
		return problem(http.StatusServiceUnavailable, typeInternal, "Unhealthy", "store: %v", err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_, err := w.Write([]byte(`{"status":"ok"}` + "\n"))
	return err
}

// ListenAndServe serves Routes on cfg.Addr until ctx ends, then shuts down gracefully, waiting
// up to ShutdownTimeout for requests in flight.
func (s *Server) ListenAndServe(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("web: listen: %w", err)
	}
	return s.Serve(ctx, ln)
}

// Serve is ListenAndServe on a listener already open (tests listen on 127.0.0.1:0).
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.Routes(),
		ReadTimeout:       s.cfg.ReadTimeout,
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	srv.RegisterOnShutdown(s.closeStreams)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	s.log.Info("listening", "addr", ln.Addr().String())
	select {
	case err := <-errc:
		return fmt.Errorf("web: serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("web: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("web: serve: %w", err)
	}
	return nil
}

// ---- middleware ---------------------------------------------------------------------------

// logRequests wraps every response writer (Server.handle reads from it whether a response has
// started) and, with Config.LogRequests, logs one line per request.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
		start := time.Now()
		next.ServeHTTP(ww, r)
		if !s.cfg.LogRequests {
			return
		}
		status := ww.Status()
		if status == 0 {
			status = http.StatusOK
		}
		level := slog.LevelInfo
		if status >= 500 {
			level = slog.LevelError
		}
		s.log.LogAttrs(r.Context(), level, "request",
			slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.String("query", r.URL.RawQuery), slog.Int("status", status),
			slog.Int("bytes", ww.BytesWritten()), slog.Duration("duration", time.Since(start)),
			slog.String("remote", r.RemoteAddr), slog.String("request_id", middleware.GetReqID(r.Context())))
	})
}

// recoverer turns a panic into a logged 500 problem.
func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "value", fmt.Sprint(v), "path", r.URL.Path, "stack", string(debug.Stack()),
					"request_id", middleware.GetReqID(r.Context()))
				if ww, ok := w.(middleware.WrapResponseWriter); ok {
					abortStarted(ww, s.log, r, fmt.Errorf("panic: %v", v))
				}
				writeProblem(w, r, problem(http.StatusInternalServerError, typeInternal, "Internal server error", "the server failed; see its log"))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// cors lets any origin read (GET, HEAD) the API; writes need a token anyway.
func cors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", "*")
		h.Set("Access-Control-Expose-Headers", "Content-Disposition, Link")
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			h.Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
			h.Set("Access-Control-Allow-Headers", "Accept, Content-Type")
			h.Set("Access-Control-Max-Age", "86400")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) timeout(d time.Duration) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx, cancel := context.WithTimeout(r.Context(), d)
			defer cancel()
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// auth lets through requests bearing the write token (compared in constant time). The scheme
// is case-insensitive (RFC 9110 §11.1). A request with no bearer token and one whose token is
// wrong get different 401s, so that a client can tell "log in" from "your token was rotated".
func (s *Server) auth(next http.Handler) http.Handler {
	return s.handle(func(w http.ResponseWriter, r *http.Request) error {
		want, err := s.writeToken()
		if err != nil {
			return err
		}
		got, ok := bearerToken(r.Header.Get("Authorization"))
		switch {
		case !ok:
			w.Header().Set("WWW-Authenticate", `Bearer realm="conflictmap"`)
			return problem(http.StatusUnauthorized, typeUnauthorized, "Unauthorized", "writes need Authorization: Bearer <token>")
		case !tokenEqual(got, want):
			w.Header().Set("WWW-Authenticate", `Bearer realm="conflictmap", error="invalid_token"`)
			return problem(http.StatusUnauthorized, typeUnauthorized, "Unauthorized", "this token is not accepted")
		}
		next.ServeHTTP(w, r)
		return nil
	})
}
