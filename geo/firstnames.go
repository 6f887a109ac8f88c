package geo

// firstName is what the gazetteer says of one token as the start of a name: the most tokens a
// name starting with it has, and the names that are the token alone.
type firstName struct {
	max  int
	hits []NameHit
}

// firstName looks a token up as the start of a name, once per document: a text names the same
// few places again and again, and the gazetteer's maps are too large to stay in the CPU cache.
func (d *Doc) firstName(g *Gazetteer, tok string) firstName {
	if f, ok := d.firsts[tok]; ok {
		return f
	}
	f := firstName{max: g.MaxTokens(tok)}
	if f.max > 0 {
		f.hits = g.Lookup(tok)
	}
	if d.firsts == nil {
		d.firsts = map[string]firstName{}
	}
	d.firsts[tok] = f
	return f
}
