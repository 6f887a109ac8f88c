package geo

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Parser finds the places a text names, resolves each to a gazetteer entry and gives it a role.
// It is built once from a Gazetteer and is safe for concurrent use.
type Parser struct {
	g *Gazetteer
	// common holds ordinary lower-case English words; a capitalised one ("Nice", "Reading")
	// needs stronger evidence before it is taken for a place.
	common map[string]bool
	// parts caches the directional parts of countries ("northern Iraq"): *Place by "dir:ISO2".
	parts sync.Map
	// rules is the curated vocabulary of data/georules.tsv (empty when the files lack it).
	rules rules
	// orgNames are the organisations of data/organisations.tsv, as written: never places.
	orgNames map[string]bool
}

// NewParser returns a parser over g. common lists ordinary English words, one per line
// (data/english-common.txt.gz, gzipped); nil means none.
func NewParser(g *Gazetteer, common io.Reader) (*Parser, error) {
	p := &Parser{g: g, common: map[string]bool{}}
	if common != nil {
		sc := bufio.NewScanner(common)
		for sc.Scan() {
			if w := strings.TrimSpace(sc.Text()); w != "" {
				p.common[w] = true
			}
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("geo: reading common words: %w", err)
		}
	}
	return p, nil
}

// LoadParser loads the gazetteer and the common-word list from fsys (laid out like data/).
func LoadParser(fsys fs.FS) (*Parser, error) {
	g, err := Load(fsys)
	if err != nil {
		return nil, err
	}
	f, err := fsys.Open("english-common.txt.gz")
	if err != nil {
		return nil, fmt.Errorf("geo: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("geo: english-common.txt.gz: %w", err)
	}
	p, err := NewParser(g, zr)
	if err != nil {
		return nil, err
	}
	if err := p.loadRules(fsys); err != nil {
		return nil, err
	}
	if err := p.loadOrgNames(fsys); err != nil {
		return nil, err
	}
	return p, nil
}

// Gazetteer returns the parser's gazetteer.
func (p *Parser) Gazetteer() *Gazetteer { return p.g }

// DemonymHit is a demonym in a text ("Azeri forces"): it names an actor, not a place.
type DemonymHit struct {
	Start, End int
	Country    *Country
}

// Doc is a parsed text.
type Doc struct {
	Text     string
	Tokens   []Token
	Mentions []Mention
	Demonyms []DemonymHit
	// MentionTokens[i] is the token range [from, to) of Mentions[i].
	MentionTokens [][2]int

	surnames map[string]bool
	// nameHeads are the parser's namehead words (georules.tsv, folded: "co-chairs" is "cochairs"),
	// for the rules a Doc applies itself
	nameHeads map[string]bool
	skipTo    int                  // tokens before this index belong to a personal name already passed over
	title     []bool               // title[i]: token i stands in a line written in title case (made on first use)
	caps      []bool               // caps[i]: token i stands in a line written in capitals (made with title)
	firsts    map[string]firstName // what the gazetteer says of tokens that start names (firstName)
}

// span is a candidate toponym: a token range and the places its name can mean.
type span struct {
	i, j    int // token range [i, j)
	hits    []NameHit
	dir     string // "northern" … for "northern Iraq"; hits then hold the country
	forced  *Place // a place made for the span (a directional part of a country)
	place   *Place // the resolved place
	role    string
	inName  bool // part of a longer capitalised name ("Radio Free Europe"): its role is name
	club    bool // part of a sports club's name ("Dynamo Kyiv"): its role is name
	border  bool // "the border between X and Y": a line, not a point
	near    bool // close to, not at, the place: a route's end, a landmark named after it
	settled bool // resolved inside the division the text puts it in ("Vardenis, Gegharkunik")
}

// Parse finds, resolves and gives a role to every place named in text.
func (p *Parser) Parse(text string) *Doc {
	d := &Doc{Text: text, Tokens: Tokens(text), nameHeads: p.rules.nameHead}
	spans := p.find(d)
	p.resolve(d, spans)
	for k := range spans {
		s := &spans[k]
		if s.place == nil {
			continue
		}
		s.role = p.role(d, spans, k)
	}
	for k := range spans {
		s := &spans[k]
		if s.place == nil || s.role == "" {
			continue
		}
		start, end := d.Tokens[s.i].Start, d.Tokens[s.j-1].End
		d.Mentions = append(d.Mentions, Mention{
			Text:   text[start:end],
			Start:  start,
			End:    end,
			Role:   s.role,
			Place:  s.place,
			Near:   p.isNear(d, s.i) || s.near,
			Border: s.border,
		})
		d.MentionTokens = append(d.MentionTokens, [2]int{s.i, s.j})
	}
	return d
}

// raw returns the token as written.
func (d *Doc) raw(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }

// Capitalised reports whether token i starts with an upper-case letter.
func (d *Doc) Capitalised(i int) bool {
	r, _ := utf8.DecodeRuneInString(d.raw(i))
	return unicode.IsUpper(r)
}

// allCaps reports whether token i is written in capitals only ("IED", "VDV").
func (d *Doc) allCaps(i int) bool {
	s := d.raw(i)
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 1
}

// dateline reports whether token i opens a wire dateline: "YEREVAN, Sept 13 (Reuters) -".
func (d *Doc) dateline(i int) bool {
	// a joint dateline names several places: "MOSCOW/YEREVAN, Nov 10 (Reuters) -"
	k, e := i, i
	for k > 0 && d.before(k) == "/" {
		k--
	}
	for e+1 < len(d.Tokens) && d.gap(e) == "/" {
		e++
	}
	if !(k == 0 || strings.ContainsAny(d.before(k), "\n\r")) {
		return false
	}
	g := d.gap(e)
	return strings.HasPrefix(g, ",") || strings.HasPrefix(g, " (") || strings.HasPrefix(g, " -") || strings.HasPrefix(g, " —") ||
		strings.HasPrefix(g, ": ")
}

// Dateline reports whether the mention with token range [i, j) is a dateline's place: where the
// report was filed, not where anything happened.
func (d *Doc) Dateline(i int) bool { return d.dateline(i) }

// gap returns the text between tokens i and i+1.
func (d *Doc) gap(i int) string {
	if i+1 >= len(d.Tokens) {
		return d.Text[d.Tokens[i].End:]
	}
	return d.Text[d.Tokens[i].End:d.Tokens[i+1].Start]
}

// before returns the text between token i-1 and token i (or the text's start).
func (d *Doc) before(i int) string {
	if i == 0 {
		return d.Text[:d.Tokens[0].Start]
	}
	return d.Text[d.Tokens[i-1].End:d.Tokens[i].Start]
}

// joins reports whether a gap keeps two tokens in one name: a space or a hyphen, nothing else.
func joins(gap string) bool {
	switch gap {
	case " ", "-", "‐", "‑", "–", "\u00a0":
		return true
	}
	return false
}

// sentenceStart reports whether token i opens a sentence, a line or a quotation.
func (d *Doc) sentenceStart(i int) bool {
	if i == 0 {
		return true
	}
	g := strings.TrimRight(d.before(i), " \t\u00a0\"“‘'(«")
	if g == "" {
		return false
	}
	if strings.ContainsAny(d.before(i), "\n\r") {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(g)
	switch last {
	case '.', '!', '?', ':', ';', '—', '\n':
		return true
	}
	return false
}

// find lists the candidate toponyms of a text, longest match first, and its demonyms.
func (p *Parser) find(d *Doc) []span {
	var spans []span
	toks := d.Tokens
	d.surnames = p.surnamesOf(d)
	for i := 0; i < len(toks); i++ {
		if i < d.skipTo {
			// the rest of a personal name: only a country or a region may start here
			// ("the Arab Middle East")
			if s, ok := p.longest(d, i); ok && (p.bestLevel(s.hits) == LevelCountry || p.bestLevel(s.hits) == LevelRegion) {
				spans = append(spans, s)
				i = s.j - 1
			}
			continue
		}
		if !d.Capitalised(i) {
			if s, ok := p.articleName(d, i); ok {
				spans = append(spans, s)
				i = s.j - 1
				continue
			}
			if _, ok := directions[toks[i].Text]; ok && i+1 < len(toks) && joins(d.gap(i)) {
				if s, ok := p.directional(d, i); ok {
					spans = append(spans, s)
					i = s.j - 1
				}
			}
			continue
		}
		if s, ok := p.longest(d, i); ok {
			spans = append(spans, s)
			i = s.j - 1
			continue
		}
		if _, ok := directions[toks[i].Text]; ok && i+1 < len(toks) && joins(d.gap(i)) {
			if s, ok := p.directional(d, i); ok {
				spans = append(spans, s)
				i = s.j - 1
				continue
			}
		}
		if c := p.g.CountryByDemonym(toks[i].Text); c != nil {
			d.Demonyms = append(d.Demonyms, DemonymHit{Start: toks[i].Start, End: toks[i].End, Country: c})
			continue
		}
		if s, ok := p.possessiveTypo(d, i); ok {
			spans = append(spans, s)
		}
	}
	return spans
}

// longest returns the longest acceptable name that starts at token i.
func (p *Parser) longest(d *Doc, i int) (span, bool) {
	toks := d.Tokens
	first := d.firstName(p.g, toks[i].Text)
	max := first.max
	if max == 0 {
		return span{}, false
	}
	// the tokens that may form one name: joined by spaces or hyphens only
	n := 1
	for n < max && i+n < len(toks) && joins(d.gap(i+n-1)) {
		n++
	}
	var key strings.Builder
	for k := n; k >= 1; k-- {
		hits := first.hits // the token alone
		if k > 1 {
			key.Reset()
			for m := i; m < i+k; m++ {
				if m > i {
					key.WriteByte(' ')
				}
				key.WriteString(toks[m].Text)
			}
			hits = p.g.Lookup(key.String())
		}
		if len(hits) == 0 {
			continue
		}
		s := span{i: i, j: i + k, hits: hits}
		if p.acceptable(d, &s) {
			return s, true
		}
	}
	return span{}, false
}

// acceptable applies the capitalisation and common-word rules to a candidate.
func (p *Parser) acceptable(d *Doc, s *span) bool {
	// every word but connectors is capitalised; the last is not a bare connector — except in a
	// region's name, whose generic words are often lower case ("the Lachin corridor")
	region := p.bestLevel(s.hits) == LevelRegion
	for m := s.i; m < s.j; m++ {
		if !d.Capitalised(m) && !(p.connector(d, m) && m > s.i && m < s.j-1) && !(region && m > s.i) && !p.openingArticle(d, m, s.i) {
			return false
		}
	}
	if p.orgName(d, s) {
		return false // "Taliban", "Hamas": the organisation, whatever village shares its name
	}
	first := d.Tokens[s.i].Text
	// "the Aras river", "Mount Ararat" are natural features, not the settlements of that name
	if s.j < len(d.Tokens) && featureWords[d.Tokens[s.j].Text] && joins(d.gap(s.j-1)) && !region {
		return false
	}
	if calendarWords[first] && s.j-s.i == 1 {
		return false
	}
	best := p.bestLevel(s.hits)
	big := best == LevelCountry || best == LevelRegion
	// acronyms: only countries and regions ("US", "UK", "UAE")
	if s.j-s.i == 1 && d.allCaps(s.i) && !big && !d.dateline(s.i) && !d.capsLine(s.i) {
		return false
	}
	if d.capsLine(s.i) && !big && !d.dateline(s.i) && !p.capsPlace(d, s) {
		return false
	}
	if s.j-s.i == 1 && len(first) < 3 && !big {
		return false
	}
	// "(Turan, June 5)": a source's name in a citation, not a place
	if strings.HasSuffix(strings.TrimRight(d.before(s.i), " "), "(") && strings.HasPrefix(d.gap(s.j-1), ",") &&
		s.j < len(d.Tokens) && calendarWords[d.Tokens[s.j].Text] && !big {
		return false
	}
	if big {
		return p.bigInName(d, s)
	}
	// a capitalised common word ("Reading", "Most") is a place only mid-sentence, outside a headline,
	// and only if the place is large
	if s.j-s.i == 1 && p.common[first] {
		// only mid-sentence, where a place is expected, and for a town: "in Reading",
		// "near Tartar", "shelled Tartar" — not "Reading the report", "the Nice thing"
		prev := ""
		if s.i > 0 {
			prev = d.Tokens[s.i-1].Text
		}
		division := d.divisionAfter(s.j) // "the Tartar district", "the Tyre and Nabatieh districts"
		// "near Sugovushan (Tartar)": the district a name lies in, as ACLED writes it, stands where
		// a place is expected
		expected := placePreps[prev] || p.rules.landmarkPre[prev] || objectVerbs[prev] || glossOfName(d, s)
		if d.sentenceStart(s.i) || d.titleLine(s.i) || !division && (p.maxCityPopulation(s.hits) < 10000 || !expected) {
			return false
		}
	}
	// part of a person's or organisation's name: "Vladimir Putin", "Hulusi Akar", "Daily Sabah"
	if p.inProperName(d, s) {
		return false
	}
	return true
}

// townOrLarger reports whether a name can mean a town or anything larger.
func (p *Parser) townOrLarger(hits []NameHit) bool {
	for _, h := range hits {
		if p.g.Place(h.Ref).Level.Rank() <= LevelCity.Rank() {
			return true
		}
	}
	return false
}

// stateLike reports whether a name can mean a country, a region or a capital.
func (p *Parser) stateLike(hits []NameHit) bool {
	for _, h := range hits {
		pl := p.g.Place(h.Ref)
		if pl.Level == LevelCountry || pl.Level == LevelRegion || pl.Capital {
			return true
		}
	}
	return false
}

// possessiveTypo finds "Bakus’" (a possessive written after an added s) for countries and capitals.
func (p *Parser) possessiveTypo(d *Doc, i int) (span, bool) {
	t := d.Tokens[i].Text
	if len(t) < 5 || t[len(t)-1] != 's' || !strings.HasPrefix(d.gap(i), "’") && !strings.HasPrefix(d.gap(i), "'") {
		return span{}, false
	}
	hits := p.g.Lookup(t[:len(t)-1])
	var keep []NameHit
	for _, h := range hits {
		pl := p.g.Place(h.Ref)
		if pl.Capital || pl.Level == LevelCountry {
			keep = append(keep, h)
		}
	}
	if len(keep) == 0 {
		return span{}, false
	}
	return span{i: i, j: i + 1, hits: keep}, true
}

// directional finds "northern Iraq": a direction word and a country.
func (p *Parser) directional(d *Doc, i int) (span, bool) {
	c := p.g.CountryByName(d.Tokens[i+1].Text)
	j := i + 2
	if c == nil && i+2 < len(d.Tokens) && joins(d.gap(i+1)) {
		c = p.g.CountryByName(d.Tokens[i+1].Text + " " + d.Tokens[i+2].Text)
		j = i + 3
	}
	if c == nil || !d.Capitalised(i+1) || c.Place == NoPlace {
		return span{}, false
	}
	dir := d.Tokens[i].Text
	pl := p.partOf(c, dir)
	if pl == nil {
		return span{}, false
	}
	return span{i: i, j: j, dir: dir, forced: pl}, true
}

func (p *Parser) bestLevel(hits []NameHit) Level {
	best := LevelLandmark
	for _, h := range hits {
		if l := p.g.Place(h.Ref).Level; l.Rank() < best.Rank() {
			best = l
		}
	}
	return best
}

// maxCityPopulation is the population of the largest city a name can mean.
func (p *Parser) maxCityPopulation(hits []NameHit) int {
	m := 0
	for _, h := range hits {
		if pl := p.g.Place(h.Ref); pl.Level == LevelCity && pl.Population > m {
			m = pl.Population
		}
	}
	return m
}

// isLarge reports whether a name can mean a country, a region, a first-level division, a capital
// or a city of 100,000 or more.
func (p *Parser) isLarge(hits []NameHit) bool {
	for _, h := range hits {
		pl := p.g.Place(h.Ref)
		if pl.Level == LevelCountry || pl.Level == LevelRegion || pl.Level == LevelAdmin1 || pl.Capital ||
			pl.Population >= 100000 || pl.Feature == "PPLA" {
			return true
		}
	}
	return false
}

// isNear reports whether the name at token i follows "near" or "outside".
func (p *Parser) isNear(d *Doc, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := d.Tokens[k].Text
		if nearPreps[t] {
			return true
		}
		if t != "the" && t != "liberated" && t != "town" && t != "city" && t != "village" && t != "of" &&
			t != "occupied" && t != "captured" && t != "recaptured" && t != "de" && t != "small" {
			return false
		}
	}
	return false
}

// divisionAfter reports whether the name ending before token k is one of a division's: a division
// word follows it ("the Tartar district"), or one follows the list of names it opens ("the Tyre
// and Nabatieh districts", "the Fizuli, Jabrayil and Kalbajar districts").
func (d *Doc) divisionAfter(k int) bool {
	for items := 0; k < len(d.Tokens) && items < 4; items++ {
		if divisionWords[d.Tokens[k].Text] {
			return true
		}
		switch {
		case d.Tokens[k].Text == "and" || d.Tokens[k].Text == "or":
			k++
		case strings.TrimSpace(d.gap(k-1)) == ",":
		default:
			return false
		}
		n := 0
		for ; k < len(d.Tokens) && d.Capitalised(k) && n < 3; n++ {
			if n > 0 && strings.TrimSpace(d.gap(k-1)) != "" {
				break
			}
			k++
		}
		if n == 0 {
			return false
		}
	}
	return false
}

// glossOfName reports whether a one-word span stands first in brackets that gloss a place:
// alone right after a capitalised name, "Sugovushan (Tartar)", or before the capitalised name
// of what holds it, as ACLED writes a location, "Tartar city (Tartar, Azerbaijan)".
func glossOfName(d *Doc, s *span) bool {
	if s.j-s.i != 1 || s.i == 0 || strings.TrimSpace(d.gap(s.i-1)) != "(" {
		return false
	}
	if strings.HasPrefix(d.gap(s.j-1), ")") {
		return d.Capitalised(s.i - 1)
	}
	if strings.TrimSpace(d.gap(s.j-1)) != "," {
		return false
	}
	for k := s.j; k < len(d.Tokens) && k < s.j+3 && d.Capitalised(k); k++ {
		if g := d.gap(k); strings.HasPrefix(g, ")") {
			return true
		} else if strings.TrimSpace(g) != "" {
			return false
		}
	}
	return false
}
