package layers_test

import (
	"testing"

	"conflictmap/layers"
)

func TestFindDates(t *testing.T) {
	type want struct {
		date, prec, from, to string
		citation             bool
		text                 string // the expression as it stands in the input ("" not checked)
	}
	cases := []struct {
		name, text, pub string
		want            []want // nil: no date
	}{
		{"on month day resolves to the latest not after publication", "On August 1 Russian troops arrived in Gyumri.", "2021-06-20",
			[]want{{"2020-08-01", "day", "2020-08-01", "2020-08-01", false, "August 1"}}},
		{"on month day in the publication year", "On June 1 the convoy reached Lachin.", "2021-06-20",
			[]want{{"2021-06-01", "day", "2021-06-01", "2021-06-01", false, ""}}},
		{"day month year", "The clashes began on 1 August 2020 near Tovuz.", "2021-06-20",
			[]want{{"2020-08-01", "day", "2020-08-01", "2020-08-01", false, "1 August 2020"}}},
		{"a range of days before the month", "Drills were held on 5-9 June near Kars.", "2021-06-20",
			[]want{{"2021-06-05", "day", "2021-06-05", "2021-06-09", false, "9 June"}}},
		{"an actor's era label is no year", "Military Forces of Azerbaijan (2003-) shelled Sotk.", "2022-09-13", nil},
		{"a bracketed span of years is a period still", "The first war (1988-1994) displaced thousands.", "2022-09-13",
			[]want{{"1988", "year", "1988-01-01", "1988-12-31", false, ""}, {"1994", "year", "1994-01-01", "1994-12-31", false, ""}}},
		{"a range of days after the month", "Drills were held on June 5-9 near Kars.", "2021-06-20",
			[]want{{"2021-06-05", "day", "2021-06-05", "2021-06-09", false, "June 5"}}},
		{"dayrange/a range joined by 'to'", "Shelling went on from 17 to 18 October near Tartar.", "2020-10-20",
			[]want{{"2020-10-17", "day", "2020-10-17", "2020-10-18", false, "18 October"}}},
		{"dayrange/a range joined by an en dash after the month", "Drills were held on June 5–9 near Kars.", "2021-06-20",
			[]want{{"2021-06-05", "day", "2021-06-05", "2021-06-09", false, "June 5"}}},
		{"dayrange/'between … and'", "Between 17 and 19 October the town was shelled.", "2020-10-20",
			[]want{{"2020-10-17", "day", "2020-10-17", "2020-10-19", false, "19 October"}}},
		{"dayrange/'and' without 'between' is two days, not a range", "Drones struck on 5 and 18 October.", "2020-10-20",
			[]want{{"2020-10-18", "day", "2020-10-18", "2020-10-18", false, "18 October"}}},
		{"two days running joined by 'and' are a span from the first", "Shells hit the camp on 7 and 8 June.", "2024-06-10",
			[]want{{"2024-06-07", "day", "2024-06-07", "2024-06-08", false, "8 June"}}},
		{"month day, year", "By August 1, 2021, the troops had left.", "2021-09-01",
			[]want{{"2021-08-01", "day", "2021-08-01", "2021-08-01", false, "August 1, 2021"}}},
		{"in month", "The drills took place in July.", "2021-06-20",
			[]want{{"2020-07", "month", "2020-07-01", "2020-07-31", false, "July"}}},
		{"early month", "Shelling resumed in early August.", "2021-06-20",
			[]want{{"2020-08", "month", "2020-08-01", "2020-08-31", false, "early August"}}},
		{"end of month", "The mission ends at the end of June.", "2021-06-20",
			[]want{{"2021-06", "month", "2021-06-01", "2021-06-30", false, "end of June"}}},
		{"mid-month", "Fighting flared in mid-September.", "2021-06-20",
			[]want{{"2020-09", "month", "2020-09-01", "2020-09-30", false, ""}}},
		{"in March", "The base opened in March.", "2021-06-20",
			[]want{{"2021-03", "month", "2021-03-01", "2021-03-31", false, "March"}}},
		{"last week is month precision", "A team arrived last week.", "2021-06-20",
			[]want{{"2021-06", "month", "2021-06-01", "2021-06-30", false, "last week"}}},
		{"last week across a month", "A team arrived last week.", "2021-07-03",
			[]want{{"2021-06", "month", "2021-06-01", "2021-06-30", false, ""}}},
		{"last year", "The exercises were held last year.", "2021-06-20",
			[]want{{"2020", "year", "2020-01-01", "2020-12-31", false, "last year"}}},
		{"this month", "More sappers will arrive this month.", "2021-06-20",
			[]want{{"2021-06", "month", "2021-06-01", "2021-06-30", false, "this month"}}},
		{"yesterday with a day-precision published date", "A mine exploded yesterday near Fuzuli.", "2021-03-01",
			[]want{{"2021-02-28", "day", "2021-02-28", "2021-02-28", false, "yesterday"}}},
		{"yesterday with a month-precision published date", "A mine exploded yesterday near Fuzuli.", "2021-03",
			[]want{{"2021-03", "month", "2021-03-01", "2021-03-31", false, ""}}},
		{"season and year", "The talks stalled in autumn 2020.", "2021-06-20",
			[]want{{"2020", "year", "2020-09-01", "2020-11-30", false, "autumn 2020"}}},
		{"winter spans the new year", "Troops rotated in winter 2020.", "2021-06-20",
			[]want{{"2020", "year", "2020-12-01", "2021-02-28", false, ""}}},
		{"decade", "The war of the 1990s displaced many.", "2021-06-20",
			[]want{{"1990", "year", "1990-01-01", "1999-12-31", false, "1990s"}}},
		{"year", "Turkey intervened in Cyprus in 1974.", "2021-06-20",
			[]want{{"1974", "year", "1974-01-01", "1974-12-31", false, "1974"}}},
		{"citation", "The agreement was signed in Baku (Anadolu Agency, November 17).", "2021-06-20",
			[]want{{"2020-11-17", "day", "2020-11-17", "2020-11-17", true, "(Anadolu Agency, November 17)"}}},
		{"citation with year", "Troops left Syria (Reuters, March 4, 2019).", "2021-06-20",
			[]want{{"2019-03-04", "day", "", "", true, ""}}},
		{"see reference is not a date", "Ankara has expanded its role (see EDM, August 14).", "2021-06-20", nil},
		{"may as a verb", "More troops may arrive in the coming days.", "2021-06-20", nil},
		{"May as a verb at sentence start", "May the talks succeed, the envoy said.", "2021-06-20", nil},
		{"year rollover", "Fighting was reported on December 28 near Tegh.", "2021-01-05",
			[]want{{"2020-12-28", "day", "2020-12-28", "2020-12-28", false, "December 28"}}},
		{"same day as publication", "The parade was held on January 5.", "2021-01-05",
			[]want{{"2021-01-05", "day", "", "", false, ""}}},
		{"unknown publication: relative dates unresolved", "A team arrived last week, on August 1.", "", nil},
		{"unknown publication: explicit year still resolves", "A team arrived on 1 August 2020.", "",
			[]want{{"2020-08-01", "day", "2020-08-01", "2020-08-01", false, ""}}},
		{"counts are not years", "Some 2,000 troops and 1,960 peacekeepers were sent.", "2021-06-20", nil},
		{"invalid day falls back to the month", "It happened on 31 June.", "2021-07-10",
			[]want{{"2021-06", "month", "2021-06-01", "2021-06-30", false, "June"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// put the sentence after some other text to check offsets are absolute
			prefix := "Preamble sentence. "
			text := prefix + c.text
			got := layers.FindDates(text, layers.Span{Start: len(prefix), End: len(text)}, c.pub)
			if len(got) != len(c.want) {
				t.Fatalf("FindDates(%q, published %q) = %+v, want %d dates %+v", c.text, c.pub, got, len(c.want), c.want)
			}
			for i, w := range c.want {
				g := got[i]
				if g.Date != w.date || g.Precision != w.prec || g.Citation != w.citation ||
					w.from != "" && g.From != w.from || w.to != "" && g.To != w.to {
					t.Errorf("FindDates(%q, published %q)[%d] = %+v, want date %s/%s [%s..%s] citation %v",
						c.text, c.pub, i, g, w.date, w.prec, w.from, w.to, w.citation)
				}
				if g.Start < len(prefix) || g.End > len(text) || g.Start >= g.End {
					t.Errorf("span [%d,%d) outside the sentence [%d,%d)", g.Start, g.End, len(prefix), len(text))
					continue
				}
				if w.text != "" && text[g.Start:g.End] != w.text {
					t.Errorf("expression %q, want %q", text[g.Start:g.End], w.text)
				}
			}
		})
	}
}

func TestCitations(t *testing.T) {
	text := "Russia sent sappers to Aghdam (TASS, December 2). Ankara agreed (see EDM, August 14)."
	got := layers.Citations(text, layers.Span{Start: 0, End: len(text)})
	want := []string{"(TASS, December 2)", "(see EDM, August 14)"}
	if len(got) != len(want) {
		t.Fatalf("Citations = %v, want %q", got, want)
	}
	for i := range want {
		if text[got[i].Start:got[i].End] != want[i] {
			t.Errorf("citation %d = %q, want %q", i, text[got[i].Start:got[i].End], want[i])
		}
	}
}
