package layers

import (
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"
)

// orgAlias is one way of writing an organisation's name.
type orgAlias struct {
	alias, name string
}

// loadOrgs reads data/organisations.tsv: canonical name, |-separated aliases. Longer aliases come
// first so that "OSCE Minsk Group" wins over "Minsk Group".
func loadOrgs(fsys fs.FS) ([]orgAlias, error) {
	var out []orgAlias
	if err := readTSV(fsys, "organisations.tsv", 1, func(_ int, f []string) error {
		name := f[0]
		out = append(out, orgAlias{name, name})
		if len(f) > 1 {
			for _, a := range strings.Split(f[1], "|") {
				if a = strings.TrimSpace(a); a != "" {
					out = append(out, orgAlias{a, name})
				}
			}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	// longest first
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j].alias) > len(out[j-1].alias); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out, nil
}

// orgHit is an organisation named in a text.
type orgHit struct {
	start, end int
	name       string
}

// findOrgs lists the organisations text[lo:hi] names, each span once, whole words only.
func findOrgs(orgs []orgAlias, text string, lo, hi int) []orgHit {
	seg := text[lo:hi]
	var out []orgHit
	taken := func(a, b int) bool {
		for _, h := range out {
			if a < h.end && h.start < b {
				return true
			}
		}
		return false
	}
	for _, o := range orgs {
		for off := 0; ; {
			i := strings.Index(seg[off:], o.alias)
			if i < 0 {
				break
			}
			a, b := lo+off+i, lo+off+i+len(o.alias)
			off += i + len(o.alias)
			if !wordEdge(text, a, true) || !wordEdge(text, b, false) || taken(a, b) {
				continue
			}
			out = append(out, orgHit{a, b, o.name})
		}
	}
	return out
}

// wordEdge reports whether offset i of text is a word boundary (before a word when start).
func wordEdge(text string, i int, start bool) bool {
	var r rune
	if start {
		if i == 0 {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(text[:i])
	} else {
		if i >= len(text) {
			return true
		}
		r, _ = utf8.DecodeRuneInString(text[i:])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
