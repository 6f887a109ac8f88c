package eval

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	const article = "Oldtown was quiet.\n"
	good := `{"places": {"TOWN": {"name": "Oldtown", "country": "XA", "level": "city", "lat": 40, "lon": 45, "scored": true}},
	 "articles": [{"id": "a1", "file": "texts/a1.txt", "toponyms": [{"text": "Oldtown", "start": 0, "end": 7, "place": "TOWN", "role": "location"}%s],
	 "events": [%s]}]}`
	cases := []struct {
		name, gold, want string // want: "" loads, else a part of the error
		noArticle        bool
	}{
		{"valid", fmtGold(good, "", ""), "", false},
		{"bad JSON", `{"places": {`, "invalid JSON", false},
		{"no articles", `{"places": {}}`, `no "articles"`, false},
		{"article missing", fmtGold(good, "", ""), "a1.txt: no such file", true},
		{"offsets beyond the end", fmtGold(good, `, {"text": "x", "start": 18, "end": 40, "place": "TOWN", "role": "location"}`, ""), "outside the article", false},
		{"negative offset", fmtGold(good, `, {"text": "x", "start": -1, "end": 3, "place": "TOWN", "role": "location"}`, ""), "outside the article", false},
		{"unknown toponym place", fmtGold(good, `, {"text": "was", "start": 8, "end": 11, "place": "NOPE", "role": "location"}`, ""), `place "NOPE"`, false},
		{"unknown event place", fmtGold(good, "", `{"id": "e", "type": "clash", "place": "NOPE", "actors": []}`), `event e names place "NOPE"`, false},
		{"event without a type", fmtGold(good, "", `{"id": "e", "place": "TOWN"}`), "needs an id and a type", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			goldPath := filepath.Join(root, "eval", "x.gold.json")
			writeTestFile(t, goldPath, tc.gold)
			if !tc.noArticle {
				writeTestFile(t, filepath.Join(root, "texts", "a1.txt"), article)
			}
			g, err := Load(goldPath, "")
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if g.Root != root || string(g.Articles[0].Content) != article {
					t.Errorf("root %q content %q", g.Root, g.Articles[0].Content)
				}
				return
			}
			if err == nil || !errors.Is(err, ErrGold) || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), goldPath) {
				t.Errorf("error %v, want one naming %s with %q", err, goldPath, tc.want)
			}
		})
	}
}

func TestLoadMissingGold(t *testing.T) {
	p := filepath.Join(t.TempDir(), "none.gold.json")
	if _, err := Load(p, ""); err == nil || !strings.Contains(err.Error(), p) {
		t.Errorf("got %v", err)
	}
}

func TestMismatches(t *testing.T) {
	a := Article{ID: "a", Content: []byte("Şəki and Oldtown"), Toponyms: []Toponym{
		{Text: "Şəki", Start: 0, End: 6}, {Text: "Oldtown", Start: 11, End: 18}, {Text: "Oldtown", Start: 9, End: 16}}} // the last counted in characters
	got := a.Mismatches()
	if len(got) != 1 || !strings.Contains(got[0], "a@9") {
		t.Errorf("got %q", got)
	}
}

func fmtGold(format, toponyms, events string) string {
	return strings.Replace(strings.Replace(format, "%s", toponyms, 1), "%s", events, 1)
}

func writeTestFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
