package eval

import "testing"

// FuzzScore: any gold that parses, any article and any prediction score without a panic.
func FuzzScore(f *testing.F) {
	f.Add([]byte(`{"places": {"T": {"name": "T", "country": "XA", "level": "city", "lat": 1, "lon": 2}},
		"articles": [{"id": "a", "file": "a.txt", "toponyms": [{"text": "T", "start": 0, "end": 1, "place": "T", "role": "location|actor"}],
		"events": [{"id": "e", "type": "clash", "place": "T", "alt_places": ["T"], "geo_precision": 4, "date": "2030", "actors": ["X"], "troops": null}],
		"must_not": [{"type": "*", "place": "T"}]}]}`),
		[]byte("T is a town."),
		[]byte(`{"mentions": [{"text": "T", "start": 0, "end": 1, "role": "location", "place": {"country": "XA", "level": "country", "lat": 1, "lon": 2}}],
		"events": {"features": [{"geometry": {"type": "Polygon", "coordinates": [[[2, 1], [3, 1], [2, 2]]]}, "properties": {"event_type": "clash", "date": 7, "actors": [1, "X"], "troops": "many"}},
		{"geometry": null, "properties": {"event_type": "clash"}}, {"geometry": {"type": "Point", "coordinates": []}}]}}`))
	f.Fuzz(func(t *testing.T, gold, article, prediction []byte) {
		g, err := Parse(gold)
		if err != nil {
			return
		}
		for i := range g.Articles {
			g.Articles[i].Content = article
			if g.Articles[i].CheckOffsets() != nil {
				return
			}
		}
		p, err := DecodePrediction(prediction)
		if err != nil {
			return
		}
		r, err := Score(g, func(string, []byte, string) (*Prediction, error) { return p, nil })
		if err != nil {
			t.Fatal(err)
		}
		_ = r.Summary(r.Short(NoFloors()))
	})
}
