package web

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/url"

	"conflictmap/layers"
)

// ingested is the answer to POST /api/articles: what the write did, feature by feature
// (layers.WriteSummary: "created" and "merged", each with the article's quotes), the stored
// features themselves, and links to the article (DELETE it to undo the write) and to each feature.
type ingested struct {
	ID       string `json:"id"` // the article's id (also "article")
	Mentions int    `json:"mentions"`
	layers.WriteSummary
	Created []writtenFeature `json:"created"`
	Merged  []writtenFeature `json:"merged"`
	Events  struct {
		Type     string            `json:"type"`
		Features []json.RawMessage `json:"features"`
	} `json:"events"`
	Links []Link `json:"links"`
}

type writtenFeature struct {
	layers.WrittenFeature
	Links []Link `json:"links"`
}

// writeIngested answers a stored article with 201 and its summary.
func (s *Server) writeIngested(w http.ResponseWriter, r *http.Request, res *layers.Result, pr layers.PutResult) error {
	sum, err := layers.Summarize(r.Context(), res, pr, s.store.GetEvent)
	if err != nil {
		return err
	}
	base := baseURL(r)
	article := base + "/api/articles/" + url.PathEscape(pr.ArticleID)
	out := ingested{ID: pr.ArticleID, Mentions: len(res.Mentions), WriteSummary: sum,
		Created: s.withLinks(base, sum.Created), Merged: s.withLinks(base, sum.Merged),
		Links: []Link{
			{article, "self", mtJSON, "The article"},
			{article, "edit", mtJSON, "DELETE this to undo the write: it removes the article's sources from every feature"},
		}}
	out.Events.Type = "FeatureCollection"
	out.Events.Features = []json.RawMessage{}
	for _, group := range [][]layers.WrittenFeature{sum.Created, sum.Merged} {
		for _, f := range group {
			e, err := s.store.GetEvent(r.Context(), f.ID)
			if errors.Is(err, layers.ErrNotFound) {
				continue // deleted meanwhile
			} else if err != nil {
				return err
			}
			b, err := featureJSON(layers.Hit{Event: e}, nil)
			if err != nil {
				return err
			}
			out.Events.Features = append(out.Events.Features, b)
		}
	}
	w.Header().Set("Location", "/api/articles/"+url.PathEscape(pr.ArticleID))
	return writeJSON(w, http.StatusCreated, mtJSON, out)
}

func (s *Server) withLinks(base string, fs []layers.WrittenFeature) []writtenFeature {
	out := make([]writtenFeature, 0, len(fs))
	for _, f := range fs {
		item := base + "/api/collections/events/items/" + url.PathEscape(f.ID)
		out = append(out, writtenFeature{WrittenFeature: f, Links: []Link{{item, "item", mtGeoJSON, "The feature"}}})
	}
	return out
}
