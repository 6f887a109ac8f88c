package buntdb

import "syscall"

// dropPages drops a read-only shared map's pages from the process (fork, mapload.go); reading
// them again faults them back in from the page cache or the file.
func dropPages(b []byte) { syscall.Madvise(b, syscall.MADV_DONTNEED) }
