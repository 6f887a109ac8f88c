package geo

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"math"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/paulmach/orb"

	"conflictmap/data"
)

var (
	testGazOnce sync.Once
	testGaz     *Gazetteer
	testGazErr  error
)

func loadTestGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	testGazOnce.Do(func() { testGaz, testGazErr = LoadEmbedded() })
	if testGazErr != nil {
		t.Fatalf("LoadEmbedded: %v", testGazErr)
	}
	return testGaz
}

// km is the great-circle distance between two points in kilometres.
func km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}

// candidates are the places a name can mean.
func candidates(g *Gazetteer, name string) []*Place {
	var out []*Place
	for _, h := range g.Lookup(Key(name)) {
		out = append(out, g.Place(h.Ref))
	}
	return out
}

func TestGazetteerLookup(t *testing.T) {
	g := loadTestGazetteer(t)
	if g.Len() < 150000 {
		t.Fatalf("Len = %d, want a world gazetteer", g.Len())
	}
	type want struct {
		country  string
		level    Level // "" = any
		lat, lon float64
		withinKm float64
		capital  bool
	}
	tests := []struct {
		name  string
		wants []want // each must be among the candidates
	}{
		{"Baku", []want{{"AZ", LevelCity, 40.38, 49.89, 10, true}}},
		{"Shusha", []want{{"AZ", LevelCity, 39.76, 46.75, 5, false}}},
		{"Shushi", []want{{"AZ", LevelCity, 39.76, 46.75, 5, false}}},
		{"Şuşa", []want{{"AZ", LevelCity, 39.76, 46.75, 5, false}}},
		{"Kalbajar", []want{{"AZ", LevelCity, 40.11, 46.04, 50, false}, {"AZ", LevelAdmin1, 40.11, 46.04, 50, false}}},
		{"Kelbajar", []want{{"AZ", LevelCity, 40.11, 46.04, 50, false}, {"AZ", LevelAdmin1, 40.11, 46.04, 50, false}}},
		{"Kəlbəcər", []want{{"AZ", "", 40.11, 46.04, 50, false}}},
		{"Kalbajar District", []want{{"AZ", LevelAdmin1, 40.11, 46.04, 50, false}}},
		{"Fizuli", []want{{"AZ", LevelCity, 39.60, 47.15, 5, false}}},
		{"Fuzuli", []want{{"AZ", LevelCity, 39.60, 47.15, 5, false}, {"AZ", LevelAdmin1, 39.60, 47.15, 30, false}}},
		{"Nakhchivan", []want{{"AZ", LevelCity, 39.21, 45.41, 5, false}, {"AZ", LevelAdmin1, 39.3, 45.4, 80, false}}},
		{"Nakhichevan", []want{{"AZ", LevelCity, 39.21, 45.41, 5, false}, {"AZ", LevelAdmin1, 39.3, 45.4, 80, false}}},
		{"Stepanakert", []want{{"AZ", LevelCity, 39.82, 46.75, 5, false}}},
		{"Khankendi", []want{{"AZ", LevelCity, 39.82, 46.75, 5, false}}},
		{"Lachin", []want{{"AZ", LevelCity, 39.63, 46.55, 10, false}, {"AZ", LevelAdmin1, 39.6, 46.55, 40, false}}},
		{"Laçın", []want{{"AZ", LevelCity, 39.63, 46.55, 10, false}}},
		{"Ganja", []want{{"AZ", LevelCity, 40.68, 46.36, 5, false}}},
		{"Yerevan", []want{{"AM", LevelCity, 40.18, 44.51, 10, true}}},
		{"Tiflis", []want{{"GE", LevelCity, 41.69, 44.83, 10, true}}},
		{"Dagestan", []want{{"RU", LevelAdmin1, 42.5, 47.0, 200, false}}},
		{"Bolu", []want{{"TR", "", 40.74, 31.61, 20, false}}},
		{"Georgia", []want{{"GE", LevelCountry, 42, 43.5, 100, false}, {"US", LevelAdmin1, 32.7, -83.5, 300, false}}},
		{"Nagorno-Karabakh", []want{{"AZ", LevelRegion, 39.82, 46.75, 20, false}}},
		{"Karabakh", []want{{"AZ", LevelRegion, 39.82, 46.75, 20, false}}},
		{"Artsakh", []want{{"AZ", LevelRegion, 39.82, 46.75, 20, false}}},
		{"South Caucasus", []want{{"", LevelRegion, 41, 45, 50, false}}},
		{"Russian Federation", []want{{"RU", LevelCountry, 60, 100, 100, false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cands := candidates(g, tt.name)
			if len(cands) == 0 {
				t.Fatalf("no candidates for %q (key %q)", tt.name, Key(tt.name))
			}
			for _, w := range tt.wants {
				found := false
				for _, p := range cands {
					if p.Country == w.country && (w.level == "" || p.Level == w.level) &&
						km(p.Lat, p.Lon, w.lat, w.lon) <= w.withinKm && (!w.capital || p.Capital) {
						found = true
						break
					}
				}
				if !found {
					var got []string
					for _, p := range cands {
						if len(got) < 15 {
							got = append(got, p.ID+" "+p.Name+" "+p.Country+" "+string(p.Level))
						}
					}
					t.Errorf("%q: no %+v among %d candidates: %s", tt.name, w, len(cands), strings.Join(got, "; "))
				}
			}
		})
	}
}

func TestGazetteerHitsUnique(t *testing.T) {
	g := loadTestGazetteer(t)
	for _, name := range []string{"Shusha", "Kalbajar", "Georgia", "Springfield", "San Jose"} {
		seen := map[PlaceRef]bool{}
		for _, h := range g.Lookup(Key(name)) {
			if seen[h.Ref] {
				t.Errorf("%s: place %d twice", name, h.Ref)
			}
			seen[h.Ref] = true
		}
	}
	if hits := g.Lookup("shusha"); len(hits) > 0 {
		for _, h := range hits {
			if p := g.Place(h.Ref); p.ID == "147105" && h.Kind != NamePrimary {
				t.Errorf("Shusha town kind %d, want primary", h.Kind)
			}
		}
	}
}

func TestGazetteerExonymsResolve(t *testing.T) {
	g := loadTestGazetteer(t)
	for _, u := range g.unresolved {
		t.Errorf("unresolved exonym %s", u)
	}
}

func TestGazetteerCountries(t *testing.T) {
	g := loadTestGazetteer(t)
	if n := len(g.Countries()); n < 240 {
		t.Errorf("%d countries", n)
	}
	demonyms := map[string]string{"azeri": "AZ", "azerbaijani": "AZ", "turkish": "TR", "russian": "RU",
		"armenian": "AM", "georgian": "GE", "iranian": "IR", "american": "US", "british": "GB"}
	for k, iso := range demonyms {
		t.Run("demonym "+k, func(t *testing.T) {
			if c := g.CountryByDemonym(k); c == nil || c.ISO2 != iso {
				t.Errorf("CountryByDemonym(%q) = %v, want %s", k, c, iso)
			}
		})
	}
	names := map[string]string{"russian federation": "RU", "russia": "RU", "azerbaijan": "AZ",
		"republic of azerbaijan": "AZ", "turkiye": "TR", "turkey": "TR", "armenia": "AM", "georgia": "GE",
		"united states": "US", "iran": "IR"}
	for k, iso := range names {
		t.Run("name "+k, func(t *testing.T) {
			if c := g.CountryByName(k); c == nil || c.ISO2 != iso {
				t.Errorf("CountryByName(%q) = %v, want %s", k, c, iso)
			}
		})
	}
	for _, iso := range []string{"AZ", "AM", "TR", "RU", "GE", "IR"} {
		t.Run("country "+iso, func(t *testing.T) {
			c := g.Country(iso)
			if c == nil {
				t.Fatal("nil")
			}
			if c.Capital == NoPlace || !g.Place(c.Capital).Capital || g.Place(c.Capital).Country != iso {
				t.Errorf("capital %v", c.Capital)
			}
			p := g.Place(c.Place)
			if p.Level != LevelCountry || p.ID != "cc:"+iso || p.Bound.IsZero() {
				t.Errorf("place %+v", p)
			}
			if len(c.Shape) == 0 || !c.Shape.Bound().Contains(p.Point()) {
				t.Errorf("shape %v does not hold %v", c.Shape.Bound(), p.Point())
			}
		})
	}
	if g.Place(g.Country("AZ").Capital).Name != "Baku" {
		t.Error("AZ capital is not Baku")
	}
	if g.Country("zz") != nil {
		t.Error("Country(zz) not nil")
	}
}

func TestGazetteerMisc(t *testing.T) {
	g := loadTestGazetteer(t)
	if n := g.MaxTokens("nagorno"); n < 2 {
		t.Errorf("MaxTokens(nagorno) = %d", n)
	}
	if n := g.MaxTokens("zzqxj"); n != 0 {
		t.Errorf("MaxTokens(zzqxj) = %d", n)
	}
	r, ok := g.ByID("region:nagorno-karabakh")
	if !ok || g.Place(r).Name != "Nagorno-Karabakh" || g.Place(r).Bound.IsZero() {
		t.Errorf("ByID region: %v %v", r, ok)
	}
	if _, ok := g.ByID("nope"); ok {
		t.Error("ByID(nope)")
	}
	if g.Place(NoPlace) != nil || g.Place(PlaceRef(g.Len())) != nil {
		t.Error("Place out of range not nil")
	}
	if hits := g.Lookup("1234"); len(hits) != 0 {
		t.Error("digits-only name indexed")
	}
	// Within: the South Caucasus' larger places, largest first.
	refs := g.Within(orb.Bound{Min: orb.Point{43, 38.5}, Max: orb.Point{50.5, 42}}, 100000)
	if len(refs) < 5 || g.Place(refs[0]).Population < g.Place(refs[len(refs)-1]).Population {
		t.Fatalf("Within: %d places", len(refs))
	}
	var baku bool
	for _, r := range refs {
		baku = baku || g.Place(r).Name == "Baku"
	}
	if !baku {
		t.Error("Within misses Baku")
	}
	// Admin1 names reach places.
	for _, h := range g.Lookup("shusha") {
		if p := g.Place(h.Ref); p.ID == "147105" && (p.Admin1Code != "AZ.55" || p.Admin1 == "") {
			t.Errorf("Shusha admin1 %q %q", p.Admin1, p.Admin1Code)
		}
	}
}

func TestGazetteerLoadErrors(t *testing.T) {
	base := fstest.MapFS{}
	err := fs.WalkDir(data.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(data.FS, p)
		base[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	gz := func(s string) []byte {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.Bytes()
	}
	with := func(name string, b []byte) fstest.MapFS {
		m := fstest.MapFS{}
		for k, v := range base {
			m[k] = v
		}
		if b == nil {
			delete(m, name)
		} else {
			m[name] = &fstest.MapFile{Data: b}
		}
		return m
	}
	tests := []struct {
		name string
		fsys fs.FS
	}{
		{"missing gazetteer", with("gazetteer.tsv.gz", nil)},
		{"missing countries", with("countries.geojson.gz", nil)},
		{"missing regions", with("regions.tsv", nil)},
		{"missing exonyms", with("exonyms.tsv", nil)},
		{"corrupt gzip", with("gazetteer.tsv.gz", []byte("not gzip at all"))},
		{"truncated gzip", with("gazetteer.tsv.gz", base["gazetteer.tsv.gz"].Data[:1000])},
		{"corrupt countries", with("countries.geojson.gz", gz("{not json"))},
		{"wrong version", with("gazetteer.tsv.gz", gz("#conflictmap-gazetteer\tv0\n"))},
		{"bad row", with("gazetteer.tsv.gz", gz("#conflictmap-gazetteer\tv1\nheader\nx\ty\n"))},
		{"bad region", with("regions.tsv", []byte("h\nx\tX\t\t\tregion\tnorth\t1\n"))},
		{"unknown demonym country", with("demonyms.tsv", []byte("h\nQQ\tQuux\n"))},
		{"empty fs", fstest.MapFS{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := Load(tt.fsys)
			if err == nil || g != nil {
				t.Fatalf("Load = %v, %v; want an error", g, err)
			}
			if !strings.HasPrefix(err.Error(), "geo: ") {
				t.Errorf("error %q lacks the geo: prefix", err)
			}
		})
	}
}
