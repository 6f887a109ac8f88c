package geo

// The curated tables read at load time: regions.tsv, exonyms.tsv, demonyms.tsv,
// country_names.tsv and the countries of countries.geojson.gz.

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

// tsvLines calls fn with the fields of each line of a curated TSV file, skipping blank lines,
// # comments and the header line (the first line that is not a comment).
func tsvLines(fsys fs.FS, name string, minFields int, fn func(lineNo int, f []string) error) error {
	bs, err := readFile(fsys, name)
	if err != nil {
		return err
	}
	header := true
	for i, line := range strings.Split(string(bs), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		f := strings.Split(line, "\t")
		for j := range f {
			f[j] = strings.TrimSpace(f[j])
		}
		if len(f) < minFields {
			return fmt.Errorf("geo: %s:%d: want %d tab-separated fields, have %d", name, i+1, minFields, len(f))
		}
		if err := fn(i+1, f); err != nil {
			return fmt.Errorf("geo: %s:%d: %v", name, i+1, err)
		}
	}
	return nil
}

// readRegions adds the curated regions: id, name, aliases, country, level, lat, lon, bbox.
func (b *builder) readRegions(fsys fs.FS) error {
	g := b.g
	return tsvLines(fsys, regionsFile, 7, func(_ int, f []string) error {
		level, ok := parseLevel(f[4])
		if !ok {
			return fmt.Errorf("bad level %q", f[4])
		}
		lat, err1 := strconv.ParseFloat(f[5], 64)
		lon, err2 := strconv.ParseFloat(f[6], 64)
		if err1 != nil || err2 != nil {
			return errors.New("bad coordinates")
		}
		feature := "RGN"
		if level == LevelCity || level == LevelVillage {
			feature = "PPL"
		}
		p := Place{ID: "region:" + f[0], Name: f[1], Country: f[3], Level: level, Feature: feature, Lat: lat, Lon: lon}
		if len(f) > 7 && f[7] != "" {
			bd, err := parseBound(f[7])
			if err != nil {
				return err
			}
			p.Bound = bd
		}
		if len(f) > 8 && f[8] != "" && (level == LevelCity || level == LevelVillage) {
			// the province it lies in, as the gazetteer's own towns have it: "the village of Sotk
			// in Gegharkunik province"
			p.Admin1Code = p.Country + "." + f[8]
			if r, ok := g.ids["adm1:"+p.Admin1Code]; ok {
				p.Admin1 = g.places[r].Name
			}
		}
		if _, dup := g.ids[p.ID]; dup {
			return fmt.Errorf("duplicate id %s", p.ID)
		}
		ref := PlaceRef(len(g.places))
		g.ids[p.ID] = ref
		b.addName(p.Name, ref, NamePrimary)
		if !isASCII(p.Name) {
			p.Name = englishName(p.Name, p.Country, f[11], f[12])
		}
		g.places = append(g.places, p)
		b.addNames(f[2], ref, NameAlt)
		return nil
	})
}

// readCountries builds the Country records from countries.geojson.gz and the curated
// demonyms.tsv and country_names.tsv.
func (b *builder) readCountries(fsys fs.FS, fc *geojson.FeatureCollection) error {
	g := b.g
	g.byISO = map[string]*Country{}
	g.byName = map[string]*Country{}
	g.byDemonym = map[string]*Country{}
	curatedKey := map[string]bool{}
	strs := func(v any) []string {
		a, _ := v.([]any)
		out := make([]string, 0, len(a))
		for _, x := range a {
			if s, ok := x.(string); ok && s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	for _, f := range fc.Features {
		iso2 := f.Properties.MustString("iso2", "")
		ref, ok := g.ids[f.Properties.MustString("place_id", "")]
		if iso2 == "" || !ok {
			continue
		}
		c := &Country{ISO2: iso2, ISO3: f.Properties.MustString("iso3", ""), Name: g.places[ref].Name,
			Names: strs(f.Properties["names"]), Demonyms: strs(f.Properties["demonyms"]),
			Capital: NoPlace, Place: ref}
		if r, ok := g.ids[f.Properties.MustString("capital", "")]; ok && f.Properties.MustString("capital", "") != "" {
			c.Capital = r
		}
		if f.Geometry != nil {
			switch s := f.Geometry.(type) {
			case orb.MultiPolygon:
				c.Shape = s
			case orb.Polygon:
				c.Shape = orb.MultiPolygon{s}
			}
		}
		g.countries = append(g.countries, c)
		g.byISO[iso2] = c
	}
	// The curated names and demonyms win over the generated ones; among generated ones that
	// several countries share ("American": the US, American Samoa …), the country whose capital
	// is largest wins.
	curNames := map[*Country][]string{}
	curDemonyms := map[*Country][]string{}
	extra := func(name string, m map[*Country][]string) error {
		return tsvLines(fsys, name, 2, func(_ int, f []string) error {
			c := g.byISO[strings.ToUpper(f[0])]
			if c == nil {
				return fmt.Errorf("unknown country %q", f[0])
			}
			for _, v := range strings.Split(f[1], "|") {
				if v = strings.TrimSpace(v); v != "" {
					m[c] = append(m[c], v)
				}
			}
			return nil
		})
	}
	if err := extra(countryNamesFile, curNames); err != nil {
		return err
	}
	if err := extra(demonymsFile, curDemonyms); err != nil {
		return err
	}
	size := func(c *Country) int {
		if c.Capital == NoPlace {
			return 0
		}
		return g.places[c.Capital].Population
	}
	claim := func(m map[string]*Country, v string, c *Country, curated bool) {
		k := Key(v)
		if k == "" {
			return
		}
		if o := m[k]; o == nil || !curated && o != c && size(c) > size(o) && !curatedKey[k] {
			m[k] = c
		}
	}
	// the English short name news writes ("Turkey"), where the source gives another
	if err := tsvLines(fsys, englishNamesFile, 2, func(_ int, f []string) error {
		c := g.byISO[strings.ToUpper(f[0])]
		if c == nil {
			return fmt.Errorf("unknown country %q", f[0])
		}
		if old := c.Name; old != f[1] {
			c.Names = append(c.Names, old)
			c.Name = f[1]
			g.places[c.Place].Name = f[1]
			b.addName(f[1], c.Place, NamePrimary)
		}
		return nil
	}); err != nil {
		return err
	}
	for _, c := range g.countries {
		g.byName[Key(c.Name)] = c
		curatedKey[Key(c.Name)] = true
	}
	for _, c := range g.countries {
		for _, v := range curNames[c] {
			claim(g.byName, v, c, true)
			curatedKey[Key(v)] = true
		}
		for _, v := range curDemonyms[c] {
			claim(g.byDemonym, v, c, true)
			curatedKey[Key(v)] = true
		}
	}
	for _, c := range g.countries {
		for _, v := range c.Names {
			claim(g.byName, v, c, false)
		}
		for _, v := range c.Demonyms {
			claim(g.byDemonym, v, c, false)
		}
		for _, v := range curNames[c] {
			if !containsKey(c.Names, v) && Key(v) != Key(c.Name) {
				c.Names = append(c.Names, v)
			}
		}
		for _, v := range curDemonyms[c] {
			if !containsKey(c.Demonyms, v) {
				c.Demonyms = append(c.Demonyms, v)
			}
		}
		for _, n := range c.Names {
			b.addName(n, c.Place, NameAlt)
		}
	}
	sort.Slice(g.countries, func(i, j int) bool { return g.countries[i].ISO2 < g.countries[j].ISO2 })
	return nil
}

func containsKey(list []string, s string) bool {
	k := Key(s)
	for _, x := range list {
		if Key(x) == k {
			return true
		}
	}
	return false
}

// readExonyms adds the curated exonyms: name, country, target, levels, note. The target is a
// gazetteer id (a GeoNames id, "region:slug", "cc:XX", "adm1:AZ.26") or a name, matched by key
// among the country's places of the listed levels (comma-separated; empty or * for any).
func (b *builder) readExonyms(fsys fs.FS) error {
	g := b.g
	added := map[string][]NameHit{}
	var order []string
	err := tsvLines(fsys, exonymsFile, 3, func(lineNo int, f []string) error {
		name, cc, target := f[0], strings.ToUpper(f[1]), f[2]
		levels := ""
		if len(f) > 3 {
			levels = f[3]
		}
		key := Key(name)
		if key == "" || target == "" {
			return errors.New("empty name or target")
		}
		var refs []PlaceRef
		if r, ok := g.ids[target]; ok {
			refs = append(refs, r)
		} else {
			for _, h := range g.Lookup(Key(target)) {
				p := &g.places[h.Ref]
				if (cc == "" || p.Country == cc) && levelIn(p.Level, levels) {
					refs = append(refs, h.Ref)
				}
			}
		}
		if len(refs) == 0 {
			g.unresolved = append(g.unresolved, fmt.Sprintf("%s:%d: %s → %s %s", exonymsFile, lineNo, name, cc, target))
			return nil
		}
		if _, ok := added[key]; !ok {
			order = append(order, key)
		}
		for _, r := range refs {
			added[key] = append(added[key], NameHit{Ref: r, Kind: NameExonym})
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, key := range order {
		group := append(slices.Clone(g.Lookup(key)), added[key]...)
		sortHits(group)
		start := uint32(len(g.hits))
		for i, h := range group {
			if i > 0 && h.Ref == group[i-1].Ref {
				continue
			}
			g.hits = append(g.hits, h)
		}
		span := [2]uint32{start, uint32(len(g.hits))}
		if kid, ok := g.keys[key]; ok {
			g.spans[kid] = span
		} else {
			g.keys[key] = uint32(len(g.spans))
			g.spans = append(g.spans, span)
			first, _, _ := strings.Cut(key, " ")
			if n := keyTokens(key); n > int(g.maxTok[first]) {
				g.maxTok[first] = uint8(min(n, 255))
			}
		}
	}
	return nil
}

func levelIn(l Level, levels string) bool {
	if levels == "" || levels == "*" {
		return true
	}
	for levels != "" {
		var x string
		x, levels, _ = strings.Cut(levels, ",")
		x = strings.TrimSpace(x)
		if Level(x) == l || x == string(LevelCity) && l == LevelVillage {
			return true
		}
	}
	return false
}
