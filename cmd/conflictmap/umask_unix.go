//go:build unix

package main

import "syscall"

// Every file conflictmap creates is its owner's only. The store opens its files 0600 itself,
// but buntdb's compaction writes the store's new file with os.Create (0666 less the umask) and
// renames it into place; with this umask that file is 0600 too. Output that the shell
// redirects into a file is the shell's to create, and keeps the user's umask.
func init() { syscall.Umask(0o077) }
