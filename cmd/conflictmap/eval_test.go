package main

import (
	"conflictmap/internal/pgtest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// asCLIEnv makes the test binary behave as conflictmap itself, so score.py can run it.
const asCLIEnv = "CONFLICTMAP_TEST_AS_CLI"

func TestMain(m *testing.M) {
	if os.Getenv(asCLIEnv) == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	code := m.Run()
	pgtest.Stop() // the PostGIS test cluster, if a test started one
	os.Exit(code)
}

var (
	miniGold   = filepath.Join("testdata", "evalmini", "gold", "mini.gold.json")
	trickyGold = filepath.Join("testdata", "evalmini", "gold", "tricky.gold.json")
)

func lastLine(s string) string {
	lines := nonEmptyLines(s)
	if len(lines) == 0 {
		return ""
	}
	return lines[len(lines)-1]
}

func TestEvalCommand(t *testing.T) {
	cases := []struct {
		name     string
		args     []string
		code     int
		inStdout []string
		inStderr string
		lastLine string // prefix of stdout's last line
	}{
		{"scores a gold", []string{"--gold", miniGold}, 0,
			[]string{"\nevent-f1 ", "\ntoponym-f1 ", "\nevent-actor-acc ", "\nevent type ", "\nall "}, "", "toponym F1 "},
		{"a floor not met", []string{"--gold", miniGold, "--min-event-f1", "1.01"}, 1,
			[]string{"; short: event-f1 "}, "", "toponym F1 "},
		{"violations over the limit", []string{"--gold", trickyGold, "--max-violations", "0"}, 1,
			[]string{"violations 1 > 0"}, "", "toponym F1 "},
		{"verbose names each miss", []string{"-v", "--gold", trickyGold}, 0,
			[]string{"miss event border-week incident-jermuk (incident at Jermuk)", "role border-week@233 Russia: actor want name",
				"VIOLATION border-week deployment at Lachin"}, "", "toponym F1 "},
		{"several golds and a combined line", []string{"--gold", miniGold, "--gold", trickyGold, "--max-duplicates", "0"}, 1,
			[]string{"== " + miniGold + " (1 articles)", "== " + trickyGold, "== combined (2 files, 2 articles)"}, "",
			"toponym F1 "},
		{"help", []string{"--help"}, 0, []string{"Usage: conflictmap eval", "-min-event-f1"}, "", ""},
		{"no gold", nil, 2, nil, "Usage: conflictmap eval", ""},
		{"stray argument", []string{"--gold", miniGold, "extra"}, 2, nil, "Usage: conflictmap eval", ""},
		{"bad floor", []string{"--gold", miniGold, "--min-event-f1", "high"}, 2, nil, "invalid value", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, append([]string{"eval"}, tc.args...)...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.code, stderr)
			}
			for _, s := range tc.inStdout {
				if !strings.Contains(stdout, s) {
					t.Errorf("stdout lacks %q:\n%s", s, stdout)
				}
			}
			if !strings.Contains(stderr, tc.inStderr) {
				t.Errorf("stderr lacks %q: %s", tc.inStderr, stderr)
			}
			if tc.lastLine != "" && !strings.HasPrefix(lastLine(stdout), tc.lastLine) {
				t.Errorf("last line %q", lastLine(stdout))
			}
		})
	}
}

func TestEvalBadGold(t *testing.T) {
	article, err := os.ReadFile(filepath.Join("testdata", "evalmini", "articles", "border-week.md"))
	if err != nil {
		t.Fatal(err)
	}
	gold, err := os.ReadFile(miniGold)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, gold string
		article    bool
		want       string
	}{
		{"not JSON", `{"places": [`, true, "invalid JSON"},
		{"article missing", string(gold), false, "border-week.md: no such file"},
		{"offsets out of range", strings.Replace(string(gold), `"start": 474,`, `"start": 4740,`, 1), true, "outside the article"},
		{"unknown place", strings.Replace(string(gold), `"place": "GYUMRI"`, `"place": "NOWHERE"`, 1), true, `"NOWHERE"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			os.MkdirAll(filepath.Join(root, "gold"), 0o755)
			os.MkdirAll(filepath.Join(root, "articles"), 0o755)
			g := writeFile(t, filepath.Join(root, "gold"), "x.gold.json", []byte(tc.gold))
			if tc.article {
				writeFile(t, filepath.Join(root, "articles"), "border-week.md", article)
			}
			code, stdout, stderr := runCLI(t, "eval", "--gold", g)
			if code != 2 || stdout != "" {
				t.Fatalf("exit %d, stdout %q", code, stdout)
			}
			if lines := nonEmptyLines(stderr); len(lines) != 1 || !strings.Contains(stderr, g) || !strings.Contains(stderr, tc.want) {
				t.Errorf("want one line naming %s with %q, got %q", g, tc.want, stderr)
			}
		})
	}
	t.Run("missing gold file", func(t *testing.T) {
		g := filepath.Join(t.TempDir(), "none.gold.json")
		code, _, stderr := runCLI(t, "eval", "--gold", g)
		if code != 2 || !strings.Contains(stderr, g) {
			t.Errorf("exit %d, stderr %q", code, stderr)
		}
	})
}

// sharedDir is the project's shared material: $CONFLICTMAP_SHARED, or ../shared beside the repo.
func sharedDir() string {
	if d := os.Getenv("CONFLICTMAP_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared")
}

var metricLine = regexp.MustCompile(`(?m)^([a-z0-9-]+) +([0-9.]+)$`)

func metricLines(out string) map[string]string {
	m := map[string]string{}
	for _, s := range metricLine.FindAllStringSubmatch(out, -1) {
		m[s[1]] = s[2]
	}
	return m
}

// TestEvalAgreesWithScorePy compares eval's figures with the project's score.py, run on the
// same golds against this very binary, to three decimals.
func TestEvalAgreesWithScorePy(t *testing.T) {
	if testing.Short() {
		t.Skip("runs score.py, which starts the extractor once per article")
	}
	scorePy := filepath.Join(sharedDir(), "eval", "score.py")
	if _, err := os.Stat(scorePy); err != nil {
		t.Skipf("no %s (set CONFLICTMAP_SHARED to the shared folder)", scorePy)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3 on PATH")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	golds := []string{miniGold, trickyGold}
	if seeds := filepath.Join(sharedDir(), "eval", "seeds.gold.json"); fileExists(seeds) {
		golds = append(golds, seeds)
	}
	for _, g := range golds {
		t.Run(filepath.Base(g), func(t *testing.T) {
			cmd := exec.Command(python, scorePy, "--bin", self, "--gold", g)
			cmd.Env = append(os.Environ(), asCLIEnv+"=1")
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("score.py: %v\n%s", err, out)
			}
			code, stdout, stderr := runCLI(t, "eval", "--gold", g)
			if code != 0 {
				t.Fatalf("eval exit %d: %s", code, stderr)
			}
			want, got := metricLines(string(out)), metricLines(stdout)
			if len(want) < 13 {
				t.Fatalf("score.py printed %d metrics:\n%s", len(want), out)
			}
			for k, v := range want {
				if got[k] != v {
					t.Errorf("%s: eval %q, score.py %q", k, got[k], v)
				}
			}
			if lastLine(stdout) != lastLine(string(out)) {
				t.Errorf("summary\n eval     %s\n score.py %s", lastLine(stdout), lastLine(string(out)))
			}
		})
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
