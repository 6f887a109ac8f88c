package web

import (
	"encoding/json"
	"testing"
)

// TestAppendLinks: the hand-written encoding gives json.Marshal's bytes, with escapes, empty
// optional members and no links at all.
func TestAppendLinks(t *testing.T) {
	for _, links := range [][]Link{
		nil,
		{{Href: "http://h/a?b=1&c=<2>", Rel: "self", Type: mtGeoJSON, Title: `a "quoted" \ title` + "\u2028\n"}},
		{{Href: "x", Rel: "next"}, {Href: "ü/é", Rel: "alternate", Title: "Karabağ"}, {Href: "\x01", Rel: "r", Type: "t"}},
	} {
		want, err := json.Marshal(links)
		if err != nil {
			t.Fatal(err)
		}
		if links == nil {
			want = []byte("[]") // a nil slice: the handler always has links; [] is what it would write
		}
		if got := appendLinks(nil, links); string(got) != string(want) {
			t.Errorf("appendLinks = %s\n json.Marshal %s", got, want)
		}
	}
}
