package web

import (
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"
)

// routeMethods are the methods a 405's Allow header may list.
var routeMethods = []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut,
	http.MethodPatch, http.MethodDelete}

// allowed lists the methods root routes path to, HEAD wherever GET (headAsGet). A pattern
// ending in "/*" is a mount's, not a route's: chi's Find returns it when a mounted router
// has no route for the method.
func allowed(root chi.Routes, path string) string {
	var out []string
	for _, name := range routeMethods {
		m := name
		if m == http.MethodHead {
			m = http.MethodGet
		}
		if p := root.Find(chi.NewRouteContext(), m, path); p != "" && !strings.HasSuffix(p, "/*") {
			out = append(out, name)
		}
	}
	return strings.Join(out, ", ")
}

// headAsGet routes HEAD requests as GET (net/http drops the body): the server registers no
// HEAD routes of its own. chi's middleware.GetHead would look the route up with Match, which
// answers true for any method under a mount.
func headAsGet(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodHead {
			if rctx := chi.RouteContext(r.Context()); rctx != nil {
				rctx.RouteMethod = http.MethodGet
			}
		}
		next.ServeHTTP(w, r)
	})
}

// methodNotAllowed answers 405 with an Allow header (RFC 9110 §15.5.6) and a problem.
func (s *Server) methodNotAllowed(root chi.Routes) http.HandlerFunc {
	return s.handle(func(w http.ResponseWriter, r *http.Request) error {
		if a := allowed(root, r.URL.Path); a != "" {
			w.Header().Set("Allow", a)
		}
		return problem(http.StatusMethodNotAllowed, typeMethod, "Method not allowed", "%s is not allowed on %s", r.Method, r.URL.Path)
	})
}
