package layers_test

import (
	"testing"

	"conflictmap/layers"
)

// FuzzFindDates runs the date readers over arbitrary text and publication dates: they must not
// panic, every date must lie in its sentence with a sane range, and a dateline must lie in the text.
func FuzzFindDates(f *testing.F) {
	for _, s := range []string{
		"The ministry said Sunday that two soldiers died.",
		"Tuesday's strikes and Monday’s shelling, late Friday night.",
		"Overnight, yesterday, today, tonight, last night, this morning, the day before yesterday.",
		"Since the 2020 war and after the 1990s conflict, the war of 2020, in 1994, since 2015.",
		"MOSCOW, November 14 (TASS) – Troops left.",
		"BAKU, 28 September. /APA/. Shelling.",
		"Kyiv, Ukraine — Tuesday. Strikes.",
		"On the night of 25 November, earlier this month, last week.",
		"Three days ago, 2 months ago, a year ago; 14.11.2020 and 2020-11-14, 31.02.2020, 2020-13-45.",
		"Sunday Sunday's 's ’s – — /X/ (",
	} {
		f.Add(s, "2021-06-23")
	}
	f.Add("Clashes yesterday.", "2020-13-45")
	f.Add("Clashes on Monday.", "2021-02-30")
	f.Add("MOSCOW, December 31 (TASS) – x", "2021-01")
	f.Fuzz(func(t *testing.T, text, published string) {
		for _, sp := range layers.Sentences(text) {
			for _, w := range layers.FindDates(text, sp, published) {
				if w.Start < sp.Start || w.End > sp.End || w.Start >= w.End || w.PhraseEnd < w.End && w.PhraseEnd != 0 {
					t.Errorf("date %+v outside its sentence [%d,%d)", w, sp.Start, sp.End)
				}
				if w.From > w.To || w.Date == "" || layers.CheckDate(w.From) != nil || layers.CheckDate(w.To) != nil {
					t.Errorf("date %+v: bad range", w)
				}
			}
		}
		if w, ok := layers.FindDateline(text, published); ok {
			if w.Start < 0 || w.End > len(text) || w.Start >= w.End || w.Precision != "day" || layers.CheckDate(w.Date) != nil {
				t.Errorf("dateline %+v in %d bytes", w, len(text))
			}
		}
	})
}
