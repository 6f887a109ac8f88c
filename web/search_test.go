package web

import (
	"context"
	"net/url"
	"testing"
)

// TestSearchReadsEventsNotArticleTitles: q= looks in what an event says (title, place, actors,
// quotes), not in the headline of the article it came from; quoted phrases stay together.
func TestSearchReadsEventsNotArticleTitles(t *testing.T) {
	store := openMem(t)
	res, err := fakeExtractor{}.Extract("a.txt", []byte("Russia watches the Caucasus\n"+
		"EVENT clash 46.75 39.76 2021-05-01 Shusha Turkey,Azerbaijan\n"+
		"EVENT deployment 43.84 40.79 2021-05-02 Gyumri Russia\n"), "text/plain")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.PutArticle(context.Background(), res); err != nil {
		t.Fatal(err)
	}
	_, h := testServer(t, store, Config{})
	for _, tt := range []struct {
		q    string
		want []string // places of the matches
	}{
		{"russia", []string{"Gyumri"}}, // the article's title says Russia, only one event does
		{"caucasus", nil},              // a word of the title alone
		{"turkey shusha", []string{"Shusha"}},
		{`"clash at shusha"`, []string{"Shusha"}}, // the event's title, as a phrase
		{`"shusha at"`, nil},                      // both words are there, the phrase is not
	} {
		t.Run(tt.q, func(t *testing.T) {
			for _, path := range []string{"items", "download"} {
				rec := do(h, "GET", "/api/collections/events/"+path+"?f=json&format=geojson&q="+url.QueryEscape(tt.q), nil)
				if rec.Code != 200 {
					t.Fatalf("%s: status %d: %s", path, rec.Code, rec.Body)
				}
				var got []string
				for _, f := range decodeFC(t, rec.Body).Features {
					got = append(got, f.Properties["place"].(string))
				}
				if len(got) != len(tt.want) || (len(got) == 1 && got[0] != tt.want[0]) {
					t.Errorf("%s q=%s: %v, want %v", path, tt.q, got, tt.want)
				}
			}
		})
	}
}
