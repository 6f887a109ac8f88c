package layers_test

import (
	"strings"
	"testing"

	"conflictmap/geo"
	"conflictmap/layers"
)

// The sentences below are written for these tests, not taken from any article.

const (
	exact    = layers.HedgeExact
	atLeast  = layers.HedgeAtLeast
	about    = layers.HedgeAbout
	upTo     = layers.HedgeUpTo
	moreThan = layers.HedgeMoreThan
)

func killed(n int, h layers.Hedge) layers.Counts {
	return layers.Counts{Fatalities: n, FatalitiesHedge: h}
}
func injured(n int, h layers.Hedge) layers.Counts {
	return layers.Counts{Injured: n, InjuredHedge: h}
}
func troops(n int, h layers.Hedge) layers.Counts { return layers.Counts{Troops: n, TroopsHedge: h} }
func both(k, i int) layers.Counts {
	return layers.Counts{Fatalities: k, FatalitiesHedge: exact, Injured: i, InjuredHedge: exact}
}

func TestFindCounts(t *testing.T) {
	cases := []struct {
		name string
		text string
		want layers.Counts
	}{
		// troops and their hedges
		{"hedged digits with comma", "Russia deployed some 1,960 troops to the region.", troops(1960, about)},
		{"peacekeepers", "Moscow sent 2,000 peacekeepers.", troops(2000, exact)},
		{"about", "about 400 Russian troops crossed the river", troops(400, about)},
		{"nearly", "nearly 2,000 soldiers remain in the zone", troops(2000, about)},
		{"around personnel", "around 5,000 personnel took part", troops(5000, about)},
		{"up to", "up to 3,000 troops will take part in the drills", troops(3000, upTo)},
		{"as many as", "as many as 600 Turkish officers are stationed there", troops(600, upTo)},
		{"over", "over 700 marines landed", troops(700, moreThan)},
		{"no fewer than", "no fewer than 90 instructors arrived", troops(90, atLeast)},
		{"strong contingent", "a 300-strong contingent was flown to the base", troops(300, exact)},
		{"hundreds leave no count", "hundreds of troops were sent to the border", layers.Counts{}},
		{"dozens leave no count", "dozens of soldiers were moved", layers.Counts{}},
		{"dozens of dead are at least twelve", "dozens of civilians were killed", killed(12, atLeast)},
		{"hundreds of hurt are at least a hundred", "three were killed and hundreds wounded", layers.Counts{Fatalities: 3, FatalitiesHedge: exact, Injured: 100, InjuredHedge: atLeast}},
		{"two thousand", "Turkey may send two thousand troops.", troops(2000, exact)},
		{"two dozen", "two dozen sappers cleared the road", troops(24, exact)},
		{"largest armed count is troops", "The 1,500 peacekeepers and 300 engineers stayed", troops(1500, exact)},
		{"one soldier is not troops", "one soldier said the road was closed", layers.Counts{}},
		{"a range is at least its lower bound", "the base houses 3,000 to 4,000 personnel", troops(3000, atLeast)},
		{"a hedged range keeps its hedge", "the base houses an estimated 3,000 to 4,000 personnel", troops(3000, about)},
		{"a dashed range", "some 1,500-2,000 troops were moved", troops(1500, about)},
		{"between and", "between 30 and 40 soldiers were killed", killed(30, atLeast)},
		{"one person with a formal name after 'of'", "a contract soldier of the Military Forces of Armenia (2018-) was killed", killed(1, exact)},
		{"one person with a formal name after 'of', wounded", "a serviceman of the Military Forces of Armenia was wounded by sniper fire", injured(1, exact)},
		{"a formal name after 'of' with no fate is no count", "two soldiers of the Military Forces of Armenia and Azerbaijan met in Tavush", troops(2, exact)},
		{"an actor's era label is no count", "a soldier of the Military Forces of Armenia (2018-) was wounded by sniper fire", injured(1, exact)},
		{"digits after a dash that are no range", "an F-16 crashed and 2 soldiers were killed", killed(2, exact)},
		{"a rise is no range", "the toll rose from 12 to 15", killed(15, exact)},
		{"a demonym in the plural counts people", "Two Israelis were wounded", injured(2, exact)},
		{"N of its soldiers", "the army said 23 of its soldiers were killed", killed(23, exact)},
		{"the noun ends at a comma", "the strike killed three Palestinians, officials said", killed(3, exact)},
		{"a demonym before a comma", "the strike killed three Palestinians, the ministry said", killed(3, exact)},
		{"a side's claim of enemy losses is not counted", "the army said 23 of its soldiers were killed and claimed over 200 fighters killed", killed(23, exact)},
		{"a claim reported with that is counted", "the rebels claimed that nine soldiers had been killed", killed(9, exact)},
		{"a weapon in the plural is no people", "Three Bayraktars were lost and two killed", killed(2, exact)},
		{"civilians are not troops", "some 300 civilians fled the village", layers.Counts{}},
		// deaths and injuries
		{"died and injured in one clause", "at least three Armenian soldiers died and two Azeri soldiers were injured",
			layers.Counts{Fatalities: 3, FatalitiesHedge: atLeast, Injured: 2, InjuredHedge: exact}},
		{"soldiers and civilians killed are summed", "At least 5,000 soldiers and more than 140 civilians have been killed",
			killed(5140, atLeast)},
		{"elided noun after and", "seven servicemen were killed and ten wounded", both(7, 10)},
		{"elided noun with auxiliary", "Two soldiers died and three were wounded", both(2, 3)},
		{"died", "two soldiers died", killed(2, exact)},
		{"a soldier is one", "a soldier was killed", killed(1, exact)},
		{"an officer is one", "an officer was wounded by shrapnel", injured(1, exact)},
		{"fatally wounded is killed", "one Armenian serviceman was fatally wounded", killed(1, exact)},
		{"mortally injured is killed", "a sapper was mortally injured", killed(1, exact)},
		{"killed object", "the shelling killed three civilians", killed(3, exact)},
		{"killing number word", "A shell hit the market, killing four civilians.", killed(4, exact)},
		{"a count with its own fate after a subset ends it", "the toll has risen to 274 martyrs, including 64 children and 57 women, and 698 injured", both(274, 698)},
		{"citizens are people", "aircraft bombed a house, killing five citizens", killed(5, exact)},
		{"pilgrims are people", "a rocket hit the shrine and three pilgrims were wounded", injured(3, exact)},
		{"killing and injuring", "killing one soldier and injuring three servicemen", both(1, 3)},
		{"killing and wounding with no nouns", "the blast went off, killing two and wounding five", both(2, 5)},
		{"object list", "the strike killed two soldiers and a nurse's aide, the ministry said", killed(2, exact)},
		{"death toll", "the death toll rose to 12", killed(12, exact)},
		{"an agency's typo for civilian", "1 civillian was killed in the attack", killed(1, exact)},
		{"toll stood at", "The toll from the attack stood at 9 on Monday.", killed(9, exact)},
		{"a toll past the strike's words", "The death toll from Sunday's Russian missile strike on Sumy has risen to 35.", killed(35, exact)},
		{"a toll ends at a comma", "The toll was unclear, the mayor said, and 3 buildings burned.", layers.Counts{}},
		{"claimed the lives", "the explosion claimed the lives of four", killed(4, exact)},
		{"lost their lives", "six conscripts lost their lives", killed(6, exact)},
		{"lost soldiers", "the army lost two soldiers in the ambush", killed(2, exact)},
		{"number word dead", "Officials said twelve dead.", killed(12, exact)},
		{"number dead", "12 dead after shelling", killed(12, exact)},
		{"demonym between number and noun", "four Azerbaijani civilians were killed", killed(4, exact)},
		{"any demonym", "three Ukrainian medics were injured", injured(3, exact)},
		{"compound number words", "twenty five servicemen were wounded", injured(25, exact)},
		{"hyphenated number words", "thirty-two fighters were killed", killed(32, exact)},
		{"a dozen wounded", "a dozen soldiers were wounded", injured(12, exact)},
		{"more than a dozen", "more than a dozen villagers were hurt", injured(12, moreThan)},
		{"reduced passive", "two soldiers killed in the ambush", killed(2, exact)},
		{"words between people and fate", "Two soldiers on patrol near the border were killed", killed(2, exact)},
		{"deployed then killed", "Russia deployed 2,000 troops after two soldiers were killed",
			layers.Counts{Troops: 2000, TroopsHedge: exact, Fatalities: 2, FatalitiesHedge: exact}},
		{"none killed leaves troops", "Some 300 troops were deployed and none were killed",
			layers.Counts{Troops: 300, TroopsHedge: about, Zero: layers.StatedFatalities}},
		{"no one", "no one was hurt", layers.Counts{Zero: layers.StatedInjured}},
		{"unknown word before the noun", "one army contract soldier was wounded", injured(1, exact)},
		{"another", "one soldier was killed and another wounded", both(1, 1)},
		{"shared subject", "a farmer drove over a mine on the road to the village and was badly injured", injured(1, exact)},
		{"shared subject ends at a break", "300 troops arrived but none were hurt",
			layers.Counts{Troops: 300, TroopsHedge: exact, Zero: layers.StatedInjured}},
		{"of phrase after the noun keeps the list", "four servicemen of the Georgian armed forces and three Turkish servicemen were killed",
			killed(7, exact)},
		{"of phrase before the fate", "two employees of a demining company were wounded", injured(2, exact)},
		{"martyred", "the attack martyred five soldiers", killed(5, exact)},
		{"martyrs", "the ministry named 9 martyrs", killed(9, exact)},
		// lists of people
		{"named people", "Private Arman Petrosyan and Sergeant Vusal Aliyev died", killed(2, exact)},
		{"role nouns", "the driver and a villager were injured", injured(2, exact)},
		{"officials and reporters", "two reporters and a local official were killed", killed(3, exact)},
		{"three named", "Corporal A. Smith, Lieutenant Jon Doe and Private Bo Li were wounded", injured(3, exact)},
		{"names after a count are the count", "Two soldiers, Private Jon Doe and Private Bo Li, were killed", killed(2, exact)},
		{"an age before the noun", "a 25-year-old shepherd was killed", killed(1, exact)},
		{"including is a part", "five people, including two children, were killed", killed(5, exact)},
		{"among them is a part", "Six people, among them a soldier, were martyred", killed(6, exact)},
		{"a list after including is a part", "seven people, including two children and a woman, were injured", injured(7, exact)},
		{"a verb of suffering and a wound", "a conscript received a shrapnel wound", injured(1, exact)},
		{"sustained injuries", "two border guards sustained injuries", injured(2, exact)},
		{"fatal wounds are deaths", "three soldiers suffered fatal wounds", killed(3, exact)},
		{"received people counted as wounded are the wounded", "the hospital received 40 wounded civilians", injured(40, exact)},
		{"received without a wound counts nothing", "four soldiers received medals", troops(4, exact)},
		{"an aside between the people and their fate", "at least nine villagers, among them women and children, were wounded", injured(9, atLeast)},
		{"an apposition with a list", "six residents, women and children, were killed", killed(6, exact)},
		{"a long aside is another clause", "two soldiers, the ministry said in a statement on its website late in the evening, were killed", troops(2, exact)},
		{"of them is its own", "Twelve soldiers were hit, three of them were killed",
			layers.Counts{Troops: 12, TroopsHedge: exact, Fatalities: 3, FatalitiesHedge: exact}},
		// labels
		{"fatalities label", "Fatalities: 3", killed(3, exact)},
		{"fatalities after number", "The clash left 3 fatalities", killed(3, exact)},
		{"killed and injured after a colon", "Casualties: 4 killed and 6 injured", both(4, 6)},
		{"killed and injured with commas", "3 killed, 5 injured", both(3, 5)},
		// numbers that are not people
		{"aircraft are not people", "Turkey sent four F-16 aircraft to Ganja.", layers.Counts{}},
		{"ordinal unit", "the 3rd Field Army moved to Erzurum", layers.Counts{}},
		{"numbered base", "soldiers of the 102nd base were killed", layers.Counts{}},
		{"a date is not a count", "on November 28 the column arrived", layers.Counts{}},
		{"date before soldiers is not a count", "On November 28 soldiers arrived in Lachin.", layers.Counts{}},
		{"day before month", "killed on 12 May in the village", layers.Counts{}},
		{"year before soldiers", "In 2020 soldiers were killed", layers.Counts{}},
		{"model numbers", "The TB2 drones and 12 T-72 tanks", layers.Counts{}},
		{"drones killed nobody", "two drones were shot down and three tanks destroyed", layers.Counts{}},
		{"percent", "20 percent of the soldiers were wounded", layers.Counts{}},
		{"percent sign", "30% of the troops were killed", layers.Counts{}},
		{"money", "$5 million was paid to 40 workers", layers.Counts{}},
		{"kilometres", "5 km from the line soldiers were killed", layers.Counts{}},
		{"age alone", "the soldier, aged 25-year-old, was killed", killed(1, exact)},
		{"decimal", "3.5 soldiers", layers.Counts{}},
		{"no number", "Troops were deployed to the region.", layers.Counts{}},
		{"huge number does not overflow into nonsense", "999999999999999999999 troops", layers.Counts{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := layers.FindCounts(c.text, geo.Tokens(c.text))
			if got != c.want {
				t.Errorf("FindCounts(%q) = %+v, want %+v", c.text, got, c.want)
			}
		})
	}
}

// TestFindCountsManyNumbers reads a sentence of 50,000 numbers: it must complete (the reading
// is linear) and count them all.
func TestFindCountsManyNumbers(t *testing.T) {
	text := strings.Repeat("3 soldiers, ", 50000) + "were killed"
	got := layers.FindCounts(text, geo.Tokens(text))
	if got.Fatalities != 150000 {
		t.Errorf("50,000 groups of 3: fatalities %d, want 150000", got.Fatalities)
	}
	text = strings.Repeat("12 ", 50000) + "troops"
	_ = layers.FindCounts(text, geo.Tokens(text))
}

func BenchmarkFindCounts(b *testing.B) {
	text := strings.Repeat("About 400 Russian troops arrived in the town, and two soldiers were killed and ten wounded. ", 100)
	toks := geo.Tokens(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		layers.FindCounts(text, toks)
	}
}

// FuzzFindCounts reads arbitrary text: it must never panic, counts are never negative or beyond
// any report's, and a hedge is given exactly when its count is.
func FuzzFindCounts(f *testing.F) {
	for _, s := range []string{
		"seven servicemen were killed and ten wounded",
		"Private Arman Petrosyan and Sergeant Vusal Aliyev died",
		"at least 5,000 soldiers and more than 140 civilians have been killed",
		"a 300-strong contingent", "Fatalities: 3", "3 killed, 5 injured", "the death toll rose to 12",
		"999999999999999999999 troops", "9,999,999,999 thousand million soldiers were killed",
		"killing killing killing two two two", ": : : Fatalities: : 3", "a a a a soldier soldier",
		"fatally", "lost their", "the lives of", "toll toll toll 3", "no one one one",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		c := layers.FindCounts(text, geo.Tokens(text))
		for _, k := range []struct {
			name  string
			n     int
			hedge layers.Hedge
		}{{"troops", c.Troops, c.TroopsHedge}, {"fatalities", c.Fatalities, c.FatalitiesHedge}, {"injured", c.Injured, c.InjuredHedge}} {
			if k.n < 0 || k.n > 10_000_000 {
				t.Errorf("%q: %s %d", text, k.name, k.n)
			}
			if (k.n == 0) != (k.hedge == layers.HedgeNone) {
				t.Errorf("%q: %s %d with hedge %q", text, k.name, k.n, k.hedge)
			}
		}
	})
}
