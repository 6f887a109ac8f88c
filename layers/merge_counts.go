package layers

import "sort"

// Counts merged without loss. Every source keeps the figures its own sentence gives; an event
// merged from several reports shows the range of them (troops_min/troops_max,
// fatalities_min/fatalities_max, injured_min/injured_max) beside one headline figure per count
// (troops, fatalities, injured), chosen by MergeReports. Nothing here overwrites a figure: a
// feature is always recomputed from its reports, so removing a report (deleting its article)
// leaves no stale maximum behind.

// countNames are the properties of the three counts, in the order of figures.
var countNames = [3]string{"troops", "fatalities", "injured"}

// figures returns an event's troops, fatalities and injured.
func figures(e *Event) [3]int { return [3]int{e.Troops, e.Fatalities, e.Injured} }

// sourceFigures returns a source's troops, fatalities and injured.
func sourceFigures(s *Source) [3]int { return [3]int{s.Troops, s.Fatalities, s.Injured} }

func setFigures(e *Event, f [3]int) { e.Troops, e.Fatalities, e.Injured = f[0], f[1], f[2] }

// statedBits are the Stated bits of figures f given stated: a non-zero figure is stated
// whether or not its bit is set (records written before the bits existed).
func statedBits(f [3]int, stated uint8) uint8 {
	for k, v := range f {
		if v != 0 {
			stated |= 1 << k
		}
	}
	return stated
}

// countRanges returns the range properties of an event by name, nil when no report states
// that count (a range of stated zeros is 0 … 0).
func (e *Event) countRanges() map[string]*int {
	r := func(k, v int) *int {
		if !e.RangeKnown(k) {
			return nil
		}
		return &v
	}
	return map[string]*int{
		"troops_min": r(0, e.TroopsMin), "troops_max": r(0, e.TroopsMax),
		"fatalities_min": r(1, e.FatalitiesMin), "fatalities_max": r(1, e.FatalitiesMax),
		"injured_min": r(2, e.InjuredMin), "injured_max": r(2, e.InjuredMax),
	}
}

// RangeKnown reports whether the range of count k (troops, fatalities, injured) is known: some
// figure of it above 0, or only stated zeros.
func (e *Event) RangeKnown(k int) bool {
	hi := [3]int{e.TroopsMax, e.FatalitiesMax, e.InjuredMax}[k]
	return hi > 0 || e.Stated&(1<<k) != 0 && figures(e)[k] == 0
}

// countRangeValue returns a range property of an event as Event.Feature has it (nil when no
// source states that count); ok is false for any other name.
func countRangeValue(e *Event, name string) (any, bool) {
	v, ok := e.countRanges()[name]
	if !ok {
		return nil, false
	}
	if v == nil {
		return nil, true
	}
	return *v, true
}

// stampSourceFigures gives the one source of a one-sentence report that sentence's figures.
func stampSourceFigures(e *Event) {
	if len(e.Sources) == 1 && sourceFigures(&e.Sources[0]) == [3]int{} && e.Sources[0].Stated == 0 {
		s := &e.Sources[0]
		s.Troops, s.Fatalities, s.Injured = e.Troops, e.Fatalities, e.Injured
		s.Stated = e.Stated
	}
}

// setCountRanges sets an event's ranges from every figure that it, its sources and the reports
// it was merged from give.
func setCountRanges(e *Event, reports ...*Event) {
	var lo, hi [3]int
	var seen [3]bool
	see := func(f [3]int, stated uint8) {
		stated = statedBits(f, stated)
		for k, v := range f {
			if stated&(1<<k) == 0 || v < 0 {
				continue
			}
			if !seen[k] || v < lo[k] {
				lo[k] = v
			}
			hi[k] = max(hi[k], v)
			seen[k] = true
		}
	}
	see(figures(e), e.Stated)
	for i := range e.Sources {
		see(sourceFigures(&e.Sources[i]), e.Sources[i].Stated)
	}
	for _, r := range reports {
		see(figures(r), r.Stated)
	}
	e.TroopsMin, e.TroopsMax = lo[0], hi[0]
	e.FatalitiesMin, e.FatalitiesMax = lo[1], hi[1]
	e.InjuredMin, e.InjuredMax = lo[2], hi[2]
}

// MergeReports folds the reports of one event by several articles (each one article's report,
// already merged within it) into one event: MergeEvent over them in order (the first keeps its
// id), then the counts, by this rule:
//
//   - every source keeps the figures its sentence gives;
//   - troops_min … injured_max span every figure any source or report gives;
//   - troops, fatalities and injured are the figures of the most recent report that gives one
//     (the latest publication date of its article): tallies are revised as news comes in, and
//     the latest report knows most; reports of the same day (or all undated) are settled as the
//     sentences of one article are: the larger figure, an exact troop count over an approximate one;
//   - counts_hedge is the hedge of the report whose figure heads the event (troops, else
//     fatalities, else injured).
//
// It is a pure function: it changes none of its arguments.
func MergeReports(reports []*Event) *Event {
	if len(reports) == 0 || reports[0] == nil {
		return nil
	}
	e := cloneEvent(reports[0])
	for _, r := range reports[1:] {
		MergeEvent(e, r)
	}
	headlineCounts(e, reports)
	setCountRanges(e, reports...)
	return e
}

// cloneEvent copies an event and its slices, so that merging into the copy leaves it unchanged.
func cloneEvent(src *Event) *Event {
	e := *src
	e.Actors = append([]string(nil), src.Actors...)
	e.Sources = append([]Source(nil), src.Sources...)
	return &e
}

// reportPublished is the publication date of a report's article ("" when unknown).
func reportPublished(r *Event) string {
	if len(r.Sources) == 0 {
		return ""
	}
	return r.Sources[0].Published
}

// headlineCounts sets e's troops, fatalities, injured and counts_hedge from its reports, as
// MergeReports says.
func headlineCounts(e *Event, reports []*Event) {
	order := make([]int, 0, len(reports))
	for i, r := range reports {
		if r != nil {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(i, j int) bool {
		return reportPublished(reports[order[i]]) > reportPublished(reports[order[j]])
	})
	var head [3]int
	var have uint8 // the counts head holds: a stated 0 heads as a count does
	var hedge [3]string
	for i := 0; i < len(order); {
		day := reportPublished(reports[order[i]])
		var g Event // the reports of one day, merged as one article's sentences are
		for ; i < len(order) && reportPublished(reports[order[i]]) == day; i++ {
			r := reports[order[i]]
			mergeCounts(&g, &Event{Troops: r.Troops, Fatalities: r.Fatalities, Injured: r.Injured, CountsHedge: r.CountsHedge,
				Stated: statedBits(figures(r), r.Stated)})
		}
		gk := headKind(figures(&g))
		for k, v := range figures(&g) {
			if have&(1<<k) == 0 && g.Stated&(1<<k) != 0 {
				head[k] = v
				have |= 1 << k
				if k == gk {
					hedge[k] = g.CountsHedge
				}
			}
		}
	}
	setFigures(e, head)
	e.Stated = have
	e.CountsHedge = ""
	if k := headKind(head); k >= 0 {
		e.CountsHedge = hedge[k]
	}
}

// headKind is the index of the count a hedge is about: troops, else fatalities, else injured;
// -1 when there is none (see headCount).
func headKind(f [3]int) int {
	for k, v := range f {
		if v > 0 {
			return k
		}
	}
	return -1
}
