package layers

// PutResult says what PutArticle did.
type PutResult struct {
	ArticleID string
	// EventIDs is the id of the stored event each of the result's events went to, in order.
	EventIDs []string
	// NewEvent says, for each of the result's events in order, whether storing it created the
	// stored event (true) or merged it into one already stored (false).
	NewEvent []bool
	// Created counts new events; Merged counts events merged into events already stored.
	Created, Merged int
	// Replaced is true when the article was stored before (its previous sources were replaced).
	Replaced bool
}

// record notes where one of the result's events went.
func (pr *PutResult) record(id string, created bool) {
	pr.EventIDs = append(pr.EventIDs, id)
	pr.NewEvent = append(pr.NewEvent, created)
	if created {
		pr.Created++
	} else {
		pr.Merged++
	}
}
