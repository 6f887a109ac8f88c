package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"conflictmap/layers"
)

func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("extract", `Usage: conflictmap extract [--json | --geojson] [--published DATE] FILE... ('-' reads standard input)

Prints the places each article names (with their role and resolution) and the events it reports.

`, stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per file (JSON Lines): article, mentions, events (see SCHEMA.md)")
	asGeoJSON := fs.Bool("geojson", false, "print the events of all files as one GeoJSON FeatureCollection")
	published := fs.String("published", "", "publication date (YYYY-MM-DD, YYYY-MM or YYYY) for files that do not give one")
	if code, ok := parseFlags(fs, args); !ok {
		return code
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
