package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"syscall"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

// Problem is an RFC 9457 problem document; handlers return one (or any error, which becomes a
// 500) and Server.handle writes it as application/problem+json.
type Problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail,omitempty"`
	Instance string `json:"instance,omitempty"`
}

func (p *Problem) Error() string { return fmt.Sprintf("%d %s: %s", p.Status, p.Title, p.Detail) }

// Problem types: one URN per kind of problem.
const (
	typeInvalidParameter = "urn:conflictmap:problem:invalid-parameter"
	typeNotFound         = "urn:conflictmap:problem:not-found"
	typeMethod           = "urn:conflictmap:problem:method-not-allowed"
	typeUnauthorized     = "urn:conflictmap:problem:unauthorized"
	typeForbidden        = "urn:conflictmap:problem:forbidden"
	typeTooLarge         = "urn:conflictmap:problem:too-large"
	typeMediaType        = "urn:conflictmap:problem:unsupported-media-type"
	typeEncoding         = "urn:conflictmap:problem:not-utf8"
	typeUnprocessable    = "urn:conflictmap:problem:unprocessable-article"
	typeNotAcceptable    = "urn:conflictmap:problem:not-acceptable"
	typeTimeout          = "urn:conflictmap:problem:timeout"
	typeBusy             = "urn:conflictmap:problem:busy"
	typeDiskFull         = "urn:conflictmap:problem:disk-full"
	typeUnavailable      = "urn:conflictmap:problem:store-unavailable"
	typeInternal         = "urn:conflictmap:problem:internal"
)

func problem(status int, typ, title, format string, args ...any) *Problem {
	return &Problem{Type: typ, Title: title, Status: status, Detail: fmt.Sprintf(format, args...)}
}

// badParam is the problem of an invalid query parameter.
func badParam(name, format string, args ...any) *Problem {
	return problem(http.StatusBadRequest, typeInvalidParameter, "Invalid parameter "+name, format, args...)
}

func notFound(format string, args ...any) *Problem {
	return problem(http.StatusNotFound, typeNotFound, "Not found", format, args...)
}

// toProblem turns any error into a problem: store errors keep their meaning, the rest is a 500.
func toProblem(err error) *Problem {
	var p *Problem
	switch {
	case errors.As(err, &p):
		return p
	case errors.Is(err, layers.ErrNotFound):
		return notFound("%v", err)
	case errors.Is(err, layers.ErrUnknownLayer):
		return notFound("%v", err)
	case errors.Is(err, layers.ErrUnknownProperty):
		return problem(http.StatusBadRequest, typeInvalidParameter, "Unknown property", "%v", err)
	case errors.Is(err, layers.ErrBadFilter):
		return problem(http.StatusBadRequest, typeInvalidParameter, "Bad filter", "%v", err)
	case errors.Is(err, store.ErrUnavailable):
		return problem(http.StatusServiceUnavailable, typeUnavailable, "Store unavailable",
			"the server cannot reach its database just now; retry in a moment")
	case errors.Is(err, syscall.ENOSPC):
		return problem(http.StatusInsufficientStorage, typeDiskFull, "Disk full",
			"the server's disk is full, so nothing was written; free space on it and retry")
	case errors.Is(err, context.DeadlineExceeded):
		return problem(http.StatusServiceUnavailable, typeTimeout, "Request timed out", "the request took longer than the server allows")
	case errors.Is(err, context.Canceled):
		return problem(499, typeTimeout, "Request cancelled", "the client went away")
	}
	return problem(http.StatusInternalServerError, typeInternal, "Internal server error", "the server failed; see its log")
}

// writeProblem writes p as application/problem+json.
func writeProblem(w http.ResponseWriter, r *http.Request, p *Problem) {
	if p.Instance == "" && r != nil {
		p.Instance = r.URL.RequestURI()
	}
	h := w.Header()
	h.Set("Content-Type", "application/problem+json")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Del("Content-Disposition")
	if p.Type == typeUnavailable {
		h.Set("Retry-After", "5")
	}
	w.WriteHeader(p.Status)
	_ = json.NewEncoder(w).Encode(p)
}
