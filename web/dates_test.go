package web

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

const datesArticle = `Dated three ways
EVENT clash 46.7539 39.7579 2021-05-01/published/news Shusha Azerbaijan
EVENT deployment 44.5152 40.1872 1994-01-01/text/background Yerevan Russia
EVENT exercise 43.8453 40.7894 - Gyumri Russia
`

// date_source and timing are served, filter items, are queryables and are CSV and KML columns.
func TestDateSourceAndTiming(t *testing.T) {
	st := openMem(t)
	_, h := testServer(t, st, Config{})
	if rec := do(h, "POST", "/api/articles", strings.NewReader(datesArticle), "Content-Type", "text/plain", "Authorization", "Bearer "+testToken); rec.Code != http.StatusCreated {
		t.Fatalf("POST: %d %s", rec.Code, rec.Body)
	}
	cases := []struct {
		query string
		want  []string // places, any order
	}{
		{"date_source=published", []string{"Shusha"}},
		{"date_source=text", []string{"Yerevan"}},
		{"date_source=none", []string{"Gyumri"}}, // stored without one: none, as it has no date
		{"timing=background", []string{"Yerevan"}},
		{"timing=news", []string{"Shusha", "Gyumri"}},
	}
	for _, c := range cases {
		t.Run(c.query, func(t *testing.T) {
			rec := do(h, "GET", "/api/collections/events/items?"+c.query, nil)
			var got fc
			if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || rec.Code != 200 {
				t.Fatalf("%d %v %s", rec.Code, err, rec.Body)
			}
			var places []string
			for _, f := range got.Features {
				places = append(places, f.Properties["place"].(string))
			}
			if len(places) != len(c.want) || !sameSet(places, c.want) {
				t.Errorf("places %v, want %v", places, c.want)
			}
		})
	}
	t.Run("queryables", func(t *testing.T) {
		body := do(h, "GET", "/api/collections/events/queryables", nil).Body.String()
		for _, w := range []string{`"date_source"`, `"timing"`, `"background"`, `"dateline"`} {
			if !strings.Contains(body, w) {
				t.Errorf("queryables lack %s: %s", w, body)
			}
		}
	})
	t.Run("csv", func(t *testing.T) {
		rows, err := csv.NewReader(do(h, "GET", "/api/collections/events/download?format=csv&place=Yerevan", nil).Body).ReadAll()
		if err != nil || len(rows) != 2 {
			t.Fatalf("csv %v %v", rows, err)
		}
		col := map[string]int{}
		for i, c := range rows[0] {
			col[c] = i
		}
		if rows[1][col["date_source"]] != "text" || rows[1][col["timing"]] != "background" {
			t.Errorf("csv row %v", rows[1])
		}
	})
	t.Run("kml", func(t *testing.T) {
		body := do(h, "GET", "/api/collections/events/download?format=kml&place=Shusha", nil).Body.String()
		for _, w := range []string{`<Data name="date_source"><value>published</value>`, `<Data name="timing"><value>news</value>`} {
			if !strings.Contains(body, w) {
				t.Errorf("kml lacks %s", w)
			}
		}
	})
}

func sameSet(a, b []string) bool {
	m := map[string]int{}
	for _, x := range a {
		m[x]++
	}
	for _, x := range b {
		m[x]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return true
}

// A POSTed article whose published date is written in numbers but does not exist is refused.
func TestPostInvalidPublished(t *testing.T) {
	_, h := testServer(t, openMem(t), Config{})
	for _, c := range []struct {
		published string
		code      int
	}{{"2020-13-45", http.StatusBadRequest}, {"2021-02-30", http.StatusBadRequest}, {"2021-02-28", http.StatusCreated}, {"", http.StatusCreated}} {
		t.Run(c.published, func(t *testing.T) {
			body := `{"title":"Dated","text":"Dated ` + c.published + `\nEVENT clash 46.7539 39.7579 - Shusha Azerbaijan\n","published":"` + c.published + `"}`
			rec := do(h, "POST", "/api/articles", strings.NewReader(body), "Content-Type", "application/json", "Authorization", "Bearer "+testToken)
			if rec.Code != c.code || c.code == http.StatusBadRequest && !strings.Contains(rec.Body.String(), c.published) {
				t.Errorf("POST published %q: %d %s, want %d naming the date", c.published, rec.Code, rec.Body, c.code)
			}
		})
	}
}
