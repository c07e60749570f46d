#!/usr/bin/env bash
# Benchmark of practice-service's history: a full later epraccur vintage (every one of the 8,165
# practices compared, facts recorded, histories derived again) imported over the national
# landscape, the mergers replayed. Numbers and how they were taken: benchmarks/README.md.
# Needs the suite running with the national landscape loaded:
#
#   rm -rf .landscape/postgres && ./landscape up ../shared/data   (in one terminal)
#   benchmarks/vintage.sh
#
# The later vintage (extract date 2016-07-01) is made from the shipped July 2015 file: every
# tenth practice still open joins the commissioner of the practice before it on 2016-05-01. The peer figure is
# pgbench -S on the same PostgreSQL in the same run (PGBENCH: its path).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA_DIR="${LANDSCAPE_DATA_DIR:-$ROOT/../shared/data}"
[[ -d "$DATA_DIR/ods-2013" ]] || DATA_DIR=/work/shared/data
SHIPPED="$DATA_DIR/ods-2013/epraccur-2015-07.csv"
URL=http://localhost:${LANDSCAPE_PRACTICE_PORT:-8082}
PG_PORT="${LANDSCAPE_PG_PORT:-55432}"
RUNS="${RUNS:-3}"
TOKEN="$("$ROOT/landscape" token importer)"
PGBENCH="${PGBENCH:-$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1 || true)}"

existing="$(curl -sS "$URL/practices?limit=1" | sed -E 's/.*"total":([0-9]+).*/\1/')"
[[ "$existing" -ge 8165 ]] || { echo "practice-service holds $existing practices; load the national landscape first (see the header)" >&2; exit 1; }

LATER="$(mktemp --suffix=.csv)"
awk -F'","' -v OFS='","' '
  $26 == "4" { gp++ }
  $26 == "4" && gp % 10 == 0 && $12 == "" && previous != "" { $15 = previous; $16 = "20160501" }
  $26 == "4" { previous = $15 }
  { print }' "$SHIPPED" > "$LATER"

REPORT="$(mktemp)"
trap 'rm -f "$LATER" "$REPORT"' EXIT
import() { # file extract-date dry-run: prints the seconds and the report's transfers
  local seconds
  seconds="$(curl -sS -o "$REPORT" --fail-with-body -w "%{time_total}" -X POST -H "Authorization: Bearer $TOKEN" \
    -F "file=@$1" "$URL/imports/epraccur?extractDate=$2&dryRun=$3")" || { cat "$REPORT" >&2; exit 1; }
  echo "$seconds s, $(sed -E 's/.*"transfers":([0-9]+).*/\1/' "$REPORT") transfers"
}

echo "epraccur vintage of 2016-07-01 over the national landscape (every 10th open practice changes commissioner)"
for run in $(seq 1 "$RUNS"); do
  echo "  dry run $run (all facts written, histories derived, constraints checked, rolled back): $(import "$LATER" 2016-07-01 true)"
done
echo "  real import: $(import "$LATER" 2016-07-01 false)"
echo "  the same vintage again (nothing changes): $(import "$LATER" 2016-07-01 false)"
echo "  the older shipped file after it (fills gaps, overwrites nothing): $(import "$SHIPPED" 2015-07-01 false)"

if [[ -n "$PGBENCH" ]]; then
  export PGPASSWORD=landscape
  "$PGBENCH" -h localhost -p "$PG_PORT" -U landscape -i -s 1 -q practice > /dev/null 2>&1
  tps="$("$PGBENCH" -h localhost -p "$PG_PORT" -U landscape -S -M prepared -c 32 -j 2 -T 10 practice 2> /dev/null \
    | sed -nE 's/^tps = ([0-9.]+).*/\1/p' | head -1)"
  echo "peer: pgbench -S -M prepared -c 32 -j 2, 10 s, on the same PostgreSQL: $tps tps"
  "$PGBENCH" -h localhost -p "$PG_PORT" -U landscape -i -I d practice > /dev/null 2>&1 || true
else
  echo "peer: pgbench not found (set PGBENCH)"
fi
