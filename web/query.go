package web

import (
	"net/http"
	"net/url"
	"strings"
)

// maxQueryParams bounds how many parameters a request may carry.
const maxQueryParams = 64

// checkQuery refuses a query string that does not parse whole (a malformed escape such as
// "%zz", a ';') or carries more than maxQueryParams parameters, with a 400 problem: r.URL.Query
// would silently drop the bad parameter, and a dropped bbox or filter returns everything.
func (s *Server) checkQuery(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := r.URL.RawQuery
		if raw == "" {
			next.ServeHTTP(w, r)
			return
		}
		if n := strings.Count(raw, "&") + 1; n > maxQueryParams {
			writeProblem(w, r, problem(http.StatusBadRequest, typeInvalidParameter, "Too many parameters",
				"the query has %d parameters; at most %d are accepted", n, maxQueryParams))
			return
		}
		if _, err := url.ParseQuery(raw); err != nil {
			writeProblem(w, r, problem(http.StatusBadRequest, typeInvalidParameter, "Malformed query string",
				"%v (escape '%%' as %%25)", err))
			return
		}
		next.ServeHTTP(w, r)
	})
}
