package web

import (
	"log/slog"
	"net/http"

	"github.com/go-chi/chi/v5/middleware"
)

// abortStarted aborts the connection (panic(http.ErrAbortHandler), which net/http turns into
// a reset without a final chunk) if the response has started: its status line and part of
// its body are gone, so a problem can no longer be sent, and ending it cleanly would pass a
// truncated download off as a complete one. It returns if nothing has been sent yet.
func abortStarted(ww middleware.WrapResponseWriter, log *slog.Logger, r *http.Request, err error) {
	if ww.Status() == 0 && ww.BytesWritten() == 0 {
		return
	}
	log.Warn("error after the response started: aborting the connection", "path", r.URL.Path, "err", err,
		"bytes", ww.BytesWritten(), "request_id", middleware.GetReqID(r.Context()))
	panic(http.ErrAbortHandler)
}
