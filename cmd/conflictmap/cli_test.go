package main

import (
	"bytes"
	"compress/gzip"
	"conflictmap/layers/store/buntdb"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
)

// TestHelpGoesToStdout: a --help that was asked for is output (stdout, exit 0); a usage
// printed for a mistake is an error (stderr, exit 2).
func TestHelpGoesToStdout(t *testing.T) {
	var cases [][]string
	for _, c := range commands() {
		cases = append(cases, []string{c.name, "--help"}, []string{c.name, "-h"}, []string{"help", c.name})
	}
	cases = append(cases, []string{"--help"}, []string{"-h"}, []string{"help"})
	for _, args := range cases {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, stdout, stderr := runCLI(t, args...)
			if code != 0 || !strings.Contains(stdout, "Usage: conflictmap") || stderr != "" {
				t.Errorf("exit %d, stdout %.80q, stderr %.80q; want 0, the usage, nothing", code, stdout, stderr)
			}
		})
	}
	for _, c := range commands() {
		t.Run(c.name+" --no-such-flag", func(t *testing.T) {
			code, stdout, stderr := runCLI(t, c.name, "--no-such-flag")
			if code != 2 || stdout != "" || !strings.Contains(stderr, "no-such-flag") {
				t.Errorf("exit %d, stdout %.80q, stderr %.80q; want 2, nothing, the mistake", code, stdout, stderr)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		code, stdout, stderr := runCLI(t, args...)
		if code != 0 || stderr != "" {
			t.Fatalf("%v: exit %d, stderr %q", args, code, stderr)
		}
		m := regexp.MustCompile(`gazetteer: (\d+) places, generated from (\S+@\S+)`).FindStringSubmatch(stdout)
		if !strings.HasPrefix(stdout, "conflictmap ") || m == nil {
			t.Fatalf("%v: stdout %q lacks the version line or the gazetteer's places and sources", args, stdout)
		}
		if n, _ := strconv.Atoi(m[1]); n < 1000 {
			t.Errorf("%v: %d places: not the embedded gazetteer", args, n)
		}
		if !regexp.MustCompile(`event lexicon: .*triggers\.tsv [1-9]\d*`).MatchString(stdout) {
			t.Errorf("%v: stdout %q lacks the lexicon's row counts", args, stdout)
		}
	}
}

// TestMissingDatabase: export and ingest name a missing database and leave no file behind;
// ingest --create makes one, 0600.
func TestMissingDatabase(t *testing.T) {
	dir := t.TempDir()
	art := writeFile(t, dir, "a.md", []byte(cliArticle))
	db := filepath.Join(dir, "missing.db")
	for _, args := range [][]string{
		{"export", "--db", db, "--layer", "events"},
		{"ingest", "--quiet", "--db", db, art},
	} {
		code, _, stderr := runCLI(t, args...)
		if code != 1 || !strings.Contains(stderr, db+": no such file") {
			t.Errorf("%s: exit %d, stderr %q; want 1 naming %s", args[0], code, stderr, db)
		}
		if _, err := os.Stat(db); !os.IsNotExist(err) {
			t.Fatalf("%s made %s (%v)", args[0], db, err)
		}
	}
	if code, _, stderr := runCLI(t, "ingest", "--create", "--db", db, art); code != 0 {
		t.Fatalf("ingest --create: exit %d, %s", code, stderr)
	}
	if st, err := os.Stat(db); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("ingest --create: %v %v, want a 0600 file", st, err)
	}
}

// TestIngestPublished: --published dates an article that gives no date, not one that does;
// a bad date is refused before anything is read.
func TestIngestPublished(t *testing.T) {
	dir := t.TempDir()
	undated := writeFile(t, dir, "undated.txt", []byte("Troops were deployed to Shusha."))
	dated := writeFile(t, dir, "dated.md", []byte(cliArticle))
	db := filepath.Join(dir, "p.db")
	if code, _, stderr := runCLI(t, "ingest", "--create", "--db", db, "--published", "nonsense", undated); code != 2 || !strings.Contains(stderr, "--published") {
		t.Errorf("bad --published: exit %d, stderr %q", code, stderr)
	}
	code, stdout, stderr := runCLI(t, "ingest", "--create", "--db", db, "--published", "2021-03-04", undated, dated)
	if code != 0 {
		t.Fatalf("exit %d: %s %s", code, stdout, stderr)
	}
	if strings.Contains(stderr, "ingesting") {
		t.Errorf("a progress bar on a stderr that is no terminal: %q", stderr)
	}
	st, err := buntdb.Open(buntdb.Config{Path: db})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	list, _, err := st.ListArticles(context.Background(), 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, a := range list {
		got[a.Title] = a.Published
	}
	if got["Convoy reaches Shusha"] != "2022-04-02" || len(got) != 2 {
		t.Errorf("published dates %v: the dated article keeps its own", got)
	}
	for title, p := range got {
		if title != "Convoy reaches Shusha" && p != "2021-03-04" {
			t.Errorf("undated article %q published %q, want 2021-03-04", title, p)
		}
	}
}

// TestStoreInUse: ingest and export against a store another open holds fail naming it.
func TestStoreInUse(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "held.db")
	art := writeFile(t, dir, "a.md", []byte(cliArticle))
	st, err := buntdb.Open(buntdb.Config{Path: db})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, args := range [][]string{{"ingest", "--db", db, art}, {"export", "--db", db}, {"check", "--db", db, "--repair"}} {
		code, _, stderr := runCLI(t, args...)
		if code != 1 || !strings.Contains(stderr, db+" is in use by another conflictmap process") {
			t.Errorf("%s: exit %d, stderr %q", args[0], code, stderr)
		}
	}
	// check without --repair reads a store in use, and says it was in use.
	code, stdout, stderr := runCLI(t, "check", "--db", db)
	if code != 0 || !strings.Contains(stdout, "sound") || !strings.Contains(stdout, "is in use") {
		t.Errorf("check of a store in use: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// TestFIFORefused: a FIFO is refused at once, never opened (opening one blocks until a
// writer comes, and reading it lasts as long as the writer does).
func TestFIFORefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.md")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("mkfifo:", err)
	}
	db := filepath.Join(dir, "f.db")
	for _, args := range [][]string{{"extract", fifo}, {"ingest", "--create", "--db", db, fifo}} {
		code, _, stderr := runCLI(t, args...)
		if code != 1 || !strings.Contains(stderr, fifo+": not a regular file (a FIFO)") {
			t.Errorf("%s: exit %d, stderr %q", args[0], code, stderr)
		}
	}
}

// TestCheckAndRepair: check reports a truncated and a garbled store where the damage is;
// --repair keeps the readable records and the damaged file.
func TestCheckAndRepair(t *testing.T) {
	cases := []struct {
		name   string
		damage func(b []byte) []byte
		want   string
	}{
		{"truncated", func(b []byte) []byte { return b[:len(b)-9] }, "unfinished write"},
		{"garbled", func(b []byte) []byte {
			rec := []byte("*3\r\n$3\r\nset\r\n")
			i := bytes.Index(b[1:], rec) + 1 // the second record
			b[i+1] = '?'
			return b
		}, "unreadable"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "c.db")
			art := writeFile(t, dir, "a.md", []byte(cliArticle))
			if code, _, stderr := runCLI(t, "ingest", "--create", "--db", db, art); code != 0 {
				t.Fatal(stderr)
			}
			if code, stdout, _ := runCLI(t, "check", "--db", db); code != 0 || !strings.Contains(stdout, "sound") {
				t.Fatalf("check of a sound store: exit %d, %q", code, stdout)
			}
			b, _ := os.ReadFile(db)
			os.WriteFile(db, tc.damage(b), 0o600)
			code, stdout, _ := runCLI(t, "check", "--db", db)
			if code != 1 || !strings.Contains(stdout, tc.want) || !regexp.MustCompile(`at byte \d+`).MatchString(stdout) || !strings.Contains(stdout, "records readable") {
				t.Fatalf("check: exit %d, stdout %q; want 1, where and what", code, stdout)
			}
			code, stdout, stderr := runCLI(t, "check", "--db", db, "--repair")
			if code != 0 || !strings.Contains(stdout, "repaired") {
				t.Fatalf("repair: exit %d, %q %q", code, stdout, stderr)
			}
			if kept, _ := filepath.Glob(db + ".damaged-*"); len(kept) != 1 {
				t.Errorf("damaged files kept: %v, want one", kept)
			}
			if code, stdout, _ := runCLI(t, "check", "--db", db); code != 0 {
				t.Errorf("check after repair: exit %d, %q", code, stdout)
			}
			if code, _, stderr := runCLI(t, "export", "--db", db); code != 0 {
				t.Errorf("export after repair: exit %d, %q", code, stderr)
			}
		})
	}
}

// TestVersionBadData: a gazetteer that is missing or not conflictmap's is an error, not a
// version line with made-up counts.
func TestVersionBadData(t *testing.T) {
	gz := func(s string) []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(s))
		zw.Close()
		return b.Bytes()
	}
	cases := []struct {
		name string
		fsys fstest.MapFS
		ok   bool
	}{
		{"no gazetteer", fstest.MapFS{}, false},
		{"not gzip", fstest.MapFS{"gazetteer.tsv.gz": {Data: []byte("id\tname\n")}}, false},
		{"not a conflictmap gazetteer", fstest.MapFS{"gazetteer.tsv.gz": {Data: gz("id\tname\nx\ty\n")}}, false},
		{"two places", fstest.MapFS{"gazetteer.tsv.gz": {Data: gz("#conflictmap-gazetteer\tv1\tsrc@1\nid\tname\na\tA\nb\tB\n")}}, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			err := printVersion(&out, tc.fsys)
			if (err == nil) != tc.ok {
				t.Fatalf("err = %v, want ok %v", err, tc.ok)
			}
			if tc.ok && !strings.Contains(out.String(), "gazetteer: 2 places, generated from src@1 (format v1)") {
				t.Errorf("output %q", out.String())
			}
		})
	}
}
