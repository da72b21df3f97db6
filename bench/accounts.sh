#!/usr/bin/env bash
# Issue 14's account benchmarks, this tree against the code before the issue (BASE, default 336855e)
# in the same run, each side on a fresh SQLite data folder of a Release (-c Bench) build, alternated
# ROUNDS times (best of each side counts: this machine's throughput moves by tens of percent):
#   sign-in            POST /api/v1/auth/login (PBKDF2)                  target ≥ 0.8× of before
#   registration       POST /api/v1/accounts (a new person each time)   target ≥ 0.8× of before
#   signed-in read     GET /api/v1/accounts/me (now: the security stamp read on every request)
#   import             50 000 valid 人口库 rows (.xlsx)                   target ≤ 2× the time of before,
#                      peak working set (VmHWM) printed for both sides (the import before this issue
#                      scanned its tracked rows for every row: some 20 minutes for 50 000 rows)
# Usage: bash bench/accounts.sh   [BASE=<commit>] [ROUNDS=2] [IMPORT_ROUNDS=1] [DUR=8s] [ROWS=50000]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
BASE=${BASE:-336855e}; ROUNDS=${ROUNDS:-2}; IMPORT_ROUNDS=${IMPORT_ROUNDS:-1}; DUR=${DUR:-8s}; CONN=${CONN:-16}; THREADS=2; ROWS=${ROWS:-50000}; PORT=${PORT:-5095}
WORK=$(mktemp -d /tmp/yiwang-accounts.XXXXXX)
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; git worktree remove --force "$WORK/base-src" >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT
export Bench__Endpoints=true Database__SeedDemoData=true Crypto__AllowGeneratedKeys=true Serilog__MinimumLevel__Default=Warning Imports__MaxSeconds=600 \
  RateLimits__LoginPerMinute=100000000 RateLimits__RegisterPerMinute=100000000 RateLimits__ProgressPerMinute=100000000 RateLimits__SearchPerMinute=100000000 RateLimits__SharePerMinute=100000000 RateLimits__SmsPerMinute=100000000
git worktree add -f --detach "$WORK/base-src" "$BASE" >/dev/null 2>&1
dotnet publish "$WORK/base-src/src/Yiwang.Web" -c Bench -o "$WORK/old" -v q -nologo >/dev/null
dotnet publish src/Yiwang.Web -c Bench -o "$WORK/new" -v q -nologo >/dev/null
B="http://127.0.0.1:$PORT"
start() { # build → a fresh process on a fresh data folder
  [ -n "$PID" ] && { kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; }
  rm -rf "$WORK/data"; mkdir -p "$WORK/data"
  Database__DataDirectory="$WORK/data" ASPNETCORE_URLS="$B" dotnet "$WORK/$1/Yiwang.Web.dll" >>"$WORK/$1.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 240); do curl -sf "$B/healthz" >/dev/null && return; sleep 0.5; done
  echo "$1 did not start"; tail -20 "$WORK/$1.log"; exit 1
}
login() { curl -s -c - -H 'Content-Type: application/json' -H 'X-Requested-With: XMLHttpRequest' -d "{\"userName\":\"$1\",\"password\":\"yiwang-2026\"}" "$B/api/v1/auth/login" | awk '/yiwang.auth/ {print "yiwang.auth=" $7}'; }
rps() { # wrk output → req/s; refuses a run with errors
  local out; out=$(cat)
  if grep -q "Non-2xx" <<<"$out"; then echo "errors: $(grep Non-2xx <<<"$out")" >&2; echo 0; return; fi
  awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out"
}
LOGIN='{"userName":"citizen","password":"yiwang-2026"}'
declare -A best
keep() { local k=$1 v=$2; [ "${best[$k]:-0}" -lt "$v" ] && best[$k]=$v || true; }
offset=0
for round in $(seq 1 "$ROUNDS"); do
  for side in old new; do
    start "$side"
    COOKIE="" BODY="$LOGIN" wrk -t$THREADS -c$CONN -d3s -s bench/post.lua "$B/api/v1/auth/login" >/dev/null
    keep "$side.login" "$(COOKIE="" BODY="$LOGIN" wrk -t$THREADS -c$CONN -d"$DUR" -s bench/post.lua "$B/api/v1/auth/login" | rps)"
    OFFSET=$offset THREADS=$THREADS wrk -t$THREADS -c$CONN -d3s -s bench/register.lua "$B/api/v1/accounts" >/dev/null; offset=$((offset + 2000000))
    keep "$side.register" "$(OFFSET=$offset THREADS=$THREADS wrk -t$THREADS -c$CONN -d"$DUR" -s bench/register.lua "$B/api/v1/accounts" | rps)"; offset=$((offset + 2000000))
    C=$(login citizen)
    wrk -t$THREADS -c$CONN -d3s -H "Cookie: $C" "$B/api/v1/accounts/me" >/dev/null
    keep "$side.me" "$(wrk -t$THREADS -c$CONN -d"$DUR" -H "Cookie: $C" "$B/api/v1/accounts/me" | rps)"
  done
done
ratio() { echo "$1 / $2" | bc -l | awk '{printf "%.2f", $1}'; }
echo "before = $BASE, now = $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'); best of $ROUNDS alternated rounds, $DUR each, $CONN connections"
printf "%-44s %9s %9s  %s\n" "" "before/s" "now/s" "now ÷ before"
printf "%-44s %9s %9s  %s× (target ≥ 0.8×)\n" "sign-in POST /api/v1/auth/login" "${best[old.login]}" "${best[new.login]}" "$(ratio "${best[new.login]}" "${best[old.login]}")"
printf "%-44s %9s %9s  %s× (target ≥ 0.8×)\n" "registration POST /api/v1/accounts" "${best[old.register]}" "${best[new.register]}" "$(ratio "${best[new.register]}" "${best[old.register]}")"
printf "%-44s %9s %9s  %s×\n" "signed-in read GET /api/v1/accounts/me" "${best[old.me]}" "${best[new.me]}" "$(ratio "${best[new.me]}" "${best[old.me]}")"

# The import: the same 50 000-row file on each side, a fresh process each time (its peak is the import's).
python3 bench/population_xlsx.py "$ROWS" "$WORK/people.xlsx"
declare -A secs peak
for round in $(seq 1 "$IMPORT_ROUNDS"); do
  for side in old new; do
    start "$side"
    A=$(login admin)
    t=$(curl -s -o "$WORK/import.json" -w '%{time_total}' -H 'X-Requested-With: XMLHttpRequest' -b "$A" -F "file=@$WORK/people.xlsx;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" "$B/api/v1/base-libraries/population/import")
    grep -q '"added"' "$WORK/import.json" || { echo "$side import failed: $(head -c 300 "$WORK/import.json")"; exit 1; }
    hwm=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status")
    if [ -z "${secs[$side]:-}" ] || [ "$(echo "$t < ${secs[$side]}" | bc)" = 1 ]; then secs[$side]=$t; fi
    if [ -z "${peak[$side]:-}" ] || [ "$hwm" -gt "${peak[$side]}" ]; then peak[$side]=$hwm; fi
  done
done
printf "%-44s %8.1fs %8.1fs  %s× the time (target ≤ 2×)\n" "import $ROWS 人口库 rows (.xlsx)" "${secs[old]}" "${secs[new]}" "$(echo "${secs[new]} / ${secs[old]}" | bc -l | awk '{printf "%.4f", $1}')"
printf "%-44s %7s MB %6s MB\n" "peak working set of the process (VmHWM)" "${peak[old]}" "${peak[new]}"
