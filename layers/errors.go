package layers

import "errors"

// The store's sentinel errors.
var (
	// ErrNotFound is returned for an unknown article, event or place.
	ErrNotFound = errors.New("layers: not found")
	// ErrInvalid wraps every error about a value the store refuses to hold.
	ErrInvalid = errors.New("layers: invalid")
	// ErrUnknownProperty is returned by Query for a filter or sort key no feature has.
	ErrUnknownProperty = errors.New("layers: unknown property")
	// ErrBadFilter is returned by Query for a Where that cannot be evaluated.
	ErrBadFilter = errors.New("layers: bad filter")
	// ErrUnknownLayer is returned by Query for a layer not in Layers.
	ErrUnknownLayer = errors.New("layers: unknown layer")
)
