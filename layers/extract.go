package layers

import "conflictmap/geo"

func extractEvents(a Article, doc *geo.Doc) []Event { return nil }

func mergeEvents(ev []Event) []Event { return ev }
