package layers_test

import (
	"testing"

	"conflictmap/geo"
	"conflictmap/layers"
)

func TestFindCounts(t *testing.T) {
	cases := []struct {
		name string
		text string
		want layers.Counts
	}{
		{"hedged digits with comma", "Russia deployed some 1,960 troops to the region.", layers.Counts{Troops: 1960}},
		{"peacekeepers", "Moscow sent 2,000 peacekeepers.", layers.Counts{Troops: 2000}},
		{"died and injured in one clause", "at least three Armenian soldiers died and two Azeri soldiers were injured",
			layers.Counts{Fatalities: 3, Injured: 2}},
		{"soldiers and civilians killed are summed", "At least 5,000 soldiers and more than 140 civilians have been killed",
			layers.Counts{Fatalities: 5140}},
		{"killing number word", "A shell hit the market, killing four civilians.", layers.Counts{Fatalities: 4}},
		{"number word dead", "Officials said twelve dead.", layers.Counts{Fatalities: 12}},
		{"demonym between number and noun", "four Azerbaijani civilians were killed", layers.Counts{Fatalities: 4}},
		{"two thousand", "Turkey may send two thousand troops.", layers.Counts{Troops: 2000}},
		{"compound number words", "twenty five servicemen were wounded", layers.Counts{Injured: 25}},
		{"a dozen wounded", "a dozen soldiers were wounded", layers.Counts{Injured: 12}},
		{"killing and injuring", "killing one soldier and injuring three servicemen", layers.Counts{Fatalities: 1, Injured: 3}},
		{"aircraft are not people", "Turkey sent four F-16 aircraft to Ganja.", layers.Counts{}},
		{"ordinal unit", "the 3rd Field Army moved to Erzurum", layers.Counts{}},
		{"a date is not a count", "on November 28 the column arrived", layers.Counts{}},
		{"date before soldiers is not a count", "On November 28 soldiers arrived in Lachin.", layers.Counts{}},
		{"model numbers", "The TB2 drones and 12 T-72 tanks", layers.Counts{}},
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
