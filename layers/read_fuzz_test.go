package layers_test

import (
	"errors"
	"strings"
	"testing"

	"conflictmap/layers"
)

var fuzzMediaTypes = []string{"", layers.MediaText, layers.MediaMarkdown, layers.MediaHTML, layers.MediaJSON,
	"application/xhtml+xml", "text/html; charset=utf-8", "application/octet-stream"}

// FuzzRead reads arbitrary bytes as any media type: no panic; on success the body lies inside Raw
// and the article has an id; on failure the error is one of Read's.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"",
		"Baku said.",
		frontMatterArticle,
		"---\n",
		"---\n---\n",
		"---\r\ntitle: x\r\n---",
		"\ufeff---\ntitle: x\n---\nbody",
		"---\ntitle: \"\n---\nbody",
		"<html><body><p>Talks in Tbilisi.</p><script>x</script></body></html>",
		"<!DOCTYPE html><p>",
		"<p><p><p><div></div></p>",
		`{"text":"Baku said.","title":"t","published":"2021-01"}`,
		`{"text":""}`,
		`{`,
		"\x00\x01\x02",
		"\xff\xfe",
		"# Heading\n\n**Shusha** [x](http://e) ![img](a.png) _a_ > quote",
		strings.Repeat("<div>", 300) + "Troops in Lachin." + strings.Repeat("</div>", 300), // too deep: read flat
		"<title>t</title>" + strings.Repeat("<div><span>", 200) + "<script>x" + strings.Repeat("</span>", 90),
	} {
		for k := range fuzzMediaTypes {
			f.Add([]byte(s), uint8(k))
		}
	}
	known := []error{layers.ErrEmpty, layers.ErrTooLarge, layers.ErrNotText, layers.ErrFrontMatter, layers.ErrJSON}
	f.Fuzz(func(t *testing.T, content []byte, kind uint8) {
		mt := fuzzMediaTypes[int(kind)%len(fuzzMediaTypes)]
		a, err := layers.Read("fuzz", content, mt)
		if err != nil {
			for _, k := range known {
				if errors.Is(err, k) {
					return
				}
			}
			if mt == layers.MediaHTML || mt == "text/html; charset=utf-8" || mt == "application/xhtml+xml" {
				return // an HTML parse error
			}
			t.Fatalf("Read(%q) error %v is none of Read's errors", mt, err)
		}
		checkArticle(t, a)
		switch a.MediaType {
		case layers.MediaHTML, "application/xhtml+xml", layers.MediaJSON:
		default: // read as text: Raw is the content as read
			if a.Raw != string(content) {
				t.Errorf("%s article: Raw differs from content", a.MediaType)
			}
		}
	})
}
