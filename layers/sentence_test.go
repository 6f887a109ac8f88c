package layers_test

import (
	"slices"
	"testing"

	"conflictmap/layers"
)

func TestSentences(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"abbreviated rank and retired",
			"Defence Minister Gen. (ret.) Hulusi Akar visited Baku on Tuesday. He met his Azerbaijani counterpart.",
			[]string{"Defence Minister Gen. (ret.) Hulusi Akar visited Baku on Tuesday.", "He met his Azerbaijani counterpart."}},
		{"dotted acronym",
			"The U.S. State Department urged restraint along the border. Washington later repeated the call.",
			[]string{"The U.S. State Department urged restraint along the border.", "Washington later repeated the call."}},
		{"initials",
			"The report by J. R. Smith described the shelling of Tartar. It was published in London.",
			[]string{"The report by J. R. Smith described the shelling of Tartar.", "It was published in London."}},
		{"closing curly quotation",
			"“We will not withdraw from Lachin.” She said the peacekeepers would stay. Then she left.",
			[]string{"“We will not withdraw from Lachin.”", "She said the peacekeepers would stay.", "Then she left."}},
		{"straight quotation then lower case",
			"\"Peace is near,\" the envoy said in Yerevan. \"We hope so.\" The talks resumed.",
			[]string{"\"Peace is near,\" the envoy said in Yerevan.", "\"We hope so.\"", "The talks resumed."}},
		{"decimal number",
			"Defence spending in Armenia reached 3.5 percent of output. Prices rose.",
			[]string{"Defence spending in Armenia reached 3.5 percent of output.", "Prices rose."}},
		{"url",
			"He wrote on Twitter.com/x that the Lachin road was closed. Officials denied it.",
			[]string{"He wrote on Twitter.com/x that the Lachin road was closed.", "Officials denied it."}},
		{"caption line is its own sentence",
			"Baku military parade, December 10\nTroops marched through Azadliq Square. Crowds watched.",
			[]string{"Baku military parade, December 10", "Troops marched through Azadliq Square.", "Crowds watched."}},
		{"dateline and blank lines",
			"YEREVAN, March 3\n\nArmenian officials reported shelling near Tavush. No one was hurt.\n",
			[]string{"YEREVAN, March 3", "Armenian officials reported shelling near Tavush.", "No one was hurt."}},
		{"question and exclamation",
			"Will Moscow send more troops? Nobody knows! The Kremlin was silent.",
			[]string{"Will Moscow send more troops?", "Nobody knows!", "The Kremlin was silent."}},
		{"lower case after full stop continues",
			"The convoy left approx. at noon and reached Goris by dusk.",
			[]string{"The convoy left approx. at noon and reached Goris by dusk."}},
		{"non-ASCII text",
			"Şuşa və Ağdam bölgələrində minalar təmizlənir. Əsgərlər işləyir.",
			[]string{"Şuşa və Ağdam bölgələrində minalar təmizlənir.", "Əsgərlər işləyir."}},
		{"empty", "", nil},
		{"whitespace only", " \n\t\n ", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			spans := layers.Sentences(c.text)
			checkSpans(t, c.text, spans)
			var got []string
			for _, s := range spans {
				got = append(got, c.text[s.Start:s.End])
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("Sentences(%q)\n got  %q\n want %q", c.text, got, c.want)
			}
		})
	}
}

// checkSpans asserts spans are within bounds, non-empty, ordered and non-overlapping.
func checkSpans(tb testing.TB, text string, spans []layers.Span) {
	tb.Helper()
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.Start >= s.End || s.End > len(text) {
			tb.Errorf("span %d [%d,%d) out of order or bounds (prev end %d, len %d)", i, s.Start, s.End, prev, len(text))
			return
		}
		prev = s.End
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"", ".", "U.S.", "Gen. (ret.) Akar.", "a.b.c. D", "“”.”", "3.5. 4", "\n\n.\n", "Mr. X. Y. Z."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, layers.Sentences(text))
	})
}
