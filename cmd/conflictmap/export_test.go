package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"conflictmap/layers"
	"conflictmap/layers/store/buntdb"
	"conflictmap/web"
)

// TestExportBOM checks `export --format csv --bom`: the file starts with a UTF-8 byte order mark
// (for spreadsheets); without --bom it does not.
func TestExportBOM(t *testing.T) {
	db := filepath.Join(t.TempDir(), "bom.db")
	st, err := buntdb.Open(buntdb.Config{Path: db})
	if err != nil {
		t.Fatal(err)
	}
	q := "Shelling hit Ağdam."
	res := &layers.Result{Article: layers.Article{ID: "a1", Title: "Ağdam report", Published: "2021-05-01", Raw: q, BodyEnd: len(q)},
		Events: []layers.Event{{EventType: layers.TypeClash, Place: "Ağdam", PlaceID: "148565", Country: "AZ", Lon: 46.9, Lat: 40.0,
			Date: "2021-05-01", DatePrecision: "day", DateStart: "2021-05-01", DateEnd: "2021-05-01",
			Sources: []layers.Source{{ArticleID: "a1", Quote: q, Start: 0, End: len(q)}}}}}
	if _, err := st.PutArticle(context.Background(), res); err != nil {
		t.Fatal(err)
	}
	st.Close()
	tests := []struct {
		args []string
		bom  bool
	}{
		{[]string{"export", "--db", db, "--layer", "clashes", "--format", "csv"}, false},
		{[]string{"export", "--db", db, "--layer", "clashes", "--format", "csv", "--bom"}, true},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args[4:], " "), func(t *testing.T) {
			code, out, errs := runCLI(t, tc.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if got := strings.HasPrefix(out, "\uFEFF"); got != tc.bom {
				t.Errorf("BOM %v, want %v: %q", got, tc.bom, out[:min(len(out), 12)])
			}
			if !strings.Contains(strings.TrimPrefix(out, "\uFEFF"), "Ağdam report") || !strings.HasPrefix(strings.TrimPrefix(out, "\uFEFF"), "id,") {
				t.Errorf("csv:\n%s", out)
			}
		})
	}
}

// TestExportXLSX checks `export --format xlsx`: a workbook with the CSV's header and one row per
// feature of the layer.
func TestExportXLSX(t *testing.T) {
	db := filepath.Join(t.TempDir(), "xlsx.db")
	st, err := buntdb.Open(buntdb.Config{Path: db})
	if err != nil {
		t.Fatal(err)
	}
	q := "Shelling hit Ağdam."
	res := &layers.Result{Article: layers.Article{ID: "a1", Title: "Ağdam report", Published: "2021-05-01", Raw: q, BodyEnd: len(q)},
		Events: []layers.Event{{EventType: layers.TypeClash, Place: "Ağdam", PlaceID: "148565", Country: "AZ", Lon: 46.9, Lat: 40.0,
			Date: "2021-05-01", DatePrecision: "day", DateStart: "2021-05-01", DateEnd: "2021-05-01",
			Sources: []layers.Source{{ArticleID: "a1", Quote: q, Start: 0, End: len(q)}}}}}
	if _, err := st.PutArticle(context.Background(), res); err != nil {
		t.Fatal(err)
	}
	st.Close()
	code, out, errs := runCLI(t, "export", "--db", db, "--layer", "clashes", "--format", "xlsx")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	f, err := excelize.OpenReader(strings.NewReader(out))
	if err != nil {
		t.Fatalf("not a workbook: %v", err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetList()[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || strings.Join(rows[0], ",") != strings.Join(web.CSVColumns, ",") {
		t.Fatalf("rows %v", rows)
	}
	if got := strings.Join(rows[1], "|"); !strings.Contains(got, "|Ağdam|") || !strings.Contains(got, "|"+q+"|") {
		t.Errorf("row %q lacks the place or the quote", got)
	}
}
