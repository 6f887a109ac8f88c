#!/usr/bin/env bash
# Browser tests of the web map in Debian's headless chromium, against the real server on loopback.
#
#   ./web/e2e/run.sh ./conflictmap      # what `make e2e` runs, after building the binary
#   ./web/e2e/run.sh                    # builds ./cmd/conflictmap into a temporary directory first
#   E2E_SERVER_CMD='./conflictmap serve --addr {addr} --db {db} --token {token}' ./web/e2e/run.sh
#
# It starts `BIN serve --addr 127.0.0.1:PORT --db TMP/e2e.db --token TOKEN` from the repository
# root on a free port with an empty database, so the server ingests the sample articles of
# data/articles (the seed), waits for /healthz, runs web/e2e/test/*.test.mjs with node's test
# runner, and stops the server. E2E_SERVER_CMD replaces that command ({addr}, {db} and {token} are
# filled in; it runs from the repository root and must start with, or seed, the sample articles).
#
# Only the 10,000-event speed test (test/perf.test.mjs, at E2E_PERF_URL) uses the stand-in server
# of web/e2e/server: read-only synthetic events behind the real web app, started here with
# -synthetic 10000 on a second free port, because the extractor cannot make 10,000 events from two
# articles.
# E2E_TESTS='test/pagemap.test.mjs' runs only those files (globs, relative to web/e2e).
# CHROMIUM overrides /usr/bin/chromium. The test runner's summary is the last thing printed.
set -euo pipefail
e2e="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$e2e/../.." && pwd)"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
	echo "e2e: no browser at $CHROMIUM (scripts/install-deps.sh installs Debian's chromium)" >&2
	exit 1
fi

bin=""
if [ $# -ge 1 ] && [ -n "$1" ]; then
	if [ ! -x "$1" ]; then
		echo "e2e: $1 is not an executable (build it with: make build)" >&2
		exit 1
	fi
	bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
fi

stamp="$e2e/node_modules/.conflictmap-installed"
if [ ! -f "$stamp" ] || [ "$e2e/package-lock.json" -nt "$stamp" ]; then
	(cd "$e2e" && npm ci --no-audit --no-fund --loglevel=error)
	touch "$stamp"
fi
if [ ! -f "$root/web/static/vendor/leaflet/leaflet.js" ]; then
	bash "$root/scripts/assets.sh"
fi

tmp="$(mktemp -d)"
pids=()
cleanup() {
	local rc=$?
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
	if [ "$rc" -eq 0 ]; then rm -rf "$tmp"; else rm -f "$tmp/conflictmap" "$tmp/e2e-server"; fi
}
trap cleanup EXIT

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
wait_up() { # wait_up URL LOG PID
	node -e '
		const url = process.argv[1], pid = +process.argv[2], deadline = Date.now() + 60000;
		(async () => {
			for (;;) {
				try { const r = await fetch(url); if (r.ok) return; } catch {}
				try { process.kill(pid, 0); } catch { console.error("e2e: the server exited before answering at " + url); process.exit(1); }
				if (Date.now() > deadline) { console.error("e2e: server did not answer at " + url); process.exit(1); }
				await new Promise((r) => setTimeout(r, 100));
			}
		})();' "$1" "$3" || { cat "$2" >&2; exit 1; }
}

if [ -z "$bin" ] && [ -z "${E2E_SERVER_CMD:-}" ]; then
	(cd "$root" && go build -o "$tmp/conflictmap" ./cmd/conflictmap)
	bin="$tmp/conflictmap"
fi
(cd "$root" && go build -o "$tmp/e2e-server" ./web/e2e/server)
token="e2e-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')" # the server wants at least 8 characters

port="$(free_port)"
if [ -n "${E2E_SERVER_CMD:-}" ]; then
	cmd="${E2E_SERVER_CMD//\{addr\}/127.0.0.1:$port}"
	cmd="${cmd//\{db\}/$tmp/e2e.db}"
	cmd="${cmd//\{token\}/$token}"
	(cd "$root" && exec bash -c "exec $cmd") >"$tmp/server.log" 2>&1 &
else
	(cd "$root" && exec "$bin" serve --addr "127.0.0.1:$port" --db "$tmp/e2e.db" --token "$token") >"$tmp/server.log" 2>&1 &
fi
pids+=($!)
wait_up "http://127.0.0.1:$port/healthz" "$tmp/server.log" "${pids[-1]}"

perf_port="$(free_port)"
(cd "$root" && exec "$tmp/e2e-server" -addr "127.0.0.1:$perf_port" -synthetic 10000) >"$tmp/perf.log" 2>&1 &
pids+=($!)
wait_up "http://127.0.0.1:$perf_port/healthz" "$tmp/perf.log" "${pids[-1]}"

export E2E_BASE_URL="http://127.0.0.1:$port" E2E_PERF_URL="http://127.0.0.1:$perf_port" E2E_TOKEN="$token"
export E2E_SCREENSHOT="${E2E_SCREENSHOT-$root/docs/screenshot.png}"
echo "e2e: servers' logs in $tmp (kept if a test fails)"
cd "$e2e"
# nothing may print after this: CI reads the test runner's closing summary
# shellcheck disable=SC2086 # E2E_TESTS is a list of globs
node --test --test-concurrency=1 ${E2E_TESTS:-test/*.test.mjs}
