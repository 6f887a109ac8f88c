package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
)

// envOr returns the environment variable's value, or def when it is unset.
func envOr(name, def string) string {
	if v, ok := os.LookupEnv(name); ok && v != "" {
		return v
	}
	return def
}

// envInt is the integer in the environment variable name, or def when it is unset or empty.
func envInt(name string, def int) (int, error) {
	v := envOr(name, "")
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def, fmt.Errorf("%s=%q: not a whole number", name, v)
	}
	return n, nil
}

// envBool is the boolean in the environment variable name (1, true, 0, false …), or def when
// it is unset or empty.
func envBool(name string, def bool) (bool, error) {
	v := envOr(name, "")
	if v == "" {
		return def, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return def, fmt.Errorf("%s=%q: want true or false", name, v)
	}
	return b, nil
}

// newFlags returns a flag set that prints its errors and usage to stderr (and, through
// parseFlags, a --help that was asked for to stdout: help.go).
func newFlags(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		io.WriteString(fs.Output(), usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args; it returns the exit code to use when parsing ends the command.
func parseFlags(fs *flag.FlagSet, args []string) (int, bool) { return parseHelp(fs, args) }
