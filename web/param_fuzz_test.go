package web

import (
	"testing"
)

func FuzzParseBbox(f *testing.F) {
	for _, s := range []string{"1,2,3,4", "-180,-90,180,90", "46.6,39.7,0,46.8,39.9,100", "1,2,3", "a,b,c,d", "170,5,-170,6", "1e400,0,0,0", "NaN,0,1,1", ",,,", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := parseBbox(s)
		if err != nil {
			if p, ok := err.(*Problem); !ok || p.Status != 400 {
				t.Fatalf("error %v is not a 400 problem", err)
			}
			return
		}
		if b.Min[0] > b.Max[0] || b.Min[1] > b.Max[1] || b.Min[0] < -180 || b.Max[0] > 180 || b.Min[1] < -90 || b.Max[1] > 90 {
			t.Fatalf("accepted out-of-range bbox %v from %q", b, s)
		}
	})
}

func FuzzParseDatetime(f *testing.F) {
	for _, s := range []string{"2020-11-10", "2020-11-10T06:00:00Z", "2020-11-10T06:00:00+04:00", "2020-01-01/2020-12-31", "../2020-01-01", "2020-01-01/..", "/2020-01-01", "../..", "2021-01-01/2020-01-01", "x", "2020-13-01", "a/b/c", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		start, end, err := parseDatetime(s)
		if err != nil {
			if p, ok := err.(*Problem); !ok || p.Status != 400 {
				t.Fatalf("error %v is not a 400 problem", err)
			}
			return
		}
		if start == "" && end == "" {
			t.Fatalf("%q: accepted with no bound", s)
		}
		if start != "" && end != "" && start > end {
			t.Fatalf("%q: start %s after end %s", s, start, end)
		}
		for _, d := range []string{start, end} {
			if d != "" && len(d) != 10 {
				t.Fatalf("%q: bad date %q", s, d)
			}
		}
	})
}
