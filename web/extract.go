package web

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"unicode/utf8"

	"conflictmap/layers"
)

// ContextExtractor is an Extractor that stops when its context ends (layers.Pipeline).
type ContextExtractor interface {
	ExtractContext(ctx context.Context, name string, content []byte, mediaType, published string) (*layers.Result, error)
}

// extractRetryAfter is the Retry-After, in seconds, of a 503 when every extraction slot is busy.
const extractRetryAfter = 5

// extract runs the extractor in one of the server's MaxExtractions slots: past the bound it
// answers 503 with Retry-After at once. It returns when the extraction ends or ctx does (the
// client went away, the request timed out); the extraction is told to stop (ExtractContext)
// and keeps its slot until it has, so that no more than MaxExtractions ever burn CPU.
func (s *Server) extract(ctx context.Context, w http.ResponseWriter, name string, body []byte, mt string) (*layers.Result, error) {
	select {
	case s.slots <- struct{}{}:
	default:
		w.Header().Set("Retry-After", strconv.Itoa(extractRetryAfter))
		return nil, problem(http.StatusServiceUnavailable, typeBusy, "Too many articles being read",
			"the server is reading %d articles already; retry in %d s", cap(s.slots), extractRetryAfter)
	}
	type outcome struct {
		res *layers.Result
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		defer func() { <-s.slots }()
		defer func() {
			if v := recover(); v != nil {
				s.log.Error("extractor panic", "value", fmt.Sprint(v), "name", name)
				done <- outcome{err: fmt.Errorf("web: extractor failed: %v", v)}
			}
		}()
		res, err := s.runExtractor(ctx, name, body, mt)
		done <- outcome{res, err}
	}()
	select {
	case o := <-done:
		return o.res, o.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (s *Server) runExtractor(ctx context.Context, name string, body []byte, mt string) (*layers.Result, error) {
	if cx, ok := s.ex.(ContextExtractor); ok {
		return cx.ExtractContext(ctx, name, body, mt, "")
	}
	return s.ex.Extract(name, body, mt)
}

// maxTitleRunes bounds an ingested article's title (its body is bounded by MaxBodyBytes).
const maxTitleRunes = 500

// checkTitle refuses an article whose title is longer than maxTitleRunes characters.
func checkTitle(res *layers.Result) error {
	if n := utf8.RuneCountInString(res.Article.Title); n > maxTitleRunes {
		return problem(http.StatusBadRequest, typeInvalidParameter, "Title too long",
			"the article's title has %d characters; at most %d are accepted", n, maxTitleRunes)
	}
	return nil
}
