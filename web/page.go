package web

import (
	"bufio"
	"net/http"
	"strconv"
	"sync"
)

// An items page is written in one piece, with its Content-Length, when it fits pageBufSize
// (a limit-100 page of full events is ~115 KB, of lean ones ~75 KB): one write to the
// connection instead of a chunked reply flushed every 32 KiB. A larger page streams, chunked,
// as a download does.

const pageBufSize = 256 << 10

var pageBufs = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, pageBufSize) }}

// sizedWriter is the ResponseWriter under a page's buffer: wrote says the buffer has already
// been flushed to it, so the page's length is not known up front.
type sizedWriter struct {
	w     http.ResponseWriter
	wrote bool
}

func (s *sizedWriter) Write(p []byte) (int, error) {
	s.wrote = true
	return s.w.Write(p)
}

// newPageEncoder is the GeoJSON encoder of an items page (props as newEncoder's).
func newPageEncoder(w http.ResponseWriter, props []string) *geojsonEncoder {
	sw := &sizedWriter{w: w}
	bw := pageBufs.Get().(*bufio.Writer)
	bw.Reset(sw)
	return &geojsonEncoder{w: bw, props: props, sized: sw}
}

// endPage writes out the page's buffer, with its Content-Length when it holds the whole page,
// and returns the buffer to its pool.
func (g *geojsonEncoder) endPage() error {
	if !g.sized.wrote {
		g.sized.w.Header().Set("Content-Length", strconv.Itoa(g.w.Buffered()))
	}
	err := g.w.Flush()
	g.w.Reset(nil)
	pageBufs.Put(g.w)
	return err
}
