package main

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// The write token lives beside the database, in DB.token (mode 0600), so that a restart keeps
// it and `conflictmap token` can print it. A running server reads the file at every write, so
// `conflictmap token --rotate` retires the old token at once.

// minTokenLen is the shortest token the server takes (web.Config.Validate).
const minTokenLen = 8

// tokenFileFor is the token file of database db; "" for a database in memory.
func tokenFileFor(db string) string {
	if db == ":memory:" {
		return ""
	}
	return db + ".token"
}

// newToken is 128 random bits in hex.
func newToken() string {
	b := make([]byte, 16)
	rand.Read(b) // never fails (crypto/rand, Go 1.24+)
	return hex.EncodeToString(b)
}

// readTokenFile returns the token in path, made 0600 if others could read it.
func readTokenFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Mode().Perm()&0o077 != 0 {
		if err := f.Chmod(0o600); err != nil {
			return "", fmt.Errorf("%s: others can read it and it cannot be made 0600: %w", path, err)
		}
	}
	b, err := io.ReadAll(io.LimitReader(f, 4096))
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return checkToken(path, strings.TrimSpace(string(b)))
}

// checkToken refuses a token the server would not take, or that cannot travel in a header.
func checkToken(path, tok string) (string, error) {
	if len(tok) < minTokenLen {
		return "", fmt.Errorf("%s: the token in it is shorter than %d characters (replace it: conflictmap token --rotate)", path, minTokenLen)
	}
	for _, c := range tok {
		if c <= ' ' || c > '~' {
			return "", fmt.Errorf("%s: the token holds a space or a character other than printable ASCII (replace it: conflictmap token --rotate)", path)
		}
	}
	return tok, nil
}

// ensureTokenFile returns the token in path, first writing a new one there if there is no file;
// created says it did.
func ensureTokenFile(path string) (tok string, created bool, err error) {
	tok, err = readTokenFile(path)
	if !errors.Is(err, fs.ErrNotExist) {
		return tok, false, err
	}
	tok = newToken()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) { // another process was quicker: take its token
		tok, err = readTokenFile(path)
		return tok, false, err
	}
	if err != nil {
		return "", false, err
	}
	if _, err = f.WriteString(tok + "\n"); err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return "", false, fmt.Errorf("%s: %w", path, err)
	}
	return tok, true, nil
}

// rotateTokenFile replaces the token in path by a new one (written whole, then renamed over the
// old file, so a reader sees one token or the other).
func rotateTokenFile(path string) (string, error) {
	tok := newToken()
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp") // mode 0600
	if err != nil {
		return "", err
	}
	_, err = f.WriteString(tok + "\n")
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return tok, nil
}

func runToken(args []string, stdout, stderr io.Writer) int {
	flags := newFlags("token", `Usage: conflictmap token [--db FILE] [--rotate]

Prints the write token that POST and DELETE /api/articles need, kept beside the database in
FILE.token (readable by you only); one is made if the database has none yet. --rotate writes
a new one: a running server refuses the old one from its next write on.
Environment: CONFLICTMAP_DB.

`, stderr)
	db := flags.String("db", envOr("CONFLICTMAP_DB", "conflictmap.db"), "database file")
	rotate := flags.Bool("rotate", false, "replace the token by a new one, and print that")
	if code, ok := parseFlags(flags, args); !ok {
		return code
	}
	if flags.NArg() > 0 {
		fmt.Fprintf(stderr, "conflictmap token: unexpected argument %q\n", flags.Arg(0))
		return 2
	}
	tok, err := tokenCommand(*db, *rotate, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "conflictmap token:", err)
		return 1
	}
	fmt.Fprintln(stdout, tok)
	if v := os.Getenv("CONFLICTMAP_TOKEN"); v != "" && v != tok {
		fmt.Fprintln(stderr, "conflictmap token: note: CONFLICTMAP_TOKEN is set; a server started with it takes that token instead")
	}
	return 0
}

// tokenCommand is what `conflictmap token` does; notes go to stderr.
func tokenCommand(db string, rotate bool, stderr io.Writer) (string, error) {
	path := tokenFileFor(db)
	if path == "" {
		return "", errors.New("a database in memory keeps no token: the server prints its token when it starts")
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		if _, err := os.Stat(db); err != nil {
			return "", fmt.Errorf("no database %s and no token file %s (start 'conflictmap serve --db %s' first)", db, path, db)
		}
	}
	if rotate {
		tok, err := rotateTokenFile(path)
		if err == nil {
			fmt.Fprintf(stderr, "conflictmap token: new token written to %s; the old one is refused from now on\n", path)
		}
		return tok, err
	}
	tok, created, err := ensureTokenFile(path)
	if created {
		fmt.Fprintf(stderr, "conflictmap token: %s had no token; made one in %s\n", db, path)
	}
	return tok, err
}
