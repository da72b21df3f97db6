#!/usr/bin/env bash
# HTTP throughput of the public guide page and the search API, each as a ratio to a hello-world
# endpoint of the same process measured in the same run (Release build, SQLite, wrk on loopback).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
PORT=${PORT:-5090}; DUR=${DUR:-10s}; CONN=${CONN:-50}
DATA=$(mktemp -d /tmp/yiwang-bench.XXXXXX)
dotnet publish src/Yiwang.Web -c Bench -o "$DATA/app" -v q -nologo >/dev/null
Database__DataDirectory="$DATA" Bench__Endpoints=true Serilog__MinimumLevel__Default=Warning \
  ASPNETCORE_URLS="http://127.0.0.1:$PORT" dotnet "$DATA/app/Yiwang.Web.dll" >"$DATA/app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.5; done

measure() { # url -> "rps p99ms"
  wrk -t2 -c"$CONN" -d"$DUR" --latency "$1" | awk '
    /Requests\/sec/ {rps=$2}
    /^ +99%/ {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; p99=v}
    END {printf "%.0f %.2f\n", rps, p99}'
}
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
B="http://127.0.0.1:$PORT"
Q1="$B/api/v1/items?q=$(enc '个体 营业执照')"; Q2="$B/api/v1/items?q=$(enc '证')"; Q3="$B/api/v1/items?q=$(enc '社保')"
# Warm every endpoint (JIT tiering, caches) before measuring any of them.
for u in "$B/bench/hello" "$B/items/430800-XK-0001" "$Q1" "$Q2" "$Q3"; do wrk -t2 -c"$CONN" -d3s "$u" >/dev/null 2>&1; done
read -r hello hello_p99 < <(measure "$B/bench/hello")
printf "%-34s %9s req/s  p99 %6s ms\n" "hello-world (baseline)" "$hello" "$hello_p99"
row() { # label url target
  read -r rps p99 < <(measure "$2")
  printf "%-34s %9s req/s  p99 %6s ms  ratio %.3f× (target %s)\n" "$1" "$rps" "$p99" "$(echo "$rps / $hello" | bc -l)" "$3"
}
row "guide page /items/{code} (cached)" "$B/items/430800-XK-0001" "≥ 0.5×"
row "search q=个体 营业执照" "$Q1" "≥ 0.10×, p99 < 20 ms"
row "search q=证 (1 character)" "$Q2" "≥ 0.10×, p99 < 20 ms"
row "search q=社保 (2 characters)" "$Q3" "≥ 0.10×, p99 < 20 ms"
