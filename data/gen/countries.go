package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/simplify"

	"conflictmap/geo"
)

// wcCountry is the part of world-countries' countries.json the generator uses.
type wcCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string    `json:"cca2"`
	CCA3         string    `json:"cca3"`
	CCN3         string    `json:"ccn3"`
	Capital      []string  `json:"capital"`
	AltSpellings []string  `json:"altSpellings"`
	LatLng       []float64 `json:"latlng"`
	Demonyms     struct {
		Eng struct {
			F string `json:"f"`
			M string `json:"m"`
		} `json:"eng"`
	} `json:"demonyms"`
}

func readCountries(path string) ([]wcCountry, error) {
	var cs []wcCountry
	if err := readJSON(path, &cs); err != nil {
		return nil, err
	}
	return cs, nil
}

// topology is a TopoJSON topology (only what world-atlas uses).
type topology struct {
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Objects map[string]struct {
		Geometries []struct {
			Type string          `json:"type"`
			ID   string          `json:"id"`
			Arcs json.RawMessage `json:"arcs"`
		} `json:"geometries"`
	} `json:"objects"`
	Arcs [][][2]float64 `json:"arcs"`
}

// readTopo decodes world-atlas' countries TopoJSON into a simplified MultiPolygon per ISO
// 3166-1 numeric code.
func readTopo(path string, tol float64) (map[string]orb.MultiPolygon, error) {
	var t topology
	if err := readJSON(path, &t); err != nil {
		return nil, err
	}
	// Decode the arcs: delta-encoded, quantized positions.
	arcs := make([][]orb.Point, len(t.Arcs))
	for i, a := range t.Arcs {
		pts := make([]orb.Point, len(a))
		var x, y float64
		for j, p := range a {
			if t.Transform != nil {
				x += p[0]
				y += p[1]
				pts[j] = orb.Point{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
			} else {
				pts[j] = orb.Point{p[0], p[1]}
			}
		}
		arcs[i] = pts
	}
	ring := func(idx []int) orb.Ring {
		var r orb.Ring
		for k, i := range idx {
			var pts []orb.Point
			if i >= 0 {
				pts = arcs[i]
			} else {
				src := arcs[^i]
				pts = make([]orb.Point, len(src))
				for j := range src {
					pts[j] = src[len(src)-1-j]
				}
			}
			if k > 0 && len(pts) > 0 {
				pts = pts[1:]
			}
			r = append(r, pts...)
		}
		return r
	}
	polygon := func(rings [][]int) orb.Polygon {
		var p orb.Polygon
		for _, idx := range rings {
			r := ring(idx)
			r = simplify.DouglasPeucker(tol).Ring(r)
			if len(r) < 4 {
				continue
			}
			for i := range r {
				r[i] = orb.Point{round3(r[i][0]), round3(r[i][1])}
			}
			p = append(p, r)
		}
		return p
	}
	out := map[string]orb.MultiPolygon{}
	obj, ok := t.Objects["countries"]
	if !ok {
		return nil, fmt.Errorf("%s: no countries object", path)
	}
	for _, g := range obj.Geometries {
		var mp orb.MultiPolygon
		switch g.Type {
		case "Polygon":
			var rings [][]int
			if err := json.Unmarshal(g.Arcs, &rings); err != nil {
				return nil, err
			}
			if p := polygon(rings); len(p) > 0 {
				mp = append(mp, p)
			}
		case "MultiPolygon":
			var polys [][][]int
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, err
			}
			for _, rings := range polys {
				if p := polygon(rings); len(p) > 0 {
					mp = append(mp, p)
				}
			}
		}
		if g.ID == "" || len(mp) == 0 {
			continue
		}
		out[g.ID] = append(out[g.ID], mp...)
	}
	return out, nil
}

func round3(f float64) float64 { return math.Round(f*1000) / 1000 }

// countryFeature is one country's record in countries.geojson.gz.
type countryFeature struct {
	ISO2, ISO3, Name, Official string
	Names, Demonyms            []string
	Capital                    string // gazetteer id of the capital city
	Place                      string // gazetteer id of the country ("cc:XX")
	Shape                      orb.MultiPolygon
}

// buildCountries makes one place per country and marks each capital city.
func buildCountries(cs []wcCountry, shapes map[string]orb.MultiPolygon, places []*place) ([]*place, []countryFeature) {
	byCountry := map[string][]*place{}
	for _, p := range places {
		if p.order == 3 {
			byCountry[p.country] = append(byCountry[p.country], p)
		}
	}
	var out []*place
	var feats []countryFeature
	noShape := []string{}
	for _, c := range cs {
		if c.CCA2 == "" {
			continue
		}
		p := &place{id: "cc:" + c.CCA2, name: c.Name.Common, country: c.CCA2, level: geo.LevelCountry, feature: "PCLI", order: 0}
		if len(c.LatLng) == 2 {
			p.lat, p.lon = c.LatLng[0], c.LatLng[1]
		}
		f := countryFeature{ISO2: c.CCA2, ISO3: c.CCA3, Name: c.Name.Common, Official: c.Name.Official, Place: p.id}
		// Names: the official name and the alternative spellings that are names, not codes.
		addName := func(s string) {
			s = strings.TrimSpace(s)
			if s == "" || geo.Key(s) == geo.Key(c.Name.Common) || s == strings.ToUpper(s) && len([]rune(s)) <= 4 {
				return
			}
			for _, n := range f.Names {
				if geo.Key(n) == geo.Key(s) {
					return
				}
			}
			f.Names = append(f.Names, s)
		}
		addName(c.Name.Official)
		for _, s := range c.AltSpellings {
			addName(s)
		}
		for _, d := range []string{c.Demonyms.Eng.M, c.Demonyms.Eng.F} {
			if d != "" && !contains(f.Demonyms, d) {
				f.Demonyms = append(f.Demonyms, d)
			}
		}
		if mp, ok := shapes[c.CCN3]; ok && c.CCN3 != "" {
			f.Shape = mp
			b := mp.Bound()
			p.bbox = [4]float64{b.Min[0], b.Min[1], b.Max[0], b.Max[1]}
		} else {
			noShape = append(noShape, c.CCA2)
		}
		// Capital: the PPLC of that name, else the only PPLC, else the largest place of that name.
		if capital := findCapital(c, byCountry[c.CCA2]); capital != nil {
			capital.capital = true
			f.Capital = capital.id
		}
		out = append(out, p)
		feats = append(feats, f)
	}
	sort.Slice(feats, func(i, j int) bool { return feats[i].ISO2 < feats[j].ISO2 })
	log.Printf("countries without a shape: %s", strings.Join(noShape, " "))
	return out, feats
}

func findCapital(c wcCountry, ps []*place) *place {
	if len(c.Capital) == 0 {
		return nil
	}
	key := geo.Key(c.Capital[0])
	var best, onlyPPLC *place
	nPPLC := 0
	for _, p := range ps {
		if p.feature == "PPLC" {
			nPPLC++
			onlyPPLC = p
		}
		match := geo.Key(p.name) == key
		for _, a := range p.alts {
			match = match || geo.Key(a) == key
		}
		if !match {
			continue
		}
		if best == nil || p.feature == "PPLC" && best.feature != "PPLC" ||
			(p.feature == "PPLC") == (best.feature == "PPLC") && p.population > best.population {
			best = p
		}
	}
	if best != nil && best.feature == "PPLC" {
		return best
	}
	if nPPLC == 1 {
		return onlyPPLC
	}
	return best
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// writeGeoJSON writes the countries as a GeoJSON FeatureCollection, one feature a line.
func writeGeoJSON(path string, feats []countryFeature) error {
	var buf bytes.Buffer
	buf.WriteString(`{"type":"FeatureCollection","features":[` + "\n")
	for i, f := range feats {
		props, err := json.Marshal(map[string]any{
			"iso2": f.ISO2, "iso3": f.ISO3, "name": f.Name, "names": nonNil(f.Names),
			"demonyms": nonNil(f.Demonyms), "capital": f.Capital, "place_id": f.Place,
		})
		if err != nil {
			return err
		}
		buf.WriteString(`{"type":"Feature","properties":`)
		buf.Write(props)
		buf.WriteString(`,"geometry":`)
		if len(f.Shape) == 0 {
			buf.WriteString("null")
		} else {
			buf.WriteString(`{"type":"MultiPolygon","coordinates":`)
			writeMulti(&buf, f.Shape)
			buf.WriteString("}")
		}
		buf.WriteString("}")
		if i < len(feats)-1 {
			buf.WriteString(",")
		}
		buf.WriteString("\n")
	}
	buf.WriteString("]}\n")
	return writeGz(path, buf.Bytes())
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func writeMulti(buf *bytes.Buffer, mp orb.MultiPolygon) {
	var b []byte
	b = append(b, '[')
	for i, p := range mp {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		for j, r := range p {
			if j > 0 {
				b = append(b, ',')
			}
			b = append(b, '[')
			for k, pt := range r {
				if k > 0 {
					b = append(b, ',')
				}
				b = append(b, '[')
				b = strconv.AppendFloat(b, pt[0], 'f', -1, 64)
				b = append(b, ',')
				b = strconv.AppendFloat(b, pt[1], 'f', -1, 64)
				b = append(b, ']')
			}
			b = append(b, ']')
		}
		b = append(b, ']')
	}
	b = append(b, ']')
	buf.Write(b)
}
