#!/usr/bin/env bash
# Installs what the tests need beyond Go and Node: GDAL's command-line tools (ogrinfo, ogr2ogr)
# for the OGC API tests and Debian's chromium for the browser tests. Idempotent; quiet when all is there.
set -euo pipefail
need=()
command -v ogrinfo >/dev/null 2>&1 || need+=(gdal-bin)
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v python3 >/dev/null 2>&1 || need+=(python3)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
echo "install-deps: installing ${need[*]}" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
