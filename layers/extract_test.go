package layers_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"conflictmap/layers"
)

// The sentences below are written for these tests: realistic news prose about the region, not
// taken from any corpus.

// extractPipeline is the pipeline all the package's tests share (testPipeline, read_test.go).
func extractPipeline(tb testing.TB) *layers.Pipeline { return testPipeline(tb) }

// extract runs the whole pipeline over one plain-text article.
func extract(tb testing.TB, text, published string) *layers.Result {
	tb.Helper()
	res, err := extractPipeline(tb).ExtractWith("article.txt", []byte(text), "", published)
	if err != nil {
		tb.Fatalf("ExtractWith(%q): %v", text, err)
	}
	return res
}

// wantEvent is what a test expects of one event. Zero values are not checked, except where said:
// troops/fatalities/injured of -1 mean "must be absent"; actors of []string{} means "none".
type wantEvent struct {
	typ, sub       string
	place, country string
	gp             int
	date, datePrec string
	dateStart      string
	dateEnd        string
	actors         []string
	troops         int
	fatalities     int
	injured        int
	modality       string
	quote          string // the first source's sentence
	sources        int    // distinct source sentences
}

type extractCase struct {
	name      string
	text      string
	published string
	want      []wantEvent
	// count is the exact number of events expected (0: not checked); none expects no event at all.
	count int
	none  bool
	// notAt lists places no event may be placed at.
	notAt []string
	// noType lists event types that must not be extracted.
	noType []string
}

const pub = "2021-06-20"

func TestExtractEvents(t *testing.T) {
	cases := []extractCase{
		// ---- deployments ----
		{name: "deployment/peacekeepers with count and day", published: pub,
			text: "Russia deployed 1,500 peacekeepers to Lachin on November 12 under the ceasefire terms.",
			want: []wantEvent{{typ: "deployment", sub: "peacekeeping", place: "Lachin", country: "AZ", gp: 1,
				date: "2020-11-12", datePrec: "day", dateStart: "2020-11-12", dateEnd: "2020-11-12",
				actors: []string{"Russia"}, troops: 1500, modality: "reported", sources: 1,
				quote: "Russia deployed 1,500 peacekeepers to Lachin on November 12 under the ceasefire terms."}},
			count: 1},
		{name: "deployment/sent demining team, early month", published: pub,
			text: "Turkey has sent a demining team to Aghdam in early December.",
			want: []wantEvent{{typ: "deployment", sub: "demining", place: "Aghdam", country: "AZ", gp: 1,
				date: "2020-12", datePrec: "month", dateStart: "2020-12-01", dateEnd: "2020-12-31",
				actors: []string{"Turkey"}, modality: "reported", sources: 1}},
			count: 1},
		{name: "deployment/advisory mission last week", published: pub,
			text: "Turkey dispatched an advisory mission to Baku last week, the defence ministry said.",
			want: []wantEvent{{typ: "deployment", sub: "advisory", place: "Baku", country: "AZ", gp: 1,
				date: "2021-06", datePrec: "month", actors: []string{"Turkey"}, modality: "reported", sources: 1}},
			count: 1},
		{name: "deployment/sent troops to a country", published: pub,
			text: "Russia sent 300 troops to Armenia on 5 January 2021 to reinforce its garrison.",
			want: []wantEvent{{typ: "deployment", place: "Armenia", country: "AM", gp: 4,
				date: "2021-01-05", datePrec: "day", actors: []string{"Russia"}, troops: 300, modality: "reported"}}},
		{name: "deployment/military base with servicemen", published: pub,
			text: "Russia's 102nd military base in Gyumri hosts about 3,000 servicemen.",
			want: []wantEvent{{typ: "deployment", sub: "base", place: "Gyumri", country: "AM", gp: 1,
				datePrec: "day", actors: []string{"Russia"}, troops: 3000, modality: "reported", sources: 1}},
			count: 1},
		{name: "deployment/new military base near a town", published: pub,
			text: "The Russian military opened a new military base near Goris on March 3, officials said.",
			want: []wantEvent{{typ: "deployment", sub: "base", place: "Goris", country: "AM", gp: 2,
				date: "2021-03-03", datePrec: "day", actors: []string{"Russia"}}}},
		{name: "deployment/sappers to a district", published: pub,
			text: "Azerbaijan sent sappers to the Jabrayil district after the ceasefire.",
			want: []wantEvent{{typ: "deployment", sub: "demining", place: "Jabrayil", country: "AZ", gp: 2,
				actors: []string{"Azerbaijan"}, sources: 1}},
			count: 1},
		{name: "deployment/stationed in a region, since January", published: pub,
			text: "Turkish officers have been stationed in the Karabakh region since January.",
			want: []wantEvent{{typ: "deployment", place: "Nagorno-Karabakh", country: "AZ", gp: 3,
				date: "2021-01", datePrec: "month", actors: []string{"Turkey"}}}},
		{name: "deployment/metonym Moscow, the region after Nagorno-Karabakh", published: pub,
			text: "The ceasefire in Nagorno-Karabakh took effect in November. Moscow has deployed 2,000 peacekeepers in the region.",
			want: []wantEvent{{typ: "deployment", sub: "peacekeeping", place: "Nagorno-Karabakh", gp: 3,
				actors: []string{"Russia"}, troops: 2000, sources: 1,
				quote: "Moscow has deployed 2,000 peacekeepers in the region."}},
			notAt: []string{"Moscow"}},
		{name: "deployment/Moscow deployed troops in Syria", published: pub,
			text: "Moscow has deployed troops in Syria since 2015.",
			want: []wantEvent{{typ: "deployment", place: "Syria", country: "SY", gp: 4,
				date: "2015", datePrec: "year", dateStart: "2015-01-01", dateEnd: "2015-12-31", actors: []string{"Russia"}}},
			notAt: []string{"Moscow"}},
		{name: "deployment/origin from Moscow is not the place", published: pub,
			text: "Russian peacekeepers arrived from Moscow at the Lachin corridor on November 14.",
			want: []wantEvent{{typ: "deployment", sub: "peacekeeping", place: "Lachin corridor", actors: []string{"Russia"},
				date: "2020-11-14", datePrec: "day"}},
			notAt: []string{"Moscow"}},
		{name: "deployment/a base named by its state's demonym", published: "2022-11-03",
			text: "Protesters gathered outside the Russian base in Gyumri on Sunday.",
			want: []wantEvent{{typ: "deployment", sub: "base", place: "Gyumri", country: "AM", gp: 1,
				actors: []string{"Russia"}, date: "2022-10-30", datePrec: "day"}},
			count: 1},
		{name: "clash/soldiers killed with no other event word", published: "2022-11-03",
			text: "Two Armenian soldiers were killed and three wounded in Tavush province on Tuesday.",
			want: []wantEvent{{typ: "clash", place: "Tavush", country: "AM", gp: 2, fatalities: 2, injured: 3,
				actors: []string{"Armenia"}, date: "2022-11-01", datePrec: "day"}},
			count: 1},
		{name: "clash/a village captured, placed at its district", published: "2022-11-03",
			text:  "Azerbaijani forces captured several villages in the Tartar district on October 3.",
			want:  []wantEvent{{typ: "clash", country: "AZ", gp: 2, actors: []string{"Azerbaijan"}, date: "2022-10-03", datePrec: "day"}},
			count: 1},
		{name: "clash/the division a country's possessive names", published: pub,
			text:  "Shelling was reported in Armenia's Syunik province.",
			want:  []wantEvent{{typ: "clash", sub: "shelling", place: "Syunik", country: "AM", gp: 2}},
			count: 1},
		{name: "meeting/a summit named after its city", published: "2022-11-03",
			text:  "Putin hosted Aliyev and Pashinyan at the Sochi summit on October 31.",
			want:  []wantEvent{{typ: "meeting", place: "Sochi", country: "RU", gp: 1, date: "2022-10-31", datePrec: "day"}},
			count: 1},
		{name: "date/the day beats a looser frame in the same clause", published: "2021-10",
			text:  "On September 14, the Armenian prime minister met the French president in Paris for the third time this year.",
			want:  []wantEvent{{typ: "meeting", place: "Paris", country: "FR", date: "2021-09-14", datePrec: "day"}},
			count: 1},
		{name: "actors/an organisation named in the clause", published: "2022-11-03",
			text:  "NATO held naval exercises near Constanta on 2 November.",
			want:  []wantEvent{{typ: "exercise", place: "Constanta", country: "RO", actors: []string{"NATO"}, date: "2022-11-02", datePrec: "day"}},
			count: 1},
		{name: "deployment/armour moved to a town", published: "2021-03-10",
			text:  "In response, Ankara moved tanks to Kars on Monday.",
			want:  []wantEvent{{typ: "deployment", place: "Kars", country: "TR", actors: []string{"Turkey"}, date: "2021-03-08", datePrec: "day"}},
			count: 1},
		{name: "deployment/a base that hosts troops, not a meeting", published: "2021-03-10",
			text:  "The base, which hosts some 3,000 Russian servicemen, is near Gyumri.",
			want:  []wantEvent{{typ: "deployment", place: "Gyumri", troops: 3000, actors: []string{"Russia"}}},
			count: 1},
		{name: "clash/a capture of a list of towns is one event at each", published: "2021-02-01",
			text: "Azerbaijani forces took Hadrut, Jabrayil and Zangilan in October.",
			want: []wantEvent{
				{typ: "clash", place: "Hadrut", country: "AZ", actors: []string{"Azerbaijan"}, date: "2020-10", datePrec: "month"},
				{typ: "clash", place: "Jabrayil", country: "AZ", actors: []string{"Azerbaijan"}, date: "2020-10", datePrec: "month"},
				{typ: "clash", place: "Zangilan", country: "AZ", actors: []string{"Azerbaijan"}, date: "2020-10", datePrec: "month"}},
			count: 3},
		{name: "clash/killed counts shared by one noun", published: "2021-02-01",
			text:  "The July 2020 clashes near Tovuz killed 12 Azerbaijani and four Armenian soldiers.",
			want:  []wantEvent{{typ: "clash", place: "Tovuz", gp: 2, fatalities: 16, date: "2020-07", datePrec: "month"}},
			count: 1},
		{name: "deployment/a monitoring centre opened", published: "2021-02-01",
			text:  "The Turkish-Russian monitoring centre opened in Aghdam district in January 2021.",
			want:  []wantEvent{{typ: "deployment", sub: "peacekeeping", place: "Aghdam", actors: []string{"Turkey", "Russia"}, date: "2021-01", datePrec: "month"}},
			count: 1},
		{name: "exercise/the Aras is a river: the town near it places the drills", published: "2021-02-01",
			text:  "Iran held drills on the Aras near Julfa.",
			want:  []wantEvent{{typ: "exercise", place: "Julfa", actors: []string{"Iran"}}},
			count: 1},
		{name: "meeting/a place fronted with in frames the sentence", published: "2021-02-01",
			text:  "In Moscow, the Russian president met the Azerbaijani and Armenian leaders on January 11.",
			want:  []wantEvent{{typ: "meeting", place: "Moscow", country: "RU", date: "2021-01-11", datePrec: "day"}},
			count: 1},
		{name: "date/the next day counts from the day named before", published: "2020-12-01",
			text:  "The ceasefire took effect on November 10. The next day, Russian peacekeepers were deployed to Lachin.",
			want:  []wantEvent{{typ: "deployment", place: "Lachin", actors: []string{"Russia"}, date: "2020-11-11", datePrec: "day"}},
			count: 1},
		{name: "meeting/talks about a place are not held there", published: "2023-05-20",
			text:  "The talks focused on transport links through Armenia's Syunik province.",
			count: 0},
		{name: "agreement/could be signed is speculative", published: "2023-05-20",
			text:  "Diplomats said a draft agreement could be signed in Brussels later this year.",
			want:  []wantEvent{{typ: "agreement", place: "Brussels", modality: "speculative", date: "2023", datePrec: "year"}},
			count: 1},
		{name: "agreement/a future in the document's content leaves the signing reported", published: "2023-05-20",
			text:  "The two leaders signed a declaration in Brussels under which Armenia will open a transit route.",
			want:  []wantEvent{{typ: "agreement", place: "Brussels", modality: "reported"}},
			count: 1},
		{name: "deployment/a relative clause on the trigger itself keeps its future", published: pub,
			text:  "Officials are still discussing a joint monitoring centre that will be located in Aghdam.",
			want:  []wantEvent{{typ: "deployment", place: "Aghdam", modality: "expected"}},
			count: 1},
		{name: "meeting/hosted leaders in a city", published: "2023-05-20",
			text:  "The Council's president hosted Prime Minister Nikol Pashinyan and President Ilham Aliyev in Brussels on May 14.",
			want:  []wantEvent{{typ: "meeting", place: "Brussels", date: "2023-05-14", datePrec: "day"}},
			count: 1},
		{name: "dateline/the place a report was filed from is not where it happened", published: "2022-09-14",
			text:  "YEREVAN, Sept 13 (Reuters) - Clashes broke out overnight, officials said.",
			count: 0},
		{name: "deployment/affiliation of Dagestan is not the place", published: pub,
			text: "General Ivanov of Dagestan said Russian troops were deployed in Syria last year.",
			want: []wantEvent{{typ: "deployment", place: "Syria", gp: 4, date: "2020", datePrec: "year",
				actors: []string{"Russia"}}},
			notAt: []string{"Dagestan"}},
		{name: "deployment/border between X and Y is not a place", published: pub,
			text:  "Russian troops were deployed along the border between Armenia and Azerbaijan in May 2021.",
			notAt: []string{"Armenia", "Azerbaijan"}},
		{name: "deployment/Ankara's contribution is not at Ankara", published: pub,
			text:  "Ankara's peacekeeping contribution remains modest, analysts say.",
			notAt: []string{"Ankara"}, none: true},
		{name: "deployment/expected: likely to send", published: pub,
			text: "Turkey is likely to send troops to Azerbaijan next year.",
			want: []wantEvent{{typ: "deployment", place: "Azerbaijan", gp: 4, date: "2022", datePrec: "year",
				actors: []string{"Turkey"}, modality: "expected"}}},
		{name: "deployment/expected: will probably deploy", published: pub,
			text: "Russia will probably deploy more peacekeepers to Lachin.",
			want: []wantEvent{{typ: "deployment", sub: "peacekeeping", place: "Lachin", actors: []string{"Russia"},
				modality: "expected", datePrec: "unknown"}}},
		{name: "deployment/expected: plans to deploy jets", published: pub,
			text: "Turkey plans to deploy F-16 jets to Ganja in the coming weeks.",
			want: []wantEvent{{typ: "deployment", sub: "air", place: "Ganja", actors: []string{"Turkey"},
				modality: "expected", troops: -1}}},
		{name: "deployment/speculative: rumours, considering", published: pub,
			text: "There are rumours that Turkey is considering opening a military base in Nakhchivan.",
			want: []wantEvent{{typ: "deployment", sub: "base", place: "Nakhchivan", actors: []string{"Turkey"},
				modality: "speculative"}}},
		{name: "deployment/advisers sent to a country", published: pub,
			text: "Turkey has sent military advisers to Libya, officials said.",
			want: []wantEvent{{typ: "deployment", sub: "advisory", place: "Libya", country: "LY", gp: 4,
				actors: []string{"Turkey"}}}},

		// ---- clashes ----
		{name: "clash/clashed near a town with fatalities", published: pub,
			text: "Azerbaijani and Armenian forces clashed near Tovuz on July 14, leaving four Azerbaijani soldiers dead.",
			want: []wantEvent{{typ: "clash", place: "Tovuz", country: "AZ", gp: 2, date: "2020-07-14", datePrec: "day",
				actors: []string{"Azerbaijan", "Armenia"}, fatalities: 4, modality: "reported", sources: 1}},
			count: 1},
		{name: "clash/shelling of positions", published: pub,
			text: "Armenian positions near Fuzuli were shelled on October 3, the Azerbaijani defence ministry said.",
			want: []wantEvent{{typ: "clash", sub: "shelling", place: "Fuzuli", gp: 2, date: "2020-10-03", datePrec: "day",
				modality: "reported"}}},
		{name: "clash/shelled a curated village in a district is placed at the village", published: pub,
			text: "Armenian troops shelled the village of Alkhanli in the Fuzuli district on 27 September.",
			want: []wantEvent{{typ: "clash", sub: "shelling", place: "Alkhanli", country: "AZ", gp: 1, date: "2020-09-27", datePrec: "day",
				actors: []string{"Armenia", "Azerbaijan"}}}}, // fought on Azerbaijan's territory: its other side
		{name: "clash/skirmishes on a May date are reported", published: pub,
			text: "Skirmishes broke out in the Kalbajar district on May 25.",
			want: []wantEvent{{typ: "clash", place: "Kalbajar", gp: 2, date: "2021-05-25", datePrec: "day",
				modality: "reported"}}},
		{name: "clash/exchanged fire on 12 May is reported", published: pub,
			text: "Armenian and Azerbaijani troops exchanged fire near the village of Tegh on 12 May 2021.",
			want: []wantEvent{{typ: "clash", place: "Tegh", country: "AM", gp: 2, date: "2021-05-12",
				actors: []string{"Armenia", "Azerbaijan"}, modality: "reported"}}},
		{name: "clash/retaliatory fire near a village", published: pub,
			text: "Armenian forces opened retaliatory fire near Tegh on August 2.",
			want: []wantEvent{{typ: "clash", place: "Tegh", gp: 2, date: "2020-08-02", actors: []string{"Armenia"}}}},
		{name: "clash/killed in clashes", published: pub,
			text: "Two Armenian soldiers were killed in clashes near Jermuk on 16 November.",
			want: []wantEvent{{typ: "clash", place: "Jermuk", country: "AM", gp: 2, date: "2020-11-16",
				actors: []string{"Armenia"}, fatalities: 2}}},
		{name: "clash/drone strikes", published: pub,
			text: "Drone strikes hit Armenian positions near Martakert on 1 October.",
			want: []wantEvent{{typ: "clash", sub: "air", place: "Martakert", gp: 2, date: "2020-10-01"}}},
		{name: "clash/killed in fighting in a region, summed", published: pub,
			text: "At least 5,000 soldiers and more than 140 civilians have been killed in the fighting in Nagorno-Karabakh since September 27.",
			want: []wantEvent{{typ: "clash", place: "Nagorno-Karabakh", gp: 3, fatalities: 5140, troops: -1}}},
		{name: "clash/number word dead", published: pub,
			text: "Heavy fighting was reported near Hadrut on October 9, with Armenian officials saying twelve soldiers dead.",
			want: []wantEvent{{typ: "clash", place: "Hadrut", gp: 2, date: "2020-10-09", fatalities: 12}}},
		{name: "clash/metonym Baku with no place is no event", published: pub,
			text: "Baku responded with retaliatory fire, the ministry said.", none: true, notAt: []string{"Baku"}},
		{name: "clash/trigger words without a place", published: pub,
			text: "Soldiers were shelled and several were wounded, the ministry said without naming a location.", none: true},
		{name: "clash/war alone is not a clash", published: pub,
			text:   "The war between Armenia and Azerbaijan displaced thousands of residents of Fuzuli.",
			noType: []string{"clash"}},
		{name: "clash/war in a region is not a clash", published: pub,
			text: "The war in Karabakh lasted 44 days.", none: true},

		// ---- incidents ----
		{name: "incident/landmine with civilians killed", published: pub,
			text: "Two Azerbaijani civilians were killed when their truck hit a landmine near Aghdam on 4 June.",
			want: []wantEvent{{typ: "incident", sub: "landmine", place: "Aghdam", country: "AZ", gp: 2,
				date: "2021-06-04", datePrec: "day", actors: []string{"Azerbaijan"}, fatalities: 2, modality: "reported", sources: 1}},
			count: 1},
		{name: "incident/IED killing and injuring", published: pub,
			text: "An IED exploded near Shusha on June 10, killing one soldier and injuring three others.",
			want: []wantEvent{{typ: "incident", sub: "ied", place: "Shusha", gp: 2, date: "2021-06-10",
				fatalities: 1, injured: 3, sources: 1}}},
		{name: "incident/landmine blast, citation not an actor place", published: pub,
			text: "A landmine blast killed two journalists near Kalbajar on 4 June 2021 (Turan, June 5).",
			want: []wantEvent{{typ: "incident", sub: "landmine", place: "Kalbajar", gp: 2, date: "2021-06-04",
				fatalities: 2, sources: 1}},
			count: 1},
		{name: "incident/date from citation only", published: pub,
			text: "Four Azerbaijani civilians were killed by a mine explosion near Fuzuli (APA, March 8).",
			want: []wantEvent{{typ: "incident", place: "Fuzuli", date: "2021-03-08", datePrec: "day",
				fatalities: 4, actors: []string{"Azerbaijan"}}}},

		// ---- exercises ----
		{name: "exercise/troops deployed for the drills place them", published: pub,
			text:  "Georgia and Turkey began joint drills on Monday, with Turkish troops deployed at a range near Gori.",
			want:  []wantEvent{{typ: "exercise", place: "Gori", country: "GE", date: "2021-06-14", actors: []string{"Georgia", "Turkey"}}},
			count: 1, noType: []string{"deployment"}},
		{name: "exercise/a deployment told first stays one", published: pub,
			text: "Turkey sent 500 troops to Kars on Monday to take part in joint drills.",
			want: []wantEvent{{typ: "deployment", place: "Kars", country: "TR", troops: 500}}},
		{name: "exercise/joint exercises with demonyms", published: pub,
			text: "Turkish and Azerbaijani troops held joint military exercises in Nakhchivan in early September.",
			want: []wantEvent{{typ: "exercise", place: "Nakhchivan", country: "AZ", gp: 1, date: "2020-09", datePrec: "month",
				dateStart: "2020-09-01", dateEnd: "2020-09-30", actors: []string{"Turkey", "Azerbaijan"}, modality: "reported"}},
			count: 1},
		{name: "exercise/drills near a city last month", published: pub,
			text: "Pakistani and Turkish special forces held joint drills near Baku last month.",
			want: []wantEvent{{typ: "exercise", place: "Baku", gp: 2, date: "2021-05", datePrec: "month",
				actors: []string{"Pakistan", "Turkey"}}}},
		{name: "exercise/drills at a base are an exercise", published: pub,
			text: "Russian troops conducted drills at the Gyumri garrison on October 20.",
			want: []wantEvent{{typ: "exercise", place: "Gyumri", gp: 1, date: "2020-10-20", actors: []string{"Russia"}}}},

		// ---- agreements ----
		{name: "agreement/signed at the talks the article reports", published: pub,
			text:  "The presidents of Armenia and Azerbaijan met in Sochi on Friday. Following the talks, the two leaders adopted a joint statement on the border.",
			want:  []wantEvent{{typ: "agreement", place: "Sochi", country: "RU", date: "2021-06-18"}, {typ: "meeting", place: "Sochi", country: "RU"}},
			count: 2},
		{name: "agreement/a truce recalled is not signed at these talks", published: pub,
			text:  "The ministers met in Vienna on Monday. The city has sought a larger role since the 2020 war, in which Russia brokered the truce.",
			want:  []wantEvent{{typ: "meeting", place: "Vienna", country: "AT"}},
			count: 1, noType: []string{"agreement"}},
		{name: "agreement/signed a memorandum in a city", published: pub,
			text: "Turkey and Azerbaijan signed a memorandum on defence cooperation in Baku on 12 January.",
			want: []wantEvent{{typ: "agreement", place: "Baku", country: "AZ", gp: 1, date: "2021-01-12", datePrec: "day",
				actors: []string{"Turkey", "Azerbaijan"}, modality: "reported", sources: 1}},
			count: 1},
		{name: "agreement/signed in a foreign capital", published: pub,
			text: "The ministers signed a memorandum of understanding in Tbilisi on 14 March.",
			want: []wantEvent{{typ: "agreement", place: "Tbilisi", country: "GE", gp: 1, date: "2021-03-14"}}},
		{name: "agreement/declaration named after its city", published: pub,
			text: "Azerbaijan and Turkey signed the Shusha Declaration, a pact on allied relations, on June 15 this year.",
			want: []wantEvent{{typ: "agreement", place: "Shusha", country: "AZ", date: "2021-06-15",
				actors: []string{"Azerbaijan", "Turkey"}}}},
		{name: "agreement/declaration named after its city, passive", published: pub,
			text: "The Shusha Declaration was signed by Erdogan and Aliyev on June 15.",
			want: []wantEvent{{typ: "agreement", place: "Shusha", date: "2021-06-15"}}},
		{name: "agreement/discussed a deal in Moscow is not signed there", published: pub,
			text:   "The foreign ministers discussed the peace deal in Moscow on Friday.",
			noType: []string{"agreement"}},
		{name: "agreement/the Minsk Group is no event at Minsk", published: pub,
			text:  "The Minsk Group co-chairs have failed to broker a settlement since 1994.",
			notAt: []string{"Minsk"}, none: true},

		// ---- parades ----
		{name: "parade/held in a city", published: pub,
			text: "A military parade was held in Baku on December 10 to mark the victory.",
			want: []wantEvent{{typ: "parade", place: "Baku", country: "AZ", gp: 1, date: "2020-12-10", datePrec: "day",
				modality: "reported", sources: 1}},
			count: 1},
		{name: "parade/brigade of Bolu paraded in Baku", published: pub,
			text: "A brigade of Bolu paraded in Baku on Thursday alongside Azerbaijani units.",
			want: []wantEvent{{typ: "parade", place: "Baku"}}, notAt: []string{"Bolu"}},

		// ---- meetings ----
		{name: "meeting/met in a city", published: pub,
			text:  "Pashinyan met Putin in Moscow on January 11 to discuss the unblocking of regional transport links.",
			want:  []wantEvent{{typ: "meeting", place: "Moscow", country: "RU", gp: 1, date: "2021-01-11", datePrec: "day"}},
			count: 1},
		{name: "meeting/met, names only", published: pub,
			text: "Putin met Aliyev and Pashinyan in Sochi on November 26.",
			want: []wantEvent{{typ: "meeting", place: "Sochi", country: "RU", gp: 1, date: "2020-11-26"}}},
		{name: "meeting/a visit to a town", published: pub,
			text: "Aliyev paid a visit to Lachin in September.",
			want: []wantEvent{{typ: "meeting", place: "Lachin", gp: 1, date: "2020-09", datePrec: "month"}}},
		{name: "meeting/expected visit", published: pub,
			text: "Russian President Vladimir Putin will visit Yerevan next month.",
			want: []wantEvent{{typ: "meeting", place: "Yerevan", country: "AM", date: "2021-07", datePrec: "month",
				actors: []string{"Russia"}, modality: "expected"}}},

		// ---- negatives ----
		{name: "negative/base of the mountain is not a base", published: pub,
			text: "The climbers camped at the base of the mountain near Gyumri for three days.", none: true},
		{name: "negative/no place at all", published: pub,
			text: "The troops were deployed and the clashes continued, the spokesman said.", none: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := extract(t, c.text, c.published)
			checkEvents(t, res, c)
		})
	}
}

func checkEvents(t *testing.T, res *layers.Result, c extractCase) {
	t.Helper()
	evs := res.Events
	checkInvariants(t, res)
	switch {
	case c.none && len(evs) != 0:
		t.Errorf("input %q: want no events, got:\n%s", c.text, describe(evs))
	case c.count > 0 && len(evs) != c.count:
		t.Errorf("input %q: got %d events, want %d:\n%s", c.text, len(evs), c.count, describe(evs))
	}
	for _, w := range c.want {
		e := findEvent(evs, w)
		if e == nil {
			t.Errorf("input %q: no %s event at %q; got:\n%s", c.text, w.typ, w.place, describe(evs))
			continue
		}
		checkEvent(t, c.text, e, w)
	}
	for _, e := range evs {
		for _, p := range c.notAt {
			if e.Place == p {
				t.Errorf("input %q: %s event placed at %q, which is not where it happened", c.text, e.EventType, p)
			}
		}
		if slices.Contains(c.noType, e.EventType) {
			t.Errorf("input %q: unexpected %s event at %q", c.text, e.EventType, e.Place)
		}
	}
}

func findEvent(evs []layers.Event, w wantEvent) *layers.Event {
	for i := range evs {
		e := &evs[i]
		if e.EventType != w.typ {
			continue
		}
		if w.place != "" && e.Place != w.place {
			continue
		}
		return e
	}
	return nil
}

func checkEvent(t *testing.T, text string, e *layers.Event, w wantEvent) {
	t.Helper()
	errf := func(field string, got, want any) {
		t.Errorf("input %q: %s at %s: %s = %v, want %v", text, e.EventType, e.Place, field, got, want)
	}
	str := func(field, got, want string) {
		if want != "" && got != want {
			errf(field, fmt.Sprintf("%q", got), fmt.Sprintf("%q", want))
		}
	}
	num := func(field string, got, want int) {
		switch {
		case want == -1 && got != 0:
			errf(field, got, 0)
		case want > 0 && got != want:
			errf(field, got, want)
		}
	}
	str("sub_type", e.SubType, w.sub)
	str("country", e.Country, w.country)
	if w.gp != 0 && e.GeoPrecision != w.gp {
		errf("geo_precision", e.GeoPrecision, w.gp)
	}
	str("date", e.Date, w.date)
	str("date_precision", e.DatePrecision, w.datePrec)
	str("date_start", e.DateStart, w.dateStart)
	str("date_end", e.DateEnd, w.dateEnd)
	if w.actors != nil {
		got := e.Actors
		if got == nil {
			got = []string{}
		}
		if !slices.Equal(sortedCopy(got), sortedCopy(w.actors)) {
			errf("actors", got, w.actors)
		}
	}
	num("troops", e.Troops, w.troops)
	num("fatalities", e.Fatalities, w.fatalities)
	num("injured", e.Injured, w.injured)
	str("modality", e.Modality, w.modality)
	if len(e.Sources) == 0 {
		errf("sources", 0, ">0")
		return
	}
	if w.quote != "" && e.Sources[0].Quote != w.quote {
		errf("quote", e.Sources[0].Quote, w.quote)
	}
	if w.sources != 0 {
		if n := distinctSources(e.Sources); n != w.sources {
			errf("distinct sources", n, w.sources)
		}
	}
}

func sortedCopy(s []string) []string {
	c := slices.Clone(s)
	slices.Sort(c)
	return c
}

func distinctSources(srcs []layers.Source) int {
	seen := map[[2]int]bool{}
	for _, s := range srcs {
		seen[[2]int{s.Start, s.End}] = true
	}
	return len(seen)
}

func describe(evs []layers.Event) string {
	if len(evs) == 0 {
		return "  (no events)"
	}
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "  %s/%s at %s (%s, gp %d) date %s/%s actors %v troops %d killed %d injured %d %s, %d sources\n",
			e.EventType, e.SubType, e.Place, e.Country, e.GeoPrecision, e.Date, e.DatePrecision, e.Actors,
			e.Troops, e.Fatalities, e.Injured, e.Modality, len(e.Sources))
	}
	return b.String()
}

var eventTypes = []string{"deployment", "clash", "incident", "exercise", "agreement", "parade", "meeting"}

// checkInvariants checks what every extraction must satisfy (see also FuzzExtract).
func checkInvariants(tb testing.TB, res *layers.Result) {
	tb.Helper()
	raw := res.Article.Raw
	for _, e := range res.Events {
		if !slices.Contains(eventTypes, e.EventType) {
			tb.Errorf("event_type %q is not one of %v", e.EventType, eventTypes)
		}
		if e.GeoPrecision < 1 || e.GeoPrecision > 4 {
			tb.Errorf("%s at %q: geo_precision %d not in 1..4", e.EventType, e.Place, e.GeoPrecision)
		}
		if e.Lon < -180 || e.Lon > 180 || e.Lat < -90 || e.Lat > 90 || e.Lon != e.Lon || e.Lat != e.Lat {
			tb.Errorf("%s at %q: invalid point %v,%v", e.EventType, e.Place, e.Lon, e.Lat)
		}
		if e.Place == "" || e.PlaceID == "" {
			tb.Errorf("%s event without a place: %+v", e.EventType, e)
		}
		switch e.DatePrecision {
		case "day", "month", "year", "unknown":
		default:
			tb.Errorf("%s at %q: date_precision %q", e.EventType, e.Place, e.DatePrecision)
		}
		if (e.Date == "") != (e.DatePrecision == "unknown") {
			tb.Errorf("%s at %q: date %q with precision %q", e.EventType, e.Place, e.Date, e.DatePrecision)
		}
		switch e.Modality {
		case "reported", "expected", "speculative":
		default:
			tb.Errorf("%s at %q: modality %q", e.EventType, e.Place, e.Modality)
		}
		if e.ID == "" || !strings.HasPrefix(e.ID, e.EventType+"-") {
			tb.Errorf("%s at %q: id %q", e.EventType, e.Place, e.ID)
		}
		if len(e.Sources) == 0 {
			tb.Errorf("%s at %q: no sources", e.EventType, e.Place)
		}
		for _, s := range e.Sources {
			if s.Start < 0 || s.Start >= s.End || s.End > len(raw) {
				tb.Errorf("%s at %q: source span [%d,%d) out of [0,%d)", e.EventType, e.Place, s.Start, s.End, len(raw))
				continue
			}
			if raw[s.Start:s.End] != s.Quote {
				tb.Errorf("%s at %q: raw[%d:%d] = %q, quote %q", e.EventType, e.Place, s.Start, s.End, raw[s.Start:s.End], s.Quote)
			}
			if s.ArticleID != res.Article.ID {
				tb.Errorf("%s at %q: source article_id %q, want %q", e.EventType, e.Place, s.ArticleID, res.Article.ID)
			}
		}
	}
}

// One sentence is one source, however many trigger words it holds.
func TestExtractOneSentenceOneSource(t *testing.T) {
	for _, text := range []string{
		"Russia deployed 1,500 peacekeepers to Lachin on November 12 under the ceasefire terms.",
		"Russian peacekeepers are stationed in Lachin.",
		"Three deminers were injured when a mine exploded in the Aghdam district on 2 March.",
		"An IED exploded near Shusha on June 10, killing one soldier.",
	} {
		t.Run(text[:min(len(text), 40)], func(t *testing.T) {
			res := extract(t, text, pub)
			if len(res.Events) == 0 {
				t.Fatalf("input %q: no events", text)
			}
			for _, e := range res.Events {
				if n, d := len(e.Sources), distinctSources(e.Sources); n != d {
					t.Errorf("input %q: %s/%s at %s has %d sources for %d distinct sentences (source_count would be %d, want %d)",
						text, e.EventType, e.SubType, e.Place, n, d, n, d)
				}
			}
		})
	}
}

func TestExtractMerging(t *testing.T) {
	t.Run("same deployment in two sentences is one feature with two sources", func(t *testing.T) {
		text := "Russian troops were deployed to Lachin on November 12. The troops deployed to Lachin came from a brigade based in Ulyanovsk, the ministry said."
		res := extract(t, text, pub)
		var deps []layers.Event
		for _, e := range res.Events {
			if e.EventType == "deployment" && e.Place == "Lachin" {
				deps = append(deps, e)
			}
		}
		if len(deps) != 1 {
			t.Fatalf("input %q: %d deployment features at Lachin, want 1:\n%s", text, len(deps), describe(res.Events))
		}
		e := deps[0]
		if distinctSources(e.Sources) != 2 {
			t.Errorf("input %q: %d distinct sources, want 2", text, distinctSources(e.Sources))
		}
		if f := e.Feature(); f.Properties["source_count"] != len(e.Sources) {
			t.Errorf("source_count %v, sources %d", f.Properties["source_count"], len(e.Sources))
		}
		if e.Date != "2020-11-12" || !slices.Equal(e.Actors, []string{"Russia"}) {
			t.Errorf("merged event: date %q actors %v, want 2020-11-12 [Russia]", e.Date, e.Actors)
		}
	})
	t.Run("Russian and Turkish deployments at one place are two features", func(t *testing.T) {
		text := "Russian soldiers are stationed in Lachin. Turkish soldiers are also stationed in Lachin, the ministry said."
		res := extract(t, text, pub)
		got := map[string]int{}
		for _, e := range res.Events {
			if e.EventType == "deployment" && e.Place == "Lachin" {
				for _, a := range e.Actors {
					got[a]++
				}
				if len(e.Actors) != 1 {
					t.Errorf("input %q: deployment with actors %v, want one actor each", text, e.Actors)
				}
			}
		}
		if got["Russia"] != 1 || got["Turkey"] != 1 {
			t.Errorf("input %q: want one Russian and one Turkish deployment; got:\n%s", text, describe(res.Events))
		}
	})
	t.Run("placeless report joins an event of its type sharing an actor", func(t *testing.T) {
		text := "Russia deployed 1,960 peacekeepers to Lachin on November 10. Russia also deployed 90 armoured vehicles, the ministry said."
		res := extract(t, text, pub)
		if len(res.Events) != 1 {
			t.Fatalf("input %q: %d events, want 1:\n%s", text, len(res.Events), describe(res.Events))
		}
		if n := distinctSources(res.Events[0].Sources); n != 2 {
			t.Errorf("input %q: %d distinct sources, want 2 (the placeless sentence joins)", text, n)
		}
	})
	t.Run("a placeless report of the news never joins an event the article recalls", func(t *testing.T) {
		text := "Fighting around Tal Afar lasted two days, from March 3 to March 4. Insurgents ambushed a convoy of Iraqi soldiers and later shot down a drone. The convoy had been sent north after Iraqi forces took Mosul in July 2017."
		res := extract(t, text, "2024-03-10")
		for _, e := range res.Events {
			if e.Timing != layers.TimingBackground {
				continue
			}
			for _, s := range e.Sources {
				if strings.Contains(s.Quote, "ambushed") {
					t.Errorf("input %q: the ambush, told as news with no place, joined the recalled %s at %s:\n%s", text, e.EventType, e.Place, describe(res.Events))
				}
			}
		}
	})
	t.Run("re-extracting gives the same ids", func(t *testing.T) {
		text := "---\ntitle: Ids\npublished: 2021-06-20\n---\nRussia deployed 1,960 peacekeepers to Lachin on November 10.\n\nAzerbaijani and Armenian forces clashed near Tovuz on July 14.\n"
		a, b := extract(t, text, ""), extract(t, text, "")
		if len(a.Events) == 0 || len(a.Events) != len(b.Events) {
			t.Fatalf("events %d and %d", len(a.Events), len(b.Events))
		}
		seen := map[string]bool{}
		for i := range a.Events {
			if a.Events[i].ID != b.Events[i].ID {
				t.Errorf("event %d: id %q then %q", i, a.Events[i].ID, b.Events[i].ID)
			}
			if seen[a.Events[i].ID] {
				t.Errorf("duplicate id %q", a.Events[i].ID)
			}
			seen[a.Events[i].ID] = true
		}
	})
}

// Offsets of sources index the raw file, front matter included.
func TestExtractSourceOffsetsWithFrontMatter(t *testing.T) {
	text := "---\ntitle: \"Peacekeepers in Karabakh\"\npublication: Test Wire\npublished: 2020-11-30\n---\n# Peacekeepers Arrive\n\nRussia deployed 1,960 peacekeepers to Lachin on November 10 (Interfax, November 11). Azerbaijani sappers were sent to the Aghdam district last week.\n"
	res := extract(t, text, "")
	checkInvariants(t, res)
	if res.Article.Published != "2020-11-30" {
		t.Fatalf("published %q", res.Article.Published)
	}
	var dep, dem *layers.Event
	for i := range res.Events {
		e := &res.Events[i]
		switch {
		case e.EventType == "deployment" && e.Place == "Lachin":
			dep = e
		case e.EventType == "deployment" && e.SubType == "demining":
			dem = e
		}
	}
	if dep == nil || dem == nil {
		t.Fatalf("want a deployment at Lachin and a demining deployment; got:\n%s", describe(res.Events))
	}
	if dep.Date != "2020-11-10" || dep.Troops != 1960 {
		t.Errorf("Lachin deployment date %q troops %d, want 2020-11-10 1960", dep.Date, dep.Troops)
	}
	if dem.Date != "2020-11" || dem.DatePrecision != "month" {
		t.Errorf("demining deployment date %q/%s, want 2020-11/month (last week)", dem.Date, dem.DatePrecision)
	}
	for _, s := range dep.Sources {
		if !strings.HasPrefix(s.Quote, "Russia deployed") || text[s.Start:s.End] != s.Quote {
			t.Errorf("source [%d,%d) %q", s.Start, s.End, s.Quote)
		}
		if s.Published != "2020-11-30" || s.Title != "Peacekeepers in Karabakh" || s.Publication != "Test Wire" {
			t.Errorf("source metadata %+v", s)
		}
	}
}

var updateGolden = flag.Bool("update", false, "rewrite the golden GeoJSON files in testdata/golden")

// TestExtractGolden extracts each article of testdata/golden and compares its events, as GeoJSON,
// with the .geojson file beside it. Run with -update to regenerate them (then review the diff).
func TestExtractGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, name := range files {
		if ext := filepath.Ext(name); ext != ".md" && ext != ".txt" {
			continue
		}
		n++
		t.Run(filepath.Base(name), func(t *testing.T) {
			content, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			res, err := extractPipeline(t).ExtractWith(name, content, "", "")
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, res)
			got, err := json.MarshalIndent(res.FeatureCollection(), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(name, filepath.Ext(name)) + ".geojson"
			if *updateGolden {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestExtractGolden -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("events of %s differ from %s (run with -update to accept):\n%s", name, golden, firstDiff(string(want), string(got)))
			}
		})
	}
	if n == 0 {
		t.Fatal("no golden articles")
	}
}

// firstDiff shows the first line where two texts differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n  want %s\n  got  %s", i+1, wl, gl)
		}
	}
	return "(equal)"
}
