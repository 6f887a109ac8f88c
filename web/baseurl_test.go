package web

import (
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestBaseURLLinks: with a configured BaseURL every link of the API starts with it, whatever
// Host and X-Forwarded-Proto the request claims; without one, links follow the request.
func TestBaseURLLinks(t *testing.T) {
	st, _ := seeded(t)
	resources := []string{"/api", "/api/collections", "/api/collections/events", "/api/collections/events/items?limit=1",
		"/api/articles"}
	tests := []struct {
		name, base, want string
	}{
		{"configured", "https://maps.example.org/cm", "https://maps.example.org/cm/api"},
		{"configured, trailing slash", "https://maps.example.org/cm/", "https://maps.example.org/cm/api"},
		{"not configured", "", "http://evil.example/api"},
	}
	for _, tt := range tests {
		_, h := testServer(t, st, Config{BaseURL: tt.base})
		for _, res := range resources {
			t.Run(tt.name+" "+res, func(t *testing.T) {
				req := httptest.NewRequest("GET", res, nil)
				req.Host = "evil.example"
				req.Header.Set("X-Forwarded-Proto", "http")
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != 200 {
					t.Fatalf("%d %s", rec.Code, rec.Body)
				}
				var doc struct{ Links []Link }
				if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil || len(doc.Links) == 0 {
					t.Fatalf("no links: %v %s", err, rec.Body)
				}
				for _, l := range doc.Links {
					if rest, ok := strings.CutPrefix(l.Href, tt.want); !ok || (rest != "" && rest[0] != '/' && rest[0] != '?') {
						t.Errorf("%s link %q does not start with %s", l.Rel, l.Href, tt.want)
					}
				}
			})
		}
		t.Run(tt.name+" openapi", func(t *testing.T) {
			req := httptest.NewRequest("GET", "/api/openapi", nil)
			req.Host = "evil.example"
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			var doc struct{ Servers []struct{ URL string } }
			if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil || len(doc.Servers) != 1 || doc.Servers[0].URL != tt.want {
				t.Errorf("servers %+v (%v), want %s", doc.Servers, err, tt.want)
			}
		})
	}
}

func TestBaseURLValidate(t *testing.T) {
	tests := []struct {
		base string
		ok   bool
	}{
		{"", true},
		{"https://maps.example.org", true},
		{"http://127.0.0.1:8080/conflictmap/", true},
		{"maps.example.org", false},
		{"/conflictmap", false},
		{"ftp://maps.example.org", false},
		{"https://", false},
		{"https://maps.example.org/?a=1", false},
		{"https://maps.example.org/?", false},
		{"https://maps.example.org/#top", false},
		{"https://user:pw@maps.example.org", false},
		{"https://maps.example.org/%zz", false},
	}
	for _, tt := range tests {
		t.Run(tt.base, func(t *testing.T) {
			err := Config{BaseURL: tt.base}.Validate()
			if (err == nil) != tt.ok {
				t.Errorf("Validate: %v, want ok=%v", err, tt.ok)
			}
		})
	}
}
