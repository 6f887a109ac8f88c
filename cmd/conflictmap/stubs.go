package main

import (
	"fmt"
	"io"
)

func runServe(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "conflictmap serve: not available yet")
	return 2
}

func runIngest(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "conflictmap ingest: not available yet")
	return 2
}

func runExport(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "conflictmap export: not available yet")
	return 2
}
