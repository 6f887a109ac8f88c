package layers_test

import (
	"strings"
	"testing"

	"conflictmap/layers"
)

// Sentences written for these tests; 2021-06-23 is a Wednesday.
func TestFindDatesRelativeForms(t *testing.T) {
	const wed = "2021-06-23"
	cases := []struct {
		name, text, pub string
		date, prec      string // "" date: no date at all
		expr            string // the expression as it stands
	}{
		// weekdays next to a verb or a preposition
		{"weekday after said", "The ministry said Sunday that two soldiers died near Tegh.", wed, "2021-06-20", "day", "Sunday"},
		{"weekday with night", "Shelling resumed on Tuesday night near Tegh.", wed, "2021-06-22", "day", "Tuesday"},
		{"late weekday", "Fighting flared late Monday along the border.", wed, "2021-06-21", "day", "Monday"},
		{"weekday possessive opens the sentence", "Tuesday's strikes damaged a school in Martuni.", wed, "2021-06-22", "day", "Tuesday"},
		{"weekday curly possessive", "Villagers counted Tuesday’s damage.", wed, "2021-06-22", "day", "Tuesday"},
		{"a briefing's past day", "Over the past day, units repelled six attacks near Tegh.", wed, "2021-06-22", "day", "the past day"},
		{"the previous evening", "A missile struck a cafe in Kapan the previous evening.", wed, "2021-06-22", "day", "the previous evening"},
		{"the past 24 hours", "Air defences downed nine drones in the past 24 hours.", wed, "2021-06-22", "day", "the past 24 hours"},
		{"weekday after an -ed verb", "Drones attacked Saturday, officials said.", wed, "2021-06-19", "day", "Saturday"},
		{"weekday equal to the article day is that day", "Sappers arrived on Wednesday.", wed, "2021-06-23", "day", "Wednesday"},
		{"lower-case weekday after a preposition", "Troops entered the town on saturday after heavy fighting.", wed, "2021-06-19", "day", "saturday"},
		{"lower-case weekday without a preposition is no date", "The sunday market in Martuni reopened.", wed, "", "", ""},
		{"weekday in a name is no date", "Bloody Sunday is remembered every year in the town.", wed, "", "", ""},
		{"next weekday is ahead, not resolved", "Talks resume next Friday in Vienna.", wed, "", "", ""},
		{"weekday needs a day-precise article date", "The ministry said Sunday that a soldier died.", "2021-06", "", "", ""},
		// days counted from the article's date
		{"yesterday", "A mine exploded yesterday near Fuzuli.", wed, "2021-06-22", "day", "yesterday"},
		{"Yesterday opening a sentence", "Yesterday a mine exploded near Fuzuli.", wed, "2021-06-22", "day", "Yesterday"},
		{"the day before yesterday", "Troops left the day before yesterday.", wed, "2021-06-21", "day", "the day before yesterday"},
		{"overnight is the article day", "Artillery pounded the town overnight.", wed, "2021-06-23", "day", "overnight"},
		{"Overnight opening a sentence", "Overnight, drones struck a depot.", wed, "2021-06-23", "day", "Overnight"},
		{"last night is the evening before", "Two shells fell on the village last night.", wed, "2021-06-22", "day", "last night"},
		{"tonight", "The convoy leaves tonight.", wed, "2021-06-23", "day", "tonight"},
		{"today", "Peacekeepers patrol the road today.", wed, "2021-06-23", "day", "today"},
		{"this morning", "Sirens sounded this morning in the city.", wed, "2021-06-23", "day", "this morning"},
		{"day word with a month-only article date", "Shelling resumed overnight.", "2022-09", "2022-09", "month", "overnight"},
		{"day word inside a word is none", "The todays and yesterdays of war.", wed, "", "", ""},
		// so long ago
		{"days ago", "Sappers arrived three days ago.", wed, "2021-06-20", "day", "three days ago"},
		{"a week ago is its month", "Sappers arrived a week ago.", "2021-07-03", "2021-06", "month", "a week ago"},
		{"months ago", "Sappers arrived 2 months ago.", wed, "2021-04", "month", "2 months ago"},
		{"years ago", "Sappers arrived two years ago.", wed, "2019", "year", "two years ago"},
		{"days ago before a month-only date is unknown", "Sappers arrived three days ago.", "2021-06", "", "", ""},
		// dates written in numbers
		{"ISO date in the text", "The ministry's note of 2020-11-14 reported shelling.", wed, "2020-11-14", "day", "2020-11-14"},
		{"day-first dotted date", "Shelling was reported on 14.11.2020 near Tegh.", wed, "2020-11-14", "day", "14.11.2020"},
		{"a dotted date that does not exist is none", "A note dated 31.02.2020 was forged.", wed, "", "", ""},
		// written dates next to relative words
		{"on the night of a date", "Drones struck on the night of 25 November.", "2020-12-02", "2020-11-25", "day", "25 November"},
		{"earlier this month", "Sappers arrived earlier this month.", wed, "2021-06", "month", "earlier this month"},
		{"last week is the month of seven days earlier", "Sappers arrived last week.", "2021-07-03", "2021-06", "month", "last week"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			prefix := "Preamble sentence. "
			text := prefix + c.text
			got := layers.FindDates(text, layers.Span{Start: len(prefix), End: len(text)}, c.pub)
			if c.date == "" {
				if len(got) != 0 {
					t.Fatalf("FindDates(%q, %q) = %+v, want none", c.text, c.pub, got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("FindDates(%q, %q) = %+v, want one date", c.text, c.pub, got)
			}
			g := got[0]
			if g.Date != c.date || g.Precision != c.prec {
				t.Errorf("FindDates(%q, %q) = %s/%s, want %s/%s", c.text, c.pub, g.Date, g.Precision, c.date, c.prec)
			}
			if text[g.Start:g.End] != c.expr {
				t.Errorf("expression %q, want %q", text[g.Start:g.End], c.expr)
			}
		})
	}
}

// A year that names a war or a period, or bounds something else, is marked so that it dates
// only that war.
func TestFindDatesPeriods(t *testing.T) {
	cases := []struct {
		name, text             string
		period, anchor, during bool
	}{
		{"the year of a war", "The 2020 war changed the map.", true, false, false},
		{"a decade of a conflict", "The 1990s conflict displaced thousands.", true, false, false},
		{"a year and a name before the war", "The 2020 Karabakh war lasted six weeks.", true, false, false},
		{"the war of a year", "Much changed after the war of 2020.", true, false, false},
		{"since the war", "Azerbaijan has rebuilt roads since the 2020 war.", true, true, false},
		{"after the war", "Prices rose after the 2020 war.", true, true, false},
		{"after a bare year", "Prices rose after 2020.", false, true, false},
		{"since a bare year bounds a state", "Moscow has kept troops in Syria since 2015.", false, false, false},
		{"in a war", "Drones were used in the 2020 war.", true, false, true},
		{"in a year", "Turkey sent advisers in 1994.", false, false, true},
		{"a year then punctuation is no period", "In 2020, war came again.", false, false, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := layers.FindDates(c.text, layers.Span{Start: 0, End: len(c.text)}, "2021-06-23")
			if len(got) != 1 {
				t.Fatalf("FindDates(%q) = %+v, want one date", c.text, got)
			}
			g := got[0]
			if g.Period != c.period || g.Anchor != c.anchor || g.During != c.during {
				t.Errorf("FindDates(%q): period %v anchor %v during %v, want %v %v %v", c.text, g.Period, g.Anchor, g.During, c.period, c.anchor, c.during)
			}
			if g.Period && !strings.Contains(c.text[g.Start:g.PhraseEnd], "war") && !strings.Contains(c.text[g.Start:g.PhraseEnd], "conflict") && g.PhraseEnd != g.End {
				t.Errorf("phrase %q does not end at its war", c.text[g.Start:g.PhraseEnd])
			}
		})
	}
}

func TestFindDateline(t *testing.T) {
	cases := []struct {
		name, text, pub string
		date            string // "": no dateline
		expr            string
	}{
		{"wire dateline, month day", "MOSCOW, November 14 (TASS) – Russian peacekeepers reached Lachin.", "2020-11-15", "2020-11-14", "November 14"},
		{"wire dateline, abbreviated month", "YEREVAN, Sept 13 (Reuters) - Armenia reported shelling.", "2022-09-14", "2022-09-13", "Sept 13"},
		{"day month and a slashed source", "BAKU, 28 September. /APA/. The ministry reported shelling.", "2020-09", "2020-09-28", "28 September"},
		{"place, country, dash, weekday", "Kyiv, Ukraine — Tuesday. Missiles struck the city.", "2022-10-12", "2022-10-11", "Tuesday"},
		{"after a headline", "Shelling Resumes Along The Border\n\nYEREVAN, Sept 13 (Reuters) - Armenia said.", "2022-09-14", "2022-09-13", "Sept 13"},
		{"a December dateline in a January article", "MOSCOW, December 31 (TASS) – Troops left.", "2021-01-02", "2020-12-31", "December 31"},
		{"dateline with its year", "ANKARA, March 3, 2021 (AA) – Drills began.", "2021-03-04", "2021-03-03", "March 3, 2021"},
		{"a full stop after the place", "MOSCOW. Nov 14 (Interfax) - Troops left.", "2020-11-15", "2020-11-14", "Nov 14"},
		{"an agency in capitals", "BAKU, Nov 14, AZERTAC. Sappers arrived.", "2020-11-15", "2020-11-14", "Nov 14"},
		{"a dateline line of its own", "Baku, Azerbaijan, Nov.14\n\nBy A. Writer - Sappers arrived.", "2020-11-15", "2020-11-14", "Nov.14"},
		{"no mark after the date is no dateline", "Baku, 28 September is remembered as a day of mourning.", "2020-09-30", "", ""},
		{"a sentence with a capitalised word after the date", "Baku, 28 September Azerbaijanis mourned.", "2020-09-30", "", ""},
		{"an ordinary opening", "Russia and Turkey agreed to hold talks on November 14.", "2020-11-15", "", ""},
		{"no publication date, no year", "MOSCOW, November 14 (TASS) – Troops left.", "", "", ""},
		{"a dateline deep in the text is not one", "One.\nTwo.\nThree.\nFour.\nFive.\nMOSCOW, November 14 (TASS) – Troops left.", "2020-11-15", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w, ok := layers.FindDateline(c.text, c.pub)
			if c.date == "" {
				if ok {
					t.Fatalf("FindDateline(%q) = %+v, want none", c.text, w)
				}
				return
			}
			if !ok || w.Date != c.date || w.Precision != "day" {
				t.Fatalf("FindDateline(%q, %q) = %+v %v, want %s", c.text, c.pub, w, ok, c.date)
			}
			if c.text[w.Start:w.End] != c.expr {
				t.Errorf("expression %q, want %q", c.text[w.Start:w.End], c.expr)
			}
		})
	}
}

func TestCheckDate(t *testing.T) {
	cases := []struct {
		in string
		ok bool
	}{
		{"2020-02-29", true}, {"2021-06", true}, {"2021", true}, {"", true},
		{"2020-13-45", false}, {"2021-02-29", false}, {"2021-00", false}, {"2021-6-1", false}, {"21-06-01", false}, {"June", false},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			err := layers.CheckDate(c.in)
			if (err == nil) != c.ok {
				t.Fatalf("CheckDate(%q) = %v, want ok %v", c.in, err, c.ok)
			}
			if err != nil && !strings.Contains(err.Error(), c.in) {
				t.Errorf("error %q does not name the date %q", err, c.in)
			}
		})
	}
}

// An invalid publication date is unknown: nothing rolls over into the next month.
func TestInvalidPublishedDoesNotRollOver(t *testing.T) {
	text := "A mine exploded yesterday near Fuzuli."
	for _, pub := range []string{"2020-13-45", "2021-02-30"} {
		t.Run(pub, func(t *testing.T) {
			if got := layers.FindDates(text, layers.Span{Start: 0, End: len(text)}, pub); len(got) != 0 {
				t.Errorf("FindDates with published %q = %+v, want none", pub, got)
			}
		})
	}
}

func TestCheckPublished(t *testing.T) {
	cases := []struct {
		in string
		ok bool
	}{
		{"2021-06-20", true}, {"2021-6-1", true}, {"2 January 2021", true}, {"2021-06-20T10:00:00Z", true},
		{"sometime in spring", true}, {"", true}, // prose it cannot read: unknown, not an error
		{"2020-13-45", false}, {"2021-02-30", false}, {"2021-13", false}, {"2021-6-31", false},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if err := layers.CheckPublished(c.in); (err == nil) != c.ok {
				t.Errorf("CheckPublished(%q) = %v, want ok %v", c.in, err, c.ok)
			}
		})
	}
}

// Every family of data/lexicon/time.tsv does something: one sentence each, dated only through it.
func TestTimeLexiconFamilies(t *testing.T) {
	const wed = "2021-06-23"
	cases := []struct {
		family, text, date string
		period, anchor     bool
	}{
		{"day", "Shells fell this evening.", "2021-06-23", false, false},
		{"weekday_before", "Officials confirmed Friday that the road reopened.", "2021-06-18", false, false},
		{"weekday_after", "Friday morning brought fresh shelling.", "2021-06-18", false, false},
		{"period", "The 2016 escalation lasted four days.", "2016", true, false},
		{"anchor", "Trade grew following 2016.", "2016", false, true},
	}
	for _, c := range cases {
		t.Run(c.family, func(t *testing.T) {
			got := layers.FindDates(c.text, layers.Span{Start: 0, End: len(c.text)}, wed)
			if len(got) != 1 || got[0].Date != c.date || got[0].Period != c.period || got[0].Anchor != c.anchor {
				t.Errorf("FindDates(%q) = %+v, want %s period %v anchor %v", c.text, got, c.date, c.period, c.anchor)
			}
		})
	}
}
