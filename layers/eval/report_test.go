package eval

import (
	"bytes"
	"strings"
	"testing"
)

func testReport() *Report {
	r := NewReport("x.gold.json")
	r.Counts = Counts{TopTP: 8, TopFP: 2, TopFN: 0, ResN: 4, ResOK: 3, RoleN: 8, RoleOK: 8,
		EvTP: 3, EvFP: 1, EvFN: 1, Dup: 2, Viol: 1, DateN: 3, DateOK: 1, ActorN: 3, ActorOK: 3, CountN: 2, CountOK: 1}
	r.ByType = map[string]*TypeCounts{"clash": {TP: 2, FP: 1, Dup: 2, Viol: 1, DateN: 2, DateOK: 1},
		"deployment": {TP: 1, FN: 1, DateN: 1, CountN: 2, CountOK: 1}}
	r.Notes = []string{"miss event a1 d2"}
	return r
}

func TestMetrics(t *testing.T) {
	m := testReport().Metrics()
	want := map[string]float64{"toponym-precision": 0.8, "toponym-recall": 1, "resolution-acc": 0.75, "role-acc": 1,
		"event-precision": 0.75, "event-recall": 0.75, "event-f1": 0.75, "event-date-acc": 1.0 / 3, "event-count-acc": 0.5}
	for k, v := range want {
		t.Run(k, func(t *testing.T) {
			if d := m[k] - v; d > 1e-9 || d < -1e-9 {
				t.Errorf("%s = %v, want %v", k, m[k], v)
			}
		})
	}
	if got := NewReport("").Metrics()["event-f1"]; got != 0 {
		t.Errorf("empty report event-f1 %v", got)
	}
}

func TestShort(t *testing.T) {
	cases := []struct {
		name   string
		floors func(f *Floors)
		want   []string
	}{
		{"no floors", func(f *Floors) {}, nil},
		{"met", func(f *Floors) { f.Min["event-f1"] = 0.75; f.MaxViolations = 1 }, nil},
		{"event F1 and violations", func(f *Floors) { f.Min["event-f1"] = 0.8; f.MaxViolations = 0 },
			[]string{"event-f1 0.750 < 0.8", "violations 1 > 0"}},
		{"duplicates and dates", func(f *Floors) { f.MaxDuplicates = 1; f.Min["event-date-acc"] = 0.5 },
			[]string{"event-date-acc 0.333 < 0.5", "duplicates 2 > 1"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := NoFloors()
			tc.floors(&f)
			got := testReport().Short(f)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestWrite(t *testing.T) {
	cases := []struct {
		name    string
		verbose bool
		has     []string
		hasNot  []string
	}{
		{"plain", false, []string{"event-f1             0.750\n", "violations           1\n", "event-actor-acc      1.000\n",
			"\nclash         2    1    0    2    1  0.67  1.00  0.80     1/2     0/0\n",
			"\ndeployment    1    0    1    0    0  1.00  0.50  0.67     0/1     1/2\n", "\nall           3    1    1    2    1  0.75  0.75  0.75     1/3     1/2\n", "; short: event-f1"}, []string{"miss event"}},
		{"verbose", true, []string{"  miss event a1 d2\n"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			testReport().Write(&b, tc.verbose, []string{"event-f1 0.750 < 0.8"})
			out := b.String()
			for _, s := range tc.has {
				if !strings.Contains(out, s) {
					t.Errorf("no %q in\n%s", s, out)
				}
			}
			for _, s := range tc.hasNot {
				if strings.Contains(out, s) {
					t.Errorf("%q in\n%s", s, out)
				}
			}
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if last := lines[len(lines)-1]; !strings.HasPrefix(last, "toponym F1 0.89, acc@161km 0.75, role 1.00, event F1 0.75 (P 0.75 R 0.75), date 0.33, counts 0.50, duplicates 2, violations 1") {
				t.Errorf("last line %q", last)
			}
		})
	}
}

func TestAdd(t *testing.T) {
	total := NewReport("all")
	total.Add(testReport())
	total.Add(testReport())
	if total.EvTP != 6 || total.Dup != 4 || total.ByType["clash"].TP != 4 || total.ByType["deployment"].FN != 2 {
		t.Errorf("got %+v", total.Counts)
	}
	if got, want := total.Metrics()["event-f1"], testReport().Metrics()["event-f1"]; got != want {
		t.Errorf("event-f1 %v, want %v", got, want)
	}
}
