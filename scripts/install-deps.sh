#!/usr/bin/env bash
# Installs what the tests need beyond Go and Node: GDAL's command-line tools (ogrinfo, ogr2ogr)
# for the OGC API tests, Debian's chromium for the browser tests, and PostgreSQL with the PostGIS
# package of its major version for the PostGIS store's tests. Idempotent; quiet when all is there.
set -euo pipefail
need=()
command -v ogrinfo >/dev/null 2>&1 || need+=(gdal-bin)
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v python3 >/dev/null 2>&1 || need+=(python3)
# PostgreSQL and PostGIS: the tests run their own cluster (internal/pgtest), never the service.
if ! ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then
  pgmajor=""
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && pgmajor=$(basename "$(dirname "$d")")
  done
  if [ -z "$pgmajor" ]; then
    need+=(postgresql)
    # the major version Debian's postgresql depends on (postgresql-15 on Debian 12)
    pgmajor=$(apt-cache depends postgresql 2>/dev/null | sed -n 's/.*Depends: postgresql-\([0-9][0-9]*\)$/\1/p' | head -n1)
  fi
  need+=("postgresql-${pgmajor:-15}-postgis-3")
fi
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
echo "install-deps: installing ${need[*]}" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
