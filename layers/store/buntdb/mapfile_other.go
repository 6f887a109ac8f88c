//go:build !unix

package buntdb

import "os"

// mapFile reads a file whole (unix maps it instead).
func mapFile(path string) ([]byte, func(), error) {
	b, err := os.ReadFile(path)
	return b, func() {}, err
}
