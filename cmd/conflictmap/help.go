package main

import (
	"bytes"
	"errors"
	"flag"
	"io"
)

// streams is the stderr that run hands a command: it writes to stderr, and carries stdout,
// where a --help that was asked for goes (a usage printed for a mistake stays on stderr). It
// lets every command's flag set, made by newFlags(name, usage, stderr), route --help without
// taking stdout itself.
type streams struct {
	io.Writer           // stderr
	stdout    io.Writer // for --help
}

// helpWriter returns where a requested --help goes for a command given stderr.
func helpWriter(stderr io.Writer) io.Writer {
	if s, ok := stderr.(streams); ok {
		return s.stdout
	}
	return stderr
}

// parseHelp parses args with fs, holding what the flag package prints meanwhile: on -h or
// --help it goes to stdout (via helpWriter) and the exit code is 0; on a mistake, to stderr
// and 2. ok is false when the command should return code.
func parseHelp(fs *flag.FlagSet, args []string) (code int, ok bool) {
	out := fs.Output()
	var buf bytes.Buffer
	fs.SetOutput(&buf)
	err := fs.Parse(args)
	fs.SetOutput(out)
	switch {
	case err == nil:
		out.Write(buf.Bytes())
		return 0, true
	case errors.Is(err, flag.ErrHelp):
		helpWriter(out).Write(buf.Bytes())
		return 0, false
	}
	out.Write(buf.Bytes())
	return 2, false
}
