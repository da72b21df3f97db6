#!/usr/bin/env bash
# Supervision and the indicator dashboard at city scale, against a plain COUNT(*) over the same
# cases table in the same run (Release build, one-shot timings through the API):
#   dashboard for the year at city scope: cold (first query after a restart) < 1 s, warm < 100 ms
#   (finished days come from the daily rollup, which is run once after generating and timed apart)
#   supervision sweep over the open cases (only those whose check day has come)     < 1 s
# Usage: bash bench/supervision.sh [sqlite|postgres]   CASES=5000000 OPEN=1000000 (4 events per case)
set -euo pipefail
cd "$(dirname "$0")/.."
PROVIDER=${1:-sqlite}; PORT=${PORT:-5093}; CASES=${CASES:-5000000}; OPEN=${OPEN:-1000000}
export Supervision__SweepMinutes=0 Indicators__RollupMinutes=0   # the sweep and the daily rollup run only when timed
source bench/app.sh
start_app
ms() { awk '{printf "%.1f", $1 * 1000}'; }
timed() { curl -s -o /dev/null -w '%{time_total}' "$@" | ms; }
echo "provider: $PROVIDER, generating $CASES cases ($OPEN open) and $((CASES * 4)) events …"
curl -sf -X POST "$B/bench/generate-history?cases=$CASES&open=$OPEN" || { echo "generation failed:"; tail -30 "$DATA/app.log"; exit 1; }; echo
ADMIN=$(login admin)
rollup_ms=$(curl -s -o "$DATA/rollup.json" -w '%{time_total}' -X POST -H 'X-Requested-With: XMLHttpRequest' -b "$ADMIN" "$B/api/v1/indicators/rollup" | ms)
start_app   # cold: a fresh process, nothing cached in it
SUP=$(login supervisor)
YEAR=$(date +%Y)
count=$(timed "$B/bench/count-cases")
cold=$(timed -b "$SUP" "$B/api/v1/indicators?from=$YEAR-01-01&to=$YEAR-12-31")
warm=$(for _ in 1 2 3 4 5; do timed -b "$SUP" "$B/api/v1/indicators?from=$YEAR-01-01&to=$YEAR-12-31"; echo; done | sort -n | sed -n 3p)
count2=$(for _ in 1 2 3; do timed "$B/bench/count-cases"; echo; done | sort -n | sed -n 2p)
sweep=$(timed -X POST -H 'X-Requested-With: XMLHttpRequest' -b "$SUP" "$B/api/v1/supervision/sweep")
again=$(timed -X POST -b "$SUP" "$B/api/v1/supervision/sweep")
ratio() { echo "$1 / $2" | bc -l | awk '{printf "%.2f", $1}'; }
printf "%-52s %9s ms\n" "COUNT(*) over Cases (first / warm median)" "$count / $count2"
printf "%-52s %9s ms  (nightly job, once per finished day: %s)\n" "daily rollup of the generated history" "$rollup_ms" "$(cat "$DATA/rollup.json")"
printf "%-52s %9s ms  %s× COUNT(*)  (target < 1 000 ms)\n" "dashboard, year, city scope — cold" "$cold" "$(ratio "$cold" "$count")"
printf "%-52s %9s ms  %s× COUNT(*)  (target < 100 ms)\n" "dashboard, year, city scope — warm (median of 5)" "$warm" "$(ratio "$warm" "$count2")"
printf "%-52s %9s ms  %s× COUNT(*)  (target < 1 000 ms)\n" "sweep, $OPEN open cases ($((OPEN / 100)) due today)" "$sweep" "$(ratio "$sweep" "$count2")"
printf "%-52s %9s ms  %s× COUNT(*)\n" "sweep again (nothing new is due)" "$again" "$(ratio "$again" "$count2")"
