package layers

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"path"
	"strings"
	"time"
	"unicode/utf8"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
)

// MaxArticleBytes is the largest article Read accepts.
const MaxArticleBytes = 10 << 20

// Errors Read returns; wrap-checked with errors.Is.
var (
	ErrEmpty       = errors.New("empty article")
	ErrTooLarge    = fmt.Errorf("article larger than %d MB", MaxArticleBytes>>20)
	ErrNotText     = errors.New("not UTF-8 text (binary or another encoding)")
	ErrFrontMatter = errors.New("front matter not closed by a '---' line")
	ErrJSON        = errors.New("JSON article must be an object with a non-empty \"text\"")
)

// Media types Read understands.
const (
	MediaText     = "text/plain"
	MediaMarkdown = "text/markdown"
	MediaHTML     = "text/html"
	MediaJSON     = "application/json"
)

// MediaTypeOf guesses an article's media type from its file name and, failing that, its content.
func MediaTypeOf(name string, content []byte) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".md", ".markdown":
		return MediaMarkdown
	case ".html", ".htm", ".xhtml":
		return MediaHTML
	case ".json":
		return MediaJSON
	case ".txt", ".text":
		return MediaText
	}
	head := bytes.TrimSpace(content[:min(len(content), 512)])
	lower := bytes.ToLower(head)
	switch {
	case bytes.HasPrefix(head, []byte("{")):
		return MediaJSON
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")),
		bytes.Contains(lower, []byte("<body")), bytes.Contains(lower, []byte("<p>")):
		return MediaHTML
	}
	return MediaText
}

// Read reads one article of the given media type ("" guesses from name and content).
// Text and Markdown keep their content as Raw, so offsets index the file as read; HTML and JSON
// articles have Raw set to their extracted text.
func Read(name string, content []byte, mediaType string) (Article, error) {
	if len(content) > MaxArticleBytes {
		return Article{}, ErrTooLarge
	}
	if len(bytes.TrimSpace(content)) == 0 {
		return Article{}, ErrEmpty
	}
	if !utf8.Valid(content) || bytes.IndexByte(content, 0) >= 0 {
		return Article{}, ErrNotText
	}
	if mediaType == "" {
		mediaType = MediaTypeOf(name, content)
	}
	if i := strings.IndexByte(mediaType, ';'); i >= 0 {
		mediaType = strings.TrimSpace(mediaType[:i])
	}
	var a Article
	var err error
	switch mediaType {
	case MediaJSON:
		a, err = readJSON(content)
	case MediaHTML, "application/xhtml+xml":
		a, err = readHTML(content)
	default:
		a, err = readText(string(content))
	}
	if err != nil {
		return Article{}, err
	}
	if strings.TrimSpace(a.Raw[a.BodyStart:a.BodyEnd]) == "" {
		return Article{}, ErrEmpty
	}
	if a.Title == "" {
		a.Title = firstLine(a.Raw[a.BodyStart:a.BodyEnd])
	}
	if a.Title == "" {
		a.Title = strings.TrimSuffix(path.Base(name), path.Ext(name))
	}
	a.Published = NormalizeDate(a.Published)
	a.ID = ArticleID(a.Raw)
	a.MediaType = mediaType
	return a, nil
}

// ArticleID is the stable id of an article's content: the same text always gets the same id.
func ArticleID(raw string) string {
	sum := sha256.Sum256([]byte(strings.TrimSpace(raw)))
	return hex.EncodeToString(sum[:8])
}

// readText reads plain text or Markdown with optional front matter:
//
//	---
//	title: "…"
//	publication: …
//	published: 2021-08
//	url: https://…
//	---
func readText(s string) (Article, error) {
	a := Article{Raw: s, BodyEnd: len(s)}
	t := strings.TrimPrefix(s, "\ufeff")
	if !strings.HasPrefix(t, "---\n") && !strings.HasPrefix(t, "---\r\n") {
		return a, nil
	}
	body := t[strings.IndexByte(t, '\n')+1:]
	end := -1
	for off := 0; off < len(body); {
		nl := strings.IndexByte(body[off:], '\n')
		line := body[off:]
		if nl >= 0 {
			line = body[off : off+nl]
		}
		if strings.TrimRight(line, "\r ") == "---" {
			end = off
			if nl >= 0 {
				a.BodyStart = len(s) - len(body) + off + nl + 1
			} else {
				a.BodyStart = len(s)
			}
			break
		}
		if nl < 0 {
			break
		}
		off += nl + 1
	}
	if end < 0 {
		return Article{}, ErrFrontMatter
	}
	for _, line := range strings.Split(body[:end], "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		v = unquote(strings.TrimSpace(v))
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "title":
			a.Title = v
		case "publication", "source", "publisher":
			a.Publication = v
		case "published", "date":
			a.Published = v
		case "url", "link":
			a.URL = v
		}
	}
	return a, nil
}

func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		return v[1 : len(v)-1]
	}
	return v
}

func readJSON(content []byte) (Article, error) {
	var j struct {
		Title       string `json:"title"`
		Text        string `json:"text"`
		Published   string `json:"published"`
		URL         string `json:"url"`
		Publication string `json:"publication"`
	}
	if err := json.Unmarshal(content, &j); err != nil {
		return Article{}, fmt.Errorf("%w: %v", ErrJSON, err)
	}
	if strings.TrimSpace(j.Text) == "" {
		return Article{}, ErrJSON
	}
	return Article{Title: j.Title, Raw: j.Text, BodyEnd: len(j.Text), Published: j.Published, URL: j.URL, Publication: j.Publication}, nil
}

// readHTML extracts an HTML page's main text with go-readability, keeping paragraphs apart.
func readHTML(content []byte) (Article, error) {
	if htmlTooDeep(content, maxHTMLDepth) {
		return flatHTML(content), nil
	}
	r, err := readability.FromReader(bytes.NewReader(content), nil)
	if err != nil || r.Node == nil {
		// not an article page: fall back to the whole document's text
		doc, perr := html.Parse(bytes.NewReader(content))
		if perr != nil {
			return Article{}, fmt.Errorf("reading HTML: %w", perr)
		}
		r.Node = doc
	}
	text := blockText(r.Node)
	a := Article{Title: strings.TrimSpace(r.Title), Raw: text, BodyEnd: len(text), Publication: r.SiteName}
	if r.PublishedTime != nil {
		a.Published = r.PublishedTime.Format(time.DateOnly)
	}
	if u := canonicalURL(content); u != "" {
		a.URL = u
	}
	return a, nil
}

// blockText renders an HTML tree as text: one paragraph a block element, no markup.
func blockText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(strings.Join(strings.Fields(n.Data), " "))
			if strings.HasSuffix(n.Data, " ") || strings.HasSuffix(n.Data, "\n") {
				b.WriteByte(' ')
			}
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "svg", "nav", "footer":
				return
			}
		}
		block := n.Type == html.ElementNode && isBlock(n.Data)
		if block {
			b.WriteString("\n\n")
		}
		if n.Type == html.TextNode {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteString("\n\n")
		}
	}
	walk(n)
	return tidyText(b.String())
}

// tidyText trims each line and leaves no more than one blank line in a row.
func tidyText(s string) string {
	var out []string
	blank := true
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, line)
		blank = false
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

func isBlock(tag string) bool {
	switch tag {
	case "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "figcaption",
		"figure", "section", "article", "header", "table", "tr", "pre", "hr", "dd", "dt", "main", "aside", "caption":
		return true
	}
	return false
}

// canonicalURL finds <link rel="canonical"> or og:url in a page.
func canonicalURL(content []byte) string {
	doc, err := html.Parse(bytes.NewReader(content))
	if err != nil {
		return ""
	}
	var found string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if found != "" {
			return
		}
		if n.Type == html.ElementNode && (n.Data == "link" || n.Data == "meta") {
			attr := map[string]string{}
			for _, a := range n.Attr {
				attr[strings.ToLower(a.Key)] = a.Val
			}
			if n.Data == "link" && strings.EqualFold(attr["rel"], "canonical") || n.Data == "meta" && attr["property"] == "og:url" {
				v := attr["href"]
				if v == "" {
					v = attr["content"]
				}
				if u, err := url.Parse(v); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
					found = u.String()
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return found
}

// firstLine returns the first non-empty line if it is short enough to be a title.
func firstLine(s string) string {
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(strings.TrimLeft(line, "#* "))
		if line == "" {
			continue
		}
		if len(line) > 160 {
			return ""
		}
		return line
	}
	return ""
}

// NormalizeDate turns a published date into ISO form as precise as given: "2021-08-03",
// "2021-08", "2021"; RFC 3339 timestamps keep their date. Unknown forms are returned trimmed.
func NormalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, f := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", time.DateOnly, "2 January 2006", "January 2, 2006", "Jan 2, 2006", "2 Jan 2006"} {
		if t, err := time.Parse(f, s); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	for _, f := range []string{"2006-01", "January 2006", "Jan 2006"} {
		if t, err := time.Parse(f, s); err == nil {
			return t.Format("2006-01")
		}
	}
	if t, err := time.Parse("2006", s); err == nil {
		return t.Format("2006")
	}
	return s
}
