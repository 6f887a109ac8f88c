package web

import "conflictmap/layers"

// appendLinks appends links as json.Marshal encodes them (the same bytes: TestAppendLinks),
// without reflection: items/{id} writes three per request.
func appendLinks(b []byte, links []Link) []byte {
	b = append(b, '[')
	for i, l := range links {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"href":`...)
		b = layers.AppendJSONString(b, l.Href)
		b = append(b, `,"rel":`...)
		b = layers.AppendJSONString(b, l.Rel)
		if l.Type != "" {
			b = append(b, `,"type":`...)
			b = layers.AppendJSONString(b, l.Type)
		}
		if l.Title != "" {
			b = append(b, `,"title":`...)
			b = layers.AppendJSONString(b, l.Title)
		}
		b = append(b, '}')
	}
	return append(b, ']')
}
