package layers_test

import (
	"testing"

	"conflictmap/layers"
)

// TestExtractStatedZero runs whole articles through the pipeline: a clash or incident whose
// report states none killed or injured carries a stated 0; one that says nothing carries no
// count; a negated event is no event at all. The sentences are written for this test.
func TestExtractStatedZero(t *testing.T) {
	const f, i = layers.StatedFatalities, layers.StatedInjured
	cases := []struct {
		name   string
		text   string
		typ    string
		stated uint8 // the event's Stated bits; no event of typ is wanted when typ is ""
		fatal  int
	}{
		{"no casualties in the sentence", "Azerbaijani forces shelled Armenian positions near Tegh on 3 March 2021; no casualties were reported.",
			"clash", f | i, 0},
		{"no casualties in the next sentence", "On 3 March 2021, Azerbaijani forces shelled Armenian positions near Tegh. No casualties were reported.",
			"clash", f | i, 0},
		{"no one was killed", "A landmine exploded near Aghdam on 9 April 2021. No one was killed.", "incident", f, 0},
		{"nothing said", "On 3 March 2021, Azerbaijani forces shelled Armenian positions near Tegh.", "clash", 0, 0},
		{"a count is stated too", "On 3 March 2021, Azerbaijani forces shelled Armenian positions near Tegh, killing two soldiers.",
			"clash", f, 2},
		{"killed and none injured", "On 3 March 2021, shelling near Tegh killed two soldiers and none were injured.", "clash", f | i, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := extract(t, c.text, pub)
			var got []layers.Event
			for _, e := range res.Events {
				if e.EventType == c.typ {
					got = append(got, e)
				}
			}
			if len(got) != 1 {
				t.Fatalf("%d %s events in %q, want 1: %+v", len(got), c.typ, c.text, res.Events)
			}
			e := got[0]
			if e.Stated != c.stated || e.Fatalities != c.fatal {
				t.Errorf("stated %03b fatalities %d, want %03b %d", e.Stated, e.Fatalities, c.stated, c.fatal)
			}
			if len(e.Sources) == 1 && e.Sources[0].Stated != c.stated {
				t.Errorf("source stated %03b, want %03b", e.Sources[0].Stated, c.stated)
			}
			if p, ok := e.Feature().Properties["fatalities"]; ok != (c.stated&f != 0) || ok && p != c.fatal {
				t.Errorf("feature fatalities %v (present %v), want %d present %v", p, ok, c.fatal, c.stated&f != 0)
			}
		})
	}
	t.Run("a negated clash is no event", func(t *testing.T) {
		res := extract(t, "No clashes took place near Tegh on 3 March 2021, and no one was hurt.", pub)
		for _, e := range res.Events {
			if e.EventType == "clash" {
				t.Errorf("negated clash extracted: %+v", e)
			}
		}
	})
}
