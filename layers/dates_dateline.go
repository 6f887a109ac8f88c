package layers

import (
	"regexp"
	"strings"
)

// A dateline opens a wire report: where and when it was filed. "MOSCOW, November 14 (TASS) –",
// "YEREVAN, Sept 13 (Reuters) -", "BAKU, 28 September. /APA/.", "Kyiv, Ukraine — Tuesday".
// Its date is the article's own date: the day "yesterday" and "on Tuesday" count from.

const (
	dlPlace   = `[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,3}`
	dlDate    = `(?:` + monthRe + `\s*(\d{1,2})|(\d{1,2})\s+` + monthRe + `|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:,?\s+(\d{4}))?`
	dlSource  = `(?:\s*\([^()\n]{1,40}\)|\s*/[^/\n]{1,20}/)?`
	dlOpening = `^[ \t]*` + dlPlace + `(?:,\s*` + dlPlace + `)?\s*(,|\.|[-–—])\s*` + dlDate + `\.?` + dlSource + `\s*\.?\s*([-–—:]|$)?`
)

var reDateline = regexp.MustCompile(dlOpening)

// datelineLines is how many non-empty lines from the body's start may hold the dateline (a
// headline and a byline may come first).
const datelineLines = 4

// FindDateline returns the date of the article's dateline, resolved against the publication
// date pub (its year; a weekday, the latest such day not after pub); ok is false when the
// article has none, or its date cannot be resolved.
func FindDateline(text, pub string) (When, bool) {
	p := parsePublished(pub)
	if p.y == 0 {
		return When{}, false
	}
	at, lines := 0, 0
	for at < len(text) && lines < datelineLines && at < 4000 {
		end := strings.IndexByte(text[at:], '\n')
		if end < 0 {
			end = len(text) - at
		}
		line := text[at : at+end]
		if strings.TrimSpace(line) != "" {
			lines++
			if w, ok := datelineIn(line, p); ok {
				w.Start += at
				w.End += at
				return w, true
			}
		}
		at += end + 1
	}
	return When{}, false
}

// datelineIn reads the dateline that opens line, if any. A dateline needs its mark: a comma then
// a source or a dash after the date ("MOSCOW, November 14 (TASS) –"), or a dash before it.
func datelineIn(line string, p published) (When, bool) {
	m := reDateline.FindStringSubmatchIndex(line)
	if m == nil {
		return When{}, false
	}
	// groups: 1 the mark before the date; 2 month, 3 day; 4 day, 5 month; 6 weekday; 7 year
	start, end := len(line), 0
	for g := 2; g <= 7; g++ {
		if m[2*g] >= 0 {
			start, end = min(start, m[2*g]), max(end, m[2*g+1])
		}
	}
	if sep := line[m[2]:m[3]]; (sep == "," || sep == ".") && !datelineMark(line[end:]) {
		return When{}, false // "Baku, 28 September is …": a dateline needs its source or its dash
	}
	var w When
	switch {
	case m[4] >= 0:
		w = dayDate(p, line[m[4]:m[5]], line[m[6]:m[7]], group(line, m, 14))
	case m[8] >= 0:
		w = dayDate(p, line[m[10]:m[11]], line[m[8]:m[9]], group(line, m, 14))
	case m[12] >= 0:
		w = weekday(p, line[m[12]:m[13]])
	}
	if w.Date == "" {
		return When{}, false
	}
	w.Start, w.End = start, end
	return w, true
}

// datelineMark reports whether what follows a dateline's date marks it as one: a source in
// brackets or slashes, a dash or colon, an agency in capitals ("Nov 14, AZERTAC."), or nothing
// (a line of its own: "Baku, Azerbaijan, Nov. 14").
func datelineMark(rest string) bool {
	t := strings.TrimLeft(rest, " .,")
	if t == "" || strings.ContainsAny(t[:1], "(/-:") || strings.HasPrefix(t, "–") || strings.HasPrefix(t, "—") {
		return true
	}
	caps := 0
	for caps < len(t) && t[caps] >= 'A' && t[caps] <= 'Z' {
		caps++
	}
	return caps >= 3 && (caps == len(t) || !isWordByte(t[caps]))
}
