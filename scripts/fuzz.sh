#!/usr/bin/env bash
# Runs every fuzz target for a short while (default 5000 executions each). Go runs one fuzz target
# per invocation. The default is a count, not a duration: with a duration, Go 1.26's fuzz
# coordinator can fail a target with a bare "context deadline exceeded" at the end of the time on
# a busy machine (golang/go#75804), having found nothing. "make fuzz FUZZTIME=1m" still works.
set -euo pipefail
t=${1:-5000x}
cd "$(dirname "$0")/.."
for pkg in $(go list ./...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for f in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
    echo "fuzz $pkg $f ($t)"
    go test -run '^$' -fuzz "^$f\$" -fuzztime "$t" "$pkg" >/tmp/fuzz.$$.log 2>&1 || { cat /tmp/fuzz.$$.log; exit 1; }
  done
done
echo "fuzz: all targets passed"
