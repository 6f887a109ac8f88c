package layers

import (
	"context"
	"errors"
)

// WriteSummary says what storing one article did, feature by feature: the features it created
// and those it was merged into, each with the article's own sentences that went there. It is
// what POST /api/articles answers and `conflictmap ingest -v` prints, so that every write can
// be explained (and undone: deleting the article removes exactly these sources).
type WriteSummary struct {
	Article  string `json:"article"`
	Title    string `json:"title"`
	Replaced bool   `json:"replaced"` // the article was stored before; its old sources were replaced
	// Created are the features that exist because of this article; Merged those already stored
	// that now count it among their sources.
	Created []WrittenFeature `json:"created"`
	Merged  []WrittenFeature `json:"merged"`
}

// WrittenFeature is one feature an article's events went to, as stored after the write.
type WrittenFeature struct {
	ID        string `json:"id"`
	EventType string `json:"event_type"`
	Title     string `json:"title"`
	Place     string `json:"place"`
	Date      string `json:"date"`
	Modality  string `json:"modality"`
	// Coordinates are the feature's lon, lat, to show it on a map.
	Coordinates [2]float64 `json:"coordinates"`
	// Quote is the article's first sentence that went into the feature; Quotes all of them.
	Quote  string   `json:"quote"`
	Quotes []string `json:"quotes"`
	// SourceCount counts the feature's sources from every article, this one included.
	SourceCount int `json:"source_count"`
}

// Summarize builds the summary of a write from the extraction, what PutArticle said, and the
// stored events (get is Store.GetEvent). A feature deleted since (by a later write) is left out.
func Summarize(ctx context.Context, res *Result, pr PutResult, get func(context.Context, string) (*Event, error)) (WriteSummary, error) {
	sum := WriteSummary{Article: pr.ArticleID, Title: res.Article.Title, Replaced: pr.Replaced,
		Created: []WrittenFeature{}, Merged: []WrittenFeature{}}
	type entry struct {
		created bool
		quotes  []string
	}
	var order []string
	byID := map[string]*entry{}
	for i, id := range pr.EventIDs {
		en := byID[id]
		if en == nil {
			// the first of the article's events to reach a feature says whether it made it
			en = &entry{created: i < len(pr.NewEvent) && pr.NewEvent[i]}
			byID[id] = en
			order = append(order, id)
		}
		if i < len(res.Events) {
			for _, s := range res.Events[i].Sources {
				en.quotes = appendNew(en.quotes, s.Quote)
			}
		}
	}
	for _, id := range order {
		e, err := get(ctx, id)
		if errors.Is(err, ErrNotFound) {
			continue
		} else if err != nil {
			return WriteSummary{}, err
		}
		en := byID[id]
		wf := WrittenFeature{ID: id, EventType: e.EventType, Title: e.Title, Place: e.Place, Date: e.Date,
			Modality: orDefault(e.Modality, "reported"), Coordinates: [2]float64{e.Lon, e.Lat},
			Quotes: en.quotes, SourceCount: len(e.Sources)}
		if wf.Quotes == nil {
			wf.Quotes = []string{}
		}
		if len(en.quotes) > 0 {
			wf.Quote = en.quotes[0]
		}
		if en.created {
			sum.Created = append(sum.Created, wf)
		} else {
			sum.Merged = append(sum.Merged, wf)
		}
	}
	return sum, nil
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
