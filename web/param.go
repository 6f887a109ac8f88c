package web

import (
	"conflictmap/cql2"
	"math"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/paulmach/orb"

	"conflictmap/layers"
)

// Parameters of the items and download requests; any other parameter must be a queryable
// property (an equality filter) or it is refused.
var itemsParams = map[string]bool{
	"f": true, "bbox": true, "bbox-crs": true, "datetime": true, "limit": true, "offset": true,
	"sortby": true, "properties": true, "filter": true, "filter-lang": true, "filter-crs": true,
	"crs": true, "q": true, "format": true, "bom": true, "profile": true,
}

const crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"

// parseBbox parses bbox=minlon,minlat,maxlon,maxlat (or the 6-number 3D form, heights
// ignored) in CRS84. A box crossing the antimeridian (minlon > maxlon) is refused.
func parseBbox(s string) (orb.Bound, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 4 && len(parts) != 6 {
		return orb.Bound{}, badParam("bbox", "bbox needs 4 (or 6) comma-separated numbers, got %d", len(parts))
	}
	v := make([]float64, len(parts))
	for i, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return orb.Bound{}, badParam("bbox", "bbox value %q is not a number", p)
		}
		v[i] = f
	}
	if len(v) == 6 {
		v = []float64{v[0], v[1], v[3], v[4]}
	}
	minLon, minLat, maxLon, maxLat := v[0], v[1], v[2], v[3]
	switch {
	case minLon < -180 || minLon > 180 || maxLon < -180 || maxLon > 180:
		return orb.Bound{}, badParam("bbox", "longitudes must be within -180..180")
	case minLat < -90 || minLat > 90 || maxLat < -90 || maxLat > 90:
		return orb.Bound{}, badParam("bbox", "latitudes must be within -90..90")
	case minLat > maxLat:
		return orb.Bound{}, badParam("bbox", "the minimum latitude %v is above the maximum %v", minLat, maxLat)
	case minLon > maxLon:
		return orb.Bound{}, badParam("bbox", "a bbox crossing the antimeridian (minimum longitude %v > maximum %v) is not supported", minLon, maxLon)
	}
	return orb.Bound{Min: orb.Point{minLon, minLat}, Max: orb.Point{maxLon, maxLat}}, nil
}

// parseDatetime parses an RFC 3339 instant, a date, or an interval of them ("a/b", open ends
// ".." or empty), into inclusive UTC dates (YYYY-MM-DD), "" for an open end.
func parseDatetime(s string) (start, end string, err error) {
	if s == "" {
		return "", "", badParam("datetime", "empty datetime")
	}
	a, b, interval := strings.Cut(s, "/")
	if !interval {
		d, err := parseInstant(a)
		if err != nil {
			return "", "", err
		}
		return d, d, nil
	}
	if strings.Contains(b, "/") {
		return "", "", badParam("datetime", "an interval has one '/'")
	}
	open := func(x string) bool { return x == "" || x == ".." }
	if open(a) && open(b) {
		return "", "", badParam("datetime", "an interval needs at least one end")
	}
	if !open(a) {
		if start, err = parseInstant(a); err != nil {
			return "", "", err
		}
	}
	if !open(b) {
		if end, err = parseInstant(b); err != nil {
			return "", "", err
		}
	}
	if start != "" && end != "" && start > end {
		return "", "", badParam("datetime", "the interval starts (%s) after it ends (%s)", start, end)
	}
	return start, end, nil
}

func parseInstant(s string) (string, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t.Format(time.DateOnly), nil
	}
	t, err := time.Parse(time.RFC3339Nano, strings.Replace(strings.Replace(s, "t", "T", 1), "z", "Z", 1))
	if err != nil {
		return "", badParam("datetime", "%q is neither an RFC 3339 date-time (2020-11-10T06:00:00Z) nor a date (2020-11-10)", s)
	}
	if y := t.Year(); y < 1 || y > 9999 {
		return "", badParam("datetime", "year %d out of range", y)
	}
	return t.UTC().Format(time.DateOnly), nil
}

// parseBOM parses bom=1|0|true|false: whether a CSV starts with a UTF-8 byte order mark, which
// spreadsheets (Excel) need to read it as UTF-8. Other formats ignore it.
func parseBOM(v url.Values) (bool, error) {
	if !v.Has("bom") {
		return false, nil
	}
	switch strings.ToLower(v.Get("bom")) {
	case "1", "true":
		return true, nil
	case "0", "false":
		return false, nil
	}
	return false, badParam("bom", "bom must be 1 or 0, got %q", v.Get("bom"))
}

// parseLimit parses limit: a positive integer, clamped to max.
func parseLimit(s string, def, max int) (int, error) {
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 0, badParam("limit", "limit must be an integer from 1 to %d, got %q", max, s)
	}
	return min(n, max), nil
}

func parseOffset(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > 1<<30 {
		return 0, badParam("offset", "offset must be a non-negative integer, got %q", s)
	}
	return n, nil
}

// parseSortBy parses sortby=+date,-source_count (a bare name sorts ascending).
func parseSortBy(layer, s string) ([]layers.SortKey, error) {
	var keys []layers.SortKey
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		k := layers.SortKey{Property: f}
		switch f[0] {
		case '+', ' ':
			k.Property = f[1:]
		case '-':
			k.Property, k.Desc = f[1:], true
		}
		if k.Property == "sources" || !layers.KnownProperty(layer, k.Property) {
			return nil, badParam("sortby", "cannot sort %s by %q", layer, k.Property)
		}
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return nil, badParam("sortby", "empty sortby")
	}
	return keys, nil
}

// parseProperties parses properties=a,b: the subset of properties to return.
func parseProperties(layer, s string) ([]string, error) {
	var out []string
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if !wireProperty(layer, p) {
			return nil, badParam("properties", "%s features have no property %q", layer, p)
		}
		out = append(out, p)
	}
	return out, nil
}

// queryableProps lists the properties of a layer that can filter it, with their JSON Schema type.
func queryableProps(layer string) map[string]string {
	out := map[string]string{}
	for _, p := range propertiesOf(layer) {
		if p.queryable {
			out[p.name] = p.typ
		}
	}
	return out
}

// featureQuery is a parsed items or download request.
type featureQuery struct {
	layers.Query
	props  []string // properties subset, nil for all
	lean   bool     // profile=lean: props are leanProperties
	bom    bool     // a CSV starts with a UTF-8 byte order mark (bom=1)
	format string   // "json", "html", "geojson", "csv", "kml"
	params url.Values
}

// parseFeatureQuery builds the store query of an items or download request.
func (s *Server) parseFeatureQuery(layer string, v url.Values, download bool) (*featureQuery, error) {
	fq := &featureQuery{Query: layers.Query{Layer: layer}, params: v}
	names := make([]string, 0, len(v))
	for k := range v {
		names = append(names, k)
	}
	sort.Strings(names)
	qp := queryableProps(layer)
	for _, k := range names {
		if len(v[k]) > 1 {
			return nil, badParam(k, "parameter %s given %d times", k, len(v[k]))
		}
		if itemsParams[k] {
			continue
		}
		if _, ok := qp[k]; !ok {
			return nil, badParam(k, "unknown parameter %q: %s features have no such queryable property (see /api/collections/%s/queryables)", k, layer, layer)
		}
		if fq.Props == nil {
			fq.Props = map[string]string{}
		}
		fq.Props[k] = v.Get(k)
	}
	if c := v.Get("bbox-crs"); c != "" && c != crs84 {
		return nil, badParam("bbox-crs", "only %s is supported", crs84)
	}
	if c := v.Get("crs"); c != "" && c != crs84 {
		return nil, badParam("crs", "only %s is supported", crs84)
	}
	if b := v.Get("bbox"); v.Has("bbox") {
		bound, err := parseBbox(b)
		if err != nil {
			return nil, err
		}
		fq.Bound = &bound
	}
	if v.Has("datetime") {
		var err error
		if fq.Start, fq.End, err = parseDatetime(v.Get("datetime")); err != nil {
			return nil, err
		}
	}
	var err error
	if download && !v.Has("limit") {
		fq.Limit = 0
	} else if fq.Limit, err = parseLimit(v.Get("limit"), s.cfg.DefaultLimit, s.cfg.MaxLimit); err != nil {
		return nil, err
	}
	if !download && fq.Limit == 0 {
		fq.Limit = s.cfg.DefaultLimit
	}
	if download && v.Has("limit") {
		// A download's limit is not clamped: it is how many features the file holds.
		n, err := strconv.Atoi(v.Get("limit"))
		if err != nil || n < 1 {
			return nil, badParam("limit", "limit must be a positive integer")
		}
		fq.Limit = n
	}
	if fq.Offset, err = parseOffset(v.Get("offset")); err != nil {
		return nil, err
	}
	if fq.bom, err = parseBOM(v); err != nil {
		return nil, err
	}
	if v.Has("sortby") {
		if fq.SortBy, err = parseSortBy(layer, v.Get("sortby")); err != nil {
			return nil, err
		}
	}
	if v.Has("properties") {
		if fq.props, err = parseProperties(layer, v.Get("properties")); err != nil {
			return nil, err
		}
		if fq.props == nil {
			fq.props = []string{}
		}
	}
	if err := fq.parseProfile(layer, v); err != nil {
		return nil, err
	}
	var where []cql2.Expr
	if v.Has("filter") {
		if l := v.Get("filter-lang"); l != "" && l != "cql2-text" {
			return nil, badParam("filter-lang", "only cql2-text is supported, got %q", l)
		}
		if c := v.Get("filter-crs"); c != "" && c != crs84 {
			return nil, badParam("filter-crs", "only %s is supported", crs84)
		}
		expr, err := cql2.Parse(v.Get("filter"))
		if err != nil {
			return nil, badParam("filter", "%v", err)
		}
		if err := cql2.Check(expr, func(name string) bool {
			_, ok := qp[name]
			return ok || name == "geometry"
		}); err != nil {
			return nil, badParam("filter", "%v", err)
		}
		if _, err := cql2.Compile(expr); err != nil {
			return nil, badParam("filter", "%v", err)
		}
		where = append(where, expr)
	} else if v.Has("filter-lang") {
		return nil, badParam("filter-lang", "filter-lang without filter")
	}
	if q := strings.TrimSpace(v.Get("q")); q != "" {
		where = append(where, cql2.Search{Terms: searchTerms(q)})
	}
	fq.Where = cql2.AndOf(where...)
	if !download {
		fq.CountLimit = s.cfg.CountLimit
	}
	return fq, nil
}

// q= is a cql2.Search: every word or "quoted phrase" must occur (case-insensitively) in what
// the feature itself says: its title, place, actors, type and quotes (events) or name (places).
// The titles of the articles it came from do not count: a search for "Russia" must not find
// every event of an article whose headline names Russia. The map's search (web/static/js/util.js,
// haystack and searchTerms) reads the same fields, so a download holds what the map shows.

// searchTerms splits a search into lowercase words, keeping "quoted phrases" together.
func searchTerms(q string) []string {
	var out []string
	for _, m := range termRe.FindAllStringSubmatch(strings.ToLower(q), -1) {
		if m[1] != "" {
			out = append(out, m[1])
		} else if m[2] != "" {
			out = append(out, m[2])
		}
	}
	return out
}

var termRe = regexp.MustCompile(`"([^"]+)"|(\S+)`)

// formatOf picks the response format: f= wins, then the Accept header; JSON by default.
func formatOf(r interface{ Get(string) string }, accept string, allowed ...string) (string, error) {
	f := r.Get("f")
	if f != "" {
		for _, a := range allowed {
			if f == a {
				return f, nil
			}
		}
		return "", problem(400, typeInvalidParameter, "Invalid parameter f", "f must be one of %s", strings.Join(allowed, ", "))
	}
	return negotiate(accept), nil
}

// negotiate returns "html" when the Accept header prefers HTML to JSON, "json" otherwise.
func negotiate(accept string) string {
	if accept == "" {
		return "json"
	}
	best, bestQ := "json", -1.0
	for i, part := range strings.Split(accept, ",") {
		mt, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			if v, ok := strings.CutPrefix(strings.TrimSpace(p), "q="); ok {
				if f, err := strconv.ParseFloat(v, 64); err == nil {
					q = f
				}
			}
		}
		q -= float64(i) * 1e-6 // earlier wins ties
		var kind string
		switch strings.ToLower(strings.TrimSpace(mt)) {
		case "text/html", "application/xhtml+xml":
			kind = "html"
		case "application/json", "application/geo+json", "application/problem+json", "application/vnd.oai.openapi+json", "application/schema+json":
			kind = "json"
		default:
			continue
		}
		if q > bestQ {
			best, bestQ = kind, q
		}
	}
	return best
}

func fmtFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
