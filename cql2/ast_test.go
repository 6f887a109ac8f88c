package cql2

import (
	"reflect"
	"testing"
)

func TestPropertiesWalksEveryOperand(t *testing.T) {
	e := And{Args: []Expr{
		Compare{Op: "=", A: Property{"event_type"}, B: Literal{"clash"}},
		Not{Arg: Or{Args: []Expr{
			Between{A: Property{"fatalities"}, Lo: Literal{1.0}, Hi: Literal{5.0}},
			In{A: CaseI{Property{"country"}}, List: []Operand{Literal{"am"}, Property{"admin1"}}},
		}}},
		Spatial{Op: "S_INTERSECTS", A: Property{"geometry"}, B: GeomLit{}},
	}}
	var got []string
	Properties(e, func(n string) { got = append(got, n) })
	want := []string{"event_type", "fatalities", "country", "admin1", "geometry"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Properties = %v, want %v", got, want)
	}
}

func TestAndOf(t *testing.T) {
	a := Bool(true)
	if AndOf() != nil || AndOf(nil, nil) != nil {
		t.Fatal("AndOf of nothing is not nil")
	}
	if AndOf(nil, a) != a {
		t.Fatal("AndOf of one is not that one")
	}
	if got := AndOf(a, nil, Bool(false)); !reflect.DeepEqual(got, And{Args: []Expr{a, Bool(false)}}) {
		t.Fatalf("AndOf = %#v", got)
	}
}
