package layers

import (
	"github.com/paulmach/orb/geojson"
	"io/fs"

	"conflictmap/data"
	"conflictmap/geo"
)

// Pipeline reads articles, finds and resolves their places and extracts their events.
// Build one with LoadPipeline and share it: it is safe for concurrent use.
type Pipeline struct {
	parser *geo.Parser
	orgs   *orgTable // organisations named as actors (data/organisations.tsv)
	lex    *Lexicon  // the event lexicon (data/lexicon)
}

// NewPipeline returns a pipeline over a geoparser; fsys (laid out like data/) gives the list of
// organisations that may be actors.
func NewPipeline(p *geo.Parser, fsys fs.FS) (*Pipeline, error) {
	orgs, err := loadOrgs(fsys)
	if err != nil {
		return nil, err
	}
	lex, err := LoadLexicon(fsys)
	if err != nil {
		return nil, err
	}
	return &Pipeline{parser: p, orgs: orgs, lex: lex}, nil
}

// LoadPipeline loads the embedded gazetteer and word lists.
func LoadPipeline() (*Pipeline, error) {
	p, err := geo.LoadParser(data.FS)
	if err != nil {
		return nil, err
	}
	return NewPipeline(p, data.FS)
}

// Parser returns the pipeline's geoparser.
func (x *Pipeline) Parser() *geo.Parser { return x.parser }

// Extract reads one article (see Read) and extracts everything from it.
func (x *Pipeline) Extract(name string, content []byte, mediaType string) (*Result, error) {
	a, err := Read(name, content, mediaType)
	if err != nil {
		return nil, err
	}
	return x.ExtractArticle(a), nil
}

// ExtractArticle extracts mentions and events from an article already read.
func (x *Pipeline) ExtractArticle(a Article) *Result {
	text := analysisText(a)
	doc := x.parser.Parse(text)
	res := &Result{Article: a, Mentions: doc.Mentions}
	res.Events = extractEvents(a, doc, x.parser.Gazetteer(), x.orgs, x.lex)
	return res
}

// analysisText is the article's text with everything but the body blanked out (front matter)
// and Markdown markup turned into spaces, byte for byte, so offsets still index Raw.
func analysisText(a Article) string {
	b := []byte(a.Raw)
	for i := 0; i < a.BodyStart && i < len(b); i++ {
		if b[i] != '\n' {
			b[i] = ' '
		}
	}
	for i := a.BodyEnd; i < len(b); i++ {
		if b[i] != '\n' {
			b[i] = ' '
		}
	}
	if a.MediaType == MediaMarkdown {
		blankMarkdown(b[a.BodyStart:a.BodyEnd])
	}
	return string(b)
}

// blankMarkdown turns Markdown markup into spaces in place: heading marks, emphasis marks,
// link targets ("](http…)") and image marks. Text stays where it was.
func blankMarkdown(b []byte) {
	lineStart := true
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case lineStart && (c == '#' || c == '>'):
			for i < len(b) && (b[i] == '#' || b[i] == '>') {
				b[i] = ' '
				i++
			}
			i--
		case c == '*' || c == '_' && (i == 0 || b[i-1] == ' ' || i+1 == len(b) || b[i+1] == ' ' || b[i+1] == '\n'):
			b[i] = ' '
		case c == '!' && i+1 < len(b) && b[i+1] == '[':
			b[i] = ' '
		case c == '[':
			b[i] = ' '
		case c == ']' && i+1 < len(b) && b[i+1] == '(':
			j := i + 1
			for j < len(b) && b[j] != ')' && b[j] != '\n' {
				j++
			}
			if j < len(b) && b[j] == ')' {
				for k := i; k <= j; k++ {
					b[k] = ' '
				}
				i = j
			}
		}
		lineStart = c == '\n'
		if c == ' ' && lineStart {
			lineStart = true
		}
	}
}

// ExtractWith is Extract with a fallback publication date for articles that give none.
func (x *Pipeline) ExtractWith(name string, content []byte, mediaType, published string) (*Result, error) {
	a, err := Read(name, content, mediaType)
	if err != nil {
		return nil, err
	}
	if a.Published == "" {
		a.Published = NormalizeDate(published)
	}
	return x.ExtractArticle(a), nil
}

// MergeResults returns the events of several results as one collection, the same event
// reported by several articles merged into one feature (MergeReports, as the store merges them).
func MergeResults(results []*Result) *geojson.FeatureCollection {
	var merged []*Event   // each group's reports so far, merged: what SameEvent compares with
	var groups [][]*Event // the reports of each merged event
	for _, r := range results {
		for i := range r.Events {
			e := &r.Events[i]
			found := false
			for k := range merged {
				if SameEvent(merged[k], e) {
					groups[k] = append(groups[k], e)
					MergeEvent(merged[k], e)
					found = true
					break
				}
			}
			if !found {
				merged = append(merged, cloneEvent(e))
				groups = append(groups, []*Event{e})
			}
		}
	}
	fc := geojson.NewFeatureCollection()
	for _, g := range groups {
		fc.Append(MergeReports(g).Feature())
	}
	return fc
}
