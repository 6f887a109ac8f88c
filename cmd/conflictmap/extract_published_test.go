package main

import (
	"strings"
	"testing"
)

// --published must be a real date: a bad one is a one-line error naming it, before any file is read.
func TestExtractPublishedValidation(t *testing.T) {
	dir := t.TempDir()
	art := writeFile(t, dir, "a.txt", []byte("Azerbaijani and Armenian forces clashed near Tovuz, the ministry said.\n"))
	cases := []struct {
		published string
		ok        bool
		date      string // the undated clash takes it ("" not checked)
	}{
		{"2020-13-45", false, ""},
		{"2021-02-29", false, ""},
		{"2021-00", false, ""},
		{"yesterday", false, ""},
		{"2020-02-29", true, `"date":"2020-02-29"`},
		{"2022-09", true, `"date":"2022-09"`},
		{"2 January 2021", true, `"date":"2021-01-02"`},
	}
	for _, c := range cases {
		t.Run(c.published, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "extract", "--json", "--published", c.published, art)
			if !c.ok {
				lines := nonEmptyLines(stderr)
				if code == 0 || len(lines) != 1 || !strings.Contains(lines[0], c.published) || stdout != "" {
					t.Errorf("exit %d, stderr %q, stdout %q: want a non-zero exit and one line naming %q", code, stderr, stdout, c.published)
				}
				return
			}
			if code != 0 || !strings.Contains(stdout, c.date) || !strings.Contains(stdout, `"date_source":"published"`) {
				t.Errorf("exit %d, stderr %q: stdout lacks %s with date_source published:\n%s", code, stderr, c.date, stdout)
			}
		})
	}
}
