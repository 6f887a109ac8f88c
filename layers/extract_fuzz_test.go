package layers_test

import (
	"strings"
	"testing"
)

// FuzzExtract runs the whole pipeline over arbitrary text: it must never panic, and whatever it
// finds must satisfy the schema's invariants (checkInvariants).
func FuzzExtract(f *testing.F) {
	seeds := []string{
		" ",
		".",
		"\n\n\n",
		"Troops were deployed and the fighting continued, the spokesman said.",
		"Russia deployed 1,960 peacekeepers to Lachin on November 10.",
		strings.Repeat("Baku ", 10000),
		strings.Repeat("Shusha, Lachin, Aghdam and ", 2000) + "clashes.",
		"“Turkey sent troops to (Nakhchivan [on \"August 1",
		"))))(((( ]]]] [[[[ «« »» ““ ”” deployed Baku",
		"---\ntitle: broken\nRussia deployed troops to Lachin.",
		"---\n---\n---\nRussia deployed troops to Lachin.",
		"---\ntitle: x\npublished: 2021-13-45\n---\nTroops deployed near Goris on February 30.",
		"Turkey sent 999999999999999999999 troops to Ganja.",
		"Some 99999999999999999999999999999999,000,000 peacekeepers were deployed in the region.",
		"!!!???...;;;,,,———–––……. Shelling near Tovuz!!! .. ... ....",
		"Gen. (ret.) U.S. J. R. Smith. 3.5. Twitter.com/x. “.” She met Aliyev in Baku.",
		"The fighting in Nagorno-Karabakh ended. Moscow has deployed peacekeepers there; the region is calm.",
		"A landmine exploded (see EDM, August 14) near Fuzuli (APA, November 3), killing twelve dead.",
		"Şuşa Ağdam Füzuli Xankəndi — atəş açıldı; əsgərlər yaralandı.",
		"\ufeffRussia deployed troops to Gyumri.\r\nClashes near Tegh.\r\n",
		"in the region in the region in the region deployed there there there",
		"May May May March March 1990s 2099 1800 December 32 0 August 00",
		"# Heading\n\n* Turkey sent [troops](http://x.example/Baku) to **Ganja**.\n",
		strings.Repeat("Russia deployed 12 troops to Lachin and clashes near Shusha killed soldiers in Baku on November 10 ", 200), // one endless sentence
	}
	for _, s := range seeds {
		f.Add(s, "2021-06-20")
	}
	f.Add("Clashes near Tovuz on December 28.", "")
	f.Add("Clashes near Tovuz yesterday.", "2021")
	f.Add("Clashes near Tovuz last week.", "not a date")
	f.Fuzz(func(t *testing.T, text, published string) {
		res, err := extractPipeline(t).ExtractWith("fuzz.txt", []byte(text), "", published)
		if err != nil {
			return // unreadable input is refused, not extracted
		}
		checkInvariants(t, res)
		raw := res.Article.Raw
		for _, m := range res.Mentions {
			if m.Start < 0 || m.Start >= m.End || m.End > len(raw) {
				t.Errorf("mention %q at [%d,%d) outside [0,%d)", m.Text, m.Start, m.End, len(raw))
			}
		}
		for _, e := range res.Events {
			if e.Troops < 0 || e.Fatalities < 0 || e.Injured < 0 {
				t.Errorf("%s at %s: negative count troops %d killed %d injured %d", e.EventType, e.Place, e.Troops, e.Fatalities, e.Injured)
			}
			if e.Confidence < 0 || e.Confidence > 1 {
				t.Errorf("%s at %s: confidence %v", e.EventType, e.Place, e.Confidence)
			}
			if e.DateStart > e.DateEnd {
				t.Errorf("%s at %s: date_start %s after date_end %s", e.EventType, e.Place, e.DateStart, e.DateEnd)
			}
		}
	})
}
