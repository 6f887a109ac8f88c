package cql2

import (
	"reflect"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

func TestParseTree(t *testing.T) {
	ev := Property{"event_type"}
	for _, tc := range []struct {
		in   string
		want Expr
	}{
		{"event_type = 'clash'", Compare{"=", ev, Literal{"clash"}}},
		{"a = 1 AND b <> 2 AND c != 3", And{[]Expr{Compare{"=", Property{"a"}, Literal{1.0}}, Compare{"<>", Property{"b"}, Literal{2.0}}, Compare{"<>", Property{"c"}, Literal{3.0}}}}},
		{"a = 1 OR NOT b < -2.5e1", Or{[]Expr{Compare{"=", Property{"a"}, Literal{1.0}}, Not{Compare{"<", Property{"b"}, Literal{-25.0}}}}}},
		{"place NOT LIKE 'S%'", Like{Property{"place"}, "S%", true}},
		{"x BETWEEN 1 AND 2", Between{Property{"x"}, Literal{1.0}, Literal{2.0}, false}},
		{"x NOT IN ('a', 'b')", In{Property{"x"}, []Operand{Literal{"a"}, Literal{"b"}}, true}},
		{"date IS NOT NULL", IsNull{Property{"date"}, true}},
		{"TRUE", Bool(true)},
		{"\"quoted\" = 'it''s'", Compare{"=", Property{"quoted"}, Literal{"it's"}}},
		{"CASEI(place) = casei('X')", Compare{"=", CaseI{Property{"place"}}, CaseI{Literal{"X"}}}},
		{"ACCENTI(place) = 'Sisli'", Compare{"=", AccentI{Property{"place"}}, Literal{"Sisli"}}},
		{"S_INTERSECTS(geometry, BBOX(1,2,3,4))", Spatial{"S_INTERSECTS", Property{"geometry"}, GeomLit{orb.Bound{Min: orb.Point{1, 2}, Max: orb.Point{3, 4}}}}},
		{"s_within(geometry, POINT(1 2))", Spatial{"S_WITHIN", Property{"geometry"}, GeomLit{orb.Point{1, 2}}}},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := Parse(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("got %#v\nwant %#v", got, tc.want)
			}
		})
	}
}

func TestParseTemporalLiterals(t *testing.T) {
	e, err := Parse("T_INTERSECTS(date, INTERVAL('..','2020-01-01T00:00:00Z'))")
	if err != nil {
		t.Fatal(err)
	}
	lit := e.(Temporal).B.(TimeLit)
	if !lit.Start.IsZero() || lit.End.IsZero() || !lit.Interval {
		t.Fatalf("open interval = %#v", lit)
	}
	e, err = Parse("date_start >= DATE('2020-11-09')")
	if err != nil {
		t.Fatal(err)
	}
	d := e.(Compare).B.(TimeLit)
	if !d.Date || d.Raw != "2020-11-09" || d.Start.Format("2006-01-02") != "2020-11-09" {
		t.Fatalf("DATE = %#v", d)
	}
}

func TestParseErrors(t *testing.T) {
	deep := strings.Repeat("(", 100) + "a=1" + strings.Repeat(")", 100)
	for _, tc := range []struct{ in, want string }{
		{"place = ", "ends where a value is expected"},
		{"a = 'x", "unterminated string"},
		{"\"a = 1", "unterminated quoted identifier"},
		{"a = 1.2.3", "bad number"},
		{"a # 1", "unexpected character"},
		{"a = 1 b", "unexpected \"b\""},
		{"a NOT = 1", "cql2: expected a comparison"},
		{"x LIKE 5", "LIKE needs a string pattern"},
		{"x BETWEEN 1 OR 2", "BETWEEN needs AND"},
		{"x IS 3", "IS needs NULL"},
		{"x NOT IN 3", "expected \"(\""},
		{"a = DATE('yesterday')", "is not YYYY-MM-DD"},
		{"a = TIMESTAMP('soon')", "is not a date or an RFC 3339 timestamp"},
		{"T_AFTER(date, INTERVAL('2020-02-01','2020-01-01'))", "ends before it starts"},
		{"S_INTERSECTS(geometry, BBOX(3,2,1,4))", "BBOX needs"},
		{"S_INTERSECTS(geometry, POINT(1))", "POINT needs x y"},
		{"S_WITHIN(geometry, POLYGON((0 0, 1 0, 0 0)))", "4 or more points"},
		{"a = FOO(1)", "unknown function FOO"},
		{"a = AND", "unexpected AND"},
		{deep, "nested too deeply"},
		{strings.Repeat("a", MaxLen+1), "longer than 64 KiB"},
		{"a = '\xff'", "not UTF-8"},
	} {
		t.Run(tc.in[:min(len(tc.in), 40)], func(t *testing.T) {
			_, err := Parse(tc.in)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"event_type = 'clash'", "a = 1 AND (b <> 2 OR NOT c < 3)", "place LIKE 'S%'", "x IN ('a', 'b')",
		"date IS NOT NULL", "x NOT BETWEEN 1 AND 2", "S_INTERSECTS(geometry, BBOX(1,2,3,4))",
		"S_WITHIN(geometry, POLYGON((0 0, 1 0, 1 1, 0 1, 0 0)))", "T_AFTER(date, DATE('2020-01-01'))",
		"T_INTERSECTS(date, INTERVAL('..','2020-01-01T00:00:00Z'))", "CASEI(place) = casei('x')", "TRUE",
		"\"quoted\" = 'it''s'", "a = -1.5e3", "((((a=1))))", "a =", "'unterminated", "S_INTERSECTS(", "x LIKE 5",
		"ACCENTI(place) = 'Şişli'",
	} {
		f.Add(s)
	}
	row := mapRow{"event_type": "clash", "place": "Shusha", "actors": []string{"Armenia"}, "troops": 3,
		"confidence": 0.5, "date": "2020-11-08", "date_start": "2020-11-08", "date_end": "2020-11-08", "a": 1.0,
		"geometry": orb.Point{46.7, 39.8}}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := Parse(s)
		if err != nil {
			return
		}
		m, err := Compile(e)
		if err != nil {
			t.Fatalf("%q parses but does not compile: %v", s, err)
		}
		m.Match(row) // must not panic
		m.Match(mapRow{})
		_ = Check(e, func(string) bool { return true })
	})
}
