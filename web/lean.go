package web

import (
	"errors"
	"net/url"
	"strings"

	"conflictmap/layers"
)

// Lean list pages. Most of an items page's bytes are each feature's sources with their quotes;
// a client that draws or tabulates features needs the scalars. properties=a,b (OGC API –
// Features Part 6 style) returns only those properties, and profile=lean returns every
// property but the sources (sources, quote, source_titles): per feature what pg_featureserv's
// table rows carry, plus source_count; the full feature stays one request away (items/{id},
// always full). Without either, pages stay full, every schema property present, null when
// unknown, as GDAL and QGIS need (they take a layer's fields from its first features).
//
// Both are cut from the bytes the store encoded when it wrote the feature (Cursor.EachJSON),
// member by member, without decoding it: projectFeature.

// leanDropped are the properties profile=lean leaves out.
var leanDropped = map[string]bool{"sources": true, "quote": true, "source_titles": true}

// leanProperties are the properties of a layer's lean form.
func leanProperties(layer string) []string {
	var out []string
	for _, p := range propertiesOf(layer) {
		if p.wire && !leanDropped[p.name] {
			out = append(out, p.name)
		}
	}
	return out
}

// parseProfile reads profile=: "lean" selects the lean properties, "full" (the default) all.
func parseProfile(layer, v string) ([]string, error) {
	switch v {
	case "", "full":
		return nil, nil
	case "lean":
		return leanProperties(layer), nil
	}
	return nil, badParam("profile", "profile must be lean or full, not %q", v)
}

// errBadFeature is a stored feature projectFeature cannot read.
var errBadFeature = errors.New("web: stored feature is not the JSON object expected")

// projectFeature appends feature (a GeoJSON feature as the store encodes it) to b with only the
// properties keep selects; "id" is always kept. Every other member is copied as it is.
func projectFeature(b []byte, feature string, keep func(string) bool) ([]byte, error) {
	const marker = `"properties":{`
	at := strings.Index(feature, marker)
	if at < 0 {
		return nil, errBadFeature
	}
	i := at + len(marker)
	b = append(b, feature[:i]...)
	first := true
	for {
		i = skipSpace(feature, i)
		if i >= len(feature) {
			return nil, errBadFeature
		}
		if feature[i] == '}' {
			break
		}
		if feature[i] == ',' {
			i++
			continue
		}
		kEnd, err := skipValue(feature, i) // the key, a string
		if err != nil || feature[i] != '"' {
			return nil, errBadFeature
		}
		colon := skipSpace(feature, kEnd)
		if colon >= len(feature) || feature[colon] != ':' {
			return nil, errBadFeature
		}
		vEnd, err := skipValue(feature, skipSpace(feature, colon+1))
		if err != nil {
			return nil, err
		}
		if key := feature[i+1 : kEnd-1]; keep(key) || key == "id" {
			if !first {
				b = append(b, ',')
			}
			first = false
			b = append(b, feature[i:vEnd]...)
		}
		i = vEnd
	}
	return append(b, feature[i:]...), nil
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') {
		i++
	}
	return i
}

// skipValue returns the index after the JSON value starting at s[i].
func skipValue(s string, i int) (int, error) {
	if i >= len(s) {
		return 0, errBadFeature
	}
	switch s[i] {
	case '"':
		return skipString(s, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(s); j++ {
			switch s[j] {
			case '"':
				end, err := skipValue(s, j)
				if err != nil {
					return 0, err
				}
				j = end - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1, nil
				}
			}
		}
		return 0, errBadFeature
	}
	j := i // a number, true, false or null
	for j < len(s) && s[j] != ',' && s[j] != '}' && s[j] != ']' && s[j] != ' ' && s[j] != '\n' {
		j++
	}
	if j == i {
		return 0, errBadFeature
	}
	return j, nil
}

// parseProfile sets the properties of profile= (lean.go): lean excludes properties=.
func (fq *featureQuery) parseProfile(layer string, v url.Values) error {
	if !v.Has("profile") {
		return nil
	}
	props, err := parseProfile(layer, v.Get("profile"))
	if err != nil {
		return err
	}
	if props != nil && v.Has("properties") {
		return badParam("profile", "profile=lean and properties= cannot be combined: properties= already chooses")
	}
	if props != nil {
		fq.props, fq.lean = props, true
		fq.Query.Lean = true // the store may have the lean forms ready
	}
	return nil
}

// cutLean appends the lean form of an event feature to b as one copy: the text before its
// sources, closed (layers.LeanCut). ok is false, and b unchanged, when lean is false or the
// feature is not in that order (a place, or an event a store wrote in an older form):
// projectFeature then cuts it.
func cutLean(b []byte, feature string, lean bool) ([]byte, bool) {
	if !lean {
		return b, false
	}
	at := layers.LeanCut(feature)
	if at < 0 {
		return b, false
	}
	b = append(b, feature[:at]...)
	return append(b, layers.LeanClose...), true
}

// propertySet is the keep function of a property list. Features from the store list their
// members in one order, so it remembers the decisions by position and checks the set only for a
// key it has not seen there (a string compare instead of a map lookup per member).
func propertySet(props []string) func(string) bool {
	set := make(map[string]bool, len(props))
	for _, p := range props {
		set[p] = true
	}
	var keys []string
	var kept []bool
	pos := 0
	return func(k string) bool {
		if k == "id" {
			pos = 0 // a feature's first member: start again
		}
		if pos < len(keys) && keys[pos] == k {
			pos++
			return kept[pos-1]
		}
		v := set[k]
		if pos == len(keys) {
			keys, kept = append(keys, k), append(kept, v)
		}
		pos++
		return v
	}
}

// skipString returns the index after the JSON string starting at s[i] (a quote): the next quote
// not escaped by an odd run of backslashes, found with IndexByte.
func skipString(s string, i int) (int, error) {
	for j := i + 1; ; {
		k := strings.IndexByte(s[j:], '"')
		if k < 0 {
			return 0, errBadFeature
		}
		q := j + k
		bs := 0
		for p := q - 1; p > i && s[p] == '\\'; p-- {
			bs++
		}
		if bs%2 == 0 {
			return q + 1, nil
		}
		j = q + 1
	}
}
