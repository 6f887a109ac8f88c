package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/url"
	"strings"

	"conflictmap/layers"
	"conflictmap/web"
)

// multi collects a repeated flag.
type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("export", `Usage: conflictmap export --layer LAYER [--format geojson|csv|kml|xlsx] [--bom] [filters]

Writes a layer (deployments, clashes, incidents, exercises, agreements, parades, meetings,
events, places) from the store, with the same filters as /api/collections/{id}/items.
Example: conflictmap export --layer clashes --format csv --where country=AZ --datetime 2021-01-01/..
The database must exist; while a server holds it, use the API's downloads instead.

`, stderr)
	db := fs.String("db", envOr("CONFLICTMAP_DB", "conflictmap.db"), "database file")
	storeURL := storeFlag(fs)
	layer := fs.String("layer", "events", "layer (collection id)")
	format := fs.String("format", "geojson", "geojson, csv, kml or xlsx (a spreadsheet: redirect it to a file)")
	bbox := fs.String("bbox", "", "minLon,minLat,maxLon,maxLat")
	datetime := fs.String("datetime", "", "instant or interval: 2021-08-01, 2020-11-01/2020-12-31, ../2021-01-01")
	filter := fs.String("filter", "", "CQL2 text filter, e.g. \"fatalities > 2 AND country = 'AZ'\"")
	sortby := fs.String("sortby", "", "sort keys, e.g. -date")
	bom := fs.Bool("bom", false, "start a CSV with a UTF-8 byte order mark, for spreadsheets (Excel)")
	var where multi
	fs.Var(&where, "where", "property=value equality filter (repeatable), e.g. actor=Russia")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if _, ok := layers.LayerByID(*layer); !ok {
		fmt.Fprintf(stderr, "conflictmap export: unknown layer %q\n", *layer)
		return 2
	}
	params := url.Values{}
	for k, v := range map[string]string{"bbox": *bbox, "datetime": *datetime, "filter": *filter, "sortby": *sortby} {
		if v != "" {
			params.Set(k, v)
		}
	}
	for _, w := range where {
		k, v, ok := strings.Cut(w, "=")
		if !ok {
			fmt.Fprintf(stderr, "conflictmap export: --where %q: want property=value\n", w)
			return 2
		}
		params.Add(k, v)
	}
	if *bom {
		params.Set("bom", "1")
	}
	params.Set("limit", "100000000")
	if err := existingFile(*db); err != nil && *storeURL == "" {
		fmt.Fprintf(stderr, "conflictmap export: %v (serve or ingest --create makes a database)\n", err)
		return 1
	}
	st, err := openStore(context.Background(), storeConfig{Path: *db, Store: *storeURL, Stderr: stderr})
	if err != nil {
		fmt.Fprintln(stderr, "conflictmap export:", err)
		return 1
	}
	defer st.Close()
	out := bufio.NewWriter(stdout)
	if err := web.Export(context.Background(), st, out, *layer, *format, params); err != nil {
		fmt.Fprintln(stderr, "conflictmap export:", err)
		return 1
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintln(stderr, "conflictmap export:", err)
		return 1
	}
	return 0
}
