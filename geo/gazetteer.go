package geo

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"golang.org/x/text/unicode/norm"
	"io"
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"conflictmap/data"
)

// The files Load reads, relative to the root of its fs.FS (data/ in the repository).
const (
	gazetteerFile    = "gazetteer.tsv.gz"     // generated: every place
	countriesFile    = "countries.geojson.gz" // generated: countries' names, demonyms, capitals, shapes
	regionsFile      = "regions.tsv"          // curated: regions no gazetteer lists
	exonymsFile      = "exonyms.tsv"          // curated: exonyms, historic and transliterated names
	demonymsFile     = "demonyms.tsv"         // curated: extra demonyms and adjectives
	countryNamesFile = "country_names.tsv"    // curated: extra English country names
	englishNamesFile = "country_english.tsv"  // curated: the English short name used in news
	gazetteerVersion = "v1"
)

// Gazetteer is the loaded, read-only gazetteer. Safe for concurrent use.
type Gazetteer struct {
	places []Place
	ids    map[string]PlaceRef

	keys   map[string]uint32 // lookup key → index in spans
	spans  [][2]uint32       // [start, end) in hits
	hits   []NameHit
	maxTok map[string]uint8 // first token → most tokens of a key starting with it

	countries []*Country
	byISO     map[string]*Country
	byName    map[string]*Country
	byDemonym map[string]*Country

	// unresolved lists the curated exonyms whose target was not found (for tests and review).
	unresolved []string
}

// LoadEmbedded loads the gazetteer embedded in the binary (Load(data.FS)). It does not cache:
// callers keep the pointer.
func LoadEmbedded() (*Gazetteer, error) { return Load(data.FS) }

// nameEntry is one name of one place, before indexing.
type nameEntry struct {
	kid  uint32
	ref  PlaceRef
	kind NameKind
}

// builder holds the state of a Load.
type builder struct {
	g       *Gazetteer
	entries []nameEntry
	buf     []byte
	rom     *romaniser // news respellings of scholarly romanisations (romanisation.tsv)
}

// Load reads the gazetteer from fsys, laid out like data/: the generated gazetteer.tsv.gz and
// countries.geojson.gz and the curated regions.tsv, exonyms.tsv, demonyms.tsv and
// country_names.tsv. Errors are prefixed "geo: ".
func Load(fsys fs.FS) (*Gazetteer, error) {
	// The countries' shapes decode while the places parse.
	var (
		feats   *geojson.FeatureCollection
		featErr error
		wg      sync.WaitGroup
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				featErr = fmt.Errorf("geo: %s: %v", countriesFile, r)
			}
		}()
		b, err := readGz(fsys, countriesFile)
		if err != nil {
			featErr = err
			return
		}
		feats, err = geojson.UnmarshalFeatureCollection(b)
		if err != nil {
			featErr = fmt.Errorf("geo: %s: %w", countriesFile, err)
		}
	}()

	g := &Gazetteer{}
	rom, err := readRomaniser(fsys)
	if err != nil {
		wg.Wait()
		return nil, err
	}
	b := &builder{g: g, rom: rom}
	err = b.readPlaces(fsys)
	if err == nil {
		err = b.readRegions(fsys)
	}
	wg.Wait()
	if err != nil {
		return nil, err
	}
	if featErr != nil {
		return nil, featErr
	}
	if err := b.readCountries(fsys, feats); err != nil {
		return nil, err
	}
	b.index()
	if err := b.readExonyms(fsys); err != nil {
		return nil, err
	}
	return g, nil
}

func readFile(fsys fs.FS, name string) ([]byte, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("geo: reading gazetteer: %w", err)
	}
	return b, nil
}

func readGz(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("geo: reading gazetteer: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("geo: %s: %w", name, err)
	}
	var buf bytes.Buffer
	if st, err := f.Stat(); err == nil && st.Size() > 0 {
		buf.Grow(int(st.Size()) * 4)
	}
	if _, err := io.Copy(&buf, zr); err != nil {
		return nil, fmt.Errorf("geo: %s: %w", name, err)
	}
	return buf.Bytes(), nil
}

// readGzString is readGz into one string (the places' strings are substrings of it).
func readGzString(fsys fs.FS, name string) (string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return "", fmt.Errorf("geo: reading gazetteer: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return "", fmt.Errorf("geo: %s: %w", name, err)
	}
	var sb strings.Builder
	if st, err := f.Stat(); err == nil && st.Size() > 0 {
		sb.Grow(int(st.Size()) * 4)
	}
	if _, err := io.Copy(&sb, zr); err != nil {
		return "", fmt.Errorf("geo: %s: %w", name, err)
	}
	return sb.String(), nil
}

// cut splits s at the first tab.
func cut(s string) (field, rest string) {
	if i := strings.IndexByte(s, '\t'); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

func parseLevel(s string) (Level, bool) {
	switch s {
	case "country":
		return LevelCountry, true
	case "region":
		return LevelRegion, true
	case "admin1":
		return LevelAdmin1, true
	case "district":
		return LevelDistrict, true
	case "city":
		return LevelCity, true
	case "village":
		return LevelVillage, true
	case "landmark":
		return LevelLandmark, true
	}
	return "", false
}

func parseBound(s string) (orb.Bound, error) {
	var v [4]float64
	for i := range v {
		f, rest, _ := strings.Cut(s, ",")
		x, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil {
			return orb.Bound{}, fmt.Errorf("bad bbox %q", s)
		}
		v[i] = x
		s = rest
	}
	return orb.Bound{Min: orb.Point{v[0], v[1]}, Max: orb.Point{v[2], v[3]}}, nil
}

// addName queues one name of place ref for indexing.
func (b *builder) addName(name string, ref PlaceRef, kind NameKind) {
	b.buf = appendKey(b.buf[:0], name)
	if len(b.buf) == 0 {
		return
	}
	kid, ok := b.g.keys[string(b.buf)]
	if !ok {
		digits := true
		for _, c := range b.buf {
			if c != ' ' && (c < '0' || c > '9') {
				digits = false
				break
			}
		}
		if digits {
			return
		}
		key := string(b.buf)
		kid = uint32(len(b.g.keys))
		b.g.keys[key] = kid
		first, _, _ := strings.Cut(key, " ")
		if n := keyTokens(key); n > int(b.g.maxTok[first]) {
			if n > 255 {
				n = 255
			}
			b.g.maxTok[first] = uint8(n)
		}
	}
	b.entries = append(b.entries, nameEntry{kid, ref, kind})
}

// addNames queues a |-separated list of names.
func (b *builder) addNames(list string, ref PlaceRef, kind NameKind) {
	for list != "" {
		n, rest, _ := strings.Cut(list, "|")
		b.addName(n, ref, kind)
		list = rest
	}
}

func (b *builder) readPlaces(fsys fs.FS) error {
	s, err := readGzString(fsys, gazetteerFile)
	if err != nil {
		return err
	}
	g := b.g
	// Header: "#conflictmap-gazetteer\tv1\t…", then the column names.
	line, s, _ := strings.Cut(s, "\n")
	magic, rest := cut(line)
	version, _ := cut(rest)
	if magic != "#conflictmap-gazetteer" {
		return fmt.Errorf("geo: %s: not a conflictmap gazetteer", gazetteerFile)
	}
	if version != gazetteerVersion {
		return fmt.Errorf("geo: %s: version %q, want %q (regenerate with go generate ./data)", gazetteerFile, version, gazetteerVersion)
	}
	_, s, _ = strings.Cut(s, "\n")

	n := strings.Count(s, "\n") + 1
	g.places = make([]Place, 0, n+512)
	g.ids = make(map[string]PlaceRef, n+512)
	g.keys = make(map[string]uint32, n*2)
	g.maxTok = make(map[string]uint8, n)
	b.entries = make([]nameEntry, 0, n*3)

	type adm struct{ cc, code string }
	admin1 := map[adm]PlaceRef{}
	lineNo := 2
	for s != "" {
		line, s, _ = strings.Cut(s, "\n")
		lineNo++
		if line == "" {
			continue
		}
		var f [13]string
		rest := line
		for i := range f {
			f[i], rest = cut(rest)
		}
		level, ok := parseLevel(f[4])
		if !ok || f[0] == "" || f[1] == "" {
			return fmt.Errorf("geo: %s:%d: bad line", gazetteerFile, lineNo)
		}
		p := Place{ID: f[0], Name: f[1], Country: f[2], Level: level, Feature: f[5]}
		if f[6] != "" {
			if p.Population, err = strconv.Atoi(f[6]); err != nil {
				return fmt.Errorf("geo: %s:%d: bad population", gazetteerFile, lineNo)
			}
		}
		var err1, err2 error
		p.Lat, err1 = strconv.ParseFloat(f[7], 64)
		p.Lon, err2 = strconv.ParseFloat(f[8], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("geo: %s:%d: bad coordinates", gazetteerFile, lineNo)
		}
		p.Capital = f[9] == "1"
		if f[10] != "" {
			if p.Bound, err = parseBound(f[10]); err != nil {
				return fmt.Errorf("geo: %s:%d: %v", gazetteerFile, lineNo, err)
			}
		}
		ref := PlaceRef(len(g.places))
		if f[3] != "" {
			k := adm{p.Country, f[3]}
			if level == LevelAdmin1 {
				// Admin1 rows come first; their code string is shared by their places.
				p.Admin1 = p.Name
				p.Admin1Code = strings.TrimPrefix(p.ID, "adm1:")
				admin1[k] = ref
			} else if r, ok := admin1[k]; ok {
				a := &g.places[r]
				p.Admin1, p.Admin1Code = a.Name, a.Admin1Code
			} else {
				p.Admin1Code = p.Country + "." + f[3]
			}
		}
		if _, dup := g.ids[p.ID]; dup {
			return fmt.Errorf("geo: %s:%d: duplicate id %s", gazetteerFile, lineNo, p.ID)
		}
		g.ids[p.ID] = ref
		b.addName(p.Name, ref, NamePrimary)
		for _, v := range b.rom.respell(p.Name, p.Country, p.Level) {
			b.addName(v, ref, NameTranslit) // Khān Yūnis as news writes it: Khan Younis
		}
		if !isASCII(p.Name) {
			p.Name = englishName(p.Name, p.Country, f[11], f[12])
		}
		g.places = append(g.places, p)
		b.addNames(f[11], ref, NameAlt)
		b.addNames(f[12], ref, NameTranslit)
		if p.Country == "UA" {
			if v := UkrainianVariant(p.Name); v != p.Name {
				b.addName(v, ref, NameTranslit) // Avdiyivka as news writes it: Avdiivka
			}
		}
	}
	return nil
}

// index groups the queued names by key into hits: each place once per key, with its best kind.
func (b *builder) index() {
	g := b.g
	counts := make([]uint32, len(g.keys)+1)
	for _, e := range b.entries {
		counts[e.kid+1]++
	}
	for i := 1; i < len(counts); i++ {
		counts[i] += counts[i-1]
	}
	hits := make([]NameHit, len(b.entries))
	next := slices.Clone(counts[:len(g.keys)])
	for _, e := range b.entries {
		hits[next[e.kid]] = NameHit{Ref: e.ref, Kind: e.kind}
		next[e.kid]++
	}
	b.entries = nil
	// Deduplicate each key's hits in place, compacting.
	g.spans = make([][2]uint32, len(g.keys))
	w := uint32(0)
	for kid := range g.spans {
		group := hits[counts[kid]:counts[kid+1]]
		if len(group) > 1 {
			sortHits(group)
		}
		start := w
		for i, h := range group {
			if i > 0 && h.Ref == group[i-1].Ref {
				continue // sorted by ref then kind: the first is the best
			}
			hits[w] = h
			w++
		}
		g.spans[kid] = [2]uint32{start, w}
	}
	g.hits = hits[:w:w]
}

func sortHits(h []NameHit) {
	if len(h) < 12 {
		for i := 1; i < len(h); i++ {
			for j := i; j > 0 && hitLess(h[j], h[j-1]); j-- {
				h[j], h[j-1] = h[j-1], h[j]
			}
		}
		return
	}
	slices.SortFunc(h, func(a, b NameHit) int {
		if hitLess(a, b) {
			return -1
		}
		if hitLess(b, a) {
			return 1
		}
		return 0
	})
}

func hitLess(a, b NameHit) bool {
	if a.Ref != b.Ref {
		return a.Ref < b.Ref
	}
	return a.Kind < b.Kind
}

// Len is the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }

// Place is the place r refers to, or nil for NoPlace or a ref out of range.
func (g *Gazetteer) Place(r PlaceRef) *Place {
	if r < 0 || int(r) >= len(g.places) {
		return nil
	}
	return &g.places[r]
}

// ByID finds a place by its id ("587084", "cc:AZ", "region:nagorno-karabakh").
func (g *Gazetteer) ByID(id string) (PlaceRef, bool) {
	r, ok := g.ids[id]
	if !ok {
		return NoPlace, false
	}
	return r, true
}

// Lookup returns every place with the name whose key is key (see Key), each once with its best
// NameKind. The slice is shared: do not modify it.
func (g *Gazetteer) Lookup(key string) []NameHit {
	kid, ok := g.keys[key]
	if !ok {
		return nil
	}
	s := g.spans[kid]
	return g.hits[s[0]:s[1]:s[1]]
}

// MaxTokens is the number of tokens of the longest name that starts with the folded token
// firstToken; 0 if none does.
func (g *Gazetteer) MaxTokens(firstToken string) int { return int(g.maxTok[firstToken]) }

// Country is the country with ISO 3166-1 alpha-2 code iso2 (either case), nil if unknown.
func (g *Gazetteer) Country(iso2 string) *Country {
	if c := g.byISO[iso2]; c != nil {
		return c
	}
	return g.byISO[strings.ToUpper(iso2)]
}

// Countries lists the countries by ISO code. The slice is shared: do not modify it.
func (g *Gazetteer) Countries() []*Country { return g.countries }

// CountryByName finds a country by the key of one of its names ("russian federation").
func (g *Gazetteer) CountryByName(key string) *Country { return g.byName[key] }

// CountryByDemonym finds a country by the key of a demonym or adjective ("azeri", "turkish").
func (g *Gazetteer) CountryByDemonym(key string) *Country { return g.byDemonym[key] }

// Within lists the places inside b with at least minPopulation people (countries and regions
// only if their point is inside), largest first.
func (g *Gazetteer) Within(b orb.Bound, minPopulation int) []PlaceRef {
	var out []PlaceRef
	for i := range g.places {
		p := &g.places[i]
		if p.Population < minPopulation || !b.Contains(orb.Point{p.Lon, p.Lat}) {
			continue
		}
		out = append(out, PlaceRef(i))
	}
	sort.SliceStable(out, func(i, j int) bool {
		return g.places[out[i]].Population > g.places[out[j]].Population
	})
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// firstASCII returns the first name of a |-separated list written in ASCII only.
func firstASCII(list string) string {
	for _, n := range strings.Split(list, "|") {
		if n = strings.TrimSpace(n); n != "" && isASCII(n) {
			return n
		}
	}
	return ""
}

// englishName is how English news writes a place's name: Azerbaijani names transliterated
// (Naxçıvan → Nakhchivan), others without diacritics and transliteration marks
// (‘Afrīn → Afrin, Constanţa → Constanta). The name as given stays a name of the place.
func englishName(name, country, alt, translit string) string {
	if country == "AZ" {
		if e := firstASCII(alt); e != "" {
			return e
		}
		if e := firstASCII(translit); e != "" {
			return e
		}
	}
	var b strings.Builder
	for _, r := range name {
		if r < foldTableSize {
			b.WriteString(displayTable[r])
		} else {
			b.WriteRune(r)
		}
	}
	out := strings.TrimSpace(b.String())
	if out == "" || !isASCII(out) {
		return name // another script: keep it
	}
	return out
}

// displayTable maps a rune below foldTableSize to its English display form: diacritics and
// transliteration marks dropped, case kept (ţ → t, Ş → S, ‘ → "").
var displayTable = buildDisplayTable()

func buildDisplayTable() []string {
	t := make([]string, foldTableSize)
	for r := rune(0); r < foldTableSize; r++ {
		switch {
		case r == '‘' || r == '’' || r == 'ʿ' || r == 'ʾ' || r == '`':
			continue
		case unicode.Is(unicode.Mn, r):
			continue
		}
		if s, ok := foldSpecial[r]; ok && s != "" && r != 'ə' && r != 'Ə' {
			if unicode.IsUpper(r) {
				s = strings.ToUpper(s[:1]) + s[1:]
			}
			t[r] = s
			continue
		}
		var out []rune
		for _, c := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, c) {
				out = append(out, c)
			}
		}
		if len(out) == 0 {
			out = []rune{r}
		}
		t[r] = string(out)
	}
	return t
}
