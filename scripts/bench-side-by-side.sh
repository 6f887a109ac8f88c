#!/usr/bin/env bash
# bench-side-by-side.sh — conflictmap beside pg_featureserv on the same events, in one command
# (the workload of ../shared/bench/README.md). Prints a markdown table of req/s ranges and
# the ratio conflictmap / tuned pg_featureserv.
#
#   scripts/bench-side-by-side.sh            # 1,000,000 events, 3 rounds of 15 s per query
#   BENCH_QUICK=1 scripts/bench-side-by-side.sh   # 100,000 events, 3 rounds of 6 s, load wait 15 s
#   make bench-side [BENCH_QUICK=1]
#
# What it does: a throwaway PostgreSQL+PostGIS cluster in a temp dir on a free loopback port
# (as the unprivileged user $BENCH_PG_USER when run as root); load.sql; the same rows exported
# to CSV and bulk-loaded into a conflictmap buntdb store (tools/benchload, which also writes
# the id map id_cm.lua reads); `conflictmap serve` (time to /healthz 200 and RSS after start);
# pg_featureserv stock and "tuned" (ALTER DATABASE … SET max_parallel_workers_per_gather = 0),
# restarted before each of its runs; feature counts of a few boxes checked on both; then, for
# each query, BENCH_ROUNDS rounds of stock / conflictmap / tuned (order reversed every other
# round), each run waiting for the 1-minute load average to fall under BENCH_LOAD_MAX first
# (at most BENCH_LOAD_WAIT s), CPU and RSS sampled by mon.py. Everything is removed on exit
# (BENCH_KEEP=1 keeps the work dir); no system service is touched.
#
# Needs: wrk, python3, curl, PostgreSQL ($PG_BIN: initdb, pg_ctl, postgres, psql) with PostGIS,
# Go, and pg_featureserv: $PG_FEATURESERV (a binary) or $PG_FEATURESERV_SRC (a checkout, built
# here with `go build`; e.g. the fetch tool's `github:CrunchyData/pg_featureserv`, then
# `git --git-dir=/work/.mirror/CrunchyData+pg_featureserv/repo archive HEAD | tar x -C DIR`).
# pg_featureserv's code is never part of this repository.
#
# Environment (defaults in brackets):
#   BENCH_EVENTS [1000000; 100000 with BENCH_QUICK=1]  events (load.sql's first N rows)
#   BENCH_DURATION [15s; 6s quick]  BENCH_ROUNDS [3]  BENCH_CONNS [32]  BENCH_THREADS [2]
#   BENCH_QUERIES [box05 lean box2 id dt cql cqlf tile]    which rows of the table to run
#   BENCH_LOAD_MAX [1.0]  BENCH_LOAD_WAIT [60] (then run anyway, counted in the report)
#   BENCH_MON_LEAD [1] s mon.py starts before wrk    BENCH_DIR [../shared/bench]
#   CONFLICTMAP [built from this checkout]            BENCH_KEEP [0]  BENCH_WORK [mktemp]
#   BENCH_TILE_PATH [/api/collections/events/tiles/WebMercatorQuad/{z}/{y}/{x}] (z 6; run
#     only when conflictmap answers 200 there)
#   BENCH_CM_PG [auto]  third server `conflictmap serve --store postgres://…` when serve --help
#     mentions --store and benchload can load it (0: never)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH_DIR=${BENCH_DIR:-$ROOT/../shared/bench}
if [[ ${BENCH_QUICK:-0} == 1 ]]; then
	BENCH_EVENTS=${BENCH_EVENTS:-100000}
	BENCH_DURATION=${BENCH_DURATION:-6s}
	BENCH_LOAD_WAIT=${BENCH_LOAD_WAIT:-15}
fi
BENCH_EVENTS=${BENCH_EVENTS:-1000000}
BENCH_DURATION=${BENCH_DURATION:-15s}
BENCH_ROUNDS=${BENCH_ROUNDS:-3}
BENCH_CONNS=${BENCH_CONNS:-32}
BENCH_THREADS=${BENCH_THREADS:-2}
BENCH_QUERIES=${BENCH_QUERIES:-box05 lean box2 id dt cql cqlf tile}
BENCH_LOAD_MAX=${BENCH_LOAD_MAX:-1.0}
BENCH_LOAD_WAIT=${BENCH_LOAD_WAIT:-60}
BENCH_MON_LEAD=${BENCH_MON_LEAD:-1}
TILE_DEFAULT='/api/collections/events/tiles/WebMercatorQuad/{z}/{y}/{x}'
BENCH_TILE_PATH=${BENCH_TILE_PATH:-$TILE_DEFAULT}
BENCH_CM_PG=${BENCH_CM_PG:-auto}
BENCH_PG_USER=${BENCH_PG_USER:-postgres}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_EXT_DIR=${PG_EXT_DIR:-$("$PG_BIN/pg_config" --sharedir 2>/dev/null || echo /usr/share/postgresql/15)/extension}

say() { printf '%s bench: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() {
	say "error: $*"
	exit 1
}

# --- preflight: clear errors for what is missing -------------------------------------------
preflight() {
	local t
	for t in wrk python3 curl go; do
		command -v "$t" >/dev/null || die "$t is missing (apt-get install -y wrk python3 curl; Go from go.dev)"
	done
	# the interpreter itself, not a shim (pyenv's takes a second to start: mon.py would miss
	# the start of a run)
	PY=$(python3 -c 'import sys; print(sys.executable)')
	for t in initdb pg_ctl postgres psql; do
		[[ -x $PG_BIN/$t ]] || die "$PG_BIN/$t is missing: install postgresql (or set PG_BIN)"
	done
	[[ -f $PG_EXT_DIR/postgis.control ]] ||
		die "PostGIS is missing ($PG_EXT_DIR/postgis.control): apt-get install -y postgresql-15-postgis-3"
	for t in load.sql bbox.lua bbox_x.lua id.lua id_cm.lua mon.py; do
		[[ -f $BENCH_DIR/$t ]] || die "$BENCH_DIR/$t is missing (set BENCH_DIR to the shared bench files)"
	done
	if [[ -z ${PG_FEATURESERV:-} && -z ${PG_FEATURESERV_SRC:-} ]]; then
		die "pg_featureserv: set PG_FEATURESERV to its binary or PG_FEATURESERV_SRC to a checkout to build"
	fi
	for t in $BENCH_QUERIES; do
		[[ " box05 lean box2 id dt cql cqlf tile " == *" $t "* ]] || die "unknown query $t in BENCH_QUERIES (box05 lean box2 id dt cql cqlf tile)"
	done
	if [[ $(id -u) == 0 ]]; then
		id "$BENCH_PG_USER" >/dev/null 2>&1 ||
			die "running as root: PostgreSQL refuses root and user $BENCH_PG_USER does not exist (set BENCH_PG_USER)"
	fi
}

# --- work dir and cleanup ------------------------------------------------------------------
PIDS=()
PG_UP=0
cleanup() {
	local rc=$? p
	set +e
	# only the servers started here, by pid; a stopped one is no longer listed
	for p in "${PGFS_PID:-}" "${PIDS[@]}"; do
		[[ -n $p ]] && kill "$p" 2>/dev/null && wait "$p" 2>/dev/null
	done
	if [[ $PG_UP == 1 ]]; then
		as_pg "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -m fast -w stop >/dev/null 2>&1
	fi
	if [[ ${BENCH_KEEP:-0} == 1 ]]; then
		say "kept $WORK"
	elif [[ -n ${WORK:-} && -d $WORK ]]; then
		rm -rf "$WORK"
	fi
	exit "$rc"
}

# as_pg runs a PostgreSQL server program as an unprivileged user when we are root.
as_pg() {
	if [[ $(id -u) == 0 ]]; then
		runuser -u "$BENCH_PG_USER" -- "$@"
	else
		"$@"
	fi
}

free_port() {
	"$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

psql_q() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }

# --- PostgreSQL ----------------------------------------------------------------------------
start_pg() {
	mkdir -p "$WORK/pgdata" "$WORK/pgsock"
	if [[ $(id -u) == 0 ]]; then chown "$BENCH_PG_USER" "$WORK/pgdata" "$WORK/pgsock"; fi
	as_pg "$PG_BIN/initdb" -D "$WORK/pgdata" -U postgres -A trust -E UTF8 --no-sync >"$WORK/initdb.log" 2>&1 ||
		die "initdb failed: $(tail -3 "$WORK/initdb.log")"
	PG_PORT=$(free_port)
	as_pg "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -l "$WORK/pgsock/pg.log" -w -t 60 \
		-o "-p $PG_PORT -k $WORK/pgsock -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null ||
		die "PostgreSQL did not start: $(tail -5 "$WORK/pgsock/pg.log")"
	PG_UP=1
	PG_PM=$(head -1 "$WORK/pgdata/postmaster.pid")
	say "PostgreSQL on 127.0.0.1:$PG_PORT (postmaster $PG_PM)"
}

load_pg() {
	psql_q -d postgres -c 'create database bench'
	psql_q -d bench -c 'create extension postgis'
	# load.sql's first N rows are the same whatever N: r is drawn in generate_series order.
	sed "s/generate_series(1,1000000)/generate_series(1,$BENCH_EVENTS)/" "$BENCH_DIR/load.sql" >"$WORK/load.sql"
	local t0=$SECONDS
	psql_q -d bench -f "$WORK/load.sql" >"$WORK/load.log" 2>&1 || die "load.sql failed: $(tail -5 "$WORK/load.log")"
	local n
	n=$(psql_q -d bench -tAc 'select count(*) from events')
	[[ $n == "$BENCH_EVENTS" ]] || die "events holds $n rows, want $BENCH_EVENTS"
	say "load.sql: $n events in $((SECONDS - t0)) s ($(psql_q -d bench -tAc "select pg_size_pretty(pg_total_relation_size('events'))") with index)"
	psql_q -d bench -c "\\copy (select id, event_type, date, country, fatalities, ST_X(geom), ST_Y(geom) from events order by id) to '$WORK/events.csv' csv"
}

# --- conflictmap ---------------------------------------------------------------------------
build_tools() {
	mkdir -p "$WORK/bin"
	(cd "$ROOT" && go build -o "$WORK/bin/benchload" ./tools/benchload) || die "building tools/benchload failed"
	if [[ -z ${CONFLICTMAP:-} ]]; then
		# the commit built, kept for the report: the checkout may move on during the run
		CM_COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')
		git -C "$ROOT" diff --quiet HEAD 2>/dev/null || CM_COMMIT+="+changes"
		say "building conflictmap from $ROOT ($CM_COMMIT)"
		(cd "$ROOT" && go build -o "$WORK/bin/conflictmap" ./cmd/conflictmap) || die "building conflictmap failed"
		CONFLICTMAP=$WORK/bin/conflictmap
	fi
	if [[ -z ${PG_FEATURESERV:-} ]]; then
		say "building pg_featureserv from $PG_FEATURESERV_SRC"
		(cd "$PG_FEATURESERV_SRC" && go build -o "$WORK/bin/pg_featureserv" .) || die "building pg_featureserv failed"
		PG_FEATURESERV=$WORK/bin/pg_featureserv
	fi
	[[ -x $PG_FEATURESERV ]] || die "PG_FEATURESERV=$PG_FEATURESERV is not an executable"
}

load_cm() {
	local t0=$SECONDS
	"$WORK/bin/benchload" --csv "$WORK/events.csv" --db "$WORK/cm.db" --ids "$WORK/cmids.txt" 2>&1 | tee "$WORK/benchload.log" >&2
	[[ ${PIPESTATUS[0]} == 0 ]] || die "benchload failed"
	CM_LOAD_S=$((SECONDS - t0))
	CM_DB_MB=$(du -m "$WORK/cm.db" | cut -f1)
	say "conflictmap store: ${CM_DB_MB} MB, loaded in ${CM_LOAD_S} s"
	# id.lua and id_cm.lua draw ids 1..1,000,000: keep them within the N rows loaded.
	sed "s/1000000/$BENCH_EVENTS/" "$BENCH_DIR/id.lua" >"$WORK/id.lua"
	sed "s/1000000/$BENCH_EVENTS/" "$BENCH_DIR/id_cm.lua" >"$WORK/id_cm.lua"
}

# wait_http URL SECONDS: until URL answers 200; prints the seconds it took.
wait_http() {
	local t0 t
	t0=$(date +%s.%N)
	while :; do
		if [[ $(curl -s -o /dev/null -w '%{http_code}' "$1" 2>/dev/null) == 200 ]]; then break; fi
		t=$(date +%s.%N)
		if awk -v a="$t0" -v b="$t" -v m="$2" 'BEGIN{exit !(b-a>m)}'; then return 1; fi
		sleep 0.1
	done
	awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}'
}

rss_mb() { awk '/^VmRSS/{printf "%.0f", $2/1024}' "/proc/$1/status"; }

start_cm() {
	CM_PORT=$(free_port)
	"$CONFLICTMAP" serve --addr "127.0.0.1:$CM_PORT" --db "$WORK/cm.db" --seed=false >"$WORK/cm.log" 2>&1 &
	CM_PID=$!
	PIDS+=("$CM_PID")
	CM_READY_S=$(wait_http "http://127.0.0.1:$CM_PORT/healthz" 600) || die "conflictmap serve not ready: $(tail -5 "$WORK/cm.log")"
	CM_START_RSS=$(rss_mb "$CM_PID")
	say "conflictmap serve ready in ${CM_READY_S} s, ${CM_START_RSS} MB resident (pid $CM_PID)"
}

# --- pg_featureserv: restarted before each run (its pool wedges after wrk drops connections) -
# start_pgfs stock|tuned
start_pgfs() {
	if [[ $1 == tuned ]]; then
		psql_q -d postgres -c 'alter database bench set max_parallel_workers_per_gather = 0'
	else
		psql_q -d postgres -c 'alter database bench reset max_parallel_workers_per_gather'
	fi
	PGFS_PORT=$(free_port)
	(cd "$WORK" && DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/bench" \
		PGFS_SERVER_HTTPHOST=127.0.0.1 PGFS_SERVER_HTTPPORT=$PGFS_PORT PGFS_PAGING_LIMITMAX=10000 \
		exec "$PG_FEATURESERV" >"$WORK/pgfs.log" 2>&1) &
	PGFS_PID=$!
	wait_http "http://127.0.0.1:$PGFS_PORT/collections/public.events.json" 60 >/dev/null ||
		die "pg_featureserv not ready: $(tail -5 "$WORK/pgfs.log")"
}

stop_pgfs() {
	kill "$PGFS_PID" 2>/dev/null || true
	wait "$PGFS_PID" 2>/dev/null || true
	PGFS_PID=
}

# nfeat URL: how many features a GeoJSON reply holds.
nfeat() { curl -sf "$1" | "$PY" -c 'import json,sys; print(len(json.load(sys.stdin)["features"]))'; }

# check_counts: a few boxes (and one filter) return the same features from PostGIS, pg_featureserv
# and conflictmap.
check_counts() {
	local box b sql pg pf cm bad=0 filt
	start_pgfs tuned
	for box in 44.70,41.65,44.80,41.75 49.80,40.35,49.95,40.50 38.00,36.00,39.00,37.00 46.00,39.00,46.30,39.30; do
		IFS=, read -r -a b <<<"$box"
		# ST_Intersects, not &&: && compares float4 boxes, which take in points just outside
		sql="select count(*) from events where ST_Intersects(geom, ST_MakeEnvelope(${b[0]},${b[1]},${b[2]},${b[3]},4326))"
		for filt in "" "event_type = 'Battles' AND fatalities > 0"; do
			pg=$(psql_q -d bench -tAc "$sql${filt:+ and $filt}")
			if [[ -z $filt ]]; then
				pf=$(nfeat "http://127.0.0.1:$PGFS_PORT/collections/public.events/items.json?bbox=$box&limit=10000")
				cm=$(nfeat "http://127.0.0.1:$CM_PORT/api/collections/events/items?bbox=$box&limit=10000")
			else
				pf=$(nfeat "http://127.0.0.1:$PGFS_PORT/collections/public.events/items.json?bbox=$box&limit=10000&filter=$(urlenc "$filt")")
				cm=$(nfeat "http://127.0.0.1:$CM_PORT/api/collections/events/items?bbox=$box&limit=10000&filter=$(urlenc "${filt/Battles/clash}")")
			fi
			[[ $pg == "$pf" && $pg == "$cm" ]] || bad=1
			COUNTS+="| $box ${filt:+($filt)} | $pg | $pf | $cm |"$'\n'
		done
	done
	stop_pgfs
	[[ $bad == 0 ]] || say "warning: feature counts differ between servers (see the counts table)"
}

urlenc() { "$PY" -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

# --- the runs --------------------------------------------------------------------------------
wait_load() {
	local t0=$SECONDS l
	while :; do
		l=$(cut -d' ' -f1 /proc/loadavg)
		awk -v l="$l" -v m="$BENCH_LOAD_MAX" 'BEGIN{exit !(l<m)}' && return 0
		if ((SECONDS - t0 >= BENCH_LOAD_WAIT)); then
			say "load average still $l after ${BENCH_LOAD_WAIT} s: running anyway"
			LOADED_RUNS=$((LOADED_RUNS + 1))
			return 0
		fi
		sleep 5
	done
}

# wrk_args QUERY SERVER: the wrk script and its arguments for one query on one server
# (SERVER pgfs or cm); returns 1 when the server has no such query.
wrk_args() {
	local pf=/collections/public.events/items.json cm=/api/collections/events/items
	local p=$pf s=$2 d1 d2
	[[ $s == cm ]] && p=$cm
	d1=$(urlenc "date BETWEEN '2021-01-01' AND '2021-12-31'")
	case $1 in
	box05) ARGS=("$BENCH_DIR/bbox.lua" 0.5 100 "$p") ;;
	# the same pages in conflictmap's lean form (every property but the sources and their
	# quotes): per feature what pg_featureserv's rows carry; pg_featureserv's query is box05's
	lean) if [[ $s == cm ]]; then ARGS=("$BENCH_DIR/bbox_x.lua" 0.5 100 "$p" "profile=lean")
	else ARGS=("$BENCH_DIR/bbox.lua" 0.5 100 "$p"); fi ;;
	box2) ARGS=("$BENCH_DIR/bbox.lua" 2 1000 "$p") ;;
	id) if [[ $s == cm ]]; then ARGS=("$WORK/id_cm.lua" "$cm/" "$WORK/cmids.txt"); else ARGS=("$WORK/id.lua"); fi ;;
	dt) if [[ $s == cm ]]; then ARGS=("$BENCH_DIR/bbox_x.lua" 0.5 100 "$p" "datetime=2021-01-01%2F2021-12-31")
	else ARGS=("$BENCH_DIR/bbox_x.lua" 0.5 100 "$p" "filter=$d1"); fi ;;
	cql) d2="event_type = 'Battles' AND fatalities > 0"
		[[ $s == cm ]] && d2=${d2/Battles/clash}
		ARGS=("$BENCH_DIR/bbox_x.lua" 0.5 100 "$p" "filter=$(urlenc "$d2")") ;;
	cqlf) ARGS=("$BENCH_DIR/bbox_x.lua" 2 100 "$p" "filter=$(urlenc 'fatalities >= 5')") ;;
	tile) [[ $s == cm && $TILES == 1 ]] || return 1
		ARGS=("$ROOT/scripts/bench/tiles.lua" 6 "$BENCH_TILE_PATH") ;;
	*) die "unknown query $1 (BENCH_QUERIES: box05 lean box2 id dt cql cqlf tile)" ;;
	esac
}

# run_one QUERY SERVER ROUND: one wrk run with mon.py beside it; appends a line to results.tsv.
run_one() {
	local q=$1 who=$2 r=$3 srv=cm port pid secs out mon
	[[ $who == cm || $who == cmpg ]] || srv=pgfs
	wrk_args "$q" "$srv" || return 0
	wait_load
	if [[ $srv == pgfs ]]; then
		start_pgfs "$who"
		port=$PGFS_PORT pid=$PGFS_PID
	elif [[ $who == cmpg ]]; then
		port=$CMPG_PORT pid=$CMPG_PID
	else
		port=$CM_PORT pid=$CM_PID
	fi
	secs=${BENCH_DURATION%s}
	# mon.py takes its first sample only after scanning /proc (a second or more on a busy
	# machine): start it first so that its window is wrk's.
	"$PY" "$BENCH_DIR/mon.py" "$secs" "$pid" "$PG_PM" >"$WORK/mon.out" 2>&1 &
	mon=$!
	sleep "$BENCH_MON_LEAD"
	out=$(wrk -t"$BENCH_THREADS" -c"$BENCH_CONNS" -d"$BENCH_DURATION" --timeout 30s -s "${ARGS[0]}" \
		"http://127.0.0.1:$port" -- "${ARGS[@]:1}" 2>&1 | grep '^RESULT' || true)
	wait "$mon" || true
	[[ $srv == pgfs ]] && stop_pgfs
	[[ -n $out ]] || die "wrk gave no result for $q on $who"
	printf '%s\t%s\t%s\t%s\t%s\n' "$q" "$who" "$r" "$out" "$(grep '^MON' "$WORK/mon.out" || echo MON)" >>"$WORK/results.tsv"
	say "$q $who round $r: $(sed 's/ p90.*non2xx/ non2xx/; s/ conn_err.*//' <<<"$out")"
}

run_all() {
	local q r who order
	for q in $BENCH_QUERIES; do
		for ((r = 1; r <= BENCH_ROUNDS; r++)); do
			order="stock cm${CMPG:+ cmpg} tuned"
			((r % 2 == 0)) && order="tuned${CMPG:+ cmpg} cm stock"
			for who in $order; do run_one "$q" "$who" "$r"; done
		done
	done
}

# --- optional servers ------------------------------------------------------------------------
probe_tiles() {
	TILES=0
	local p
	p=$(sed 's/{z}/6/; s/{x}/40/; s/{y}/24/' <<<"$BENCH_TILE_PATH")
	if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$CM_PORT$p") == 200 ]]; then
		TILES=1
	else
		say "no tiles at $p on conflictmap: the tile row is skipped"
	fi
}

# start_cmpg: conflictmap serve --store postgres://… as a third server, when serve has --store
# and benchload can fill such a store.
start_cmpg() {
	CMPG=
	[[ $BENCH_CM_PG != 0 ]] || return 0
	if ! "$CONFLICTMAP" serve --help 2>&1 | grep -q -- '--store'; then
		say "conflictmap serve has no --store: no third server"
		return 0
	fi
	psql_q -d postgres -c 'create database cmstore'
	local url="postgres://postgres@127.0.0.1:$PG_PORT/cmstore?sslmode=disable"
	if ! "$WORK/bin/benchload" --csv "$WORK/events.csv" --db "$url" --ids "$WORK/cmids_pg.txt" >"$WORK/benchload_pg.log" 2>&1; then
		say "benchload cannot fill a postgres store ($(tail -1 "$WORK/benchload_pg.log")): no third server"
		return 0
	fi
	cmp -s "$WORK/cmids.txt" "$WORK/cmids_pg.txt" || die "the postgres store gave other feature ids than buntdb"
	CMPG_PORT=$(free_port)
	"$CONFLICTMAP" serve --addr "127.0.0.1:$CMPG_PORT" --store "$url" --seed=false >"$WORK/cmpg.log" 2>&1 &
	CMPG_PID=$!
	PIDS+=("$CMPG_PID")
	CMPG_READY_S=$(wait_http "http://127.0.0.1:$CMPG_PORT/healthz" 600) || die "conflictmap --store postgres not ready: $(tail -5 "$WORK/cmpg.log")"
	CMPG=1
	say "conflictmap --store postgres ready in ${CMPG_READY_S} s"
}

report() {
	echo
	echo "## Side-by-side: $BENCH_EVENTS events, $BENCH_ROUNDS rounds × $BENCH_DURATION, wrk -t$BENCH_THREADS -c$BENCH_CONNS ($(date -u +%Y-%m-%dT%H:%MZ), conflictmap ${CM_COMMIT:-$CONFLICTMAP}, $(nproc) cores)"
	echo
	"$PY" "$ROOT/scripts/bench/table.py" "$WORK/results.tsv"
	echo
	echo "conflictmap store: ${CM_DB_MB} MB (PostGIS table + index: $PG_SIZE), loaded by benchload in ${CM_LOAD_S} s;" \
		"\`serve\` ready in ${CM_READY_S} s, ${CM_START_RSS} MB resident after start${CMPG:+; --store postgres ready in ${CMPG_READY_S} s}."
	((LOADED_RUNS == 0)) || echo "$LOADED_RUNS runs started with the load average above $BENCH_LOAD_MAX (shared machine): compare ratios, not req/s."
	echo
	echo "| box | PostGIS count | pg_featureserv | conflictmap |"
	echo "| --- | --- | --- | --- |"
	printf '%s' "$COUNTS"
}

main() {
	preflight
	WORK=${BENCH_WORK:-$(mktemp -d /tmp/bench-side.XXXXXX)}
	mkdir -p "$WORK"
	chmod 755 "$WORK"
	trap cleanup EXIT
	trap 'exit 130' INT TERM
	LOADED_RUNS=0 COUNTS=
	: >"$WORK/results.tsv"
	say "work dir $WORK; $BENCH_EVENTS events; queries: $BENCH_QUERIES"
	build_tools
	start_pg
	load_pg
	PG_SIZE=$(psql_q -d bench -tAc "select pg_size_pretty(pg_total_relation_size('events'))")
	load_cm
	start_cm
	start_cmpg
	probe_tiles
	check_counts
	run_all
	report
}

main "$@"
