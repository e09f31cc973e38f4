#!/usr/bin/env bash
# One benchmark session: Lucene Java (the peer in ../shared/peers) and this product, one after the other, on the same
# corpus and the same queries, so that the ratios are measured in one run on one machine.
#   compare-with-lucene.sh N [--extraction]     e.g. compare-with-lucene.sh 100000
# Needs: the peers' corpus and queries in $PEERS_DATA (make-corpus.py / make-queries.py), Debian's liblucene8-java,
# libjackson2-databind-java and wrk. Results: $PEERS_DATA/results/{lucene,ours}-N*.json, and a comparison of the dumps.
set -euo pipefail
N=${1:?usage: compare-with-lucene.sh N [--extraction]}
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
PEERS=${PEERS_DIR:-$ROOT/../shared/peers}
DATA=${PEERS_DATA:-/tmp/peers-data}
RES=$DATA/results
CORPUS=$DATA/corpus-$N.jsonl
QUERIES=$DATA/queries.tsv
mkdir -p "$RES"

dotnet build -c Release "$ROOT/tests/Search.Benchmarks" >/dev/null
dotnet build -c Release "$ROOT/src/Search.Web" >/dev/null
BENCH=(dotnet "$ROOT/tests/Search.Benchmarks/bin/Release/net10.0/Search.Benchmarks.dll")
SERVER=$ROOT/src/Search.Web/bin/Release/net10.0/Search.Web.dll

echo "== Lucene Java, N=$N" >&2
PEERS=lucene "$PEERS/run-all.sh" "$N" >&2

echo "== ours: index (extraction off), N=$N" >&2
rm -rf "$DATA/ours-$N"
"${BENCH[@]}" index --corpus "$CORPUS" --index "$DATA/ours-$N" --no-extraction --json | tee "$RES/ours-$N-index.txt" | tail -1 > "$RES/ours-$N-index.json"
if [ "${2:-}" = "--extraction" ]; then
  echo "== ours: index (extraction on), N=$N" >&2
  rm -rf "$DATA/ours-$N-extraction"
  "${BENCH[@]}" index --corpus "$CORPUS" --index "$DATA/ours-$N-extraction" --json | tee "$RES/ours-$N-index-extraction.txt" | tail -1 > "$RES/ours-$N-index-extraction.json"
  rm -rf "$DATA/ours-$N-extraction"
fi
echo "== ours: queries, N=$N" >&2
"${BENCH[@]}" query --index "$DATA/ours-$N" --queries "$QUERIES" --threads 1,2 --dump "$RES/ours-$N-dump.jsonl" --json \
  | tee "$RES/ours-$N-query.txt" | tail -1 > "$RES/ours-$N-query.json"
echo "== ours: facets, N=$N" >&2
"${BENCH[@]}" facets --index "$DATA/ours-$N" --json | tee "$RES/ours-$N-facets.txt" | tail -1 > "$RES/ours-$N-facets.json"
echo "== ours: HTTP, N=$N" >&2
"${BENCH[@]}" http --server "$SERVER" --index "$DATA/ours-$N" --queries "$QUERIES" --json | tee "$RES/ours-$N-http.txt" | tail -1 > "$RES/ours-$N-http.json"

echo "== same results? N=$N" >&2
/usr/bin/python3 "$PEERS/compare-dumps.py" "lucene=$RES/lucene-$N-dump.jsonl" "ours=$RES/ours-$N-dump.jsonl" | tee "$RES/compare-$N.txt"
