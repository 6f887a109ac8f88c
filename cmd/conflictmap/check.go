package main

import (
	"fmt"
	"io"

	"conflictmap/layers/store/buntdb"
)

func runCheck(args []string, stdout, stderr io.Writer) int {
	flags := newFlags("check", `Usage: conflictmap check --db FILE [--repair]

Reads a store file through and reports every damaged region: where it is (byte offset and
record), what is wrong, and how many records are readable. Exits 0 for a sound file, 1 for a
damaged one. With --repair, writes the readable records to a new file in FILE's place and
keeps the damaged file as FILE.damaged-TIME (stop the server first: the store must not be
open). Environment: CONFLICTMAP_DB.

`, stderr)
	db := flags.String("db", envOr("CONFLICTMAP_DB", "conflictmap.db"), "database file")
	repair := flags.Bool("repair", false, "write what is readable to a new FILE, keeping the damaged one as FILE.damaged-TIME")
	if code, ok := parseFlags(flags, args); !ok {
		return code
	}
	if flags.NArg() > 0 {
		flags.Usage()
		return 2
	}
	if err := existingFile(*db); err != nil {
		fmt.Fprintln(stderr, "conflictmap check:", err)
		return 1
	}
	var rep *buntdb.StoreReport
	var kept string
	var err error
	if *repair {
		rep, kept, err = buntdb.RepairStore(*db)
	} else {
		rep, err = buntdb.CheckStore(*db)
	}
	if err != nil {
		fmt.Fprintln(stderr, "conflictmap check:", err)
		return 1
	}
	printReport(stdout, rep)
	if rep.InUse != nil {
		fmt.Fprintf(stdout, "note: %v; a write under way may read as an unfinished last record\n", rep.InUse)
	}
	switch {
	case rep.OK():
		return 0
	case kept != "":
		fmt.Fprintf(stdout, "repaired: %s now holds the %d readable records; the damaged file is kept as %s\n", *db, rep.Records, kept)
		return 0
	}
	fmt.Fprintf(stdout, "run 'conflictmap check --db %s --repair' to keep the readable records\n", *db)
	return 1
}

func printReport(w io.Writer, rep *buntdb.StoreReport) {
	if rep.OK() {
		fmt.Fprintf(w, "%s: sound, %d records in %d bytes\n", rep.Path, rep.Records, rep.Size)
		return
	}
	fmt.Fprintf(w, "%s: damaged: %d records readable, %d of %d bytes unreadable in %d places\n", rep.Path, rep.Records, rep.Lost(), rep.Size, len(rep.Damage))
	for _, d := range rep.Damage {
		fmt.Fprintf(w, "  %s\n", d)
	}
}
