//go:build unix

package buntdb

import (
	"os"
	"syscall"
)

// mapFile maps a file read-only, so that checking a store at open reads it through the page
// cache rather than a heap buffer the size of the file (a copy that would stay resident while
// buntdb loads the same file). release unmaps it; an empty file is nil.
func mapFile(path string) (b []byte, release func(), err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if st.Size() == 0 {
		return nil, func() {}, nil
	}
	b, err = syscall.Mmap(int(f.Fd()), 0, int(st.Size()), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil { // a file system that cannot map: read it
		b, err = os.ReadFile(path)
		return b, func() {}, err
	}
	return b, func() { syscall.Munmap(b) }, nil
}
