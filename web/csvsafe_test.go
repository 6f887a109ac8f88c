package web

import (
	"context"
	"encoding/csv"
	"net/http"
	"strings"
	"testing"
)

func TestCSVSafe(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""}, {"Baku", "Baku"}, {"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+1+2", "'+1+2"}, {"-2+3", "'-2+3"}, {"@SUM(A1)", "'@SUM(A1)"}, {"\tcmd", "'\tcmd"}, {"\rx", "'\rx"},
		{"-45.25", "-45.25"}, {"+3", "+3"}, {"a=b", "a=b"},
	} {
		if got := csvSafe(tc.in); got != tc.want {
			t.Errorf("csvSafe(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCSVDownloadNeutralised: a quote that reads as a formula arrives as text; a negative
// longitude stays a number.
func TestCSVDownloadNeutralised(t *testing.T) {
	st := openMem(t)
	res := synthResult(1, 1)
	res.Events[0].Place, res.Events[0].Lon = "=cmd|'/c calc'!A1", -45.5
	res.Events[0].Sources[0].Quote = "@SUM(1+1)"
	if _, err := st.PutArticle(context.Background(), res); err != nil {
		t.Fatal(err)
	}
	_, h := testServer(t, st, Config{})
	rec := do(h, http.MethodGet, "/api/collections/events/download?format=csv", nil)
	rows, err := csv.NewReader(strings.NewReader(rec.Body.String())).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("CSV: %v, %d rows: %s", err, len(rows), rec.Body.String())
	}
	col := map[string]string{}
	for i, name := range rows[0] {
		col[name] = rows[1][i]
	}
	if col["place"] != "'=cmd|'/c calc'!A1" || col["quote"] != "'@SUM(1+1)" || col["longitude"] != "-45.5" {
		t.Errorf("place %q, quote %q, longitude %q", col["place"], col["quote"], col["longitude"])
	}
}
