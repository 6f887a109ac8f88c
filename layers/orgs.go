package layers

import (
	"io/fs"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// orgAlias is one way of writing an organisation's name.
type orgAlias struct {
	alias, name string
}

// orgTable holds the aliases, longest first, and indexes them by their first word so that a
// sentence tries only the aliases whose first word it holds.
type orgTable struct {
	aliases []orgAlias
	byWord  map[string][]int // first word (letters and digits) → indexes into aliases, ascending
	always  []int            // aliases that do not open with a letter or digit: always tried
	opens   [256]bool        // first bytes of the indexed first words
}

// loadOrgs reads data/organisations.tsv: canonical name, |-separated aliases. Longer aliases come
// first so that "OSCE Minsk Group" wins over "Minsk Group".
func loadOrgs(fsys fs.FS) (*orgTable, error) {
	aliases, err := readOrgAliases(fsys)
	if err != nil {
		return nil, err
	}
	return newOrgTable(aliases), nil
}

// newOrgTable indexes aliases (already in the order they are tried) by their first word.
func newOrgTable(aliases []orgAlias) *orgTable {
	t := &orgTable{aliases: aliases, byWord: map[string][]int{}}
	for i, o := range aliases {
		w := o.alias[:wordRunEnd(o.alias, 0)]
		if w == "" {
			t.always = append(t.always, i)
			continue
		}
		t.byWord[w] = append(t.byWord[w], i)
		t.opens[w[0]] = true
	}
	return t
}

// readOrgAliases reads the aliases of data/organisations.tsv, longest first.
func readOrgAliases(fsys fs.FS) ([]orgAlias, error) {
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

// findOrgs lists the organisations text[lo:hi] names, each span once, whole words only. Aliases
// are tried longest first; only those whose first word opens a word of the segment can match at
// a word edge, so only they are searched for.
func findOrgs(t *orgTable, text string, lo, hi int) []orgHit {
	seg := text[lo:hi]
	cand := t.candidates(seg)
	if len(cand) == 0 {
		return nil
	}
	var out []orgHit
	for _, k := range cand {
		out = appendAliasHits(out, text, lo, hi, t.aliases[k])
	}
	return out
}

// appendAliasHits appends each whole-word occurrence of o's alias in text[lo:hi] that overlaps
// no hit already in out.
func appendAliasHits(out []orgHit, text string, lo, hi int, o orgAlias) []orgHit {
	seg := text[lo:hi]
	taken := func(a, b int) bool {
		for _, h := range out {
			if a < h.end && h.start < b {
				return true
			}
		}
		return false
	}
	for off := 0; ; {
		i := strings.Index(seg[off:], o.alias)
		if i < 0 {
			return out
		}
		a, b := lo+off+i, lo+off+i+len(o.alias)
		off += i + len(o.alias)
		if !wordEdge(text, a, true) || !wordEdge(text, b, false) || taken(a, b) {
			continue
		}
		out = append(out, orgHit{a, b, o.name})
	}
}

// candidates lists, ascending, the aliases that may occur in seg at a word edge: those whose
// first word is a word of seg (a run of letters and digits) and those that open with neither.
func (t *orgTable) candidates(seg string) []int {
	var out []int
	for i := 0; i < len(seg); {
		c := seg[i]
		if c < utf8.RuneSelf && !isASCIIWordByte(c) {
			i++
			continue
		}
		j := wordRunEnd(seg, i)
		if j == i { // a rune that is neither letter nor digit
			_, n := utf8.DecodeRuneInString(seg[i:])
			i += n
			continue
		}
		if t.opens[c] {
			out = append(out, t.byWord[seg[i:j]]...)
		}
		i = j
	}
	if len(out) == 0 && len(t.always) == 0 {
		return nil
	}
	out = append(out, t.always...)
	sort.Ints(out)
	return slices.Compact(out)
}

// isASCIIWordByte reports whether c is an ASCII letter or digit.
func isASCIIWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// wordRunEnd is the end of the run of letters and digits that starts at s[i:] (i when none).
func wordRunEnd(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !isASCIIWordByte(c) {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return i
		}
		i += n
	}
	return i
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
