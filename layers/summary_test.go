package layers

import (
	"context"
	"errors"
	"reflect"
	"testing"
)

func TestSummarize(t *testing.T) {
	stored := map[string]*Event{
		"new": {ID: "new", EventType: TypeClash, Place: "Shusha", Title: "clash", Lon: 46.75, Lat: 39.76,
			Sources: []Source{{Quote: "a"}, {Quote: "b"}}},
		"old": {ID: "old", EventType: TypeDeployment, Place: "Stepanakert", Modality: "expected",
			Sources: []Source{{Quote: "c"}, {Quote: "x"}, {Quote: "y"}}},
	}
	get := func(_ context.Context, id string) (*Event, error) {
		if id == "broken" {
			return nil, errors.New("disk on fire")
		}
		if e, ok := stored[id]; ok {
			return e, nil
		}
		return nil, ErrNotFound
	}
	res := &Result{Article: Article{ID: "art", Title: "T"}, Events: []Event{
		{Sources: []Source{{Quote: "a"}}}, {Sources: []Source{{Quote: "b"}, {Quote: "a"}}},
		{Sources: []Source{{Quote: "c"}}}, {Sources: []Source{{Quote: "gone"}}},
	}}
	tests := []struct {
		name    string
		pr      PutResult
		created []WrittenFeature
		merged  []WrittenFeature
		err     bool
	}{
		{"created, a second event into it, merged, deleted since",
			PutResult{ArticleID: "art", EventIDs: []string{"new", "new", "old", "deleted"}, NewEvent: []bool{true, false, false, true}},
			[]WrittenFeature{{ID: "new", EventType: TypeClash, Title: "clash", Place: "Shusha", Modality: "reported",
				Coordinates: [2]float64{46.75, 39.76}, Quote: "a", Quotes: []string{"a", "b"}, SourceCount: 2}},
			[]WrittenFeature{{ID: "old", EventType: TypeDeployment, Place: "Stepanakert", Modality: "expected",
				Quote: "c", Quotes: []string{"c"}, SourceCount: 3}}, false},
		{"nothing", PutResult{ArticleID: "art"}, []WrittenFeature{}, []WrittenFeature{}, false},
		{"store error", PutResult{ArticleID: "art", EventIDs: []string{"broken"}, NewEvent: []bool{true}}, nil, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum, err := Summarize(context.Background(), res, tt.pr, get)
			if tt.err {
				if err == nil {
					t.Errorf("no error: %+v", sum)
				}
				return
			}
			if err != nil || sum.Article != "art" || sum.Title != "T" {
				t.Fatalf("%+v, %v", sum, err)
			}
			if !reflect.DeepEqual(sum.Created, tt.created) || !reflect.DeepEqual(sum.Merged, tt.merged) {
				t.Errorf("created %+v\nmerged %+v\nwant %+v\n%+v", sum.Created, sum.Merged, tt.created, tt.merged)
			}
		})
	}
}
