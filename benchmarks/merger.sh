#!/usr/bin/env bash
# Benchmark of the CCG reconfiguration saga: a merger of three CCGs with about 150 practices and
# 100 contracts into a new CCG, across the four services. Numbers and how they were taken:
# benchmarks/README.md. Needs the suite running with the national landscape loaded:
#
#   rm -rf .landscape/postgres && ./landscape up          (in one terminal)
#   ./landscape import                                      (everything, the replay included)
#   benchmarks/merger.sh [successor-code]                   (default M1B01; a fresh code per run)
#   PREDECESSORS="02H 00V 02A" benchmarks/merger.sh M1B02   (another run: three other CCGs)
#
# The three predecessors are Greater Manchester CCGs open since 2013 (00T, 01W, 01G: 145 member
# practices in epraccur 2015-07). The script gives them 100 active contracts, proposes their merger
# on 2021-10-01 (MERGER_DATE), approves it, and times it until the saga completes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
URL=http://localhost:8083
SUCCESSOR="${1:-M1B01}"
read -r -a PREDECESSORS <<< "${PREDECESSORS:-00T 01W 01G}"
TOKEN="$("$ROOT/landscape" token editor)"
# CCGs commission contracts until the ICBs take over on 2022-07-01: a merger before then
DATE="${MERGER_DATE:-2021-10-01}"
auth=(-H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json')
now_ms() { date +%s%3N; }

practices=0
for ccg in "${PREDECESSORS[@]}"; do
  count="$(curl -sS "localhost:8082/ccgs/$ccg/practices?asOf=$DATE&limit=1" | sed -E 's/.*"total":([0-9]+).*/\1/')"
  practices=$((practices + count))
done
echo "predecessors ${PREDECESSORS[*]}: $practices member practices on $DATE"

started="$(now_ms)"
for n in $(seq 1 100); do
  ccg="${PREDECESSORS[$(( n % 3 ))]}"
  reference="BENCH-$SUCCESSOR-$n"
  curl -sS -o /dev/null --fail-with-body "${auth[@]}" -X POST "$URL/contracts" -d "{\"reference\":\"$reference\",
    \"commissioner\":{\"kind\":\"CCG\",\"code\":\"$ccg\"},\"providerCode\":\"RM3\",
    \"category\":\"ELECTIVE_HOSPITAL_CARE\",\"value\":$((100000 + n)),
    \"startDate\":\"2021-04-01\",\"endDate\":\"2024-04-01\"}"
  curl -sS -o /dev/null --fail-with-body "${auth[@]}" -H 'If-Match: "0"' -X POST "$URL/contracts/$reference/activation"
done
echo "100 active contracts created in $(( $(now_ms) - started )) ms"

codes="$(printf '"%s",' "${PREDECESSORS[@]}")"
proposal="{\"kind\":\"MERGER\",\"predecessorCodes\":[${codes%,}],\"successorCode\":\"$SUCCESSOR\",
  \"newSuccessorName\":\"NHS Benchmark $SUCCESSOR CCG\",\"effectiveDate\":\"$DATE\"}"
id="$(curl -sS --fail-with-body "${auth[@]}" -X POST "$URL/reconfigurations" -d "$proposal" | sed -E 's/^\{"id":([0-9]+).*/\1/')"
started="$(now_ms)"
curl -sS -o /tmp/merger-preview.json --fail-with-body "$URL/reconfigurations/$id/preview"
echo "preview: $(( $(now_ms) - started )) ms ($(grep -o '"practiceCode"' /tmp/merger-preview.json | wc -l) practices, $(grep -o '"successorReference"' /tmp/merger-preview.json | wc -l) contracts, $(grep -o '"personName"' /tmp/merger-preview.json | wc -l) seats)"

started="$(now_ms)"
curl -sS -o /dev/null --fail-with-body "${auth[@]}" -X POST "$URL/reconfigurations/$id/approval"
echo "approval (re-checks the preview): $(( $(now_ms) - started )) ms"
while :; do
  status="$(curl -sS "$URL/reconfigurations/$id")"
  state="$(sed -E 's/.*"state":"([A-Z]+)".*/\1/' <<< "$status")"
  [[ "$state" == COMPLETED || "$state" == FAILED ]] && break
  sleep 0.05
done
echo "approved to $state: $(( $(now_ms) - started )) ms (includes the wait for the runner's next look, at most 2 s)"
python3 - "$status" <<'PY'
import json, sys
from datetime import datetime
status = json.loads(sys.argv[1])
steps = status["steps"]
times = [datetime.fromisoformat(s["updatedAt"].replace("Z", "+00:00")) for s in steps]
start = datetime.fromisoformat(status["approvedAt"].replace("Z", "+00:00"))
print(f"saga execution, first step to last: {(times[-1] - times[0]).total_seconds() * 1000 + 0:.0f} ms after the first step's end")
previous = None
for step, at in zip(steps, times):
    took = "" if previous is None else f"{(at - previous).total_seconds() * 1000:.0f} ms"
    print(f"  {step['kind']:<22} {step['status']:<8} {took:>8}  {step['outcome']}")
    previous = at
PY
