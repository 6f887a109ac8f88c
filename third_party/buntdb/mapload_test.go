package buntdb

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// logOf writes a random append-only file: sets, overwrites, deletes, nul bytes and a flushdb.
func logOf(r *rand.Rand, n int, setsOnly bool) []byte {
	var b bytes.Buffer
	cmd := func(parts ...string) {
		fmt.Fprintf(&b, "*%d\r\n", len(parts))
		for _, p := range parts {
			fmt.Fprintf(&b, "$%d\r\n%s\r\n", len(p), p)
		}
	}
	for i := 0; i < n; i++ {
		k := fmt.Sprintf("k%d", r.Intn(n/2+1))
		x := r.Intn(20)
		if setsOnly {
			x = r.Intn(14)
		}
		switch {
		case x < 14:
			cmd("set", k, fmt.Sprintf("v%d-%s", i, bytes.Repeat([]byte{'x'}, r.Intn(3000))))
		case x < 17:
			cmd("del", k)
		case x < 18:
			b.WriteByte(0)
		case x < 19:
			cmd("SET", k, "") // an empty value
		default:
			if i == n/2 {
				cmd("flushdb")
			}
		}
	}
	return b.Bytes()
}

func contents(t *testing.T, db *DB) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := db.View(func(tx *Tx) error {
		return tx.Ascend("", func(k, v string) bool { m[k] = v; return true })
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// openBoth opens log from a file (mapped) and loads it through readLoad; it returns both
// databases' contents and errors.
func openBoth(t *testing.T, log []byte) (mapped, read map[string]string, merr, rerr error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "db")
	if err := os.WriteFile(path, log, 0o600); err != nil {
		t.Fatal(err)
	}
	db, merr := Open(path)
	if merr == nil {
		mapped = contents(t, db)
		db.Close()
	}
	mem, _ := Open(":memory:")
	defer mem.Close()
	if rerr = mem.Load(bytes.NewReader(log)); rerr == nil || errors.Is(rerr, ErrInvalid) {
		read = contents(t, mem)
	}
	return
}

func TestLoadMappedAsReadLoad(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for round := 0; round < 20; round++ {
		log := logOf(r, 400, round%2 == 1) // sets only: the whole file is one sorted run
		mapped, read, merr, rerr := openBoth(t, log)
		if merr != nil || rerr != nil {
			t.Fatalf("round %d: open %v, load %v", round, merr, rerr)
		}
		if !reflect.DeepEqual(mapped, read) {
			t.Fatalf("round %d: mapped load has %d keys, readLoad %d", round, len(mapped), len(read))
		}
	}
}

func TestLoadMappedCutOffEnd(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	log := logOf(r, 200, false)
	whole, _, err, _ := openBoth(t, log)
	if err != nil {
		t.Fatal(err)
	}
	cut := append(append([]byte{}, log...), "*3\r\n$3\r\nset\r\n$2\r\nzz\r\n$9\r\nabc"...)
	path := filepath.Join(t.TempDir(), "db")
	os.WriteFile(path, cut, 0o600)
	db, err := Open(path)
	if err != nil {
		t.Fatalf("a cut-off last command: %v", err)
	}
	got := contents(t, db)
	db.Close()
	if !reflect.DeepEqual(got, whole) {
		t.Fatalf("a cut-off last command changed the contents: %d keys, want %d", len(got), len(whole))
	}
	if st, _ := os.Stat(path); st.Size() != int64(len(log)) {
		t.Fatalf("file is %d bytes after open, want it cut to %d", st.Size(), len(log))
	}
}

func TestLoadMappedInvalid(t *testing.T) {
	for _, bad := range []string{"x\r\n", "*1\r\n$3\r\nset\r\n", "*3\r\n$3\r\nset\r\n$1\r\nk\r\n$1\r\nvX\n", "*2\r\n$3\r\nput\r\n$1\r\nk\r\n", "*x\r\n"} {
		path := filepath.Join(t.TempDir(), "db")
		os.WriteFile(path, []byte(bad), 0o600)
		db, err := Open(path)
		if err == nil {
			db.Close()
		}
		mem, _ := Open(":memory:")
		rerr := mem.Load(bytes.NewReader([]byte(bad)))
		mem.Close()
		if !errors.Is(err, ErrInvalid) || !errors.Is(rerr, ErrInvalid) {
			t.Errorf("%q: mapped open %v, readLoad %v; want ErrInvalid from both", bad, err, rerr)
		}
	}
}

// TestLoadMappedAfterClose: Close gives the map's pages back to the system, and a value read
// before it still reads the same afterwards.
func TestLoadMappedAfterClose(t *testing.T) {
	log := logOf(rand.New(rand.NewSource(9)), 300, true)
	path := filepath.Join(t.TempDir(), "db")
	os.WriteFile(path, log, 0o600)
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if db.mapped == nil {
		t.Skip("the file was not mapped here")
	}
	before := contents(t, db)
	want := map[string]string{}
	for k, v := range before {
		want[k] = string([]byte(v)) // copies
	}
	db.Close()
	if db.mapped != nil {
		t.Fatal("Close kept the map's pages")
	}
	if !reflect.DeepEqual(before, want) {
		t.Fatal("values read before Close changed after it")
	}
}

// After ReleasePages the store still reads every value, and writes still land.
func TestReleasePagesKeepsValues(t *testing.T) {
	log := logOf(rand.New(rand.NewSource(11)), 300, false)
	path := filepath.Join(t.TempDir(), "db")
	os.WriteFile(path, log, 0o600)
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if db.mapped == nil {
		t.Skip("the file was not mapped here")
	}
	want := map[string]string{}
	for k, v := range contents(t, db) {
		want[k] = string([]byte(v))
	}
	db.ReleasePages()
	if got := contents(t, db); !reflect.DeepEqual(got, want) {
		t.Fatalf("after ReleasePages %d values, want %d (or some differ)", len(got), len(want))
	}
	if err := db.Update(func(tx *Tx) error { _, _, err := tx.Set("new", "v", nil); return err }); err != nil {
		t.Fatal(err)
	}
	want["new"] = "v"
	if got := contents(t, db); !reflect.DeepEqual(got, want) {
		t.Fatal("a write after ReleasePages is not read back")
	}
}
