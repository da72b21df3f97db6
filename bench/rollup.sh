#!/usr/bin/env bash
# The nightly rollup, this tree against an earlier commit (BASE, default ded3fd3: before issue 13),
# on the same generated history: the history is generated once (by BASE), each side gets its own copy
# of the SQLite file (the newer side migrates its copy forward), then the rollup is timed ROUNDS times
# on each side, alternated ABBA, each time on a fresh process after its rows were deleted, so every
# run rolls the whole year from the cases again. Prints each side's runs, medians and now ÷ before
# (of the speed: above 1 is faster).
# Usage: bash bench/rollup.sh   [BASE=<commit>] [ROUNDS=6] [CASES=1000000] [OPEN=200000]
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${BASE:-ded3fd3}; ROUNDS=${ROUNDS:-6}; CASES=${CASES:-1000000}; OPEN=${OPEN:-200000}; PORT=${PORT:-5096}
WORK=$(mktemp -d /tmp/yiwang-rollup.XXXXXX)
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; git worktree remove --force "$WORK/base-src" >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT
export Bench__Endpoints=true Database__SeedDemoData=true Crypto__AllowGeneratedKeys=true Serilog__MinimumLevel__Default=Warning \
  Supervision__SweepMinutes=0 Indicators__RollupMinutes=0 RateLimits__LoginPerMinute=100000000
git worktree add -f --detach "$WORK/base-src" "$BASE" >/dev/null 2>&1
publish() { # tree → a Release build with the bench endpoints (-c Bench where the tree has it)
  local config=Release; grep -q "'Bench'" "$1/src/Yiwang.Web/Yiwang.Web.csproj" && config=Bench
  dotnet publish "$1/src/Yiwang.Web" -c $config -o "$2" -v q -nologo >/dev/null
}
publish "$WORK/base-src" "$WORK/old"; publish . "$WORK/new"
B="http://127.0.0.1:$PORT"
start() { # side → a fresh process on that side's data folder
  stop
  Database__DataDirectory="$WORK/data-$1" ASPNETCORE_URLS="$B" dotnet "$WORK/$1/Yiwang.Web.dll" >>"$WORK/$1.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 600); do curl -sf "$B/healthz" >/dev/null && return; sleep 0.5; done
  echo "$1 did not start"; tail -20 "$WORK/$1.log"; exit 1
}
stop() { [ -n "$PID" ] && { kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; PID=""; }; return 0; }
login() { curl -s -c - -H 'Content-Type: application/json' -H 'X-Requested-With: XMLHttpRequest' -d "{\"userName\":\"$1\",\"password\":\"yiwang-2026\"}" "$B/api/v1/auth/login" | awk '/yiwang.auth/ {print "yiwang.auth=" $7}'; }

mkdir -p "$WORK/data-old"
start old
echo "generating $CASES cases ($OPEN open) with $BASE …"
curl -sf -X POST "$B/bench/generate-history?cases=$CASES&open=$OPEN" >/dev/null || { echo "generation failed"; tail -30 "$WORK/old.log"; exit 1; }
stop
cp -r "$WORK/data-old" "$WORK/data-new"
forget() { python3 - "$WORK/data-$1/yiwang.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1]); db.execute('DELETE FROM "DailyFigures"'); db.execute('DELETE FROM "FigureDays"'); db.commit(); db.execute('PRAGMA wal_checkpoint(TRUNCATE)')
PY
}
declare -A runs
for round in $(seq 1 "$ROUNDS"); do
  order="old new"; [ $((round % 2)) = 0 ] && order="new old"
  for side in $order; do
    forget "$side"; start "$side"
    A=$(login admin)
    t=$(curl -s -o "$WORK/rollup.json" -w '%{time_total}' -X POST -H 'X-Requested-With: XMLHttpRequest' -b "$A" "$B/api/v1/indicators/rollup")
    grep -q '"daysRolled"' "$WORK/rollup.json" || { echo "$side rollup failed: $(head -c 300 "$WORK/rollup.json")"; exit 1; }
    runs[$side]="${runs[$side]:-} $t"
    echo "round $round $side: ${t}s $(cat "$WORK/rollup.json")"
  done
done
stop
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
old=$(median <<<"${runs[old]}"); new=$(median <<<"${runs[new]}")
echo "before = $BASE, now = $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'); $CASES cases, $ROUNDS runs each side, alternated ABBA"
printf "%-28s %s\n" "before (s):" "${runs[old]}" "now (s):" "${runs[new]}"
printf "daily rollup, median   before %.2f s   now %.2f s   now ÷ before (speed) %.2f×\n" "$old" "$new" "$(echo "$old / $new" | bc -l)"
