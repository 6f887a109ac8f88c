//go:build !unix

package buntdb

import "os"

// mapReadOnly never maps here: the file is read through readLoad (fork, mapload.go).
func mapReadOnly(f *os.File, size int64) ([]byte, bool) { return nil, false }
