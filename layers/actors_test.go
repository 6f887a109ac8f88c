package layers_test

import (
	"slices"
	"testing"
)

// A clash that only foreign states fight is fought on the territory of another, which is its
// other side; a state fighting on its own territory, or a clash without a named state, is left
// as reported.
func TestClashAttackedState(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"foreign drones on a city", "Russian drones struck an apartment block in Kharkiv on Monday.", []string{"Russia", "Ukraine"}},
		{"shelling across a border", "Azerbaijani forces shelled Jermuk on Tuesday.", []string{"Azerbaijan", "Armenia"}},
		{"a state on its own soil", "Ukrainian artillery shelled positions near Bakhmut on Friday.", []string{"Ukraine"}},
		{"no state named", "Gunmen attacked a checkpoint near Kidal on Sunday.", nil},
		{"an armed group by its acronym", "RSF fighters attacked a camp near El Fasher on Sunday.", []string{"Rapid Support Forces"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extract(t, tt.text, "2024-03-04")
			var got []string
			found := false
			for _, e := range res.Events {
				if e.EventType == "clash" {
					got, found = e.Actors, true
				}
			}
			if !found {
				t.Fatalf("no clash in %q: %+v", tt.text, res.Events)
			}
			a, b := slices.Clone(got), slices.Clone(tt.want)
			slices.Sort(a)
			slices.Sort(b)
			if !slices.Equal(a, b) {
				t.Errorf("actors %q, want %q", got, tt.want)
			}
		})
	}
}
