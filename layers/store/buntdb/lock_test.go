//go:build unix

package buntdb

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// lockChildEnv, when set to a store path, makes the test binary a process that opens the
// store, prints "OPEN", and holds it until its standard input closes (see TestMain).
const lockChildEnv = "CONFLICTMAP_LOCK_CHILD_DB"

func TestMain(m *testing.M) {
	if path := os.Getenv(lockChildEnv); path != "" {
		os.Exit(lockChild(path))
	}
	os.Exit(m.Run())
}

func lockChild(path string) int {
	s, err := Open(Config{Path: path})
	if err != nil {
		fmt.Println("ERR", err)
		return 1
	}
	fmt.Println("OPEN")
	io.Copy(io.Discard, os.Stdin)
	if err := s.Close(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

func TestStoreLockTwoProcesses(t *testing.T) {
	path := filepath.Join(t.TempDir(), "held.db")
	child := exec.Command(os.Args[0], "-test.run=^$")
	child.Env = append(os.Environ(), lockChildEnv+"="+path)
	stdin, err := child.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	child.Stderr = os.Stderr
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stdin.Close(); child.Wait() })
	if line, err := bufio.NewReader(out).ReadString('\n'); err != nil || line != "OPEN\n" {
		t.Fatalf("child: %q %v", line, err)
	}

	_, err = Open(Config{Path: path})
	var inUse *InUseError
	if !errors.As(err, &inUse) {
		t.Fatalf("second open: err = %v, want an *InUseError", err)
	}
	if inUse.PID != child.Process.Pid {
		t.Errorf("PID = %d, want the child's %d", inUse.PID, child.Process.Pid)
	}
	for _, want := range []string{path + " is in use by another conflictmap process", fmt.Sprintf("pid %d", child.Process.Pid), "POST to /api/articles"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}

	stdin.Close()
	if err := child.Wait(); err != nil {
		t.Fatalf("child: %v", err)
	}
	s, err := Open(Config{Path: path})
	if err != nil {
		t.Fatalf("open after the child closed: %v", err)
	}
	s.Close()
}

func TestStoreLockOneProcess(t *testing.T) {
	path := filepath.Join(t.TempDir(), "twice.db")
	first, err := Open(Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(Config{Path: path}); !errors.As(err, new(*InUseError)) {
		t.Fatalf("second open in one process: err = %v, want an *InUseError", err)
	}
	if _, _, err := RepairStore(path); !errors.As(err, new(*InUseError)) {
		t.Fatalf("repair of an open store: err = %v, want an *InUseError", err)
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	again, err := Open(Config{Path: path})
	if err != nil {
		t.Fatalf("open after close: %v", err)
	}
	again.Close()
	// Two in-memory stores share no file and never exclude each other.
	for i := 0; i < 2; i++ {
		m, err := Open(Config{Path: ":memory:"})
		if err != nil {
			t.Fatal(err)
		}
		defer m.Close()
	}
}

func TestStoreFileMode(t *testing.T) {
	dir := t.TempDir()
	loose := filepath.Join(dir, "loose.db")
	if err := os.WriteFile(loose, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{filepath.Join(dir, "new.db"), loose} {
		s, err := Open(Config{Path: path})
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		for _, name := range []string{path, path + ".lock"} {
			st, err := os.Stat(name)
			if err != nil {
				t.Fatal(err)
			}
			if st.Mode().Perm() != 0o600 {
				t.Errorf("%s: mode %v, want 0600", name, st.Mode().Perm())
			}
		}
	}
}
