package layers_test

import (
	"testing"

	"conflictmap/geo"
	"conflictmap/layers"
)

// The sentences below are written for these tests, not taken from any article.

// TestFindCountsZero: each family of stated zeros sets its Stated bits with a 0 count; "no" in
// other senses states nothing.
func TestFindCountsZero(t *testing.T) {
	const f, i = layers.StatedFatalities, layers.StatedInjured
	cases := []struct {
		name string
		text string
		want layers.Counts
	}{
		// the families of counts.tsv's zero, casualty and zerofill classes
		{"no casualties", "No casualties were reported after the shelling.", layers.Counts{Zero: f | i}},
		{"there were no injuries", "There were no injuries among the crew.", layers.Counts{Zero: i}},
		{"no one was killed", "No one was killed in the attack on the checkpoint.", layers.Counts{Zero: f}},
		{"nobody was hurt", "Nobody was hurt when the shell landed.", layers.Counts{Zero: i}},
		{"without loss of life", "The post was abandoned without loss of life.", layers.Counts{Zero: f}},
		{"none of the servicemen was hurt", "None of the servicemen was hurt in the exchange of fire.", layers.Counts{Zero: i}},
		{"no soldiers were killed", "No Armenian soldiers were killed, the ministry said.", layers.Counts{Zero: f}},
		{"no deaths or injuries", "There were no deaths or injuries.", layers.Counts{Zero: f | i}},
		{"no one killed or hurt", "No one was killed or hurt.", layers.Counts{Zero: f | i}},
		{"no lives were lost", "No lives were lost in the fire.", layers.Counts{Zero: f}},
		{"no serious injuries", "The blast caused no serious injuries.", layers.Counts{Zero: i}},
		{"none of them", "None of them were injured.", layers.Counts{Zero: i}},
		// a zero beside a count: both stated
		{"killed and none injured", "Two soldiers were killed and none were injured.",
			layers.Counts{Fatalities: 2, FatalitiesHedge: exact, Zero: i}},
		// "no" in other senses
		{"no fewer than", "No fewer than 12 soldiers were killed.", killed(12, atLeast)},
		{"no more than", "No more than two were injured.", injured(2, upTo)},
		{"no clashes", "No clashes took place near the border.", layers.Counts{}},
		{"no immediate word", "There was no immediate word on casualties.", layers.Counts{}},
		{"no one claimed", "No one claimed responsibility for the blast.", layers.Counts{}},
		{"without warning", "Without warning, the shells killed three civilians.", killed(3, exact)},
		{"a comma ends the zero", "Nobody at the post, officials said, had been wounded.", layers.Counts{}},
		{"nobody knows", "Nobody knows how many were killed.", layers.Counts{}},
		{"no casualty figures", "Local activists gave no casualty figures.", layers.Counts{}},
		{"no casualties figures with a full stop", "There were no casualties. Figures were not given.", layers.Counts{Zero: f | i}},
		{"no reports of casualties", "There were no reports of casualties.", layers.Counts{}},
		{"not known", "It was not known whether anyone was hurt.", layers.Counts{}},
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
