// Package pgtest runs a throwaway PostgreSQL cluster with PostGIS for tests: initdb into a
// temporary directory, postgres on a free loopback port (its unix socket in that directory too),
// never a system service. One cluster serves a whole test binary (started at the first DSN,
// stopped by Main); each test gets a fresh database made from a template that has PostGIS.
//
// When PostgreSQL's binaries or PostGIS are missing, DSN skips the test with a message naming
// what to install (scripts/install-deps.sh) — unless the environment variable CI is set, where
// it fails instead. Run as root, initdb and postgres refuse to start, so the cluster then runs
// as the unprivileged user "postgres" (Debian's package creates it), or "nobody".
package pgtest

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

const (
	template = "pgtest_template"
	install  = "install PostgreSQL and PostGIS (scripts/install-deps.sh: postgresql, postgresql-15-postgis-3)"
)

// cluster is the one cluster of the test binary.
type cluster struct {
	dir, bin string
	port     int
	cred     *syscall.Credential
	admin    string // DSN of the postgres database
}

var (
	once    sync.Once
	the     *cluster
	initErr error
	skip    bool // initErr is a missing dependency, not a failure
	seq     atomic.Int64
)

// Main runs a package's tests and then stops the cluster if one was started: call it from
// TestMain (func TestMain(m *testing.M) { pgtest.Main(m) }).
func Main(m *testing.M) {
	code := m.Run()
	Stop()
	os.Exit(code)
}

// Stop stops the cluster and removes its directory (Main calls it).
func Stop() {
	if the == nil {
		return
	}
	cmd := the.command("pg_ctl", "stop", "-D", filepath.Join(the.dir, "data"), "-m", "immediate", "-s")
	_ = cmd.Run()
	_ = os.RemoveAll(the.dir)
	the = nil
}

// DSN returns the connection string of a new, empty database with PostGIS, dropped when t
// ends. The first call starts the cluster.
func DSN(t testing.TB) string {
	t.Helper()
	once.Do(func() { the, initErr = start() })
	if initErr != nil {
		if skip && os.Getenv("CI") == "" {
			t.Skipf("pgtest: %v; %s", initErr, install)
		}
		t.Fatalf("pgtest: %v", initErr)
	}
	name := fmt.Sprintf("t%d_%d", os.Getpid(), seq.Add(1))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := the.exec(ctx, "CREATE DATABASE "+name+" TEMPLATE "+template); err != nil {
		t.Fatalf("pgtest: create database: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		_ = the.exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
	})
	return the.dsn(name)
}

func (c *cluster) dsn(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", c.port, db)
}

// exec runs one statement in the postgres database.
func (c *cluster) exec(ctx context.Context, sql string) error {
	conn, err := pgx.Connect(ctx, c.admin)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql)
	return err
}

// command runs one of PostgreSQL's programs as the cluster's user.
func (c *cluster) command(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(filepath.Join(c.bin, name), args...)
	cmd.Dir = c.dir
	cmd.Env = append(os.Environ(), "LC_ALL=C", "LANG=C")
	if c.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.cred}
	}
	return cmd
}

func start() (*cluster, error) {
	bin, err := findBin()
	if err != nil {
		skip = true
		return nil, err
	}
	c := &cluster{bin: bin}
	if os.Geteuid() == 0 {
		if c.cred, err = unprivileged(); err != nil {
			return nil, err
		}
	}
	if c.dir, err = os.MkdirTemp("", "pgtest-"); err != nil {
		return nil, err
	}
	if err := c.initdb(); err != nil {
		os.RemoveAll(c.dir)
		return nil, err
	}
	if err := c.startServer(); err != nil {
		os.RemoveAll(c.dir)
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := c.makeTemplate(ctx); err != nil {
		Stop()
		the = nil
		return nil, err
	}
	return c, nil
}

// findBin finds the directory holding initdb, pg_ctl and postgres: PATH, then the newest
// /usr/lib/postgresql/*/bin.
func findBin() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		d := filepath.Dir(p)
		if _, err := os.Stat(filepath.Join(d, "pg_ctl")); err == nil {
			return d, nil
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	best, bestV := "", -1
	for _, d := range dirs {
		v, err := strconv.Atoi(filepath.Base(filepath.Dir(d)))
		if _, serr := os.Stat(filepath.Join(d, "initdb")); err == nil && serr == nil && v > bestV {
			best, bestV = d, v
		}
	}
	if best == "" {
		return "", fmt.Errorf("no PostgreSQL binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/*/bin")
	}
	return best, nil
}

// unprivileged is the user a cluster started by root runs as.
func unprivileged() (*syscall.Credential, error) {
	for _, name := range []string{"postgres", "nobody"} {
		u, err := user.Lookup(name)
		if err != nil {
			continue
		}
		uid, err1 := strconv.Atoi(u.Uid)
		gid, err2 := strconv.Atoi(u.Gid)
		if err1 == nil && err2 == nil && uid != 0 {
			return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid), NoSetGroups: true}, nil
		}
	}
	return nil, fmt.Errorf("running as root and no unprivileged user (postgres, nobody) to run PostgreSQL as")
}

func (c *cluster) chown() error {
	if c.cred == nil {
		return nil
	}
	return filepath.Walk(c.dir, func(p string, _ os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		return os.Lchown(p, int(c.cred.Uid), int(c.cred.Gid))
	})
}

func (c *cluster) initdb() error {
	if err := c.chown(); err != nil {
		return err
	}
	cmd := c.command("initdb", "-D", filepath.Join(c.dir, "data"), "-U", "postgres", "-A", "trust",
		"-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("initdb: %v: %s", err, strings.TrimSpace(string(out)))
	}
	return nil
}

func (c *cluster) startServer() error {
	port, err := freePort()
	if err != nil {
		return err
	}
	c.port = port
	c.admin = c.dsn("postgres")
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off "+
		"-c synchronous_commit=off -c max_connections=200 -c shared_buffers=64MB", port, c.dir)
	cmd := c.command("pg_ctl", "start", "-D", filepath.Join(c.dir, "data"), "-l", filepath.Join(c.dir, "log"),
		"-w", "-t", "120", "-s", "-o", opts)
	if out, err := cmd.CombinedOutput(); err != nil {
		log, _ := os.ReadFile(filepath.Join(c.dir, "log"))
		return fmt.Errorf("pg_ctl start: %v: %s %s", err, strings.TrimSpace(string(out)), tail(string(log)))
	}
	return nil
}

func (c *cluster) makeTemplate(ctx context.Context) error {
	if err := c.exec(ctx, "CREATE DATABASE "+template); err != nil {
		return fmt.Errorf("create template database: %w", err)
	}
	conn, err := pgx.Connect(ctx, c.dsn(template))
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE EXTENSION postgis"); err != nil {
		skip = true
		return fmt.Errorf("PostGIS is not installed for %s: %w", c.bin, err)
	}
	return nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func tail(s string) string {
	if len(s) > 2000 {
		return s[len(s)-2000:]
	}
	return s
}
