package layers

import "conflictmap/geo"

// Result is everything extracted from one article.
type Result struct {
	Article  Article
	Mentions []geo.Mention
	Events   []Event
}
