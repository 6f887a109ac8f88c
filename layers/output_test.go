package layers_test

import (
	"encoding/json"
	"reflect"
	"testing"
)

// AppendJSONLine writes what encoding Result.JSON() writes, as one line.
func TestAppendJSONLineMatchesJSON(t *testing.T) {
	res := extract(t, "Russia deployed 1,960 peacekeepers to Lachin on November 12. Clashes near Tovuz killed two soldiers on July 12 <b>&</b>.", "2020-11-20")
	line, err := res.AppendJSONLine(nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(line); n == 0 || line[n-1] != '\n' || json.Valid(line[:n-1]) == false {
		t.Fatalf("not one JSON line: %q", line)
	}
	want, err := json.Marshal(res.JSON())
	if err != nil {
		t.Fatal(err)
	}
	var a, b any
	if err := json.Unmarshal(line, &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(want, &b); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Errorf("AppendJSONLine differs from json.Marshal(res.JSON()):\n%s\n%s", line, want)
	}
	if len(res.Events) == 0 {
		t.Error("no events: the test checks nothing")
	}
}
