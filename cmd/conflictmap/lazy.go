package main

import (
	"context"
	"net/http"
	"runtime/debug"
	"sync"

	"conflictmap/data"
	"conflictmap/geo"
	"conflictmap/layers"
	"conflictmap/web"
)

// lazyPipeline is serve's Extractor: the pipeline, whose gazetteer is most of a server's heap
// (about 90 MB), loads at the first article the server reads rather than at start, so that a
// server that only serves — a PostGIS store keeps nothing in memory — stays small. A failed
// load is tried again at the next article.
type lazyPipeline struct {
	mu sync.Mutex
	x  *layers.Pipeline
}

func (l *lazyPipeline) get() (*layers.Pipeline, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.x == nil {
		x, err := layers.LoadPipeline()
		if err != nil {
			return nil, err
		}
		l.x = x
	}
	return l.x, nil
}

func (l *lazyPipeline) loaded() *layers.Pipeline {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.x
}

func (l *lazyPipeline) Extract(name string, content []byte, mediaType string) (*layers.Result, error) {
	x, err := l.get()
	if err != nil {
		return nil, err
	}
	return x.Extract(name, content, mediaType)
}

func (l *lazyPipeline) ExtractContext(ctx context.Context, name string, content []byte, mediaType, published string) (*layers.Result, error) {
	x, err := l.get()
	if err != nil {
		return nil, err
	}
	return x.ExtractContext(ctx, name, content, mediaType, published)
}

// gazetteer is the loaded pipeline's gazetteer, else one loaded for the caller alone.
func (l *lazyPipeline) gazetteer() (*geo.Gazetteer, error) {
	if x := l.loaded(); x != nil {
		return x.Parser().Gazetteer(), nil
	}
	return geo.Load(data.FS)
}

// labelsHandler serves the basemap labels, computed in the background from now on; a
// gazetteer loaded only for them is then let go and its memory given back to the system.
func (l *lazyPipeline) labelsHandler() http.Handler {
	h := web.BasemapLabelsFrom(l.gazetteer)
	go func() {
		r, err := http.NewRequest(http.MethodHead, "/api/basemap/labels", nil)
		if err != nil {
			return
		}
		h.ServeHTTP(discardWriter{}, r)
		debug.FreeOSMemory()
	}()
	return h
}

// discardWriter is a ResponseWriter that keeps nothing.
type discardWriter struct{}

func (discardWriter) Header() http.Header         { return http.Header{} }
func (discardWriter) Write(b []byte) (int, error) { return len(b), nil }
func (discardWriter) WriteHeader(int)             {}
