package layers

import "context"

// ExtractContext is ExtractWith that gives up when ctx is done: it checks ctx before each
// stage (reading, geoparsing, events) and returns ctx's error instead of a result. Every stage
// is linear in the article's size or capped (HTML depth, sentence length, look-back), so a
// cancelled extraction stops within one stage of a bounded article.
func (x *Pipeline) ExtractContext(ctx context.Context, name string, content []byte, mediaType, published string) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a, err := Read(name, content, mediaType)
	if err != nil {
		return nil, err
	}
	if a.Published == "" {
		a.Published = NormalizeDate(published)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc := x.parser.Parse(analysisText(a))
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res := &Result{Article: a, Mentions: doc.Mentions}
	res.Events = extractEvents(a, doc, x.parser.Gazetteer(), x.orgs, x.lex)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return res, nil
}
