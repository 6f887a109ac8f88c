//go:build !linux

package buntdb

// dropPages leaves the map's pages to the system here (fork, mapload.go).
func dropPages(b []byte) {}
