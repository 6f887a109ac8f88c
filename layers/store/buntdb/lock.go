//go:build unix

package buntdb

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strconv"
	"syscall"
)

// InUseError is returned by Open when another process holds the store.
type InUseError struct {
	Path string // the store file
	PID  int    // the holder's process id, as it wrote it in the lock file; 0 when unknown
}

func (e *InUseError) Error() string {
	pid := "pid unknown"
	if e.PID > 0 {
		pid = "pid " + strconv.Itoa(e.PID)
	}
	return fmt.Sprintf("%s is in use by another conflictmap process (%s); stop it or POST to /api/articles", e.Path, pid)
}

// storeLock is an exclusive flock(2) on "FILE.lock" beside a store file. The lock is on a
// file of its own, not on the store file, because buntdb's compaction replaces the store
// file by renaming a new one over it: a lock on the old file would no longer guard the new.
// The kernel drops the lock when the process ends, however it ends.
type storeLock struct{ f *os.File }

// lockStore takes the store's lock, or returns an *InUseError at once if it is held, by
// another process or by another open store in this one (each open gets its own descriptor,
// and flock locks of two descriptors exclude each other).
func lockStore(path string) (*storeLock, error) {
	name := path + ".lock"
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("layers: lock store: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		defer f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, &InUseError{Path: path, PID: readPID(f)}
		}
		return nil, fmt.Errorf("layers: lock store %s: %w", name, err)
	}
	// The pid is only a hint for the message above; failing to write it is no reason to stop.
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return &storeLock{f: f}, nil
}

func readPID(f *os.File) int {
	b := make([]byte, 32)
	n, _ := f.ReadAt(b, 0)
	pid, err := strconv.Atoi(string(bytes.TrimSpace(b[:n])))
	if err != nil {
		return 0
	}
	return pid
}

// unlock releases the lock. The lock file stays: removing it would race with a process
// that has just opened it and is about to lock it.
func (l *storeLock) unlock() error {
	if l == nil {
		return nil
	}
	syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	return l.f.Close()
}
