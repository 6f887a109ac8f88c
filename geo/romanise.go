package geo

import (
	"fmt"
	"io/fs"
	"regexp"
	"strings"
)

// romanisationFile holds the curated respelling rules (data/romanisation.tsv).
const romanisationFile = "romanisation.tsv"

// maxRespellings bounds the variants one name may get, however many rules match it.
const maxRespellings = 16

// respellRule is one row of romanisation.tsv.
type respellRule struct {
	re      *regexp.Regexp
	replace string
	alt     bool           // makes an extra variant, rather than being part of the full respelling
	levels  map[Level]bool // nil: every level
	example string
}

// romaniser respells gazetteer names as English news writes them, per country.
type romaniser struct {
	byCountry map[string][]*respellRule // "*": the rules for every country, also appended to each
}

// readRomaniser loads romanisation.tsv. A missing file is no error: no respellings are made.
func readRomaniser(fsys fs.FS) (*romaniser, error) {
	r := &romaniser{byCountry: map[string][]*respellRule{}}
	if _, err := fs.Stat(fsys, romanisationFile); err != nil {
		return r, nil
	}
	err := tsvLines(fsys, romanisationFile, 6, func(_ int, f []string) error {
		rule, err := parseRespellRule(f)
		if err != nil {
			return err
		}
		for _, cc := range strings.Split(f[1], ",") {
			if cc = strings.TrimSpace(cc); cc != "" {
				r.byCountry[cc] = append(r.byCountry[cc], rule)
			}
		}
		return nil
	})
	// a country's own rules, then those for every country
	if all := r.byCountry["*"]; len(all) > 0 {
		for cc, rules := range r.byCountry {
			if cc != "*" {
				r.byCountry[cc] = append(rules, all...)
			}
		}
	}
	return r, err
}

func parseRespellRule(f []string) (*respellRule, error) {
	rule := &respellRule{}
	switch f[2] {
	case "all":
	case "alt":
		rule.alt = true
	default:
		return nil, fmt.Errorf("mode %q: want all or alt", f[2])
	}
	if f[3] != "*" && f[3] != "" {
		rule.levels = map[Level]bool{}
		for _, l := range strings.Split(f[3], ",") {
			lv, ok := parseLevel(strings.TrimSpace(l))
			if !ok {
				return nil, fmt.Errorf("unknown level %q", l)
			}
			rule.levels[lv] = true
		}
	}
	// tsvLines trims fields; a pattern's edge spaces matter, so they are written as they are
	// inside the expression and the raw field is used
	re, err := regexp.Compile("(?i)" + f[4]) // names keep their case; the index folds it
	if err != nil {
		return nil, fmt.Errorf("pattern %q: %v", f[4], err)
	}
	rule.re = re
	if len(f) > 5 {
		rule.replace = f[5]
	}
	if len(f) > 6 {
		rule.example = f[6]
	}
	return rule, nil
}

// respell returns the news spellings of a place's name that differ from it, at most
// maxRespellings: the full respelling (every "all" rule in order), then the variants each "alt"
// rule makes of the name and of every variant so far.
func (r *romaniser) respell(name, country string, level Level) []string {
	rules, ok := r.byCountry[country]
	if !ok {
		rules = r.byCountry["*"]
	}
	if !anyApplies(rules, level) {
		return nil
	}
	base := name
	full := base
	for _, rule := range rules {
		if !rule.alt && rule.applies(level) && rule.re.MatchString(full) {
			full = rule.re.ReplaceAllString(full, rule.replace)
		}
	}
	var arr [maxRespellings + 1]string
	out := append(arr[:0], base)
	if full != base {
		out = append(out, full)
	}
	for _, rule := range rules {
		if !rule.alt || !rule.applies(level) {
			continue
		}
		for _, v := range out {
			if len(out) >= maxRespellings+1 {
				break
			}
			if !rule.re.MatchString(v) {
				continue
			}
			if w := rule.re.ReplaceAllString(v, rule.replace); w != v && !containsString(out, w) {
				out = append(out, w)
			}
		}
	}
	if len(out) == 1 {
		return nil
	}
	return append([]string(nil), out[1:]...)
}

func anyApplies(rules []*respellRule, level Level) bool {
	for _, rule := range rules {
		if rule.applies(level) {
			return true
		}
	}
	return false
}

func (rule *respellRule) applies(level Level) bool {
	return rule.levels == nil || rule.levels[level]
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
