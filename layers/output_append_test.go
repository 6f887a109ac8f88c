package layers_test

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"conflictmap/geo"
	"conflictmap/layers"
)

// trickyStrings are what JSON escaping may get wrong: HTML characters, quotes, control
// characters, invalid UTF-8, U+2028/U+2029 and other multi-byte runes.
var trickyStrings = []string{
	"", "plain", `<b>Tom & "Jerry"</b>`, "back\\slash", "tab\tnew\nline\rcr\bbs\fff", "\x00\x01\x1f\x7f",
	"bad \xff utf-8 \xe2\x80", "line\u2028para\u2029end", "Şuşa — Ağdam ‘quoted’ 🚀", "\xc0\xaf", "a>b<c&d",
}

// AppendJSONLine writes exactly the bytes of the encoding/json path, on real extractions.
func TestAppendJSONLineBytesOnArticles(t *testing.T) {
	p := extractPipeline(t)
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "dev", "*", "*.txt"))
	seeds, _ := filepath.Glob(filepath.Join("..", "data", "articles", "*.md"))
	files = append(files[:min(len(files), 40)], seeds...)
	if len(files) < 3 {
		t.Fatal("no articles to test on")
	}
	events := 0
	for _, f := range files {
		content, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res, err := p.ExtractWith(f, content, "", "2022-09-14")
		if err != nil {
			t.Fatal(err)
		}
		events += len(res.Events)
		compareLine(t, f, res)
	}
	res := extract(t, "Russia deployed 1,960 peacekeepers to Lachin on November 12 <b>&</b>. Clashes near \"Tovuz\" killed two soldiers on July 12\u2028.", "2020-11-20")
	events += len(res.Events)
	compareLine(t, "tricky", res)
	if events == 0 {
		t.Error("no events: the features were never compared")
	}
}

// Every field of an event and a mention, set to awkward values, is written as encoding/json
// writes it; a property added to Event.Feature but not to the hand-written path fails here.
func TestAppendJSONLineBytesEveryField(t *testing.T) {
	floats := []float64{0, math.Copysign(0, -1), 1e-7, -1e-6, 1e-6, 0.95, 46.75, -179.999999, 1e20, 1e21, 5e-324, math.MaxFloat64}
	for i, s := range trickyStrings {
		e := layers.Event{}
		fillStruct(reflect.ValueOf(&e).Elem(), s, i+1, floats[i%len(floats)])
		e.Sources = []layers.Source{{}, {}}
		fillStruct(reflect.ValueOf(&e.Sources[0]).Elem(), s, i+2, 0)
		fillStruct(reflect.ValueOf(&e.Sources[1]).Elem(), trickyStrings[(i+1)%len(trickyStrings)], -i, 0)
		e.Actors = []string{s, "Azerbaijan"}
		e.Lon, e.Lat = floats[(i+3)%len(floats)], -floats[(i+5)%len(floats)]
		bare := layers.Event{ID: s} // defaults: no actors, no sources, counts absent
		place := &geo.Place{}
		fillStruct(reflect.ValueOf(place).Elem(), s, i, floats[(i+7)%len(floats)])
		res := &layers.Result{
			Article:  layers.Article{ID: s, Title: s, Publication: s, Published: s, URL: s},
			Mentions: []geo.Mention{{Text: s, Start: i, End: i + 3, Role: geo.RoleLocation, Place: place}, {Text: s, Role: geo.RoleName}},
			Events:   []layers.Event{e, bare},
		}
		compareLine(t, "case "+s, res)
	}
	compareLine(t, "empty", &layers.Result{})
	// stated zeros: written as 0, in the event's counts, its ranges and its sources
	zero := layers.Event{ID: "z", Stated: layers.StatedFatalities | layers.StatedInjured, Injured: 2, InjuredMin: 0, InjuredMax: 2,
		Sources: []layers.Source{{Stated: layers.StatedFatalities}, {Injured: 2}}}
	res := &layers.Result{Events: []layers.Event{zero}}
	compareLine(t, "stated zeros", res)
	line, err := res.AppendJSONLine(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"fatalities":0`, `"fatalities_min":0`, `"fatalities_max":0`, `"injured_min":0`, `"injured_max":2`,
		`"place_end":0,"fatalities":0}`} {
		if !strings.Contains(string(line), want) {
			t.Errorf("stated zeros: %s missing from %s", want, line)
		}
	}
	for _, absent := range []string{`"troops"`, `"troops_min"`} {
		if strings.Contains(string(line), absent) {
			t.Errorf("stated zeros: unknown %s written: %s", absent, line)
		}
	}
}

// A NaN has no JSON form: the line gets encoding/json's error, not a bad number.
func TestAppendJSONLineNaN(t *testing.T) {
	for name, res := range map[string]*layers.Result{
		"event":   {Events: []layers.Event{{ID: "x", Confidence: math.NaN()}}},
		"mention": {Mentions: []geo.Mention{{Text: "x", Place: &geo.Place{Lat: math.Inf(1)}}}},
	} {
		_, err := res.AppendJSONLine(nil)
		_, want := layers.AppendJSONLineReflect(res, nil)
		if err == nil || want == nil || err.Error() != want.Error() {
			t.Errorf("%s: error %v, want %v", name, err, want)
		}
	}
}

// compareLine checks AppendJSONLine against the encoding/json path, byte for byte.
func compareLine(t *testing.T, name string, res *layers.Result) {
	t.Helper()
	got, err := res.AppendJSONLine([]byte("prefix"))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	want, err := layers.AppendJSONLineReflect(res, []byte("prefix"))
	if err != nil {
		t.Fatalf("%s: reflect path: %v", name, err)
	}
	if !bytes.Equal(got, want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Errorf("%s: differs at byte %d:\n got  …%s\n want …%s", name, i, clip(got, i), clip(want, i))
	}
	if !json.Valid(bytes.TrimPrefix(got, []byte("prefix"))) {
		t.Errorf("%s: not valid JSON", name)
	}
}

func clip(b []byte, i int) string {
	return string(b[max(0, i-60):min(len(b), i+60)])
}

// fillStruct sets every string, int and float field of v (a struct) to s, n and f.
func fillStruct(v reflect.Value, s string, n int, f float64) {
	for i := 0; i < v.NumField(); i++ {
		fv := v.Field(i)
		if !fv.CanSet() {
			continue
		}
		switch fv.Kind() {
		case reflect.String:
			fv.SetString(s + strings.Repeat("x", i%2))
		case reflect.Int:
			fv.SetInt(int64(n + i))
		case reflect.Float64:
			fv.SetFloat(f)
		}
	}
}
