"""Prints bench-side-by-side.sh's results.tsv as a markdown table: req/s ranges per server and
the ratio of conflictmap to tuned pg_featureserv (median over median, and its worst–best)."""
import re
import statistics
import sys

NAMES = {
    "box05": "0.5° box, limit 100",
    "lean": "0.5° box, limit 100, conflictmap `profile=lean` (pg_featureserv: as above)",
    "box2": "2° box, limit 1000",
    "id": "items/{id}",
    "dt": "0.5° box + `datetime` one year (pg_featureserv: CQL2 `date BETWEEN`)",
    "cql": "0.5° box + CQL2 `event_type = … AND fatalities > 0`",
    "cqlf": "2° box, limit 100 + CQL2 `fatalities >= 5`",
    "tile": "tiles z6 (conflictmap only)",
}
WHO = ["stock", "tuned", "cm", "cmpg"]
HEAD = {"stock": "pg_featureserv stock", "tuned": "tuned", "cm": "conflictmap", "cmpg": "conflictmap --store postgres"}


def kv(s):
    return {k: v for k, v in re.findall(r"(\w+)=~?([\d.]+)", s)}


def fmt(x):
    return f"{x:,.0f}" if x >= 100 else (f"{x:.0f}" if x >= 10 else f"{x:.1f}")


def rng(v):
    lo, hi = min(v), max(v)
    return fmt(lo) if fmt(lo) == fmt(hi) else f"{fmt(lo)}–{fmt(hi)}"


def main(path):
    runs = {}
    order = []
    for line in open(path):
        q, who, _r, res, mon = line.rstrip("\n").split("\t")
        if q not in order:
            order.append(q)
        runs.setdefault((q, who), []).append((kv(res), kv(mon)))
    cols = [w for w in WHO if any(k[1] == w for k in runs)]
    print("| query | " + " | ".join(HEAD[w] for w in cols) + " | conflictmap / tuned | bytes/reply cm vs pgfs | non-2xx |")
    print("|" + " --- |" * (len(cols) + 4))
    for q in order:
        cells, rps = [], {}
        for w in cols:
            rs = runs.get((q, w), [])
            rps[w] = [float(r["rps"]) for r, _ in rs]
            cells.append(rng(rps[w]) if rs else "—")
        ratio = "—"
        if rps.get("cm") and rps.get("tuned") and min(rps["tuned"]) > 0:
            m = statistics.median(rps["cm"]) / statistics.median(rps["tuned"])
            ratio = f"×{m:.2g} ({min(rps['cm']) / max(rps['tuned']):.2g}–{max(rps['cm']) / min(rps['tuned']):.2g})"
        size = []
        for w in ("cm", "tuned"):
            rs = runs.get((q, w), [])
            n = sum(float(r["reqs"]) for r, _ in rs)
            size.append(f"{sum(float(r['MB']) for r, _ in rs) * 1e6 / n / 1000:.1f} KB" if n else "—")
        bad = sum(int(float(r["non2xx"])) + int(float(r["timeouts"])) for k, v in runs.items() if k[0] == q for r, _ in v)
        print(f"| {NAMES.get(q, q)} | " + " | ".join(cells) + f" | {ratio} | {size[0]} vs {size[1]} | {bad} |")
    print()
    print("| server | CPU while serving (100% = 1 core) | RSS max (server) | PostgreSQL RSS sum max |")
    print("| --- | --- | --- | --- |")
    for w in cols:
        ms = [m for k, v in runs.items() if k[1] == w for _, m in v if m]
        if not ms:
            continue
        cpu = [float(m.get("pgfs_cpu", 0)) for m in ms]
        pgc = [float(m.get("pg_cpu", 0)) for m in ms]
        rss = max(float(m.get("pgfs_rss_max", 0)) for m in ms)
        pgr = max(float(m.get("pg_rss_sum_max", 0)) for m in ms)
        print(f"| {HEAD[w]} | {rng(cpu)}% (PostgreSQL {rng(pgc)}%) | {rss:,.0f} MiB | {pgr:,.0f} MiB |")


if __name__ == "__main__":
    main(sys.argv[1])
