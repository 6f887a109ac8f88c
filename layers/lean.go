package layers

import "strings"

// The lean form of an event feature (profile=lean, web/lean.go): every property but sources,
// quote and source_titles. The wire form (wire.go) puts those last, after source_count, so the
// lean form is the feature's text before them, closed: LeanCut finds where they begin. A store
// that keeps lean forms in memory and the web layer that cuts them from a full feature share
// this one rule, so both give the same bytes.

// LeanTail begins the members a lean event leaves out. A quote or a title cannot hold this
// text unescaped, so its first occurrence is the sources member.
const LeanTail = `,"sources":[`

// LeanClose ends a lean feature: its properties, then the feature.
const LeanClose = "}}"

// LeanCut returns where feature's lean tail begins (its lean form is feature[:at]+LeanClose),
// or -1 when feature is not an event in the wire form's order (a place, or an event a store
// wrote in an older form). The feature's last bytes are not checked for its closing "}}":
// properties is its last member in the wire form, and reading them cost a cold cache line per
// feature.
func LeanCut(feature string) int {
	at := IndexLeanTail(feature)
	if at < 0 {
		return -1
	}
	j := at
	for j > 0 && feature[j-1] >= '0' && feature[j-1] <= '9' {
		j--
	}
	if j == at || !strings.HasSuffix(feature[:j], `,"source_count":`) {
		return -1
	}
	return at
}

// IndexLeanTail is strings.Index(feature, LeanTail), found by its '[': a feature has a few
// arrays, but a comma every few bytes, and Index, which screens on the first byte, was 40% of a
// lean page's CPU.
func IndexLeanTail(feature string) int {
	const head = len(LeanTail) - 1
	for from := head; from < len(feature); {
		i := strings.IndexByte(feature[from:], '[')
		if i < 0 {
			return -1
		}
		at := from + i - head
		if feature[at:at+head] == LeanTail[:head] {
			return at
		}
		from += i + 1
	}
	return -1
}
