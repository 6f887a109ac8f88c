package layers

// Article is one article as read: its metadata and its text.
type Article struct {
	ID          string `json:"id"` // stable id derived from the content
	Title       string `json:"title"`
	Publication string `json:"publication"`
	Published   string `json:"published"` // ISO date as precise as known: 2021-08-03, 2021-08
	URL         string `json:"url"`
	// MediaType is how the article was read: text/plain, text/markdown, text/html or application/json.
	MediaType string `json:"media_type,omitempty"`
	// Raw is the content as read (front matter included); mention offsets index it.
	Raw string `json:"-"`
	// Body is where the article's text starts and ends in Raw (front matter and markup excluded
	// for text and Markdown; for HTML and JSON, Raw is replaced by the extracted text).
	BodyStart, BodyEnd int `json:"-"`
}
