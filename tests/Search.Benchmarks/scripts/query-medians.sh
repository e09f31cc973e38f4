#!/usr/bin/env bash
# Query speed beside Lucene Java: the engines take turns on their existing indexes, RUNS times, each run measuring 1 and
# then 2 threads after its warm-up; the ratios are of medians. On a 2-core machine one run varies by 10-20%.
#   query-medians.sh N [RUNS]      e.g. query-medians.sh 1000000 3
# Needs the indexes compare-with-lucene.sh N leaves in $PEERS_DATA (lucene-N, ours-N) and the peers' queries.
# Results: $PEERS_DATA/results/query-medians-N/*.json and a table on stdout.
set -euo pipefail
N=${1:?usage: query-medians.sh N [RUNS]}
RUNS=${2:-3}
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
PEERS=${PEERS_DIR:-$ROOT/../shared/peers}
DATA=${PEERS_DATA:-/tmp/peers-data}
QUERIES=$DATA/queries.tsv
OUT=$DATA/results/query-medians-$N
mkdir -p "$OUT"

dotnet build -c Release "$ROOT/tests/Search.Benchmarks" >/dev/null
BENCH=(dotnet "$ROOT/tests/Search.Benchmarks/bin/Release/net10.0/Search.Benchmarks.dll")

for run in $(seq "$RUNS"); do
  echo "== run $run of $RUNS" >&2
  "$PEERS/lucene-java/run.sh" search --index "$DATA/lucene-$N" --queries "$QUERIES" --threads 1,2 > "$OUT/lucene-$run.json"
  "${BENCH[@]}" query --index "$DATA/ours-$N" --queries "$QUERIES" --threads 1,2 --json | tail -1 > "$OUT/ours-$run.json"
done

/usr/bin/python3 - "$OUT" "$RUNS" <<'PY'
import json, statistics, sys
out, runs = sys.argv[1], int(sys.argv[2])
def runs_of(name):
    return [json.load(open(f"{out}/{name}-{run}.json"))["search"] for run in range(1, runs + 1)]
def median(name, pick):
    return statistics.median(pick(s) for s in runs_of(name))
print("| threads | Lucene Java QPS | ours QPS | ratio | Lucene Java p99 ms | ours p99 ms |")
print("|---:|---:|---:|---:|---:|---:|")
for t in ("1", "2"):
    lq, oq = median("lucene", lambda s: s["qps"][t]), median("ours", lambda s: s["qps"][t])
    lp, op = median("lucene", lambda s: s[f"latency_ms_{t}t"]["p99"]), median("ours", lambda s: s[f"latency_ms_{t}t"]["p99"])
    print(f"| {t} | {lq:,.1f} | {oq:,.1f} | {oq / lq:.2f}× | {lp:.2f} | {op:.2f} |")
print()
for name in ("lucene", "ours"):
    for t in ("1", "2"):
        print(f"{name} {t}t QPS runs: " + ", ".join(f"{s['qps'][t]:,.1f}" for s in runs_of(name)))
PY
