package geo

// Names with an article written lower case and hyphenated, as English news writes Arabic names:
// "al-Bab", "Deir ez-Zor", "Ain el-Hilweh" (the article family of georules.tsv).

// articleName returns the place name that token i, a hyphenated article, opens: "al-Bab" is
// Al Bāb, not a village called Bab. Without such a name, the word after the article is tried
// as usual.
func (p *Parser) articleName(d *Doc, i int) (span, bool) {
	if !p.hyphenArticle(d, i) || !d.Capitalised(i+1) {
		return span{}, false
	}
	return p.longest(d, i)
}

// hyphenArticle reports whether token i is an article joined by a hyphen to the next token.
func (p *Parser) hyphenArticle(d *Doc, i int) bool {
	return i+1 < len(d.Tokens) && p.rules.article[d.Tokens[i].Text] && d.gap(i) == "-"
}

// openingArticle reports whether token m, lower case, is the hyphenated article that opens a
// candidate name starting at token i.
func (p *Parser) openingArticle(d *Doc, m, i int) bool {
	return m == i && p.hyphenArticle(d, m)
}

// connector reports whether token m may stand lower case inside a name: "Bosnia and
// Herzegovina", "Deir ez-Zor".
func (p *Parser) connector(d *Doc, m int) bool {
	return connectors[d.Tokens[m].Text] || p.hyphenArticle(d, m)
}
