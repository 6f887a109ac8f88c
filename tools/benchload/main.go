// Command benchload loads the side-by-side benchmark's events (a CSV exported from the
// PostGIS table of ../shared/bench/load.sql) into a conflictmap store with BulkLoad, so that
// `conflictmap serve` reads the same rows pg_featureserv does. It writes the id map id_cm.lua
// reads: line n is the conflictmap feature id of PostGIS id n.
//
//	benchload --csv events.csv --db bench.db --ids cmids.txt [--per-article 50]
//
// The CSV columns are id, event_type, date, country, fatalities, lon, lat (no header), as
// scripts/bench-side-by-side.sh exports them. One synthetic article holds --per-article events.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"conflictmap/layers"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "benchload:", err)
		os.Exit(1)
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("benchload", flag.ContinueOnError)
	fs.SetOutput(stderr)
	csvPath := fs.String("csv", "", "events CSV: id,event_type,date,country,fatalities,lon,lat (required)")
	db := fs.String("db", "", "store file to create (required; must not exist)")
	idsPath := fs.String("ids", "", "id map to write: line n = feature id of PostGIS id n (required)")
	per := fs.Int("per-article", 50, "events per synthetic article")
	chunk := fs.Int("chunk", 200, "articles handed to one BulkLoad call")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *csvPath == "" || *db == "" || *idsPath == "" {
		return fmt.Errorf("--csv, --db and --ids are required")
	}
	if *per < 1 || *chunk < 1 {
		return fmt.Errorf("--per-article and --chunk must be at least 1")
	}
	if _, err := os.Stat(*db); err == nil {
		return fmt.Errorf("store %s exists; remove it first", *db)
	}
	if err := os.MkdirAll(filepath.Dir(*idsPath), 0o755); err != nil {
		return err
	}
	t0 := time.Now()
	rows, err := readCSV(*csvPath)
	if err != nil {
		return err
	}
	ids, err := assignIDs(rows)
	if err != nil {
		return err
	}
	t1 := time.Now()
	n, err := load(*db, rows, ids, *per, *chunk)
	if err != nil {
		return err
	}
	if err := writeIDs(*idsPath, rows, ids); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "benchload: %d rows read in %s; %d events loaded in %s\n",
		len(rows), t1.Sub(t0).Round(time.Millisecond), n, time.Since(t1).Round(time.Millisecond))
	return nil
}

// load bulk-loads rows into a new store at path, then checks a sample of ids reads back.
func load(path string, rows []row, ids []string, per, chunk int) (int, error) {
	ctx := context.Background()
	s, err := openStore(ctx, path)
	if err != nil {
		return 0, err
	}
	total := 0
	for start := 0; start < len(rows); {
		batch := make([]*layers.Result, 0, chunk)
		for len(batch) < chunk && start < len(rows) {
			end := min(start+per, len(rows))
			batch = append(batch, article(start/per, rows[start:end]))
			start = end
		}
		n, err := s.BulkLoad(ctx, batch)
		total += n
		if err != nil {
			s.Close()
			return total, err
		}
	}
	if c, ok := s.(interface{ Cluster(context.Context) error }); ok { // PostGIS: tables in index order
		if err := c.Cluster(ctx); err != nil {
			s.Close()
			return total, err
		}
	}
	if err := s.MarkSeeded(); err != nil {
		s.Close()
		return total, err
	}
	if err := verify(ctx, s, rows, ids); err != nil {
		s.Close()
		return total, err
	}
	return total, s.Close()
}

// verify reads back up to 1000 events spread over the load and checks their coordinates.
func verify(ctx context.Context, s bulkStore, rows []row, ids []string) error {
	step := max(1, len(rows)/1000)
	for i := 0; i < len(rows); i += step {
		e, err := s.GetEvent(ctx, ids[i])
		if err != nil {
			return fmt.Errorf("verify: PostGIS id %d as %s: %w", rows[i].id, ids[i], err)
		}
		if e.Lon != rows[i].lon || e.Lat != rows[i].lat {
			return fmt.Errorf("verify: %s at %v,%v, want %v,%v", ids[i], e.Lon, e.Lat, rows[i].lon, rows[i].lat)
		}
	}
	return nil
}

// writeIDs writes the id map, indexed by PostGIS id (a missing id gets an empty line).
func writeIDs(path string, rows []row, ids []string) error {
	maxID := 0
	for _, r := range rows {
		maxID = max(maxID, r.id)
	}
	byPG := make([]string, maxID+1)
	for i, r := range rows {
		byPG[r.id] = ids[i]
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := newLineWriter(f)
	for n := 1; n <= maxID; n++ {
		w.line(byPG[n])
	}
	if err := w.flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
