package layers_test

import (
	"strings"
	"testing"

	"conflictmap/layers"
)

// TestExtractCounts runs whole sentences through the pipeline: each count lands on the event of
// its own trigger, with its hedge. The sentences are written for this test.
func TestExtractCounts(t *testing.T) {
	cases := []struct {
		extractCase
		hedges map[string]string // place → counts_hedge of its event
	}{
		{extractCase: extractCase{name: "two deployments in one sentence", published: pub,
			text: "Russia sent 1,800 peacekeepers to Lachin, and Turkey sent 300 soldiers to Ganja.",
			want: []wantEvent{{typ: "deployment", place: "Lachin", troops: 1800}, {typ: "deployment", place: "Ganja", troops: 300}}},
			hedges: map[string]string{"Lachin": "exact", "Ganja": "exact"}},
		{extractCase: extractCase{name: "elided noun", published: pub,
			text: "Two Azerbaijani soldiers were killed and four wounded in clashes near Tovuz on July 14.",
			want: []wantEvent{{typ: "clash", place: "Tovuz", fatalities: 2, injured: 4}}}},
		{extractCase: extractCase{name: "deployment and clash share a sentence", published: pub,
			text: "About 2,000 Russian troops were deployed to Khankendi after shelling near Martakert killed three civilians.",
			want: []wantEvent{{typ: "deployment", place: "Khankendi", troops: 2000, fatalities: -1},
				{typ: "clash", place: "Martakert", fatalities: 3, troops: -1}}},
			hedges: map[string]string{"Khankendi": "about", "Martakert": "exact"}},
		{extractCase: extractCase{name: "a clash and an incident", published: pub,
			text: "Azerbaijani and Armenian forces clashed near Tovuz on Monday, and a mine near Fuzuli killed two deminers.",
			want: []wantEvent{{typ: "clash", place: "Tovuz", fatalities: -1}, {typ: "incident", place: "Fuzuli", fatalities: 2}}}},
		{extractCase: extractCase{name: "a list that shares one fate goes whole to the nearest trigger", published: pub,
			text: "Troops shelled villages near Tovuz, a day after three deminers and two drivers were killed by a landmine near Fuzuli.",
			want: []wantEvent{{typ: "clash", place: "Tovuz", fatalities: -1}, {typ: "incident", place: "Fuzuli", fatalities: 5}}}},
		{extractCase: extractCase{name: "a toll in the first clause of the next sentence, before a semicolon", published: pub,
			text: "Border guards clashed near Tovuz on Monday. At least nine people were killed, and 14 wounded; the other side reported shelling near Berd.",
			want: []wantEvent{{typ: "clash", place: "Tovuz", fatalities: 9, injured: 14}, {typ: "clash", place: "Berd", fatalities: -1}}}},
		{extractCase: extractCase{name: "casualties at a place of their own are not the strike's before them", published: pub,
			text: "Drones attacked a refinery in Ryazan overnight. Two servicemen were killed near Lachin on Monday.",
			want: []wantEvent{{typ: "clash", place: "Ryazan’", fatalities: -1}, {typ: "clash", place: "Lachin", fatalities: 2}}}},
		{extractCase: extractCase{name: "a toll after another paragraph's event at an unknown place is that one's", published: pub,
			text: "Warplanes struck targets near Dohuk on Friday.\n\nKurdish forces repelled an attack near Qarqozak on Thursday, adding that 12 fighters were killed.",
			want: []wantEvent{{typ: "clash", place: "Dohuk District", fatalities: -1}}}},
		{extractCase: extractCase{name: "martyred soldiers are a clash", published: pub,
			text: "Two Azerbaijani servicemen were martyred near Lachin on Sunday, the ministry said.",
			want: []wantEvent{{typ: "clash", place: "Lachin", fatalities: 2}}}},
		{extractCase: extractCase{name: "people counted by a demonym", published: pub,
			text: "At least 12 Ukrainians, among them two children, were killed when a missile hit a shop in Kharkiv.",
			want: []wantEvent{{typ: "clash", place: "Kharkiv", fatalities: 12}}}},
		{extractCase: extractCase{name: "a label line after the note", published: pub,
			text: "On 5 May 2021, Azerbaijani forces shelled Armenian positions near Tegh. Fatalities: 1.",
			want: []wantEvent{{typ: "clash", place: "Tegh", fatalities: 1}}}},
		{extractCase: extractCase{name: "named people behind lower-case titles", published: pub,
			text: "On 4 June 2021, a car hit an anti-tank mine near Kalbajar. Cameraman Siraj Abishov and reporter Maharram Ibrahimov died at the scene.",
			want: []wantEvent{{typ: "incident", place: "Kalbajar", fatalities: 2}}}},
		{extractCase: extractCase{name: "a toll whose phrase is long", published: pub,
			text: "The death toll from the shelling that began on Monday night between rival militias in the northern districts of Aleppo has climbed to 31, hospital officials said.",
			want: []wantEvent{{typ: "clash", place: "Aleppo", fatalities: 31}}}},
		{extractCase: extractCase{name: "a toll's long phrase ends at a comma", published: pub,
			text: "Shelling hit Aleppo on Monday. The death toll from the strikes on its northern districts is not yet known, and aid has reached 12 villagers.",
			want: []wantEvent{{typ: "clash", place: "Aleppo", fatalities: -1}}}},
		{extractCase: extractCase{name: "a list of relatives counts each", published: pub,
			text: "On 5 May 2021, a shell hit a house in Tegh. A farmer, his sister and their baby were killed.",
			want: []wantEvent{{typ: "clash", place: "Tegh", fatalities: 3}}}},
		{extractCase: extractCase{name: "a label line after the sides' statements", published: pub,
			text: "On 5 May 2021, Azerbaijani forces shelled the village of Tegh. Local officials said the school was damaged. The ministry in Baku denied it. Yerevan protested. Fatalities: 1.",
			want: []wantEvent{{typ: "clash", place: "Tegh", fatalities: 1}}}},
		{extractCase: extractCase{name: "a label line after another event is not the first's", published: pub,
			text: "On 5 May 2021, Azerbaijani forces shelled the village of Tegh. The ministry in Baku denied it. Yerevan protested. Troops also shelled Goris. Fatalities: 1.",
			want: []wantEvent{{typ: "clash", place: "Tegh", fatalities: -1}, {typ: "clash", place: "Goris", fatalities: 1}}}},
		{extractCase: extractCase{name: "a label line in another paragraph is not the note's", published: pub,
			text: "On 5 May 2021, Azerbaijani forces shelled Armenian positions near Tegh.\n\nFatalities: 1.",
			want: []wantEvent{{typ: "clash", place: "Tegh", fatalities: -1}}}},
		{extractCase: extractCase{name: "casualties told in the next sentence", published: pub,
			text: "On 3 March 2021, Azerbaijani forces shelled Armenian positions near Tegh. Two civilians were killed in the village.",
			want: []wantEvent{{typ: "clash", place: "Tegh", fatalities: 2}}}},
		{extractCase: extractCase{name: "the toll in a paragraph of its own", published: pub,
			text: "On 3 March 2021, Azerbaijani forces shelled the town of Goris.\n\nThe regional governor said one woman was killed and nine were injured in Goris.",
			want: []wantEvent{{typ: "clash", place: "Goris", fatalities: 1, injured: 9}}}},
		{extractCase: extractCase{name: "a paragraph about another place keeps its toll", published: pub,
			text: "On 3 March 2021, Azerbaijani forces shelled the town of Goris.\n\nIn Kapan, two men were killed in a car crash.",
			want: []wantEvent{{typ: "clash", place: "Goris", fatalities: -1}}}},
		{extractCase: extractCase{name: "a running total since a date long past is no event's toll", published: "2023-05-02",
			text: "Drones struck a fuel depot near Kherson on Monday. More than 3,000 civilians have been killed in the region since March 2022, the governor said.",
			want: []wantEvent{{typ: "clash", place: "Kherson", fatalities: -1}}}},
		{extractCase: extractCase{name: "a toll told as background does not join the news before it", published: pub,
			text: "Azerbaijan's demining agency said a bus hit a landmine near Fuzuli on Tuesday, killing one passenger. More than 200 Azerbaijanis have been killed or injured by mines since the 2020 war.",
			want: []wantEvent{{typ: "incident", place: "Fuzuli", fatalities: 1, injured: -1}}}},
		{extractCase: extractCase{name: "people counted by their trade", published: pub,
			text: "On 3 March 2021, Azerbaijani forces shelled Martuni. Two foreign correspondents and a cameraman were wounded, and three patients were killed.",
			want: []wantEvent{{typ: "clash", place: "Khojavend", fatalities: 3, injured: 3}}}},
		{extractCase: extractCase{name: "the people counted are no event of their own", published: pub,
			text: "On 3 March 2021, a patrol car came under fire near Tegh. Three peacekeepers died.",
			want: []wantEvent{{typ: "clash", place: "Tegh", fatalities: 3}}}},
		{extractCase: extractCase{name: "the kind of casualty the event lacks", published: pub,
			text: "On 3 March 2021, two deminers were killed when their truck hit a mine near Fuzuli. Six other people were wounded.",
			want: []wantEvent{{typ: "incident", place: "Fuzuli", fatalities: 2, injured: 6}}}},
		{extractCase: extractCase{name: "troops of a parade past another word for it", published: pub,
			text: "A military parade was held in Baku on 10 December 2020.\n\nThe parade lasted two hours. About 3,000 servicemen marched across the square.",
			want: []wantEvent{{typ: "parade", place: "Baku", troops: 3000}}},
			hedges: map[string]string{"Baku": "about"}},
		{extractCase: extractCase{name: "a sentence with its own event ends the search", published: pub,
			text: "On 3 March 2021, Azerbaijani forces shelled Armenian positions near Tegh. A military parade was held in Baku. Two civilians were killed.",
			want: []wantEvent{{typ: "clash", place: "Tegh", fatalities: -1}}}},
		{extractCase: extractCase{name: "a second predicate of the victim", published: pub,
			text: "On 9 April 2021, a farmer stepped on an anti-personnel mine near Aghdam and was seriously injured.",
			want: []wantEvent{{typ: "incident", place: "Aghdam", injured: 1}}}},
		{extractCase: extractCase{name: "troops of an exercise told in the next sentence", published: pub,
			text: "Turkish and Azerbaijani troops held joint military exercises near Nakhchivan on May 3. Around 2,500 personnel took part.",
			want: []wantEvent{{typ: "exercise", place: "Nakhchivan", troops: 2500}}},
			hedges: map[string]string{"Nakhchivan": "about"}},
		{extractCase: extractCase{name: "troops of an exercise", published: pub,
			text: "Up to 3,000 troops will take part in joint exercises near Nakhchivan next month.",
			want: []wantEvent{{typ: "exercise", place: "Nakhchivan", troops: 3000}}},
			hedges: map[string]string{"Nakhchivan": "up_to"}},
		{extractCase: extractCase{name: "a person killed and one injured", published: pub,
			text: "A landmine explosion near Aghdam killed a shepherd and injured his son.",
			want: []wantEvent{{typ: "incident", place: "Aghdam", fatalities: 1, injured: 1}}}},
		{extractCase: extractCase{name: "named soldiers", published: pub,
			text: "Private Arman Petrosyan and Sergeant Davit Grigoryan were killed when Azerbaijani forces shelled positions near Jermuk.",
			want: []wantEvent{{typ: "clash", place: "Jermuk", fatalities: 2}}}},
		{extractCase: extractCase{name: "hedged toll", published: pub,
			text: "At least 5,000 soldiers and more than 140 civilians have been killed in the fighting in Nagorno-Karabakh.",
			want: []wantEvent{{typ: "clash", fatalities: 5140}}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := extract(t, c.text, c.published)
			checkEvents(t, res, c.extractCase)
			for place, want := range c.hedges {
				for _, e := range res.Events {
					if e.Place == place && e.CountsHedge != want {
						t.Errorf("%s at %s: counts_hedge %q, want %q", e.EventType, place, e.CountsHedge, want)
					}
				}
			}
		})
	}
}

// TestMergeCountsPrefersExact: an exact troop count beats an approximate one; else the larger.
func TestMergeCountsPrefersExact(t *testing.T) {
	cases := []struct {
		name          string
		dst, src      layers.Event
		troops        int
		hedge         string
		killed, hurts int
	}{
		{"exact beats about", layers.Event{Troops: 2000, CountsHedge: "about"}, layers.Event{Troops: 1960, CountsHedge: "exact"}, 1960, "exact", 0, 0},
		{"exact kept over about", layers.Event{Troops: 1960, CountsHedge: "exact"}, layers.Event{Troops: 2000, CountsHedge: "about"}, 1960, "exact", 0, 0},
		{"larger wins", layers.Event{Troops: 300, CountsHedge: "exact"}, layers.Event{Troops: 500, CountsHedge: "at_least"}, 500, "at_least", 0, 0},
		{"casualties maxed", layers.Event{Fatalities: 2, CountsHedge: "exact"}, layers.Event{Fatalities: 3, Injured: 4, CountsHedge: "at_least"}, 0, "at_least", 3, 4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dst, src := c.dst, c.src
			layers.MergeEvent(&dst, &src)
			if dst.Troops != c.troops || dst.CountsHedge != c.hedge || dst.Fatalities != c.killed || dst.Injured != c.hurts {
				t.Errorf("merged: troops %d %q killed %d injured %d, want %d %q %d %d", dst.Troops, dst.CountsHedge,
					dst.Fatalities, dst.Injured, c.troops, c.hedge, c.killed, c.hurts)
			}
		})
	}
}

// TestFeatureCountsHedge: the hedge is a property of the feature and of the API's JSON alike.
func TestFeatureCountsHedge(t *testing.T) {
	e := &layers.Event{ID: "x", EventType: layers.TypeDeployment, Troops: 400, CountsHedge: "about"}
	if got := e.Feature().Properties["counts_hedge"]; got != "about" {
		t.Errorf("Feature counts_hedge = %v, want about", got)
	}
	b, err := layers.EventJSON(e)
	if err != nil {
		t.Fatal(err)
	}
	if want := `"counts_hedge":"about"`; !strings.Contains(string(b), want) {
		t.Errorf("EventJSON = %s, want it to hold %s", b, want)
	}
	e.CountsHedge, e.Troops = "", 0
	if _, ok := e.Feature().Properties["counts_hedge"]; ok {
		t.Errorf("Feature has counts_hedge with no count")
	}
}
