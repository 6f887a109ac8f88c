package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"

	"conflictmap/layers"
)

// readInput reads a file, or standard input for "-", refusing anything over the article limit
// and anything that is not a regular file (a FIFO or a device would be read forever).
func readInput(name string) ([]byte, error) {
	var r io.Reader
	size := int64(0) // the file's size where known, to read it without growing the buffer
	if name == "-" {
		r = os.Stdin
	} else {
		// Stat before opening: opening a FIFO blocks until something writes to it.
		if err := regularFile(os.Stat(name)); err != nil {
			return nil, err
		}
		f, err := os.Open(name)
		if err != nil {
			return nil, unwrapPath(err)
		}
		defer f.Close()
		st, err := f.Stat()
		if err := regularFile(st, err); err != nil {
			return nil, err
		}
		size = min(st.Size(), layers.MaxArticleBytes+1)
		r = f
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	_, err := buf.ReadFrom(io.LimitReader(r, layers.MaxArticleBytes+1))
	return buf.Bytes(), err
}

// regularFile is nil for a regular file's info, else the error a user reads after its name.
func regularFile(st os.FileInfo, err error) error {
	switch {
	case err != nil:
		return unwrapPath(err)
	case st.IsDir():
		return errors.New("is a directory")
	case !st.Mode().IsRegular():
		return fmt.Errorf("not a regular file (%s)", fileKind(st.Mode()))
	}
	return nil
}

func fileKind(m os.FileMode) string {
	switch {
	case m&os.ModeNamedPipe != 0:
		return "a FIFO"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeDevice != 0:
		return "a device"
	}
	return "mode " + m.Type().String()
}

// unwrapPath drops the operation and path of a *PathError: the caller names the file.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// isTerminal reports whether w (a command's stderr) is a terminal.
func isTerminal(w io.Writer) bool {
	if s, ok := w.(streams); ok {
		w = s.Writer
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// existingFile returns an error naming path when it is missing or not a regular file.
func existingFile(path string) error {
	st, err := os.Stat(path)
	if err != nil {
		if os.IsNotExist(err) {
			return fmt.Errorf("%s: no such file", path)
		}
		return err
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("%s: not a regular file (%s)", path, fileKind(st.Mode()))
	}
	return nil
}
