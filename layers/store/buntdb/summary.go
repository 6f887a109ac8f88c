package buntdb

import (
	"conflictmap/layers"
	"fmt"

	"github.com/tidwall/gjson"
)

// articleSummary reads a list row from an article record (storedArticle JSON) without
// decoding its mentions: the metadata by path, the mentions and events only counted. A page of
// GET /api/articles then costs a scan of each record, not the allocation of every mention.
func articleSummary(key, v string) (layers.ArticleSummary, error) {
	if !gjson.Valid(v) {
		return layers.ArticleSummary{}, fmt.Errorf("layers: corrupt article record %s: invalid JSON", key)
	}
	r := gjson.GetMany(v, "id", "title", "publication", "published", "url", "m.#", "ev.#")
	return layers.ArticleSummary{ID: r[0].String(), Title: r[1].String(), Publication: r[2].String(), Published: r[3].String(),
		URL: r[4].String(), Mentions: int(r[5].Int()), Events: int(r[6].Int())}, nil
}
