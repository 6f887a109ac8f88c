package layers_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"conflictmap/layers"
)

// Hostile article shapes (issue 10 item 17): deeply nested HTML, one endless sentence, one
// sentence that is nothing but places.
func nestedDivs(n int) []byte {
	return []byte("<html><body>" + strings.Repeat("<div>", n) + "Russia deployed troops to Lachin." + strings.Repeat("</div>", n) + "</body></html>")
}

func endlessSentence(size int, words ...string) []byte {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(words[i%len(words)])
		b.WriteByte(' ')
	}
	return []byte(b.String())
}

var sentenceWords = []string{"Russia", "deployed", "troops", "to", "Lachin", "and", "clashes", "near", "Shusha", "killed", "12", "soldiers", "in", "Baku", "on", "November", "10"}

func hostileShapes() []struct {
	name, mt string
	body     []byte
} {
	return []struct {
		name, mt string
		body     []byte
	}{
		{"nested-div-110KB", "text/html", nestedDivs(110 << 10 / 11)},
		{"sentence-200KB", "text/plain", endlessSentence(200<<10, sentenceWords...)},
		{"places-200KB", "text/plain", endlessSentence(200<<10, "Shusha,", "Lachin,", "Aghdam", "and", "Baku", "clashes")},
	}
}

// TestHostileShapesTime logs how long each hostile shape takes (a figure, not an assertion).
func TestHostileShapesTime(t *testing.T) {
	p := extractPipeline(t)
	for _, tc := range hostileShapes() {
		start := time.Now()
		res, err := p.Extract(tc.name, tc.body, tc.mt)
		n := 0
		if res != nil {
			n = len(res.Events)
		}
		t.Logf("%s: %v, %d events (err %v)", tc.name, time.Since(start), n, err)
		if err != nil || n == 0 {
			t.Errorf("%s: %d events, err %v; want the deployment to Lachin", tc.name, n, err)
		}
	}
}

// TestDeepHTMLReadFlat: a page nested too deeply for go-readability is still read, title and
// paragraphs kept, scripts dropped.
func TestDeepHTMLReadFlat(t *testing.T) {
	page := "<html><head><title>Deep page</title><script>var x = 1;</script></head><body>" +
		strings.Repeat("<div>", 300) + "<p>Russia deployed troops to Lachin.</p><p>Clashes near Tovuz.</p>" +
		strings.Repeat("</div>", 300) + "</body></html>"
	a, err := layers.Read("deep.html", []byte(page), layers.MediaHTML)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Deep page" || a.Raw != "Russia deployed troops to Lachin.\n\nClashes near Tovuz." {
		t.Errorf("Read = title %q, text %q", a.Title, a.Raw)
	}
}

// TestExtractContextCancelled: a cancelled context stops the extraction with its error; a live
// one gives the same result as ExtractWith.
func TestExtractContextCancelled(t *testing.T) {
	p := extractPipeline(t)
	body := []byte("Russia deployed 1,960 peacekeepers to Lachin on November 10.")
	ctx, cancel := context.WithCancel(context.Background())
	res, err := p.ExtractContext(ctx, "a.txt", body, "", "2020-11-12")
	if err != nil || len(res.Events) != 1 {
		t.Fatalf("live context: %v, %v", res, err)
	}
	cancel()
	if res, err := p.ExtractContext(ctx, "a.txt", body, "", "2020-11-12"); !errors.Is(err, context.Canceled) || res != nil {
		t.Errorf("cancelled context: %v, %v; want context.Canceled", res, err)
	}
}
