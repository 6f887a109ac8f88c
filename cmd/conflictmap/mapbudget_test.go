package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestServeMapBudget: --map-budget and CONFLICTMAP_MAP_BUDGET reach the store's config in bytes;
// a negative budget, or an environment value that is not a number, is refused
// with a message naming it.
func TestServeMapBudget(t *testing.T) {
	for _, c := range []struct {
		name, env string
		args      []string
		want      int64 // bytes; -1: refused
		msg       string
	}{
		{"default", "", nil, 0, ""},
		{"flag", "", []string{"--map-budget", "512"}, 512 << 20, ""},
		{"env", "256", nil, 256 << 20, ""},
		{"flag over env", "256", []string{"--map-budget", "0"}, 0, ""},
		{"negative", "", []string{"--map-budget", "-2"}, -1, "--map-budget -2"},
		{"env not a number", "lots", nil, -1, "CONFLICTMAP_MAP_BUDGET"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("CONFLICTMAP_MAP_BUDGET", c.env)
			var stderr bytes.Buffer
			o, code, ok := parseServe(append([]string{"--db", ":memory:"}, c.args...), &stderr)
			if c.want == -1 {
				if ok || code != 2 || !strings.Contains(stderr.String(), c.msg) {
					t.Errorf("ok %v, code %d, stderr %q: want refused naming %q", ok, code, stderr.String(), c.msg)
				}
				return
			}
			if !ok {
				t.Fatalf("refused: %s", stderr.String())
			}
			if got := serveStoreConfig(o, nil).MapBudget; got != c.want {
				t.Errorf("MapBudget %d, want %d", got, c.want)
			}
		})
	}
}

// TestServeTileCache: --tile-cache and CONFLICTMAP_TILE_CACHE reach web.Config in bytes, 0 turns
// the cache off (a negative TileCacheBytes), and a negative size is refused.
func TestServeTileCache(t *testing.T) {
	for _, c := range []struct {
		name, env string
		args      []string
		want      int64 // web.Config.TileCacheBytes; 0: refused
	}{
		{"default", "", nil, 64 << 20},
		{"flag", "", []string{"--tile-cache", "8"}, 8 << 20},
		{"env", "16", nil, 16 << 20},
		{"off", "16", []string{"--tile-cache", "0"}, -1},
		{"negative", "", []string{"--tile-cache", "-1"}, 0},
		{"env not a number", "big", nil, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("CONFLICTMAP_TILE_CACHE", c.env)
			var stderr bytes.Buffer
			o, code, ok := parseServe(append([]string{"--db", ":memory:"}, c.args...), &stderr)
			if c.want == 0 {
				if ok || code != 2 || !strings.Contains(stderr.String(), "tile") && !strings.Contains(stderr.String(), "TILE") {
					t.Errorf("ok %v, code %d, stderr %q: want refused", ok, code, stderr.String())
				}
				return
			}
			if !ok {
				t.Fatalf("refused: %s", stderr.String())
			}
			if got := webConfigOf(o).TileCacheBytes; got != c.want {
				t.Errorf("TileCacheBytes %d, want %d", got, c.want)
			}
		})
	}
}

// TestServeLeanPrefill: --lean-prefill and CONFLICTMAP_LEAN_PREFILL reach the store's config
// (off by default); an environment value that is not a boolean is refused, naming it.
func TestServeLeanPrefill(t *testing.T) {
	for _, c := range []struct {
		name, env string
		args      []string
		want      int // 0 off, 1 on, -1 refused
	}{
		{"default", "", nil, 0},
		{"flag", "", []string{"--lean-prefill"}, 1},
		{"env", "true", nil, 1},
		{"flag over env", "1", []string{"--lean-prefill=false"}, 0},
		{"env not a boolean", "lots", nil, -1},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("CONFLICTMAP_LEAN_PREFILL", c.env)
			var stderr bytes.Buffer
			o, code, ok := parseServe(append([]string{"--db", ":memory:"}, c.args...), &stderr)
			if c.want == -1 {
				if ok || code != 2 || !strings.Contains(stderr.String(), "CONFLICTMAP_LEAN_PREFILL") {
					t.Errorf("ok %v, code %d, stderr %q: want refused naming the variable", ok, code, stderr.String())
				}
				return
			}
			if !ok {
				t.Fatalf("refused: %s", stderr.String())
			}
			if got := serveStoreConfig(o, nil).LeanPrefill; got != (c.want == 1) {
				t.Errorf("LeanPrefill %v, want %v", got, c.want == 1)
			}
		})
	}
}
