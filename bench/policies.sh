#!/usr/bin/env bash
# Issue 17 on the real stack: the nightly 政策找人 over FIRMS generated firms read from the database (PostgreSQL by
# default), and the 政策计算器's evaluate endpoint under wrk against the hello-world endpoint of the same process.
# Usage: bash bench/policies.sh [postgres|sqlite]   (FIRMS=100000 DUR=10s CONN=32)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
PROVIDER=${1:-postgres}; PORT=${PORT:-5094}; FIRMS=${FIRMS:-100000}; DUR=${DUR:-10s}; CONN=${CONN:-32}
source bench/app.sh
export Policies__MatchMinutes=0
start_app
H=(-H 'X-Requested-With: XMLHttpRequest' -H 'Content-Type: application/json')
echo "== 政策找人 on $PROVIDER: generating $FIRMS firms (法人库 + two years of 企业经营数据)"
curl -sf -X POST "${H[@]}" "$B/bench/seed-firms?count=$FIRMS" >/dev/null
echo "first match (every match new: traces written, messages, 免申即享 batches): $(curl -sf -X POST "${H[@]}" "$B/bench/policy-match")"
echo "nightly match again (nothing new):                                      $(curl -sf -X POST "${H[@]}" "$B/bench/policy-match")"

measure() { # url [lua] -> "rps p99ms"
  wrk -t2 -c"$CONN" -d"$DUR" --latency ${2:+-s "$2"} "$1" | awk '
    /Requests\/sec/ {rps=$2}
    /^ +99%/ {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; p99=v}
    END {printf "%.0f %.2f\n", rps, p99}'
}
export BODY='{"facts":{"industry_section":"C","revenue":"3000万元","rd_spend":"380万元","employees":"50","credit_ok":"是","high_tech":"否","established_on":"2015-03-01"}}' COOKIE=""
for u in "$B/bench/hello"; do wrk -t2 -c"$CONN" -d3s "$u" >/dev/null 2>&1; done
wrk -t2 -c"$CONN" -d3s -s bench/post.lua "$B/api/v1/policies/ZJJ-2022-XXRH/evaluate" >/dev/null 2>&1
wrk -t2 -c"$CONN" -d3s -s bench/post.lua "$B/api/v1/policies/evaluate" >/dev/null 2>&1
read -r hello hello_p99 < <(measure "$B/bench/hello")
printf "%-40s %9s req/s  p99 %6s ms\n" "hello-world (baseline)" "$hello" "$hello_p99"
row() { read -r rps p99 < <(measure "$2" bench/post.lua); printf "%-40s %9s req/s  p99 %6s ms  ratio %.3f×\n" "$1" "$rps" "$p99" "$(echo "$rps / $hello" | bc -l)"; }
row "evaluate one policy (3 clauses, traced)" "$B/api/v1/policies/ZJJ-2022-XXRH/evaluate"
row "evaluate every open policy (17 clauses)" "$B/api/v1/policies/evaluate"
