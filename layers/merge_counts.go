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

// countRanges returns the range properties of an event by name (0: no figure).
func (e *Event) countRanges() map[string]int {
	return map[string]int{
		"troops_min": e.TroopsMin, "troops_max": e.TroopsMax,
		"fatalities_min": e.FatalitiesMin, "fatalities_max": e.FatalitiesMax,
		"injured_min": e.InjuredMin, "injured_max": e.InjuredMax,
	}
}

// countRangeValue returns a range property of an event as Event.Feature has it (0 when no
// source gives that count); ok is false for any other name.
func countRangeValue(e *Event, name string) (any, bool) {
	v, ok := e.countRanges()[name]
	if !ok {
		return nil, false
	}
	return v, true
}

// stampSourceFigures gives the one source of a one-sentence report that sentence's figures.
func stampSourceFigures(e *Event) {
	if len(e.Sources) == 1 && sourceFigures(&e.Sources[0]) == [3]int{} {
		s := &e.Sources[0]
		s.Troops, s.Fatalities, s.Injured = e.Troops, e.Fatalities, e.Injured
	}
}

// setCountRanges sets an event's ranges from every figure that it, its sources and the reports
// it was merged from give.
func setCountRanges(e *Event, reports ...*Event) {
	var lo, hi [3]int
	see := func(f [3]int) {
		for k, v := range f {
			if v <= 0 {
				continue
			}
			if lo[k] == 0 || v < lo[k] {
				lo[k] = v
			}
			hi[k] = max(hi[k], v)
		}
	}
	see(figures(e))
	for i := range e.Sources {
		see(sourceFigures(&e.Sources[i]))
	}
	for _, r := range reports {
		see(figures(r))
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
	var hedge [3]string
	for i := 0; i < len(order); {
		day := reportPublished(reports[order[i]])
		var g Event // the reports of one day, merged as one article's sentences are
		for ; i < len(order) && reportPublished(reports[order[i]]) == day; i++ {
			r := reports[order[i]]
			mergeCounts(&g, &Event{Troops: r.Troops, Fatalities: r.Fatalities, Injured: r.Injured, CountsHedge: r.CountsHedge})
		}
		gk := headKind(figures(&g))
		for k, v := range figures(&g) {
			if head[k] == 0 && v > 0 {
				head[k] = v
				if k == gk {
					hedge[k] = g.CountsHedge
				}
			}
		}
	}
	setFigures(e, head)
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
