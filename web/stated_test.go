package web

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"testing"

	"conflictmap/layers"
	"conflictmap/layers/store"
)

// statedStore holds three clashes: one whose report states no one was killed, one with three
// killed and one that says nothing of casualties.
func statedStore(t *testing.T) (store.Store, http.Handler, map[string]string) {
	t.Helper()
	st := openMem(t)
	res := synthResult(1, 3)
	names := []string{"zero", "three", "unknown"}
	for i := range res.Events {
		e := &res.Events[i]
		e.EventType, e.Troops, e.Fatalities, e.Injured, e.Stated = layers.TypeClash, 0, 0, 0, 0
		e.Place, e.Title = names[i], "clash — "+names[i]
	}
	res.Events[0].Stated = layers.StatedFatalities
	res.Events[1].Fatalities, res.Events[1].Stated = 3, layers.StatedFatalities
	if _, err := st.PutArticle(context.Background(), res); err != nil {
		t.Fatal(err)
	}
	_, h := testServer(t, st, Config{})
	ids := map[string]string{}
	rec := do(h, http.MethodGet, "/api/collections/events/items", nil)
	var fc struct {
		Features []struct {
			ID         string         `json:"id"`
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &fc); err != nil {
		t.Fatal(err)
	}
	for _, f := range fc.Features {
		ids[f.Properties["place"].(string)] = f.ID
	}
	return st, h, ids
}

// placesOf returns the places of an items answer, sorted.
func placesOf(t *testing.T, h http.Handler, target string) []string {
	t.Helper()
	rec := do(h, http.MethodGet, target, nil)
	if rec.Code != http.StatusOK {
		t.Fatalf("%s: %d %s", target, rec.Code, rec.Body.String())
	}
	var fc struct {
		Features []struct {
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &fc); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range fc.Features {
		out = append(out, f.Properties["place"].(string))
	}
	sort.Strings(out)
	return out
}

// TestStatedZeroQueries: CQL2 and equality filters tell a stated 0 from an unknown count (NULL).
func TestStatedZeroQueries(t *testing.T) {
	_, h, _ := statedStore(t)
	for _, c := range []struct{ name, query, want string }{
		{"cql2 = 0 is the stated zero", "filter=" + url.QueryEscape("fatalities = 0"), "zero"},
		{"cql2 IS NULL is the unknown", "filter=" + url.QueryEscape("fatalities IS NULL"), "unknown"},
		{"cql2 IS NOT NULL", "filter=" + url.QueryEscape("fatalities IS NOT NULL"), "three,zero"},
		{"cql2 < 5 leaves the unknown out", "filter=" + url.QueryEscape("fatalities < 5"), "three,zero"},
		{"equality", "fatalities=0", "zero"},
		{"range of a zero", "filter=" + url.QueryEscape("fatalities_max = 0"), "zero"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := strings.Join(placesOf(t, h, "/api/collections/clashes/items?"+c.query), ",")
			if got != c.want {
				t.Errorf("%s: %q, want %q", c.query, got, c.want)
			}
		})
	}
}

// TestStatedZeroDownloads: the feature, the CSV and the KML carry a stated 0 as 0 and leave an
// unknown count null or empty.
func TestStatedZeroDownloads(t *testing.T) {
	_, h, ids := statedStore(t)
	for place, want := range map[string]string{"zero": `"fatalities":0,`, "three": `"fatalities":3,`, "unknown": `"fatalities":null,`} {
		body := do(h, http.MethodGet, "/api/collections/events/items/"+ids[place], nil).Body.String()
		if !strings.Contains(body, want) {
			t.Errorf("items/%s lacks %s: %s", place, want, body)
		}
	}
	rec := do(h, http.MethodGet, "/api/collections/events/download?format=csv", nil)
	rows, err := csv.NewReader(strings.NewReader(rec.Body.String())).ReadAll()
	if err != nil || len(rows) != 4 {
		t.Fatalf("CSV: %v, %d rows", err, len(rows))
	}
	col := func(row []string, name string) string {
		for i, n := range rows[0] {
			if n == name {
				return row[i]
			}
		}
		t.Fatalf("no column %s in %v", name, rows[0])
		return ""
	}
	want := map[string][3]string{"zero": {"0", "0", "0"}, "three": {"3", "3", "3"}, "unknown": {"", "", ""}}
	for _, row := range rows[1:] {
		w := want[col(row, "place")]
		if got := [3]string{col(row, "fatalities"), col(row, "fatalities_min"), col(row, "fatalities_max")}; got != w {
			t.Errorf("CSV %s: fatalities, min, max %q, want %q", col(row, "place"), got, w)
		}
		if col(row, "troops") != "" || col(row, "troops_max") != "" {
			t.Errorf("CSV %s: unknown troops not empty", col(row, "place"))
		}
	}
	kml := do(h, http.MethodGet, "/api/collections/events/download?format=kml", nil).Body.String()
	for _, want := range []string{`<Data name="fatalities"><value>0</value></Data>`, `<Data name="fatalities_max"><value>3</value></Data>`} {
		if !strings.Contains(kml, want) {
			t.Errorf("KML lacks %s", want)
		}
	}
}

// TestStatedZeroXLSX: the sheet's count cells are the CSV's: a stated 0 is 0, unknown empty.
func TestStatedZeroXLSX(t *testing.T) {
	_, h, _ := statedStore(t)
	rec := do(h, http.MethodGet, "/api/collections/events/download?format=xlsx", nil)
	_, rows := openXLSX(t, rec.Body.Bytes())
	byID := map[string][]string{}
	for _, r := range csvOf(t, h, "events")[1:] {
		byID[r[0]] = r
	}
	zeros := 0
	for _, r := range rows[1:] {
		for c, name := range CSVColumns {
			if !contains(countColumns, name) {
				continue
			}
			got := ""
			if c < len(r) {
				got = r[c]
			}
			if want := byID[r[0]][c]; got != want {
				t.Errorf("%s %s: sheet %q, CSV %q", r[0], name, got, want)
			}
			if name == "fatalities" && got == "0" {
				zeros++
			}
		}
	}
	if zeros != 1 {
		t.Errorf("%d rows with fatalities 0, want 1", zeros)
	}
}
