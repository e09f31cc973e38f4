#!/usr/bin/env bash
# Indexing speed beside Lucene Java: the engines take turns, RUNS times at 1 and at 2 threads, and the ratios are of
# medians. One run of each says little: on a 2-core machine the same indexing run varies by about ±10%.
#   index-medians.sh N [RUNS]      e.g. index-medians.sh 100000 3
# Needs what compare-with-lucene.sh needs (the peers' corpus, Debian's liblucene8-java). Results:
# $PEERS_DATA/results/medians-N/*.json and a table on stdout.
set -euo pipefail
N=${1:?usage: index-medians.sh N [RUNS]}
RUNS=${2:-3}
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
PEERS=${PEERS_DIR:-$ROOT/../shared/peers}
DATA=${PEERS_DATA:-/tmp/peers-data}
CORPUS=$DATA/corpus-$N.jsonl
OUT=$DATA/results/medians-$N
SCRATCH=$DATA/medians-index
mkdir -p "$OUT"

dotnet build -c Release "$ROOT/tests/Search.Benchmarks" >/dev/null
BENCH=(dotnet "$ROOT/tests/Search.Benchmarks/bin/Release/net10.0/Search.Benchmarks.dll")

for threads in 1 2; do
  for run in $(seq "$RUNS"); do
    echo "== run $run of $RUNS, $threads thread(s)" >&2
    rm -rf "$SCRATCH"
    "$PEERS/lucene-java/run.sh" index --corpus "$CORPUS" --index "$SCRATCH" --index-threads "$threads" > "$OUT/lucene-${threads}t-$run.json"
    rm -rf "$SCRATCH"
    "${BENCH[@]}" index --corpus "$CORPUS" --index "$SCRATCH" --no-extraction --threads "$threads" --json | tail -1 > "$OUT/ours-${threads}t-$run.json"
    rm -rf "$SCRATCH"
    "${BENCH[@]}" index --corpus "$CORPUS" --index "$SCRATCH" --threads "$threads" --json | tail -1 > "$OUT/ours-extraction-${threads}t-$run.json"
  done
done
rm -rf "$SCRATCH"

/usr/bin/python3 - "$OUT" "$RUNS" <<'EOF'
import json, statistics, sys
out, runs = sys.argv[1], int(sys.argv[2])
def rates(name, threads):
    return [json.load(open(f"{out}/{name}-{threads}t-{run}.json"))["index"]["docs_per_s"] for run in range(1, runs + 1)]
print("| threads | Lucene Java articles/s | ours, extraction off | ratio | ours, extraction on | ratio |")
print("|---:|---:|---:|---:|---:|---:|")
for threads in (1, 2):
    lucene, off, on = (statistics.median(rates(n, threads)) for n in ("lucene", "ours", "ours-extraction"))
    print(f"| {threads} | {lucene:,.0f} | {off:,.0f} | {off / lucene:.2f}× | {on:,.0f} | {on / lucene:.2f}× |")
print()
for name in ("lucene", "ours", "ours-extraction"):
    for threads in (1, 2):
        print(f"{name} {threads}t runs: " + ", ".join(f"{r:,.0f}" for r in rates(name, threads)))
EOF
