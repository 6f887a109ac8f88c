package layers

// Helpers every store shares, so that they agree on what a value, a point or a record means.

// StampSourceFigures gives the one source of a one-sentence report that sentence's figures (a
// record written before sources kept their figures).
func StampSourceFigures(e *Event) { stampSourceFigures(e) }

// EqualValue compares a property value (EventValue, PlaceValue) with the text of an equality
// filter (Query.Props): strings case-insensitively, an array when any element equals it.
func EqualValue(v any, want string) bool { return equalValue(v, want) }

// EmptyValue reports whether a property value is empty (sorted last either way).
func EmptyValue(v any) bool { return isEmpty(v) }

// ValidPoint reports whether lon, lat are coordinates (not NaN, within range).
func ValidPoint(lon, lat float64) bool { return validPoint(lon, lat) }

// Record notes where one of the result's events went.
func (pr *PutResult) Record(id string, created bool) { pr.record(id, created) }
