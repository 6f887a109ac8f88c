//go:build unix

package buntdb

import (
	"os"
	"syscall"
)

// mapReadOnly maps the first size bytes of f read-only and shared (fork, mapload.go).
func mapReadOnly(f *os.File, size int64) ([]byte, bool) {
	if size <= 0 || int64(int(size)) != size {
		return nil, false
	}
	b, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, false
	}
	return b, true
}
