package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"path"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"

	"conflictmap/data"
)

// version is the release, set at build time with -ldflags "-X main.version=v1.2.3".
var version = "dev"

func runVersion(args []string, stdout, stderr io.Writer) int {
	flags := newFlags("version", `Usage: conflictmap version

Prints the version, the commit it was built from, and the data it embeds: the gazetteer's
sources (the npm packages and versions it was generated from) and place count, and the rows
of the curated tables and the event lexicon. Also: conflictmap --version.

`, stderr)
	if code, ok := parseFlags(flags, args); !ok {
		return code
	}
	if err := printVersion(stdout, data.FS); err != nil {
		fmt.Fprintln(stderr, "conflictmap version:", err)
		return 1
	}
	return 0
}

func printVersion(w io.Writer, fsys fs.FS) error {
	fmt.Fprintf(w, "conflictmap %s%s (%s, %s/%s)\n", version, buildVCS(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	source, places, err := gazetteerInfo(fsys)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "gazetteer: %d places, generated from %s\n", places, source)
	for _, group := range []struct{ label, glob string }{{"curated tables", "*.tsv"}, {"event lexicon", "lexicon/*.tsv"}} {
		counts, err := tsvRows(fsys, group.glob)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%s: %s\n", group.label, strings.Join(counts, ", "))
	}
	return nil
}

// buildVCS is " commit 0123abc, 2026-01-02T03:04:05Z" from the build info, when Go recorded it.
func buildVCS() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var rev, at, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value[:min(12, len(s.Value))]
		case "vcs.time":
			at = ", " + s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = ", modified"
			}
		}
	}
	if rev == "" {
		return ""
	}
	return " commit " + rev + at + dirty
}

// gazetteerInfo reads the gazetteer's header ("#conflictmap-gazetteer\tv1\tSOURCES…") and
// counts its places (the rows after the column names).
func gazetteerInfo(fsys fs.FS) (string, int, error) {
	f, err := fsys.Open("gazetteer.tsv.gz")
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return "", 0, fmt.Errorf("gazetteer.tsv.gz: %w", err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	var header string
	if sc.Scan() {
		header = sc.Text()
	}
	if !strings.HasPrefix(header, "#conflictmap-gazetteer\t") {
		return "", 0, fmt.Errorf("gazetteer.tsv.gz: not a conflictmap gazetteer")
	}
	sc.Scan() // the column names
	rows := 0
	for sc.Scan() {
		if sc.Text() != "" {
			rows++
		}
	}
	if err := sc.Err(); err != nil {
		return "", 0, fmt.Errorf("gazetteer.tsv.gz: %w", err)
	}
	fields := strings.Split(header, "\t")
	if len(fields) < 3 {
		return "", 0, fmt.Errorf("gazetteer.tsv.gz: no sources in its header")
	}
	return strings.Join(fields[2:], " ") + " (format " + fields[1] + ")", rows, nil
}

// tsvRows lists "name N rows" for each file matching glob, counting lines that are neither
// empty nor comments.
func tsvRows(fsys fs.FS, glob string) ([]string, error) {
	names, err := fs.Glob(fsys, glob)
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []string
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		n := 0
		for _, line := range strings.Split(string(b), "\n") {
			if t := strings.TrimSpace(line); t != "" && !strings.HasPrefix(t, "#") {
				n++
			}
		}
		out = append(out, fmt.Sprintf("%s %d", path.Base(name), n))
	}
	return out, nil
}
