package layers_test

import "testing"

// Where events are placed: past parentheticals, not across a reporting verb, at places the
// gazetteer lacks, and one event told at a place and at its district.
func TestExtractPlacing(t *testing.T) {
	cases := []extractCase{
		{name: "a parenthetical between the trigger and its place", published: pub,
			text: "The army began heavy shelling, with artillery, tanks and large-calibre machine guns of several kinds, against positions in the direction of Jermuk.",
			want: []wantEvent{{typ: "clash", place: "Jermuk"}}, count: 1},
		{name: "a place before a reporting verb frames the speaker", published: pub,
			text: "Meanwhile, in Moscow, the defence ministry said it intercepted nine drones over the Belgorod region.",
			want: []wantEvent{{typ: "clash", place: "Belgorod Oblast"}}, notAt: []string{"Moscow"}},
		{name: "a place fronted after a dated opening places the event", published: pub,
			text: "On Monday, in Tovuz, Armenian and Azerbaijani units exchanged artillery fire.",
			want: []wantEvent{{typ: "clash", place: "Tovuz"}}, count: 1},
		{name: "unknown village fronted: the district in brackets after it", published: pub,
			text: "On the same day, in the area of Alibeyli (Tovuz, Azerbaijan), on the other side of the border, Armenian and Azerbaijani units exchanged heavy machine-gun and artillery fire.",
			want: []wantEvent{{typ: "clash", place: "Tovuz"}}, count: 1},
		{name: "an aside after a dated opening still frames no event", published: pub,
			text: "On Monday, the government, now based in Port Sudan, said drones had struck.", none: true},
		{name: "unknown village: the province the sentence names", published: pub,
			text: "Azerbaijani units shelled Armenian positions near Zorakertsik on Tuesday, in the Gegharkunik province.",
			want: []wantEvent{{typ: "clash", place: "Gegharkunik", country: "AM", gp: 2}}, count: 1},
		{name: "unknown village: the region named a sentence before", published: pub,
			text: "Tension has risen along the border of the Tavush province. Soldiers fired at a post outside Dzoraberdik on Sunday.",
			want: []wantEvent{{typ: "clash", place: "Tavush", country: "AM", gp: 2}}, count: 1},
		{name: "one exercise over nearby listed sites", published: pub,
			text: "The joint exercise will run until Friday in Kars and Sarikamis, the ministry said.",
			want: []wantEvent{{typ: "exercise", place: "Kars"}}, count: 1},
		{name: "exercises in far-apart cities are one each", published: pub,
			text: "Drills will be held in Baku and Nakhchivan next week, the ministry said.",
			want: []wantEvent{{typ: "exercise", place: "Baku"}, {typ: "exercise", place: "Nakhchivan"}}, count: 2},
		{name: "no unknown name: still no dot", published: pub,
			text: "Soldiers fired at a post on Sunday, the ministry said.", none: true},
		{name: "a month after in is no place", published: pub,
			text: "Tension rose in Tavush. Soldiers fired at a post in June.", none: true},
		{name: "a weekday after in is no place", published: pub,
			text: "Tension rose in Tavush. Soldiers fired at a post in Sunday's darkness.", none: true},
		{name: "a demonym after near is no place", published: pub,
			text: "Tension rose in Tavush. Troops fired near Armenian positions on Sunday.", none: true},
		{name: "an exercise named after a place and a year", published: pub,
			text: "The Vostok-2022 exercise began on Thursday.", none: true},
		{name: "where a deployment was approved is not where it goes", published: pub,
			text: "The parliament in Ankara approved the deployment of troops to Libya on Thursday.",
			want: []wantEvent{{typ: "deployment", place: "Libya"}}, notAt: []string{"Ankara"}},
		{name: "a seat of government in an aside is no place of the attack", published: pub,
			text:  "Shelling killed 20 people in a market. The army-backed government, now based in Port Sudan, called the attack a war crime.",
			notAt: []string{"Port Sudan"}},
		{name: "a report after a comma does not take the place before it", published: pub,
			text: "A drone struck a car in the town of Nabatieh, state media reported.",
			want: []wantEvent{{typ: "clash", place: "Nabatieh"}}, count: 1},
		{name: "unknown village: no region of another paragraph and another country", published: pub,
			text:  "Tension rose in the Tovuz district.\n\nRussian troops took the settlement of Novoselivka, the ministry in Moscow said.",
			notAt: []string{"Tovuz District"}},
		{name: "where a body sits places no event", published: pub,
			text:  "Drones hit a fuel depot on Monday. The authorities in Kassala blamed the rebels for the attack.",
			notAt: []string{"Kassala"}},
		{name: "the city a body sits in is still the city", published: pub,
			text: "Officials in Kharkiv said a missile struck the city centre.",
			want: []wantEvent{{typ: "clash", place: "Kharkiv"}}, count: 1},
		{name: "reports of one strike naming different sides are one event", published: pub,
			text: "Israeli jets struck Nabatieh on Tuesday, killing six people. Lebanon condemned the strike on Nabatieh on Tuesday.",
			want: []wantEvent{{typ: "clash", place: "Nabatieh", sources: 2}}, count: 1},
		{name: "every name in an origin's bracket is the origin's", published: pub,
			text:  "Armenian units attacked Azerbaijani positions with artillery fired from Movses (Tavush, Armenia).",
			notAt: []string{"Armenia", "Tavush", "Movses"}},
		{name: "every place of an origin's list is an origin", published: pub,
			text: "Shells fired from Goris, Kapan and Sisian hit Azerbaijani positions near Lachin.",
			want: []wantEvent{{typ: "clash", place: "Lachin"}}, count: 1},
		{name: "a town and the region an anaphor names around it are one event", published: pub,
			text: "Explosions shook Khankendi, the main city of Nagorno-Karabakh, overnight and into Sunday morning as Azerbaijani forces shelled the enclave, local officials said, and residents spent the night in basements.",
			want: []wantEvent{{typ: "clash", place: "Khankendi"}}, count: 1},
		{name: "an attack and its drone strike at one place on one day are one event", published: pub,
			text: "On 3 May 2021 Azerbaijani forces attacked Armenian positions along the border with artillery, mortars and drones, hitting the outskirts of Kapan. In Kapan, a drone strike set fire to a school.",
			want: []wantEvent{{typ: "clash", place: "Kapan", sources: 2}}, count: 1},
		{name: "an attack and a drone strike on other days stay two", published: pub,
			text: "On 3 May 2021 troops shelled Kapan with artillery. On 9 May 2021 a drone strike hit Kapan.",
			want: []wantEvent{{typ: "clash", place: "Kapan", sources: 1}}, count: 2},
		{name: "a deployment to a country and to a town in it are one event", published: pub,
			text: "Russia sent 300 troops to Belarus on Monday. The troops arrived in Baranovichi, where they were deployed on Monday.",
			want: []wantEvent{{typ: "deployment", place: "Baranovichi", sources: 2}}, count: 1},
		{name: "a place in a fronted 'unlike' phrase is not the event's", published: pub,
			text: "Unlike the long dispute over Nagorno-Karabakh, the fighting is now far to the north, officials said.",
			none: true},
		{name: "a place after 'since' anchors a time", published: pub,
			text: "Troops held the largest drill in Kars since the liberation of Shusha.",
			want: []wantEvent{{typ: "exercise", place: "Kars"}}, notAt: []string{"Shusha"}},
		{name: "troops stationed where fire is reported are no deployment of their own", published: pub,
			text: "Positions of army units stationed near Tegh came under fire on Monday.",
			want: []wantEvent{{typ: "clash", place: "Tegh"}}, noType: []string{"deployment"}},
		{name: "an ACLED-style note: a village named with its district alone in brackets", published: "2020-07-20",
			text:  "On 14 July 2020, Military Forces of Armenia (2018-) shelled positions of Military Forces of Azerbaijan (2018-) near Aghdam (Tovuz). 1 soldier was killed.",
			want:  []wantEvent{{typ: "clash", place: "Tovuz", country: "AZ", date: "2020-07-14", actors: []string{"Armenia", "Azerbaijan"}, fatalities: 1}},
			notAt: []string{"Aghdam"}},
		{name: "an ACLED-style note at a curated village gives a clash there", published: "2020-10-10",
			text: "On 3 October 2020, Military Forces of Azerbaijan (2018-) recaptured Talish (Tartar) from Military Forces of Armenia (2018-). Casualties unknown.",
			want: []wantEvent{{typ: "clash", place: "Talish", country: "AZ", gp: 1, date: "2020-10-03"}}, count: 1},
		{name: "a town and its district are one event", published: pub,
			text: "Clashes broke out in the Tovuz district on Sunday. Two soldiers were killed in the clashes near Tovuz.",
			want: []wantEvent{{typ: "clash", fatalities: 2, sources: 2}}, count: 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEvents(t, extract(t, c.text, c.published), c)
		})
	}
}

// A story names its day once; undated news after it takes that day, not the publication's.
func TestExtractStoryDay(t *testing.T) {
	cases := []extractCase{
		{name: "the lede's weekday dates the paragraphs after it", published: "2020-07-13",
			text: "Heavy fighting broke out on the border on Sunday, officials said.\n\nLater, troops shelled an outpost near Berd, the ministry said.",
			want: []wantEvent{{typ: "clash", place: "Berd", date: "2020-07-12", datePrec: "day"}}},
		{name: "a day too long before the article does not carry", published: "2020-07-13",
			text: "Fighting broke out on June 2, officials recalled.\n\nTroops shelled an outpost near Berd, the ministry said.",
			want: []wantEvent{{typ: "clash", place: "Berd", date: "2020-07-13", datePrec: "day"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkEvents(t, extract(t, c.text, c.published), c) })
	}
}
