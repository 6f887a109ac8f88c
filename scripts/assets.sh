#!/usr/bin/env bash
# Installs the map's npm packages (web/app, from its committed lockfile) and copies the files the
# browser needs into web/static/vendor/, which go:embed then puts into the binary. Idempotent and
# quick when nothing changed: npm ci runs only when the lockfile is newer than the last install,
# and a file is copied only when it differs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
app="$root/web/app"
vendor="$root/web/static/vendor"

stamp="$app/node_modules/.conflictmap-installed"
if [ ! -f "$stamp" ] || [ "$app/package-lock.json" -nt "$stamp" ] || [ "$app/package.json" -nt "$stamp" ]; then
	(cd "$app" && npm ci --no-audit --no-fund --loglevel=error)
	touch "$stamp"
fi

nm="$app/node_modules"
mkdir -p "$vendor/leaflet/images" "$vendor/markercluster" "$vendor/vectorgrid" "$vendor/topojson" "$vendor/world-atlas"
copy() { # copy SRC DST only when DST is missing or differs
	if ! cmp -s "$1" "$2"; then cp "$1" "$2"; fi
}
copy "$nm/leaflet/dist/leaflet.js" "$vendor/leaflet/leaflet.js"
copy "$nm/leaflet/dist/leaflet.css" "$vendor/leaflet/leaflet.css"
copy "$nm/leaflet/LICENSE" "$vendor/leaflet/LICENSE"
for f in "$nm"/leaflet/dist/images/*.png; do copy "$f" "$vendor/leaflet/images/$(basename "$f")"; done
copy "$nm/leaflet.markercluster/dist/leaflet.markercluster.js" "$vendor/markercluster/leaflet.markercluster.js"
copy "$nm/leaflet.markercluster/dist/MarkerCluster.css" "$vendor/markercluster/MarkerCluster.css"
copy "$nm/leaflet.markercluster/MIT-LICENCE.txt" "$vendor/markercluster/LICENSE"
# vector tiles (the map switches to them past a threshold of events in view); the bundled build
# carries pbf and vector-tile; its licence (Beerware) is at the end of its README
copy "$nm/leaflet.vectorgrid/dist/Leaflet.VectorGrid.bundled.min.js" "$vendor/vectorgrid/Leaflet.VectorGrid.bundled.min.js"
copy "$nm/leaflet.vectorgrid/README.md" "$vendor/vectorgrid/README.md"
copy "$nm/topojson-client/dist/topojson-client.min.js" "$vendor/topojson/topojson-client.min.js"
copy "$nm/topojson-client/LICENSE" "$vendor/topojson/LICENSE"
for f in countries-50m.json countries-10m.json LICENSE; do
	copy "$nm/world-atlas/$f" "$vendor/world-atlas/$f"
done
