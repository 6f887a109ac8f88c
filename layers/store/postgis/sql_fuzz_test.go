package postgis

import (
	"context"
	"errors"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"conflictmap/cql2"
	"conflictmap/layers"
)

// astReader builds a CQL2 AST from fuzz bytes. Every value it puts in the tree is marked
// (strings hold "zq", numbers 987654, years 2987, coordinates 77.125) so that a value that
// leaked into the SQL text is seen; strings also hold quotes, a semicolon and a comment.
type astReader struct {
	b []byte
	n int
}

func (r *astReader) next() int {
	if len(r.b) == 0 {
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return int(c)
}

var fuzzProps = []string{"title", "actors", "troops", "confidence", "date_start", "date_end", "date", "geometry",
	"event_type", "place", "colour", "fatalities", "sources", "name", "mentions"}

func (r *astReader) str() string {
	r.n++
	return "zq" + strconv.Itoa(r.n) + `'";-- x`
}

func (r *astReader) when() time.Time {
	return time.Date(2987, time.Month(1+r.next()%12), 1+r.next()%28, r.next()%24, 0, 0, 0, time.UTC)
}

func (r *astReader) operand(depth int) cql2.Operand {
	switch r.next() % 8 {
	case 0, 1:
		return cql2.Property{Name: fuzzProps[r.next()%len(fuzzProps)]}
	case 2:
		return cql2.Literal{Value: r.str()}
	case 3:
		return cql2.Literal{Value: 987654.25 + float64(r.next())}
	case 4:
		t := r.when()
		return cql2.TimeLit{Start: t, End: t.Add(time.Duration(r.next()) * time.Hour), Date: r.next()%2 == 0, Interval: r.next()%2 == 0, Raw: "2987"}
	case 5:
		p := orb.Point{77.125, 77.125 - float64(r.next())}
		if r.next()%2 == 0 {
			return cql2.GeomLit{G: p}
		}
		return cql2.GeomLit{G: orb.Bound{Min: p, Max: orb.Point{p[0] + 1, p[1] + 1}}}
	case 6:
		if depth > 0 {
			return cql2.CaseI{A: r.operand(depth - 1)}
		}
	case 7:
		if depth > 0 {
			return cql2.AccentI{A: r.operand(depth - 1)}
		}
	}
	return cql2.Literal{Value: r.next()%2 == 0}
}

var (
	fuzzCompare  = []string{"=", "<>", "<", "<=", ">", ">=", "=="}
	fuzzSpatial  = []string{"S_INTERSECTS", "S_DISJOINT", "S_WITHIN", "S_CONTAINS", "S_EQUALS", "S_NOPE"}
	fuzzTemporal = []string{"T_AFTER", "T_BEFORE", "T_CONTAINS", "T_DISJOINT", "T_DURING", "T_EQUALS", "T_FINISHEDBY",
		"T_FINISHES", "T_INTERSECTS", "T_MEETS", "T_METBY", "T_OVERLAPPEDBY", "T_OVERLAPS", "T_STARTEDBY", "T_STARTS"}
)

func (r *astReader) expr(depth int) cql2.Expr {
	k := r.next() % 12
	if depth <= 0 && k < 3 {
		k += 3
	}
	switch k {
	case 0, 1:
		args := make([]cql2.Expr, r.next()%4)
		for i := range args {
			args[i] = r.expr(depth - 1)
		}
		if k == 0 {
			return cql2.And{Args: args}
		}
		return cql2.Or{Args: args}
	case 2:
		return cql2.Not{Arg: r.expr(depth - 1)}
	case 3:
		return cql2.Bool(r.next()%2 == 0)
	case 4:
		return cql2.Compare{Op: fuzzCompare[r.next()%len(fuzzCompare)], A: r.operand(2), B: r.operand(2)}
	case 5:
		return cql2.Like{A: r.operand(2), Pattern: r.str(), Not: r.next()%2 == 0}
	case 6:
		return cql2.Between{A: r.operand(2), Lo: r.operand(2), Hi: r.operand(2), Not: r.next()%2 == 0}
	case 7:
		list := make([]cql2.Operand, r.next()%4)
		for i := range list {
			list[i] = r.operand(1)
		}
		return cql2.In{A: r.operand(2), List: list, Not: r.next()%2 == 0}
	case 8:
		return cql2.IsNull{A: r.operand(2), Not: r.next()%2 == 0}
	case 9:
		return cql2.Spatial{Op: fuzzSpatial[r.next()%len(fuzzSpatial)], A: r.operand(1), B: r.operand(1)}
	case 10:
		return cql2.Temporal{Op: fuzzTemporal[r.next()%len(fuzzTemporal)], A: r.operand(1), B: r.operand(1)}
	}
	terms := make([]string, r.next()%3)
	for i := range terms {
		terms[i] = r.str()
	}
	return cql2.Search{Terms: terms}
}

var placeholder = regexp.MustCompile(`\$([0-9]+)`)

// checkSQL fails unless the SQL holds no value of the filter, and its placeholders are
// exactly $1 … $len(args).
func checkSQL(t testing.TB, sql string, args []any) {
	t.Helper()
	for _, leak := range []string{"'", `"`, ";", "--", "zq", "987654", "2987", "77.125"} {
		if strings.Contains(sql, leak) {
			t.Fatalf("SQL holds %q: %s", leak, sql)
		}
	}
	seen := map[int]bool{}
	for _, m := range placeholder.FindAllStringSubmatch(sql, -1) {
		n, _ := strconv.Atoi(m[1])
		if n < 1 || n > len(args) {
			t.Fatalf("placeholder $%d with %d args: %s", n, len(args), sql)
		}
		seen[n] = true
	}
	if len(seen) != len(args) {
		t.Fatalf("%d placeholders used of %d args: %s", len(seen), len(args), sql)
	}
}

// compileWhere compiles a filter as Query does, for one layer.
func compileWhere(e cql2.Expr, places bool) (string, []any, error) {
	c := newCompiler(places)
	sql, err := c.where(e)
	return sql, c.args, err
}

func FuzzCompile(f *testing.F) {
	for _, seed := range []string{"", "\x04\x00\x00\x02", "\x00\x03\x04\x01\x01\x03\x07", "\x0a\x03\x00\x06\x04\x10\x05",
		"\x09\x00\x05\x01\x07\x05", "\x0b\x02", "\x07\x00\x01\x03\x02\x02\x02"} {
		f.Add([]byte(seed), false)
	}
	f.Fuzz(func(t *testing.T, b []byte, places bool) {
		r := &astReader{b: b}
		e := r.expr(4)
		sql, args, err := compileWhere(e, places)
		if err != nil {
			if !errors.Is(err, layers.ErrInvalid) && !errors.Is(err, layers.ErrUnknownProperty) {
				t.Fatalf("compile %#v: an error neither ErrInvalid nor ErrUnknownProperty: %v", e, err)
			}
			return
		}
		checkSQL(t, sql, args)
	})
}

// TestCompiledSQLRuns runs the filters of random ASTs against PostgreSQL: each one the
// compiler accepts must be SQL the server accepts.
func TestCompiledSQLRuns(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(1, 2))
	ran := 0
	for i := range 800 {
		b := make([]byte, 40)
		for j := range b {
			b[j] = byte(rng.IntN(256))
		}
		places := i%4 == 0
		e := (&astReader{b: b}).expr(3)
		sql, args, err := compileWhere(e, places)
		if err != nil {
			continue
		}
		checkSQL(t, sql, args)
		table := "events"
		if places {
			table = "places"
		}
		if _, err := s.pool.Exec(ctx, "SELECT count(*) FROM "+table+" WHERE "+sql, args...); err != nil {
			t.Errorf("%#v\ncompiled to %s\n%v: %v", e, sql, args, err)
			continue
		}
		ran++
	}
	t.Logf("%d compiled filters ran", ran)
	if ran < 100 {
		t.Errorf("only %d of 800 random filters compiled; the generator is too narrow", ran)
	}
}
