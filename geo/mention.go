package geo

// Roles of a mention (SCHEMA.md).
const (
	RoleLocation = "location" // the text means the place
	RoleActor    = "actor"    // the name stands for a state or government ("Moscow said")
	RoleName     = "name"     // part of a name ("Minsk Group", "Shusha Declaration")
)

// Mention is one place name found in a text.
type Mention struct {
	Text  string // as written
	Start int    // UTF-8 byte offset in the text, inclusive
	End   int    // exclusive
	Role  string // RoleLocation, RoleActor or RoleName
	// Place is what the name was resolved to; nil when it could not be.
	Place *Place
	// Near is true when the text says "near X" or "outside X": the event is close to, not at, the place.
	Near bool
	// Border is true in "the border between X and Y", "the line of contact with X": the text
	// means a line along the place, not a point in it.
	Border bool
}
