package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

// printWriteSummary prints what storing one file did (`ingest -v`), as POST /api/articles
// answers it: each feature created or merged into, with the article's quote.
//
//	file.md: "Title" (article 1e3daacc6de5afce): 1 created, 1 merged
//	  created  cla-88ac6138730b   clash       Kalbajar          2022-09-14 1 source   “Azerbaijan said 50 of …”
//	  merged   dep-1f0c2b3d4e5f   deployment  Nagorno-Karabakh  2020-11    3 sources  “…”
func printWriteSummary(ctx context.Context, w io.Writer, st store.Store, file string, res *layers.Result, pr layers.PutResult) error {
	sum, err := layers.Summarize(ctx, res, pr, st.GetEvent)
	if err != nil {
		return err
	}
	replaced := ""
	if sum.Replaced {
		replaced = ", replacing its previous version"
	}
	fmt.Fprintf(w, "%s: %q (article %s): %d created, %d merged%s\n", file, sum.Title, sum.Article, len(sum.Created), len(sum.Merged), replaced)
	for _, g := range []struct {
		what string
		fs   []layers.WrittenFeature
	}{{"created", sum.Created}, {"merged", sum.Merged}} {
		for _, f := range g.fs {
			kind := f.EventType
			if f.Modality != "reported" {
				kind += " (" + f.Modality + ")"
			}
			sources := "1 source"
			if f.SourceCount != 1 {
				sources = fmt.Sprintf("%d sources", f.SourceCount)
			}
			fmt.Fprintf(w, "  %-8s %-18s %-24s %-18s %-10s %-10s “%s”\n", g.what, f.ID, kind, f.Place, f.Date, sources, oneLine(f.Quote, 100))
		}
	}
	return nil
}

// oneLine is s on one line, cut to n runes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
