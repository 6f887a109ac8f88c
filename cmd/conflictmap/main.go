// Command conflictmap reads news articles about wars, finds the places they name and what
// happened there, and serves the result as map layers.
//
//	conflictmap serve    run the map server (OGC API – Features and the web map)
//	conflictmap ingest   add articles to the store
//	conflictmap extract  print the places and events of articles
//	conflictmap export   write a layer as GeoJSON, CSV or KML
//	conflictmap eval     score the extractor against hand annotations
//	conflictmap token    print (or --rotate) the server's write token
//	conflictmap check    report (and --repair) damage in a store file
//	conflictmap version  print the version and the data it embeds
package main

import (
	"fmt"
	"io"
	"os"
)

type command struct {
	name, summary string
	run           func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"serve", "run the map server: the web map at /, OGC API – Features under /api", runServe},
		{"ingest", "add articles (files or folders) to the store", runIngest},
		{"extract", "print the places and events of articles (a table, --json or --geojson)", runExtract},
		{"export", "write a layer as GeoJSON, CSV or KML", runExport},
		{"eval", "score the extractor against hand annotations (*.gold.json)", runEval},
		{"token", "print the server's write token (--rotate: replace it)", runToken},
		{"check", "report damage in a store file; --repair keeps what is readable", runCheck},
		{"version", "print the version and the data it embeds (gazetteer, lexicon)", runVersion},
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "conflictmap maps what news articles say happened where.")
	fmt.Fprintln(w, "\nUsage: conflictmap COMMAND [options] [arguments]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'conflictmap COMMAND --help' for a command's options.")
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		if len(args) > 1 && args[0] == "help" { // help COMMAND
			return run([]string{args[1], "--help"}, stdout, stderr)
		}
		usage(stdout)
		return 0
	case "-version", "--version":
		return runVersion(nil, stdout, stderr)
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], stdout, streams{stderr, stdout})
		}
	}
	fmt.Fprintf(stderr, "conflictmap: unknown command %q\n\n", args[0])
	usage(stderr)
	return 2
}
