package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// writeToken is the token writes need now: TokenSource's, else Token. No token disables writes.
func (s *Server) writeToken() (string, error) {
	want := s.cfg.Token
	if s.cfg.TokenSource != nil {
		t, err := s.cfg.TokenSource()
		if err != nil {
			s.log.Error("cannot read the write token", "err", err)
			return "", problem(http.StatusServiceUnavailable, typeInternal, "Writes unavailable", "the server cannot read its write token; see its log")
		}
		want = t
	}
	if want == "" {
		return "", problem(http.StatusForbidden, typeForbidden, "Writes disabled", "the server has no token configured, so it accepts no writes")
	}
	return want, nil
}

// bearerToken returns the token of an Authorization header value "Bearer TOKEN", the scheme in
// any case; ok is false when there is no header, another scheme, or no token.
func bearerToken(header string) (token string, ok bool) {
	scheme, rest, _ := strings.Cut(strings.TrimSpace(header), " ")
	token = strings.TrimSpace(rest)
	if !strings.EqualFold(scheme, "Bearer") || token == "" {
		return "", false
	}
	return token, true
}

// baseURLKey is the request context key of Config.BaseURL (see baseURL).
type baseURLKey struct{}

// withBaseURL hands Config.BaseURL, when set, to baseURL through the request's context.
func (s *Server) withBaseURL(next http.Handler) http.Handler {
	base := strings.TrimRight(s.cfg.BaseURL, "/")
	if base == "" {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), baseURLKey{}, base)))
	})
}

// checkBaseURL reports whether u can start the API's links: empty, or an absolute http or https
// URL with a host and no query or fragment.
func checkBaseURL(u string) error {
	if u == "" {
		return nil
	}
	p, err := url.Parse(u)
	switch {
	case err != nil:
		return fmt.Errorf("web: config: BaseURL %q: %w", u, err)
	case p.Scheme != "http" && p.Scheme != "https":
		return fmt.Errorf("web: config: BaseURL %q: want an http:// or https:// URL", u)
	case p.Host == "":
		return fmt.Errorf("web: config: BaseURL %q: no host", u)
	case p.RawQuery != "" || p.ForceQuery || strings.Contains(u, "#"):
		return fmt.Errorf("web: config: BaseURL %q: no query or fragment, please", u)
	case p.User != nil:
		return fmt.Errorf("web: config: BaseURL %q: no user name or password, please", u)
	}
	return nil
}
