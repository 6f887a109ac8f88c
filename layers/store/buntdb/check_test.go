package buntdb

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bdb "github.com/tidwall/buntdb"
)

// writeRecords writes a buntdb file of n records key0…key(n-1) and returns its bytes.
func writeRecords(t *testing.T, path string, n int) []byte {
	t.Helper()
	db, err := bdb.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		err := db.Update(func(tx *bdb.Tx) error {
			_, _, err := tx.Set(fmt.Sprintf("key%d", i), strings.Repeat("v", 10+i), nil)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// recordStart is the offset of the i-th record (from 0) of a file of writeRecords.
func recordStart(b []byte, i int) int64 {
	return int64(bytes.Index(b, []byte(fmt.Sprintf("$4\r\nkey%d\r\n", i))) - len("*3\r\n$3\r\nset\r\n"))
}

func TestCheckStore(t *testing.T) {
	const n = 5
	cases := []struct {
		name      string
		damage    func(b []byte) []byte
		records   int
		damaged   bool // at record 3 (0-based), or in the last one when truncated
		truncated bool
	}{
		{"sound", func(b []byte) []byte { return b }, n, false, false},
		{"truncated in the last record", func(b []byte) []byte { return b[:len(b)-7] }, n - 1, true, true},
		{"garbled header of record 3", func(b []byte) []byte { b[recordStart(b, 3)] = '#'; return b }, n - 1, true, false},
		{"garbled length of record 3", func(b []byte) []byte { b[recordStart(b, 3)+1] = 'x'; return b }, n - 1, true, false},
		{"NUL bytes between records", func(b []byte) []byte {
			i := recordStart(b, 3)
			return append(append(b[:i:i], 0, 0, 0), b[i:]...)
		}, n, false, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "s.db")
			orig := writeRecords(t, path, n)
			b := tc.damage(append([]byte(nil), orig...))
			if err := os.WriteFile(path, b, 0o600); err != nil {
				t.Fatal(err)
			}
			rep, err := CheckStore(path)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Records != tc.records {
				t.Errorf("Records = %d, want %d", rep.Records, tc.records)
			}
			if !tc.damaged {
				if !rep.OK() {
					t.Errorf("Damage = %v, want none", rep.Damage)
				}
				return
			}
			if len(rep.Damage) != 1 {
				t.Fatalf("Damage = %v, want one region", rep.Damage)
			}
			d := rep.Damage[0]
			want := recordStart(orig, 3)
			if tc.truncated {
				want = recordStart(orig, n-1)
			}
			if d.Offset != want || d.Truncated != tc.truncated {
				t.Errorf("Damage = %+v, want offset %d truncated %v", d, want, tc.truncated)
			}
			if !tc.truncated && d.Size != recordStart(orig, 4)-want {
				t.Errorf("Size = %d, want the one record (%d): the scan resumes after it", d.Size, recordStart(orig, 4)-want)
			}
		})
	}
}

func TestOpenTruncatedStoreKeepsTheTail(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cut.db")
	orig := writeRecords(t, path, 4)
	cut := orig[:len(orig)-5]
	os.WriteFile(path, cut, 0o600)
	s, err := Open(Config{Path: path})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer s.Close()
	rec := s.Recovered()
	if rec == nil {
		t.Fatal("Recovered() = nil: the cut was silent")
	}
	start := recordStart(orig, 3)
	if rec.Damage.Offset != start || !strings.Contains(rec.String(), fmt.Sprint("byte ", start)) {
		t.Errorf("Recovery = %s, want the cut at byte %d", rec, start)
	}
	kept, err := os.ReadFile(rec.Kept)
	if err != nil || !bytes.Equal(kept, cut[start:]) {
		t.Errorf("kept %q (%v), want the cut-off bytes %q", kept, err, cut[start:])
	}
	if st, err := os.Stat(rec.Kept); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("kept file mode: %v %v, want 0600", st, err)
	}
	s.db.View(func(tx *bdb.Tx) error {
		for i := 0; i < 3; i++ {
			if _, err := tx.Get(fmt.Sprintf("key%d", i)); err != nil {
				t.Errorf("key%d lost: %v", i, err)
			}
		}
		return nil
	})
}

func TestOpenGarbledStoreRefusesAndRepairKeepsTheRest(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.db")
	orig := writeRecords(t, path, 5)
	bad := append([]byte(nil), orig...)
	at := recordStart(orig, 2)
	bad[at+1] = 'x'
	os.WriteFile(path, bad, 0o600)

	_, err := Open(Config{Path: path})
	if !errors.Is(err, ErrDamaged) {
		t.Fatalf("open: err = %v, want ErrDamaged", err)
	}
	for _, want := range []string{path, fmt.Sprint("byte ", at), "4 records are readable", "--repair"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, bad) {
		t.Fatal("a refused open changed the file")
	}

	rep, kept, err := RepairStore(path)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Records != 4 || kept == "" {
		t.Fatalf("repair: %d records, kept %q", rep.Records, kept)
	}
	if b, _ := os.ReadFile(kept); !bytes.Equal(b, bad) {
		t.Error("the damaged file was not kept as it was")
	}
	s, err := Open(Config{Path: path})
	if err != nil {
		t.Fatalf("open after repair: %v", err)
	}
	s.db.View(func(tx *bdb.Tx) error {
		for i := 0; i < 5; i++ {
			_, err := tx.Get(fmt.Sprintf("key%d", i))
			if (err == nil) != (i != 2) {
				t.Errorf("key%d after repair: %v", i, err)
			}
		}
		return nil
	})
	s.Close()
	if again, _, err := RepairStore(path); err != nil || !again.OK() {
		t.Errorf("a second repair: %v %v, want a sound file", again, err)
	}
}

// BenchmarkCheckStore reads a 16 MiB store file through, as every Open does first.
func BenchmarkCheckStore(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.db")
	var buf bytes.Buffer
	val := strings.Repeat("x", 2000)
	for i := 0; buf.Len() < 16<<20; i++ {
		key := fmt.Sprintf("event:%d", i)
		fmt.Fprintf(&buf, "*3\r\n$3\r\nset\r\n$%d\r\n%s\r\n$%d\r\n%s\r\n", len(key), key, len(val), val)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		rep, err := CheckStore(path)
		if err != nil || !rep.OK() {
			b.Fatal(rep, err)
		}
	}
}

// FuzzCheckStore: any bytes are checked without a panic, the counts add up, and a file the
// check calls sound is one buntdb reads whole (it neither refuses nor cuts it).
func FuzzCheckStore(f *testing.F) {
	rec := "*3\r\n$3\r\nset\r\n$1\r\nk\r\n$2\r\nvv\r\n"
	for _, s := range []string{"", rec, rec + rec[:9], "\x00\x00" + rec, "*2\r\n$3\r\ndel\r\n$1\r\nk\r\n", "*1\r\n$7\r\nflushdb\r\n", "#junk\r\n" + rec, "*x\r\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		path := filepath.Join(t.TempDir(), "f.db")
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		rep, err := CheckStore(path)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Lost() > rep.Size || rep.Size != int64(len(b)) {
			t.Fatalf("lost %d of %d bytes (file %d)", rep.Lost(), rep.Size, len(b))
		}
		if !rep.OK() {
			return
		}
		db, err := bdb.Open(path)
		if err != nil {
			t.Fatalf("check says sound, buntdb: %v", err)
		}
		db.Close()
		if after, _ := os.ReadFile(path); len(after) != len(b) {
			t.Fatalf("check says sound, buntdb cut %d bytes to %d", len(b), len(after))
		}
	})
}

// TestOpenRefusesWhatBuntdbPanicsOn: buntdb indexes a command's first three letters, and
// panics on a shorter one; Open reports it as damage instead.
func TestOpenRefusesWhatBuntdbPanicsOn(t *testing.T) {
	for _, rec := range []string{"*1\r\n$1\r\ns\r\n", "*1\r\n$0\r\n\r\n", "*2\r\n$2\r\nde\r\n$1\r\nk\r\n"} {
		path := filepath.Join(t.TempDir(), "p.db")
		os.WriteFile(path, []byte("*3\r\n$3\r\nset\r\n$1\r\nk\r\n$1\r\nv\r\n"+rec), 0o600)
		if _, err := Open(Config{Path: path}); !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "byte 27") {
			t.Errorf("%q: err = %v, want ErrDamaged at byte 27", rec, err)
		}
	}
}
