package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"conflictmap/layers"
	"conflictmap/layers/eval"
)

// goldList is a repeatable --gold flag.
type goldList []string

func (g *goldList) String() string     { return strings.Join(*g, ",") }
func (g *goldList) Set(s string) error { *g = append(*g, s); return nil }

func evalUsage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintln(w, "Usage: conflictmap eval --gold FILE [--gold FILE…] [-v] [--root DIR] [--min-event-f1 X …]")
	fmt.Fprintln(w, "\nScores the extractor (the code of 'extract --json') against hand annotations in the format of")
	fmt.Fprintln(w, "seeds.gold.json, as the project's score.py does. Floors apply to each gold file; exit 1 if one is\nnot met, 2 on a bad gold file (missing, not JSON, an article missing, offsets outside an article).")
	fs.SetOutput(w)
	fs.PrintDefaults()
}

func runEval(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var golds goldList
	fs.Var(&golds, "gold", "a gold file (*.gold.json); repeat for several")
	root := fs.String("root", "", "folder the gold's article paths are relative to (default: the gold file's parent's parent)")
	verbose := fs.Bool("v", false, "print every miss, extra and wrong field")
	fs.BoolVar(verbose, "verbose", false, "same as -v")
	floors := eval.NoFloors()
	mins := map[string]*float64{}
	for _, k := range eval.MetricNames {
		mins[k] = fs.Float64("min-"+k, 0, "exit 1 if "+k+" is below this")
	}
	fs.IntVar(&floors.MaxViolations, "max-violations", -1, "exit 1 if there are more violations (negative: no limit)")
	fs.IntVar(&floors.MaxDuplicates, "max-duplicates", -1, "exit 1 if there are more duplicates (negative: no limit)")
	fs.Usage = func() {} // printed below: --help to stdout, a mistake to stderr
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			evalUsage(stdout, fs)
			return 0
		}
		evalUsage(stderr, fs)
		return 2
	}
	if len(golds) == 0 || fs.NArg() > 0 {
		evalUsage(stderr, fs)
		return 2
	}
	for k, v := range mins {
		floors.Min[k] = *v
	}
	var loaded []*eval.Gold
	for _, path := range golds {
		g, err := eval.Load(path, *root)
		if err != nil {
			fmt.Fprintln(stderr, "conflictmap eval:", err)
			return 2
		}
		loaded = append(loaded, g)
	}
	x, err := layers.LoadPipeline()
	if err != nil {
		fmt.Fprintln(stderr, "conflictmap eval:", err)
		return 1
	}
	return evalGolds(loaded, pipelinePredictor(x), floors, *verbose, stdout, stderr)
}

// evalGolds scores each gold, prints its report, and a combined line when there are several.
func evalGolds(golds []*eval.Gold, predict eval.Predictor, floors eval.Floors, verbose bool, stdout, stderr io.Writer) int {
	total := eval.NewReport("all")
	var allShort []string
	for _, g := range golds {
		rep, err := eval.Score(g, predict)
		if err != nil {
			fmt.Fprintf(stderr, "conflictmap eval: %s: %v\n", g.Path, err)
			return 2
		}
		short := rep.Short(floors)
		if len(golds) > 1 {
			fmt.Fprintf(stdout, "== %s (%d articles)\n", g.Path, rep.Articles)
			for _, s := range short {
				allShort = append(allShort, g.Path+": "+s)
			}
		} else {
			allShort = short
		}
		rep.Write(stdout, verbose, short)
		total.Add(rep)
	}
	if len(golds) > 1 {
		fmt.Fprintf(stdout, "== combined (%d files, %d articles)\n", len(golds), total.Articles)
		fmt.Fprintln(stdout, total.Summary(allShort))
	}
	if len(allShort) > 0 {
		return 1
	}
	return 0
}

// pipelinePredictor extracts an article exactly as `extract --json --published DATE FILE`
// does, and decodes the JSON line it would print.
func pipelinePredictor(x *layers.Pipeline) eval.Predictor {
	return func(path string, content []byte, published string) (*eval.Prediction, error) {
		if len(content) > layers.MaxArticleBytes {
			return nil, layers.ErrTooLarge
		}
		res, err := x.ExtractWith(path, content, "", published)
		if err != nil {
			return nil, err
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(res.JSON()); err != nil {
			return nil, err
		}
		return eval.DecodePrediction(buf.Bytes())
	}
}
