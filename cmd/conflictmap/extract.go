package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"conflictmap/layers"
)

func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per file (JSON Lines): article, mentions, events (see SCHEMA.md)")
	asGeoJSON := fs.Bool("geojson", false, "print the events of all files as one GeoJSON FeatureCollection")
	published := fs.String("published", "", "publication date (YYYY-MM-DD, YYYY-MM or YYYY) for files that do not give one")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: conflictmap extract [--json | --geojson] [--published DATE] FILE... ('-' reads standard input)")
		fmt.Fprintln(stderr, "\nPrints the places each article names (with their role and resolution) and the events it reports.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	if err := layers.CheckDate(layers.NormalizeDate(*published)); err != nil {
		fmt.Fprintln(stderr, "conflictmap: --published:", err)
		return 2
	}
	x, err := layers.LoadPipeline()
	if err != nil {
		fmt.Fprintln(stderr, "conflictmap:", err)
		return 1
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	var all []*layers.Result
	var lineBuf []byte
	failed := 0
	for _, name := range fs.Args() {
		content, err := readInput(name)
		if err == nil && len(content) > layers.MaxArticleBytes {
			err = layers.ErrTooLarge
		}
		var res *layers.Result
		if err == nil {
			res, err = x.ExtractWith(name, content, "", *published)
		}
		if err != nil {
			fmt.Fprintf(stderr, "conflictmap: %s: %v\n", name, err)
			failed++
			continue
		}
		switch {
		case *asJSON:
			line, err := res.AppendJSONLine(lineBuf[:0])
			if err == nil {
				_, err = out.Write(line)
			}
			if err != nil {
				fmt.Fprintf(stderr, "conflictmap: %s: %v\n", name, err)
				return 1
			}
			lineBuf = line
		case *asGeoJSON:
			all = append(all, res)
		default:
			printTable(out, name, res)
		}
	}
	if *asGeoJSON {
		fc := layers.MergeResults(all)
		if err := enc.Encode(fc); err != nil {
			fmt.Fprintln(stderr, "conflictmap:", err)
			return 1
		}
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// readInput reads a file, or standard input for "-", refusing anything over the article limit.
func readInput(name string) ([]byte, error) {
	var r io.Reader
	size := int64(0) // the file's size where known, to read it without growing the buffer
	if name == "-" {
		r = os.Stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				return nil, pe.Err
			}
			return nil, err
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, errors.New("is a directory")
		} else if err == nil && st.Mode().IsRegular() {
			size = min(st.Size(), layers.MaxArticleBytes+1)
		}
		r = f
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	_, err := buf.ReadFrom(io.LimitReader(r, layers.MaxArticleBytes+1))
	return buf.Bytes(), err
}

func printTable(w io.Writer, name string, res *layers.Result) {
	a := res.Article
	fmt.Fprintf(w, "%s — %s", name, a.Title)
	if a.Published != "" {
		fmt.Fprintf(w, " (%s)", a.Published)
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  MENTION\tOFFSET\tROLE\tPLACE\tCOUNTRY\tLEVEL\tLAT,LON")
	for _, m := range res.Mentions {
		if m.Place == nil {
			fmt.Fprintf(tw, "  %s\t%d\t%s\t-\t\t\t\n", m.Text, m.Start, m.Role)
			continue
		}
		fmt.Fprintf(tw, "  %s\t%d\t%s\t%s\t%s\t%s\t%.3f,%.3f\n", m.Text, m.Start, m.Role, m.Place.Name, m.Place.Country, m.Place.Level, m.Place.Lat, m.Place.Lon)
	}
	tw.Flush()
	if len(res.Events) == 0 {
		fmt.Fprintln(w, "  no events")
	} else {
		fmt.Fprintln(tw, "\n  EVENT\tDATE\tPLACE\tACTORS\tCOUNTS\tQUOTE")
		for _, e := range res.Events {
			var counts []string
			if e.Troops > 0 {
				counts = append(counts, fmt.Sprintf("troops %d", e.Troops))
			}
			if e.Fatalities > 0 {
				counts = append(counts, fmt.Sprintf("killed %d", e.Fatalities))
			}
			if e.Injured > 0 {
				counts = append(counts, fmt.Sprintf("injured %d", e.Injured))
			}
			quote := ""
			if len(e.Sources) > 0 {
				quote = e.Sources[0].Quote
				if len(quote) > 70 {
					quote = quote[:67] + "…"
				}
			}
			typ := e.EventType
			if e.Modality != "" && e.Modality != "reported" {
				typ += " (" + e.Modality + ")"
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\n", typ, e.Date, e.Place, strings.Join(e.Actors, ", "), strings.Join(counts, ", "), quote)
		}
		tw.Flush()
	}
	fmt.Fprintln(w)
}
