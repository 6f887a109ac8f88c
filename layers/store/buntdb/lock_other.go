//go:build !unix

package buntdb

// InUseError is returned by Open when another process holds the store. Without flock(2)
// (not unix) stores are not locked, and it is never returned.
type InUseError struct {
	Path string
	PID  int
}

func (e *InUseError) Error() string { return e.Path + " is in use by another conflictmap process" }

type storeLock struct{}

func lockStore(string) (*storeLock, error) { return nil, nil }

func (l *storeLock) unlock() error { return nil }
