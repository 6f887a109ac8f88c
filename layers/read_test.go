package layers_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"conflictmap/layers"
)

var (
	pipelineOnce sync.Once
	pipeline     *layers.Pipeline
	pipelineErr  error
)

// testPipeline loads the embedded gazetteer once per test binary.
func testPipeline(tb testing.TB) *layers.Pipeline {
	tb.Helper()
	pipelineOnce.Do(func() { pipeline, pipelineErr = layers.LoadPipeline() })
	if pipelineErr != nil {
		tb.Fatalf("LoadPipeline: %v", pipelineErr)
	}
	return pipeline
}

// checkArticle asserts what every successfully read article keeps.
func checkArticle(tb testing.TB, a layers.Article) {
	tb.Helper()
	if a.ID == "" {
		tb.Error("empty ID")
	}
	if a.BodyStart < 0 || a.BodyStart > a.BodyEnd || a.BodyEnd > len(a.Raw) {
		tb.Errorf("body [%d,%d) outside Raw of %d bytes", a.BodyStart, a.BodyEnd, len(a.Raw))
	}
	if a.MediaType == "" {
		tb.Error("empty MediaType")
	}
}

const frontMatterArticle = `---
title: "Deminers clear the road to Shusha"
publication: Caucasus Ledger
published: 2022-03-09
url: 'https://ledger.example.com/2022/03/shusha-road'
---
# Deminers clear the road to Shusha

Teams from Azerbaijan’s mine agency cleared the verges of the road between Fizuli and Shusha this week.

**Baku** said the work would finish before the summer, and a convoy reached [Shusha](https://example.com/Shusha) on Friday.
`

func TestReadText(t *testing.T) {
	cases := []struct {
		name        string
		file        string
		content     string
		mediaType   string
		wantType    string
		title       string
		publication string
		published   string
		url         string
		bodyStarts  string // the body starts with this
	}{
		{
			name: "plain text", file: "note.txt",
			content:  "Clashes near the border\n\nShelling was reported overnight near the village.\n",
			wantType: layers.MediaText, title: "Clashes near the border", bodyStarts: "Clashes near",
		},
		{
			name: "plain text without extension", file: "note",
			content:  "A ceasefire was announced on Monday.",
			wantType: layers.MediaText, title: "A ceasefire was announced on Monday.", bodyStarts: "A ceasefire",
		},
		{
			name: "markdown front matter quoted and unquoted", file: "a.md", content: frontMatterArticle,
			wantType: layers.MediaMarkdown, title: "Deminers clear the road to Shusha", publication: "Caucasus Ledger",
			published: "2022-03-09", url: "https://ledger.example.com/2022/03/shusha-road", bodyStarts: "# Deminers",
		},
		{
			name: "markdown front matter with CRLF", file: "crlf.md",
			content:  "---\r\ntitle: Talks resume in Geneva\r\npublished: \"2021-11\"\r\n---\r\nTalks resumed on Tuesday.\r\n",
			wantType: layers.MediaMarkdown, title: "Talks resume in Geneva", published: "2021-11", bodyStarts: "Talks resumed",
		},
		{
			name: "front matter aliases date, source, link", file: "alias.md",
			content:  "---\ntitle: Drills end\nsource: Steppe Wire\ndate: 2020-10-02T08:00:00Z\nlink: https://wire.example.org/drills\n---\nThe drills ended.\n",
			wantType: layers.MediaMarkdown, title: "Drills end", publication: "Steppe Wire", published: "2020-10-02",
			url: "https://wire.example.org/drills", bodyStarts: "The drills",
		},
		{
			name: "no title falls back to first line", file: "untitled.md",
			content:  "---\npublished: 2020\n---\n\n## Peacekeepers arrive\n\nThe first column arrived at dawn.\n",
			wantType: layers.MediaMarkdown, title: "Peacekeepers arrive", published: "2020", bodyStarts: "\n## Peacekeepers",
		},
		{
			name: "explicit media type wins over extension", file: "a.html",
			content:   "Plain words about a meeting in Tbilisi.",
			mediaType: "text/plain; charset=utf-8", wantType: layers.MediaText, title: "Plain words about a meeting in Tbilisi.",
			bodyStarts: "Plain words",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := layers.Read(tc.file, []byte(tc.content), tc.mediaType)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			checkArticle(t, a)
			if a.Raw != tc.content {
				t.Errorf("Raw differs from the content as read")
			}
			if a.MediaType != tc.wantType {
				t.Errorf("MediaType = %q, want %q", a.MediaType, tc.wantType)
			}
			if a.Title != tc.title {
				t.Errorf("Title = %q, want %q", a.Title, tc.title)
			}
			if a.Publication != tc.publication {
				t.Errorf("Publication = %q, want %q", a.Publication, tc.publication)
			}
			if a.Published != tc.published {
				t.Errorf("Published = %q, want %q", a.Published, tc.published)
			}
			if a.URL != tc.url {
				t.Errorf("URL = %q, want %q", a.URL, tc.url)
			}
			if body := a.Raw[a.BodyStart:a.BodyEnd]; !strings.HasPrefix(body, tc.bodyStarts) {
				t.Errorf("body starts %q, want %q", body[:min(len(body), 40)], tc.bodyStarts)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	big := bytes.Repeat([]byte("Baku said. "), layers.MaxArticleBytes/11+2)
	cases := []struct {
		name      string
		file      string
		content   []byte
		mediaType string
		want      error
	}{
		{"empty", "a.txt", nil, "", layers.ErrEmpty},
		{"whitespace only", "a.txt", []byte(" \n\t\r\n "), "", layers.ErrEmpty},
		{"front matter and no body", "a.md", []byte("---\ntitle: Nothing\n---\n\n  \n"), "", layers.ErrEmpty},
		{"front matter never closed", "a.md", []byte("---\ntitle: Broken\npublished: 2021\n\nThe body never starts.\n"), "", layers.ErrFrontMatter},
		{"front matter closed by a longer rule", "a.md", []byte("---\ntitle: Broken\n----\nBody.\n"), "", layers.ErrFrontMatter},
		{"NUL byte", "a.txt", []byte("Baku\x00said"), "", layers.ErrNotText},
		{"binary", "a.bin", []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d}, "", layers.ErrNotText},
		{"Latin-1 text", "a.txt", []byte("Caf\xe9 owners in Gyumri protested."), "", layers.ErrNotText},
		{"UTF-16", "a.txt", []byte{0xff, 0xfe, 'B', 0, 'a', 0, 'k', 0, 'u', 0}, "", layers.ErrNotText},
		{"too large", "a.txt", big, "", layers.ErrTooLarge},
		{"JSON missing text", "a.json", []byte(`{"title":"A title","published":"2021-05-01"}`), "", layers.ErrJSON},
		{"JSON empty text", "a.json", []byte(`{"title":"A title","text":"   "}`), "", layers.ErrJSON},
		{"JSON malformed", "a.json", []byte(`{"title":"A title","text":"Baku said`), "", layers.ErrJSON},
		{"JSON array", "a.json", []byte(`[{"text":"Baku said."}]`), "", layers.ErrJSON},
		{"JSON text of wrong type", "a.json", []byte(`{"text":42}`), "", layers.ErrJSON},
		{"JSON guessed from content", "feed", []byte(`{"headline":"no text field"}`), "", layers.ErrJSON},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := layers.Read(tc.file, tc.content, tc.mediaType)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Read error = %v, want %v (article %+v)", err, tc.want, a)
			}
		})
	}
}

func TestReadHTML(t *testing.T) {
	content, err := os.ReadFile(filepath.Join("testdata", "news-page.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, mt := range []string{"", layers.MediaHTML} {
		t.Run("media type "+mt, func(t *testing.T) {
			a, err := layers.Read("news-page.html", content, mt)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			checkArticle(t, a)
			if a.MediaType != layers.MediaHTML {
				t.Errorf("MediaType = %q", a.MediaType)
			}
			if a.Title != "Engineers reopen mountain road to Kalbajar" {
				t.Errorf("Title = %q", a.Title)
			}
			if a.Publication != "Caucasus Ledger" {
				t.Errorf("Publication = %q", a.Publication)
			}
			if a.Published != "2022-05-14" {
				t.Errorf("Published = %q", a.Published)
			}
			if a.URL != "https://ledger.example.com/2022/05/kalbajar-road" {
				t.Errorf("URL = %q", a.URL)
			}
			for _, want := range []string{
				"Road engineers on Saturday reopened the mountain road that links Kalbajar with the plains below,",
				"through the Murovdag range",
				"survey the fields on either side of the new bridge.",
			} {
				if !strings.Contains(a.Raw, want) {
					t.Errorf("Raw lacks the article text %q", want)
				}
			}
			for _, noise := range []string{
				"caucasus-tracker-script-marker", "inline-script-marker", "Subscribe now", "font-family",
				"Politics navigation marker", "Footer marker text", "<p>", "</",
			} {
				if strings.Contains(a.Raw, noise) {
					t.Errorf("Raw holds page noise %q", noise)
				}
			}
			// paragraphs stay apart
			if !strings.Contains(a.Raw, "in the district.\n\nOfficials said") {
				t.Errorf("paragraphs run together:\n%s", a.Raw)
			}
		})
	}
}

func TestReadHTMLWithoutArticle(t *testing.T) {
	page := `<html><head><title>Short notice</title><script>var hidden = "script-noise";</script></head>
<body><nav>Menu nav-noise</nav><p>Talks in Tbilisi were postponed.</p><footer>footer-noise</footer></body></html>`
	a, err := layers.Read("notice.html", []byte(page), "")
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	checkArticle(t, a)
	if !strings.Contains(a.Raw, "Talks in Tbilisi were postponed.") {
		t.Errorf("Raw = %q, lacks the paragraph", a.Raw)
	}
	for _, noise := range []string{"script-noise", "nav-noise", "footer-noise"} {
		if strings.Contains(a.Raw, noise) {
			t.Errorf("Raw = %q holds %q", a.Raw, noise)
		}
	}
}

func TestReadJSON(t *testing.T) {
	content := []byte(`{"title":"Peacekeepers leave","text":"The last column left Khankendi on Tuesday.\n\nBaku welcomed the move.",` +
		`"published":"June 12, 2024","url":"https://wire.example.org/leave","publication":"Steppe Wire","extra":[1,2]}`)
	for _, tc := range []struct{ name, file, mediaType string }{
		{"by extension", "a.json", ""},
		{"by content", "a", ""},
		{"by media type", "a.txt", layers.MediaJSON},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := layers.Read(tc.file, content, tc.mediaType)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			checkArticle(t, a)
			if a.MediaType != layers.MediaJSON {
				t.Errorf("MediaType = %q", a.MediaType)
			}
			if a.Raw != "The last column left Khankendi on Tuesday.\n\nBaku welcomed the move." {
				t.Errorf("Raw = %q", a.Raw)
			}
			if a.Title != "Peacekeepers leave" || a.Publication != "Steppe Wire" || a.URL != "https://wire.example.org/leave" {
				t.Errorf("metadata = %q, %q, %q", a.Title, a.Publication, a.URL)
			}
			if a.Published != "2024-06-12" {
				t.Errorf("Published = %q, want 2024-06-12", a.Published)
			}
		})
	}
}

func TestArticleID(t *testing.T) {
	a1, err := layers.Read("one.md", []byte(frontMatterArticle), "")
	if err != nil {
		t.Fatal(err)
	}
	a2, err := layers.Read("other-name.md", []byte(frontMatterArticle), "")
	if err != nil {
		t.Fatal(err)
	}
	a3, err := layers.Read("one.md", []byte(strings.Replace(frontMatterArticle, "Friday", "Saturday", 1)), "")
	if err != nil {
		t.Fatal(err)
	}
	if a1.ID != a2.ID {
		t.Errorf("same content, different ids: %s, %s", a1.ID, a2.ID)
	}
	if a1.ID == a3.ID {
		t.Errorf("different content, same id %s", a1.ID)
	}
	if layers.ArticleID("x") != layers.ArticleID("x") {
		t.Error("ArticleID is not deterministic")
	}
	if layers.ArticleID("Baku said.") == layers.ArticleID("Yerevan said.") {
		t.Error("ArticleID collides on different texts")
	}
	if id := layers.ArticleID("Baku said."); len(id) != 16 || strings.Trim(id, "0123456789abcdef") != "" {
		t.Errorf("ArticleID = %q, want 16 hex digits", id)
	}
}

func TestNormalizeDate(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", ""},
		{"   ", ""},
		{"2021-08-03", "2021-08-03"},
		{" 2021-08-03 ", "2021-08-03"},
		{"2021-08", "2021-08"},
		{"2021", "2021"},
		{"2020-11-10T01:00:00+04:00", "2020-11-10"},
		{"2020-11-10T22:15:00Z", "2020-11-10"},
		{"2020-11-10T22:15:00", "2020-11-10"},
		{"2020-11-10 22:15:00", "2020-11-10"},
		{"10 November 2020", "2020-11-10"},
		{"November 10, 2020", "2020-11-10"},
		{"Nov 10, 2020", "2020-11-10"},
		{"10 Nov 2020", "2020-11-10"},
		{"November 2020", "2020-11"},
		{"Nov 2020", "2020-11"},
		{"last Tuesday", "last Tuesday"},
		{"2021-13-01", "2021-13-01"},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			if got := layers.NormalizeDate(tc.in); got != tc.want {
				t.Errorf("NormalizeDate(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestMediaTypeOf(t *testing.T) {
	cases := []struct {
		name, file, content, want string
	}{
		{"md", "a.md", "", layers.MediaMarkdown},
		{"markdown upper case", "A.MARKDOWN", "", layers.MediaMarkdown},
		{"html", "page.html", "", layers.MediaHTML},
		{"htm", "page.htm", "", layers.MediaHTML},
		{"xhtml", "page.xhtml", "", layers.MediaHTML},
		{"json", "a.json", "", layers.MediaJSON},
		{"txt", "a.txt", "<html>", layers.MediaText},
		{"text", "a.text", "", layers.MediaText},
		{"sniff JSON", "stdin", "  \n{\"text\": \"x\"}", layers.MediaJSON},
		{"sniff doctype", "-", "<!DOCTYPE html><html></html>", layers.MediaHTML},
		{"sniff html tag", "-", "<HTML><body>x</body></HTML>", layers.MediaHTML},
		{"sniff paragraph", "-", "<div><p>Baku said.</p></div>", layers.MediaHTML},
		{"sniff plain", "-", "Baku said on Monday.", layers.MediaText},
		{"empty unknown", "x.dat", "", layers.MediaText},
		{"front matter unknown extension", "x", "---\ntitle: a\n---\nb", layers.MediaText},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := layers.MediaTypeOf(tc.file, []byte(tc.content)); got != tc.want {
				t.Errorf("MediaTypeOf(%q, %q) = %q, want %q", tc.file, tc.content, got, tc.want)
			}
		})
	}
}

// TestExtractOffsetsIndexRaw checks that mention offsets index the file as read, front matter
// and Markdown markup included.
func TestExtractOffsetsIndexRaw(t *testing.T) {
	x := testPipeline(t)
	cases := []struct {
		name, file, content string
		want                []string // mentions that must be found in the body, in order
	}{
		{"markdown with front matter", "a.md", frontMatterArticle, []string{"Azerbaijan", "Fizuli", "Shusha", "Baku", "Shusha"}},
		{"markdown with BOM and CRLF", "b.md", "\ufeff---\r\ntitle: Baku and Yerevan\r\n---\r\nTalks were held in Tbilisi.\r\n\r\nMoscow said nothing.\r\n",
			[]string{"Tbilisi", "Moscow"}},
		{"plain text with multibyte prefix", "c.txt", "«Şuşa» — élite units met in Gəncə and in Yerevan.", []string{"Şuşa", "Yerevan"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := x.Extract(tc.file, []byte(tc.content), "")
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			raw := tc.content
			if res.Article.Raw != raw {
				t.Fatalf("Raw differs from the file as read")
			}
			var got []string
			for _, m := range res.Mentions {
				if m.Start < 0 || m.End > len(raw) || m.Start >= m.End {
					t.Fatalf("mention %q: offsets [%d,%d) outside %d bytes", m.Text, m.Start, m.End, len(raw))
				}
				if raw[m.Start:m.End] != m.Text {
					t.Errorf("raw[%d:%d] = %q, mention Text %q", m.Start, m.End, raw[m.Start:m.End], m.Text)
				}
				if m.Start < res.Article.BodyStart {
					t.Errorf("mention %q at %d lies in the front matter (body starts at %d)", m.Text, m.Start, res.Article.BodyStart)
				}
				got = append(got, m.Text)
			}
			k := 0
			for _, g := range got {
				if k < len(tc.want) && g == tc.want[k] {
					k++
				}
			}
			if k < len(tc.want) {
				t.Errorf("mentions %q, want %q among them in order", got, tc.want)
			}
		})
	}
}
