package geo

import (
	"math"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// cue is what the words around a name say about its kind: "district of X", "town of X".
type cue int

const (
	cueNone cue = iota
	cueDivision
	cueSettlement
)

var (
	divisionWords   = set("district", "districts", "region", "province", "oblast", "rayon", "raion", "governorate", "county", "state", "marz", "municipality", "autonomous", "republic")
	settlementWords = set("town", "city", "village", "settlement", "capital", "hamlet", "port", "suburb", "township")
)

// cueOf reads the cue words around span s: "the district of Kalbajar", "Kalbajar district",
// "the town of Fizuli".
func (p *Parser) cueOf(d *Doc, s *span) cue {
	if s.i >= 2 && d.Tokens[s.i-1].Text == "of" {
		w := d.Tokens[s.i-2].Text
		if divisionWords[w] {
			return cueDivision
		}
		if settlementWords[w] {
			return cueSettlement
		}
	}
	if s.j < len(d.Tokens) {
		w := d.Tokens[s.j].Text
		if divisionWords[w] && w != "state" && w != "republic" || w == "state" && p.stateEnds(d, s.j) {
			return cueDivision
		}
		if settlementWords[w] && w != "capital" && w != "port" {
			return cueSettlement
		}
	}
	return cueNone
}

// stateEnds reports whether the "state" at token k ends its phrase (georules.tsv, stateend):
// "in Sennar state, the army said", "Kassala state from", and so names a division, not
// "Azerbaijan state border" or "Russian state media".
func (p *Parser) stateEnds(d *Doc, k int) bool {
	if k+1 >= len(d.Tokens) || strings.TrimSpace(d.gap(k)) != "" {
		return true
	}
	return p.rules.stateEnd[d.Tokens[k+1].Text]
}

// context is what a document says about where it is: the countries it names and the places
// that it names unambiguously.
type context struct {
	countries map[string]float64 // ISO2 → weight
	points    []orb.Point        // one per distinct place
	cosLat    []float64          // cosLat[k]: the cosine of points[k]'s latitude (nearestKm)
	seen      map[string]bool
	admin1s   map[string]bool // the Admin1Code of each first-level division the text names
}

// add makes a resolved place context: its country, and its point (once per place).
func (c *context) add(pl *Place) {
	if pl.Country != "" {
		c.countries[pl.Country]++
	}
	if pl.Level == LevelAdmin1 && pl.Admin1Code != "" {
		if c.admin1s == nil {
			c.admin1s = map[string]bool{}
		}
		c.admin1s[pl.Admin1Code] = true
	}
	if pl.Level == LevelCountry || pl.Level == LevelRegion || c.seen[pl.ID] {
		return
	}
	if c.seen == nil {
		c.seen = map[string]bool{}
	}
	c.seen[pl.ID] = true
	if len(c.points) < 64 {
		c.points = append(c.points, pl.Point())
		c.cosLat = append(c.cosLat, math.Cos(pl.Point()[1]*math.Pi/180))
	}
}

// dominant returns the candidate that wins by a wide margin without any context, or nil.
func (p *Parser) dominant(s *span, d *Doc) *Place {
	empty := &context{countries: map[string]float64{}}
	c := p.cueOf(d, s)
	var best *Place
	first, second := math.Inf(-1), math.Inf(-1)
	for _, h := range s.hits {
		pl := p.g.Place(h.Ref)
		sc := p.score(h, pl, empty, c)
		switch {
		case sc > first:
			second, first, best = first, sc, pl
		case sc > second:
			second = sc
		}
	}
	if first-second >= 2 {
		return best
	}
	return nil
}

// resolve picks a place for every span. Unambiguous names go first; the rest are ranked with the
// document's countries and places as context.
func (p *Parser) resolve(d *Doc, spans []span) {
	ctx := &context{countries: map[string]float64{}}
	for _, h := range d.Demonyms {
		ctx.countries[h.Country.ISO2] += 0.5
	}
	// first pass: forced places, single candidates and countries
	for k := range spans {
		s := &spans[k]
		switch {
		case s.forced != nil:
			s.place = s.forced
		case len(s.hits) == 1:
			s.place = p.g.Place(s.hits[0].Ref)
		default:
			// a country, unless a division or region shares its name ("Georgia"): then context decides
			var country *Place
			rival := false
			for _, h := range s.hits {
				switch pl := p.g.Place(h.Ref); pl.Level {
				case LevelCountry:
					country = pl
				case LevelAdmin1, LevelRegion:
					rival = true
				}
			}
			if !rival {
				s.place = country
			}
			if rival && country != nil {
				continue // context decides, in the second pass
			}
		}
		if s.place == nil && len(s.hits) > 1 {
			// a name one candidate dominates even without context ("Atlanta") resolves now,
			// so that it can be context for the others ("Georgia")
			s.place = p.dominant(s, d)
		}
		if s.place != nil {
			ctx.add(s.place)
		}
	}
	// second pass: rank the ambiguous ones; a province it settles ("the Kursk region") is
	// context for the others, so they are ranked again with it
	var ranked []int
	for k := range spans {
		if spans[k].place == nil {
			ranked = append(ranked, k)
		}
	}
	if p.rank(d, spans, ranked, ctx) {
		var rest []int
		for _, k := range ranked {
			if pl := spans[k].place; pl == nil || pl.Level != LevelAdmin1 {
				rest = append(rest, k)
			}
		}
		p.rank(d, spans, rest, ctx)
	}
	p.constrain(d, spans, ctx)
	// a small place in a country the text never names, far from every place it does name, is a
	// namesake of a place the gazetteer lacks ("near Sotk and Kut" is not Kut in Iraq)
	if len(ctx.countries) >= 2 {
		for k := range spans {
			if pl := spans[k].place; pl != nil && !spans[k].settled && p.stray(pl, ctx, d.titleLine(spans[k].i)) {
				spans[k].place = nil
			}
		}
	}
}

// rank resolves each span of ks to its best-scored candidate; it reports whether that added a
// first-level division to the context.
func (p *Parser) rank(d *Doc, spans []span, ks []int, ctx *context) (added bool) {
	for _, k := range ks {
		s := &spans[k]
		c := p.cueOf(d, s)
		best, bestScore := (*Place)(nil), math.Inf(-1)
		for _, h := range s.hits {
			pl := p.g.Place(h.Ref)
			if sc := p.score(h, pl, ctx, c); sc > bestScore {
				best, bestScore = pl, sc
			}
		}
		s.place = best
		if best != nil && best.Level == LevelAdmin1 && best.Admin1Code != "" && !ctx.admin1s[best.Admin1Code] {
			ctx.add(best)
			added = true
		}
	}
	return added
}

// stray reports whether a resolved place is a small namesake far from the text's context. In a
// headline, where capitals say little, a one-word first-level division counts as small too
// ("Monitoring Centre Opens" is no province of Burkina Faso).
func (p *Parser) stray(pl *Place, ctx *context, headline bool) bool {
	small := pl.Level == LevelVillage || pl.Level == LevelDistrict || pl.Level == LevelCity && pl.Population < 20000 ||
		headline && pl.Level == LevelAdmin1
	if !small || pl.Country == "" || ctx.countries[pl.Country] > 1 {
		return false // ctx counts the place's own country once: more means the text names it
	}
	others := 0
	for _, q := range ctx.points {
		if q == pl.Point() {
			continue
		}
		others++
		if distanceKm(pl.Point(), q) < 500 {
			return false
		}
	}
	// a headline's division in a country only it names: the other countries are the context
	return others > 0 || headline && pl.Level == LevelAdmin1
}

// score ranks one candidate: its kind of name, its size, the cue words and the context.
func (p *Parser) score(h NameHit, pl *Place, ctx *context, c cue) float64 {
	s := 0.0
	switch h.Kind {
	case NameExonym:
		s += 1
		if pl.Level == LevelCity || pl.Level == LevelVillage {
			s += 1 // a reviewed row says news uses the name for this town ("Dzerzhinsk" for Toretsk)
		}
	case NamePrimary, NameASCII:
		s += 1
	case NameTranslit:
		s += 0.8
	default:
		s += 0.4
	}
	switch pl.Level {
	case LevelCountry:
		s += 6
	case LevelRegion:
		s += 5
	case LevelAdmin1:
		s += 2.5
	case LevelDistrict:
		s += 1.5
	default:
		s += 0.6 * math.Log10(float64(pl.Population)+10)
	}
	if pl.Capital {
		s += 3
	} else if pl.Feature == "PPLA" {
		s += 1
	}
	switch c {
	case cueDivision:
		if pl.Level == LevelAdmin1 || pl.Level == LevelDistrict {
			s += 4
		}
	case cueSettlement:
		if pl.Level == LevelCity || pl.Level == LevelVillage {
			s += 4
		}
	}
	if w := ctx.countries[pl.Country]; w > 0 {
		s += 2 + math.Min(w, 5)*0.3
	}
	if pl.Level != LevelAdmin1 && pl.Admin1Code != "" && ctx.admin1s[pl.Admin1Code] {
		s += 1.5 // in a province the text names: Korenevo of "Russia's Kursk region"
	}
	if pl.Level != LevelCountry && pl.Level != LevelRegion {
		switch near := ctx.nearestKm(pl.Point()); {
		case near < 150:
			s += 2
		case near < 500:
			s += 1.2
		case near < 1500:
			s += 0.5
		}
	}
	return s
}

// distanceKm is the great-circle distance between two lon/lat points.
func distanceKm(a, b orb.Point) float64 {
	const r = 6371.0
	la1, la2 := a[1]*math.Pi/180, b[1]*math.Pi/180
	dla, dlo := la2-la1, (b[0]-a[0])*math.Pi/180
	h := math.Sin(dla/2)*math.Sin(dla/2) + math.Cos(la1)*math.Cos(la2)*math.Sin(dlo/2)*math.Sin(dlo/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// partOf makes the place "northern Iraq": the middle of the part of the country's shape that lies
// in that direction (its outer third), sampled on a grid.
func (p *Parser) partOf(c *Country, dir string) *Place {
	key := dir + ":" + c.ISO2
	if v, ok := p.parts.Load(key); ok {
		return v.(*Place)
	}
	pl := p.computePart(c, dir)
	p.parts.Store(key, pl)
	return pl
}

func (p *Parser) computePart(c *Country, dir string) *Place {
	off, ok := directions[dir]
	if !ok || len(c.Shape) == 0 {
		return nil
	}
	b := c.Shape.Bound()
	w, h := b.Max[0]-b.Min[0], b.Max[1]-b.Min[1]
	// the band: the outer third in each direction named
	lo, hi := b.Min, b.Max
	if off[0] > 0 {
		lo[0] = b.Max[0] - w/3
	} else if off[0] < 0 {
		hi[0] = b.Min[0] + w/3
	}
	if off[1] > 0 {
		lo[1] = b.Max[1] - h/3
	} else if off[1] < 0 {
		hi[1] = b.Min[1] + h/3
	}
	if off == [2]float64{0, 0} {
		lo = orb.Point{b.Min[0] + w/3, b.Min[1] + h/3}
		hi = orb.Point{b.Max[0] - w/3, b.Max[1] - h/3}
	}
	const n = 24
	var sx, sy float64
	cnt := 0
	for a := 0; a < n; a++ {
		for bb := 0; bb < n; bb++ {
			pt := orb.Point{lo[0] + (hi[0]-lo[0])*(float64(a)+0.5)/n, lo[1] + (hi[1]-lo[1])*(float64(bb)+0.5)/n}
			if planar.MultiPolygonContains(c.Shape, pt) {
				sx += pt[0]
				sy += pt[1]
				cnt++
			}
		}
	}
	if cnt == 0 {
		return nil
	}
	base := p.g.Place(c.Place)
	name := titleWord(dir) + " " + c.Name
	return &Place{
		ID:      "part:" + dir + ":" + c.ISO2,
		Name:    name,
		Country: c.ISO2,
		Level:   LevelRegion,
		Feature: "RGN",
		Lat:     sy / float64(cnt),
		Lon:     sx / float64(cnt),
		Bound:   orb.Bound{Min: lo, Max: hi},
		Admin1:  base.Admin1,
	}
}

func titleWord(s string) string {
	if s == "" {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
