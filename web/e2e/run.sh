#!/usr/bin/env bash
# Browser tests of the web map: starts a server on a free loopback port, waits until it answers,
# runs the tests under web/e2e/test with node's test runner in headless Chromium, stops the server.
#
#   bash web/e2e/run.sh                 # the stand-in server of web/e2e/server with the fixtures
#   E2E_SERVER_CMD='./conflictmap serve --addr {addr} --db {db} --token {token}' bash web/e2e/run.sh
#
# E2E_SERVER_CMD is run from the repository root with {addr}, {db} and {token} filled in; the
# server it starts must already hold some events (or seed them itself). The 10,000-event speed
# test always uses the stand-in server with synthetic events. CHROMIUM overrides /usr/bin/chromium.
set -euo pipefail
e2e="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$e2e/../.." && pwd)"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
	echo "e2e: no browser at $CHROMIUM (scripts/install-deps.sh installs Debian's chromium)" >&2
	exit 1
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
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
	rm -rf "$tmp"
}
trap cleanup EXIT

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
wait_up() { # wait_up URL LOG
	node -e '
		const url = process.argv[1], deadline = Date.now() + 30000;
		(async () => {
			for (;;) {
				try { const r = await fetch(url); if (r.status < 500) return; } catch {}
				if (Date.now() > deadline) { console.error("e2e: server did not answer at " + url); process.exit(1); }
				await new Promise((r) => setTimeout(r, 100));
			}
		})();' "$1" || { cat "$2" >&2; exit 1; }
}

(cd "$root" && go build -o "$tmp/e2e-server" ./web/e2e/server)
token="e2e-$RANDOM$RANDOM"

port="$(free_port)"
if [ -n "${E2E_SERVER_CMD:-}" ]; then
	cmd="${E2E_SERVER_CMD//\{addr\}/127.0.0.1:$port}"
	cmd="${cmd//\{db\}/$tmp/e2e.db}"
	cmd="${cmd//\{token\}/$token}"
	(cd "$root" && exec bash -c "exec $cmd") >"$tmp/server.log" 2>&1 &
else
	(cd "$root" && exec "$tmp/e2e-server" -addr "127.0.0.1:$port" -token "$token" -fixtures web/e2e/fixtures) >"$tmp/server.log" 2>&1 &
fi
pids+=($!)
wait_up "http://127.0.0.1:$port/healthz" "$tmp/server.log"

perf_port="$(free_port)"
(cd "$root" && exec "$tmp/e2e-server" -addr "127.0.0.1:$perf_port" -token "$token" -synthetic 10000) >"$tmp/perf.log" 2>&1 &
pids+=($!)
wait_up "http://127.0.0.1:$perf_port/healthz" "$tmp/perf.log"

export E2E_BASE_URL="http://127.0.0.1:$port" E2E_PERF_URL="http://127.0.0.1:$perf_port" E2E_TOKEN="$token"
export E2E_FIXTURES="${E2E_SERVER_CMD:+0}"
export E2E_SCREENSHOT="$root/docs/screenshot.png"
cd "$e2e"
node --test --test-concurrency=1 test/*.test.mjs
