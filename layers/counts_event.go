package layers

import (
	"strings"

	"conflictmap/geo"
)

// combineHedges is the hedge of the sum of two counts: "at least 5,000 soldiers and more than
// 140 civilians" is at least 5,140; an exact count adds nothing to the other's hedge.
func combineHedges(a, b Hedge) Hedge {
	switch {
	case a == HedgeNone || a == b:
		return b
	case b == HedgeNone:
		return a
	case a == HedgeAbout || b == HedgeAbout:
		return HedgeAbout
	case a == HedgeExact:
		return b
	case b == HedgeExact:
		return a
	case a == HedgeUpTo || b == HedgeUpTo:
		return HedgeAbout // one bounded above, one below
	}
	return HedgeAtLeast // at least and more than
}

// Which events take which counts.
var (
	troopTypes    = set(TypeDeployment, TypeExercise, TypeParade)
	casualtyTypes = set(TypeClash, TypeIncident)
)

// countsFor returns the counts of clause [c0,c1) of sentence si that belong to trigger tr: a
// count nearer another trigger of the clause that takes counts of its kind belongs to that one
// ("Russia sent 500 troops to A and Turkey 300 soldiers to B"). The first clash or incident of a
// sentence with no casualties of its own takes those the next sentences report (followOn).
func (x *extraction) countsFor(si int, tr trigger, pl *geo.Place, c0, c1 int, all []trigger) Counts {
	if !troopTypes[tr.typ] && !casualtyTypes[tr.typ] {
		return Counts{} // meetings and agreements count no one
	}
	gs := x.groups(c0, c1)
	mine := gs[:0]
	for _, g := range gs {
		if x.ownsGroup(tr, g, c0, c1, all) {
			mine = append(mine, g)
		}
	}
	c := sumGroups(mine)
	switch {
	case casualtyTypes[tr.typ] && c.StatedBits()&casualtyBits != casualtyBits && firstTrigger(tr, all, casualtyTypes):
		c = x.casualtiesLater(si, tr.typ, pl, c1, all, c)
	case (tr.typ == TypeExercise || tr.typ == TypeParade) && c.Troops == 0 && firstTrigger(tr, all, troopTypes):
		// "Around 2,500 personnel are taking part."
		lc := x.followOn(si, tr.typ, pl, func(c Counts) bool { return c.Troops > 0 })
		c.Troops, c.TroopsHedge = lc.Troops, lc.TroopsHedge
	}
	return c
}

// groups reads the counted groups of tokens t0 to t1 of the document (findGroups), with the
// tokens' count info cached for the document.
func (x *extraction) groups(t0, t1 int) []countGroup {
	return scanGroups(x.doc.Text, x.doc.Tokens[t0:t1], x.cls.countInfo(t0, t1))
}

// casualtiesLater adds to counts c of a clash or incident the casualties the rest of its sentence
// or the next sentences give: all of them when c has none ("… near Tegh; no casualties were
// reported", "… near Tegh. Two soldiers were wounded."), else the kind c lacks ("Three were
// killed … Four other persons were wounded").
func (x *extraction) casualtiesLater(si int, typ string, pl *geo.Place, c1 int, all []trigger, c Counts) Counts {
	if c.StatedBits()&casualtyBits == 0 {
		if c.Zero = x.zeroLater(si, c1, all); c.Zero != 0 {
			return c
		}
		lc := x.followOn(si, typ, pl, func(c Counts) bool { return c.StatedBits()&casualtyBits != 0 })
		c.Fatalities, c.FatalitiesHedge, c.Injured, c.InjuredHedge = lc.Fatalities, lc.FatalitiesHedge, lc.Injured, lc.InjuredHedge
		c.Zero |= lc.Zero & casualtyBits
		return c
	}
	missing := casualtyBits &^ c.StatedBits()
	lc := x.followOn(si, typ, pl, func(c Counts) bool { return c.StatedBits()&missing != 0 })
	if missing&StatedInjured != 0 {
		c.Injured, c.InjuredHedge = lc.Injured, lc.InjuredHedge
	} else {
		c.Fatalities, c.FatalitiesHedge = lc.Fatalities, lc.FatalitiesHedge
	}
	c.Zero |= lc.Zero & missing
	return c
}

// casualtyBits are the Stated bits of fatalities and injured.
const casualtyBits = StatedFatalities | StatedInjured

// firstTrigger reports whether tr is the first trigger of its sentence of the types given.
func firstTrigger(tr trigger, all []trigger, types map[string]bool) bool {
	for _, o := range all {
		if types[o.typ] && o.tok < tr.tok {
			return false
		}
	}
	return true
}

// ownsGroup reports whether group g (tokens relative to c0) is nearer trigger tr than every other
// trigger in the clause that takes its kind of count; ties go to the trigger before the group. A
// list that shares one fate goes whole to the trigger nearest it: "… measures in Karabakh, hours
// after four soldiers and two civilians were killed by landmines" are the mines' six.
func (x *extraction) ownsGroup(tr trigger, g countGroup, c0, c1 int, all []trigger) bool {
	takes := troopTypes
	if g.fate != fateNone {
		takes = casualtyTypes
	}
	t0, t1 := g.t0, g.t1
	if g.l1 > 0 {
		t0, t1 = g.l0, g.l1
	}
	dist := func(tok int) int {
		switch {
		case tok < c0+t0:
			return 2 * (c0 + t0 - tok)
		case tok >= c0+t1:
			return 2*(tok-(c0+t1)+1) + 1
		}
		return 0
	}
	own := dist(tr.tok)
	for _, o := range all {
		if o.tok == tr.tok || o.tok < c0 || o.tok >= c1 || !takes[o.typ] {
			continue
		}
		if dist(o.tok) < own {
			return false
		}
	}
	return true
}

// followOn reads the counts (those want accepts) the sentences after sentence si report of its
// event, at most two sentences on: a label line in its paragraph ("Fatalities: 3") or a sentence that tells of
// deaths or injuries and of no other event ("Two civilians were killed in the town."; the people
// counted are no event of their own: "five peacekeepers died"). A sentence with an event of its
// own ends the search. A paragraph break ends it too when the sentence after it names a place
// other than the event's own (pl): wire copy gives the toll in a paragraph of its own.
func (x *extraction) followOn(si int, typ string, pl *geo.Place, want func(Counts) bool) Counts {
	d := x.doc
	for k := si + 1; k < len(x.sents) && k <= si+2; k++ {
		s := &x.sents[k]
		if s.title || s.t1 <= s.t0 {
			return Counts{}
		}
		para := strings.Contains(d.Text[x.sents[k-1].End:s.Start], "\n\n")
		if para && x.namesOtherPlace(s, pl) || x.ownCasualties(s, pl) {
			return Counts{}
		}
		gs := x.groups(s.t0, s.t1)
		if x.tally(s, gs) {
			return Counts{}
		}
		c := sumGroups(gs)
		if x.labelLine(s) {
			if para {
				return Counts{} // the label of the next note
			}
			return c // "Fatalities: 3"
		}
		if x.reportsOtherEvent(s, gs, typ, pl, s.t1) || para && x.unknownPlaced(s) {
			// "At least 24 people were killed …, and 87 injured; Tajik authorities reported
			// fighting near Isfara": a toll in a first clause that tells of nothing else
			if end := x.semicolonAfter(s); end > 0 {
				hs := x.groups(s.t0, end)
				if hc := sumGroups(hs); !x.reportsOtherEvent(s, hs, typ, pl, end) && want(hc) {
					return hc
				}
			}
			return Counts{}
		}
		if want(c) {
			return c
		}
	}
	return x.noteLabel(si+3, want)
}

// tally reports whether the counts gs of sentence s are a running total from a date long past
// ("more than 42,000 have been killed in the territory since October 2023", "since the war
// began"): the toll of a war or a campaign, not of the event before it.
func (x *extraction) tally(s *sentence, gs []countGroup) bool {
	if len(gs) == 0 {
		return false
	}
	for _, o := range s.dates {
		if (o.Anchor || o.Bound) && x.ref.old(o.To) {
			return true
		}
	}
	return x.timing(s, s.t0+gs[0].t0, s.t0, s.t1, When{}, false) == TimingBackground
}

// noteLabel reads the label line ("Fatalities: 2") that closes the paragraph of sentence k-1,
// from sentence k on, if want accepts its counts: an event note gives its toll last, after the sides' statements. A
// sentence with a trigger of its own, a title or a paragraph break ends the search.
func (x *extraction) noteLabel(k int, want func(Counts) bool) Counts {
	d := x.doc
	for ; k < len(x.sents); k++ {
		s := &x.sents[k]
		if s.title || s.t1 <= s.t0 || strings.Contains(d.Text[x.sents[k-1].End:s.Start], "\n\n") {
			return Counts{}
		}
		if x.labelLine(s) {
			if c := sumGroups(x.groups(s.t0, s.t1)); want(c) {
				return c
			}
			return Counts{}
		}
		if len(x.triggers(s)) > 0 {
			return Counts{}
		}
	}
	return Counts{}
}

// unknownPlaced reports whether sentence s reports an event of its own at a place the gazetteer
// lacks ("repelled an attack near the Tishrin dam"): a toll after it is that event's.
func (x *extraction) unknownPlaced(s *sentence) bool {
	if len(x.triggers(s)) == 0 {
		return false
	}
	_, ok := x.unknownPlace(s, s.t0, s.t1)
	return ok
}

// semicolonAfter is the token after the first semicolon of sentence s, 0 when it has none.
func (x *extraction) semicolonAfter(s *sentence) int {
	d := x.doc
	for k := s.t0 + 1; k < s.t1; k++ {
		if strings.Contains(d.Text[d.Tokens[k-1].End:d.Tokens[k].Start], ";") {
			return k
		}
	}
	return 0
}

// ownCasualties reports whether sentence s tells of casualties at a place of its own, one that
// is neither place pl nor holds it: "Two servicemen were martyred … near Lachin" after a strike
// on Ryazan are Lachin's.
func (x *extraction) ownCasualties(s *sentence, pl *geo.Place) bool {
	if _, ok := x.casualties(s); !ok {
		return false
	}
	for _, k := range s.mentions {
		m := x.doc.Mentions[k]
		if m.Role != geo.RoleLocation || m.Place == nil || pl != nil && (m.Place.ID == pl.ID || m.Place.Name == pl.Admin1 ||
			m.Place.Level == geo.LevelCountry && m.Place.Country == pl.Country) {
			continue
		}
		return true
	}
	return false
}

// labelLine reports whether sentence s is a label line: a word for an outcome and a colon.
func (x *extraction) labelLine(s *sentence) bool {
	d := x.doc
	if s.t1 <= s.t0+1 || !strings.Contains(d.Text[d.Tokens[s.t0].End:d.Tokens[s.t0+1].Start], ":") {
		return false
	}
	_, ok := countLex.outcomes[d.Tokens[s.t0].Text]
	return ok
}

// reportsOtherEvent reports whether sentence s has, before token end, a trigger that is neither a
// word of death or injury, nor inside the people a count group gs counts, nor one more word for
// the event itself (its type typ, and no place but its own pl: "About 1,500 servicemen are
// involved in the drills").
func (x *extraction) reportsOtherEvent(s *sentence, gs []countGroup, typ string, pl *geo.Place, end int) bool {
	d := x.doc
	same := !x.namesOtherPlaceBefore(s, pl, end)
	for _, t := range x.triggers(s) {
		if t.tok >= end {
			continue
		}
		if w := d.Tokens[t.tok].Text; deathWords[w] || injuryWords[w] || (same && t.typ == typ) {
			continue
		}
		counted := false
		for _, g := range gs {
			counted = counted || (t.tok >= s.t0+g.t0 && t.tok < s.t0+g.t1)
		}
		if !counted {
			return true
		}
	}
	return false
}

// namesOtherPlace reports whether sentence s names a location other than place pl.
func (x *extraction) namesOtherPlace(s *sentence, pl *geo.Place) bool {
	return x.namesOtherPlaceBefore(s, pl, s.t1)
}

// namesOtherPlaceBefore is namesOtherPlace for the sentence's tokens before end.
func (x *extraction) namesOtherPlaceBefore(s *sentence, pl *geo.Place, end int) bool {
	for _, k := range s.mentions {
		if x.doc.MentionTokens[k][0] >= end {
			break
		}
		m := x.doc.Mentions[k]
		if m.Role == geo.RoleLocation && m.Place != nil && (pl == nil || m.Place.ID != pl.ID) {
			return true
		}
	}
	return false
}

// countsHedge is the hedge an event shows: that of its troops, else its fatalities, else its
// injured.
func countsHedge(e *Event, c Counts) string {
	switch {
	case e.Troops > 0:
		return string(c.TroopsHedge)
	case e.Fatalities > 0:
		return string(c.FatalitiesHedge)
	case e.Injured > 0:
		return string(c.InjuredHedge)
	}
	return ""
}

// mergeCounts merges the counts of src into dst: the larger count wins, except that an exact
// troop count beats an approximate one ("1,960 servicemen" over "nearly 2,000 troops"); the
// hedge follows the count that won.
func mergeCounts(dst, src *Event) {
	exactOverAbout := func(a, b *Event) bool {
		return a.Troops > 0 && b.Troops > 0 && a.CountsHedge == string(HedgeExact) && b.CountsHedge == string(HedgeAbout)
	}
	switch {
	case exactOverAbout(dst, src):
	case exactOverAbout(src, dst):
		dst.Troops, dst.CountsHedge = src.Troops, src.CountsHedge
	default:
		if dst.CountsHedge == "" || headCount(src) > headCount(dst) {
			dst.CountsHedge = src.CountsHedge
		}
		dst.Troops = max(dst.Troops, src.Troops)
	}
	dst.Fatalities = max(dst.Fatalities, src.Fatalities)
	dst.Injured = max(dst.Injured, src.Injured)
	dst.Stated |= src.Stated // a stated 0 merged with a count is the count, still stated
}

// headCount is the count an event's hedge is about.
func headCount(e *Event) int {
	switch {
	case e.Troops > 0:
		return e.Troops
	case e.Fatalities > 0:
		return e.Fatalities
	}
	return e.Injured
}
