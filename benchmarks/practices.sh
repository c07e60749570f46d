#!/usr/bin/env bash
# Benchmark of practice-service: the full epraccur import of 8,165 GP practices, and
# GET /practices/{code} under concurrent load. Numbers and how they were taken:
# benchmarks/README.md. Needs the suite running on a database without practices:
#
#   rm -rf .landscape/postgres && ./landscape up          (in one terminal)
#   LANDSCAPE_IMPORT="hwb ccg" ./landscape import          (councils and CCGs only)
#   benchmarks/practices.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA_DIR="${LANDSCAPE_DATA_DIR:-$ROOT/../shared/data}"
[[ -d "$DATA_DIR/ods-2013" ]] || DATA_DIR=/work/shared/data
FILE="$DATA_DIR/ods-2013/epraccur-2015-07.csv"
URL=http://localhost:8082
RUNS="${RUNS:-3}"
TOKEN="$("$ROOT/landscape" token importer)"

existing="$(curl -sS "$URL/practices?limit=1" | sed -E 's/.*"total":([0-9]+).*/\1/')"
[[ "$existing" == 0 ]] || { echo "practice-service already holds $existing practices; see the header" >&2; exit 1; }

import() {
  curl -sS -o /dev/null --fail-with-body -w "%{time_total}" -X POST \
    -H "Authorization: Bearer $TOKEN" -F "file=@$FILE" "$URL/imports/epraccur?extractDate=2015-07-01&dryRun=$1"
}

echo "epraccur import, 8,165 practices created (dry runs: every row written and every"
echo "constraint checked, then rolled back)"
for run in $(seq 1 "$RUNS"); do
  echo "  dry run $run: $(import true) s"
done
echo "  real import: $(import false) s"
echo "  re-import of the same file (nothing changes): $(import false) s"

JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
for clients in 1 16 64; do
  echo "GET /practices/{code}?asOf=2014-01-01, $clients concurrent clients, 20 s after 5 s warm-up"
  "$JAVA" "$ROOT/benchmarks/LoadGet.java" "$URL" '/practices/{code}?asOf=2014-01-01' \
    "$URL/practices?limit=500&offset=1000" "$clients" 20 | sed 's/^/  /'
done
