package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func fileMode(t *testing.T, path string) os.FileMode {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.Mode().Perm()
}

// TestTokenFile: a token file is made 0600 once and then reused; a looser file is tightened; a
// file that holds no usable token is an error naming it.
func TestTokenFile(t *testing.T) {
	tests := []struct {
		name    string
		content string // "" = no file
		mode    os.FileMode
		want    string // the token read, "" = a new one
		created bool
		errPart string
	}{
		{"no file", "", 0, "", true, ""},
		{"kept", "kept-token-123\n", 0o600, "kept-token-123", false, ""},
		{"readable by others", "kept-token-123\n", 0o644, "kept-token-123", false, ""},
		{"spaces around", "  kept-token-123 \r\n", 0o600, "kept-token-123", false, ""},
		{"empty", "", 0o600, "", false, "shorter than 8"},
		{"short", "abc\n", 0o600, "", false, "shorter than 8"},
		{"inner space", "kept token 123\n", 0o600, "", false, "space"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "x.db.token")
			if tt.mode != 0 {
				if err := os.WriteFile(path, []byte(tt.content), tt.mode); err != nil {
					t.Fatal(err)
				}
				os.Chmod(path, tt.mode) // whatever the umask
			}
			tok, created, err := ensureTokenFile(path)
			if tt.errPart != "" {
				if err == nil || !strings.Contains(err.Error(), tt.errPart) || !strings.Contains(err.Error(), path) {
					t.Fatalf("err %v, want one naming %s and saying %q", err, path, tt.errPart)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if created != tt.created || (tt.want != "" && tok != tt.want) || len(tok) < minTokenLen {
				t.Fatalf("token %q created %v, want %q created %v", tok, created, tt.want, tt.created)
			}
			if m := fileMode(t, path); m != 0o600 {
				t.Errorf("mode %o, want 600", m)
			}
			again, created, err := ensureTokenFile(path)
			if err != nil || again != tok || created {
				t.Errorf("second read: %q created %v err %v, want %q reused", again, created, err, tok)
			}
		})
	}
}

// TestTokenCommand runs `conflictmap token` and `--rotate` on a database's token file.
func TestTokenCommand(t *testing.T) {
	dir := t.TempDir()
	db := writeFile(t, dir, "x.db", nil)
	t.Setenv("CONFLICTMAP_TOKEN", "")
	t.Setenv("CONFLICTMAP_DB", "")
	tokenOf := func(args ...string) string {
		t.Helper()
		code, out, errOut := runCLI(t, append([]string{"token", "--db", db}, args...)...)
		if code != 0 {
			t.Fatalf("token %v: exit %d: %s", args, code, errOut)
		}
		return strings.TrimSpace(out)
	}
	first := tokenOf()
	if len(first) != 32 || fileMode(t, db+".token") != 0o600 {
		t.Fatalf("token %q, mode %o", first, fileMode(t, db+".token"))
	}
	if again := tokenOf(); again != first {
		t.Errorf("printed %q, then %q", first, again)
	}
	rotated := tokenOf("--rotate")
	if rotated == first || len(rotated) != 32 {
		t.Errorf("rotate: %q after %q", rotated, first)
	}
	if now, _ := readTokenFile(db + ".token"); now != rotated || fileMode(t, db+".token") != 0o600 {
		t.Errorf("file holds %q (mode %o), want %q", now, fileMode(t, db+".token"), rotated)
	}
	if m, _ := filepath.Glob(filepath.Join(dir, "*.tmp")); len(m) > 0 {
		t.Errorf("left behind: %v", m)
	}

	errs := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no database", []string{"token", "--db", filepath.Join(dir, "none.db")}, 1, "none.db"},
		{"in memory", []string{"token", "--db", ":memory:"}, 1, "in memory"},
		{"argument", []string{"token", "extra"}, 2, "extra"},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.args...)
			if code != tt.code || out != "" || !strings.Contains(errOut, tt.want) || len(nonEmptyLines(errOut)) != 1 {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d and one line with %q", code, out, errOut, tt.code, tt.want)
			}
		})
	}
}

// TestServeTokenChoice: --token and CONFLICTMAP_TOKEN override the token file (and make none);
// a database in memory gets a new token each start, printed.
func TestServeTokenChoice(t *testing.T) {
	tests := []struct {
		name, env string
		args      []string
		memory    bool
		wantToken string // "" = from the file
		wantLine  string
	}{
		{"flag", "", []string{"--token", "flag-token-123"}, false, "flag-token-123", "--token"},
		{"env", "env-token-1234", nil, false, "env-token-1234", "CONFLICTMAP_TOKEN"},
		{"flag over env", "env-token-1234", []string{"--token", "flag-token-123"}, false, "flag-token-123", "--token"},
		{"file", "", nil, false, "", "saved in"},
		{"memory", "", nil, true, "?", "shown once"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("CONFLICTMAP_TOKEN", tt.env)
			db := filepath.Join(t.TempDir(), "x.db")
			if tt.memory {
				db = ":memory:"
			}
			o, _, ok := parseServe(append([]string{"--db", db}, tt.args...), &bytes.Buffer{})
			if !ok {
				t.Fatal("flags refused")
			}
			cfg := webConfigOf(o)
			line, err := serveToken(&cfg, o)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(line, tt.wantLine) {
				t.Errorf("line %q, want %q in it", line, tt.wantLine)
			}
			_, statErr := os.Stat(db + ".token")
			switch tt.wantToken {
			case "":
				want, _ := readTokenFile(db + ".token")
				if got, err := cfg.TokenSource(); err != nil || got != want || !strings.Contains(line, want) {
					t.Errorf("token source %q %v, file %q, line %q", got, err, want, line)
				}
			case "?":
				if len(cfg.Token) != 32 || !strings.Contains(line, cfg.Token) || statErr == nil {
					t.Errorf("token %q, line %q", cfg.Token, line)
				}
			default:
				if cfg.Token != tt.wantToken || cfg.TokenSource != nil || strings.Contains(line, tt.wantToken) || statErr == nil {
					t.Errorf("token %q (source %v), line %q, token file made: %v", cfg.Token, cfg.TokenSource != nil, line, statErr == nil)
				}
			}
		})
	}
}
