package layers_test

import (
	"testing"

	"conflictmap/layers"
)

// TestOneEventOneFeature: reports of one event in one article become one feature; distinct
// events beside them stay apart. Each case is a pair: what merges and what must not.
func TestOneEventOneFeature(t *testing.T) {
	p := testPipeline(t)
	cases := []struct {
		name, text string
		want       []string // "type at place", in any order
	}{
		{"an undated region's report sums up the dated report inside it",
			"Azerbaijani soldiers came under fire in Nagorno-Karabakh, the ministry said.\n\nOn Monday, their patrol was fired upon near Shusha.",
			[]string{"clash at Shusha"}},
		{"a region's report with its own date is the whole front's, beside the town's",
			"Heavy fighting broke out in Nagorno-Karabakh on Monday.\n\nShelling hit Shusha, officials said.",
			[]string{"clash at Nagorno-Karabakh", "clash at Shusha"}},
		{"a dated region and a district inside it in one sentence are one clash",
			"On 3 August 2022, Azerbaijani forces clashed with Armenian units west of the Lachin corridor and took several heights in Lachin district.",
			[]string{"clash at Lachin Rayon"}},
		{"a region and a district inside it, dated the same day in two sentences, are one clash",
			"On 3 August 2022, Azerbaijani forces attacked positions near the Lachin corridor. A soldier was killed by fire in Lachin district the same day.",
			[]string{"clash at Lachin Rayon"}},
		{"a region and a district inside it on two days stay two",
			"On 3 August 2022, Azerbaijani forces attacked positions near the Lachin corridor. On 5 August, a soldier was killed by fire in Lachin district.",
			[]string{"clash at Lachin corridor", "clash at Lachin Rayon"}},
		{"a dated region and a town shelled inside it in one sentence stay two",
			"Azerbaijan launched an offensive in Nagorno-Karabakh on Tuesday, shelling the region's main city Stepanakert.",
			[]string{"clash at Nagorno-Karabakh", "clash at Khankendi"}},
		{"troops in a region and in a zone of it are one deployment",
			"Russia deployed peacekeepers in Nagorno-Karabakh on Monday.\n\nThe peacekeepers escorted a convoy of refugees through the Lachin corridor.",
			[]string{"deployment at Nagorno-Karabakh"}},
		{"troops in a region and a post in a town of it stay two",
			"Russia deployed peacekeepers in Nagorno-Karabakh on Monday.\n\nRussian peacekeepers are stationed in Lachin.",
			[]string{"deployment at Nagorno-Karabakh", "deployment at Lachin"}},
		{"a place phrase is where the name it goes by says",
			"On Monday, drones hit the eastern districts of Kharkiv, known locally as Saltivka.\n\nThree people were killed in the strikes on Saltivka, officials said.",
			[]string{"clash at Saltivka"}},
		{"a stretch between two places is one event",
			"A military truck hit an anti-tank mine on the road between Fuzuli and Jabrayil on Sunday, killing two soldiers.",
			[]string{"incident at Fuzuli"}},
		{"a list of places shelled is an event at each",
			"Artillery shelled Fuzuli and Jabrayil on Sunday.",
			[]string{"clash at Fuzuli", "clash at Jabrayil"}},
		{"a province in brackets says where the town lies",
			"On 5 May 2021, government forces shelled Ariha (Idlib), hitting a clinic in the town.",
			[]string{"clash at Ariha District"}},
		{"a mine that explodes during demining is an incident, not a deployment",
			"A soldier was wounded when a mine exploded near Tartar during demining of a field.",
			[]string{"incident at Tartar"}},
		{"deminers at work are a deployment",
			"De-mining crews cleared fields around Tartar last month.",
			[]string{"deployment at Tartar"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := "News digest\n\n" + c.text
			res := p.ExtractArticle(layers.Article{ID: "t", Raw: text, BodyEnd: len(text), Published: "2021-05-12"})
			var got []string
			for _, e := range res.Events {
				got = append(got, e.EventType+" at "+e.Place)
			}
			if !sameSet(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]int{}
	for _, x := range a {
		seen[x]++
	}
	for _, x := range b {
		if seen[x] == 0 {
			return false
		}
		seen[x]--
	}
	return true
}
