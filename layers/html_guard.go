package layers

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// go-readability and html.Parse take time quadratic in how deeply elements nest (110 KB of
// nested <div> took 55 s). A page nested deeper than maxHTMLDepth, or larger than
// maxReadabilityBytes, is read by flatHTML instead: one linear pass of the tokenizer that keeps
// the text, a paragraph a block element, and the <title>.
const (
	maxHTMLDepth        = 256
	maxReadabilityBytes = 4 << 20
)

// impliedEnd are the elements whose end tag may be left out, and voidElem those that have
// none: neither counts towards the depth (a page of unclosed <p> is not deep).
var impliedEnd = map[string]bool{
	"p": true, "li": true, "dt": true, "dd": true, "option": true, "optgroup": true, "tr": true,
	"td": true, "th": true, "tbody": true, "thead": true, "tfoot": true, "rb": true, "rt": true,
	"rp": true, "colgroup": true, "caption": true, "html": true, "head": true, "body": true,
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

// htmlTooDeep reports whether a page nests elements deeper than limit (stopping as soon as it
// does), or is larger than maxReadabilityBytes.
func htmlTooDeep(content []byte, limit int) bool {
	if len(content) > maxReadabilityBytes {
		return true
	}
	z := html.NewTokenizer(bytes.NewReader(content))
	depth := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken:
			name, _ := z.TagName()
			if !impliedEnd[string(name)] {
				if depth++; depth > limit {
					return true
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if !impliedEnd[string(name)] && depth > 0 {
				depth--
			}
		}
	}
}

// flatHTML reads a page's text in one pass of the tokenizer: no main-content detection, but
// linear in the page's size whatever its shape.
func flatHTML(content []byte) Article {
	z := html.NewTokenizer(bytes.NewReader(content))
	var b, title strings.Builder
	skip, inTitle := 0, false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken: // io.EOF, or a read error of the in-memory page: the end either way
			text := tidyText(b.String())
			return Article{Title: strings.TrimSpace(title.String()), Raw: text, BodyEnd: len(text)}
		case html.TextToken:
			t := string(z.Text())
			switch {
			case inTitle:
				title.WriteString(t)
			case skip == 0:
				b.WriteString(strings.Join(strings.Fields(t), " "))
				if strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\n") {
					b.WriteByte(' ')
				}
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			switch tag {
			case "script", "style", "noscript", "template", "svg", "nav", "footer":
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case "title":
				inTitle = tt == html.StartTagToken
			}
			if isBlock(tag) {
				b.WriteString("\n\n")
			}
		}
	}
}
