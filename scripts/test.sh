#!/usr/bin/env bash
# Runs every test: unit + integration on SQLite, the same again on a throwaway PostgreSQL,
# (Chinese PDF notices need fonts-arphic-gbsn00lp; Chinese screenshots need fonts-wqy-zenhei)
# then the browser journeys in Debian Chromium. Installs what it needs when missing.
# Ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || need+=(fonts-wqy-zenhei)
[ -f /usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf ] || need+=(fonts-arphic-gbsn00lp)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null || { echo "apt-get install failed"; exit 1; }
fi

# axe-core for the accessibility run of the browser suite (from the npm registry, pinned by package-lock.json).
if [ ! -f tests/Yiwang.BrowserTests/node_modules/axe-core/axe.min.js ]; then
  (cd tests/Yiwang.BrowserTests && npm ci --no-audit --no-fund >/dev/null 2>&1) || { echo "npm ci (axe-core) failed"; echo "0 passed, 1 failed"; exit 1; }
fi

out=$(mktemp -d /tmp/yiwang-test.XXXXXX)
dotnet build Yiwang.slnx -c Release -v q -nologo 2>&1 | tail -3
[ "${PIPESTATUS[0]}" -eq 0 ] || { echo "0 passed, 1 failed"; exit 1; }

run() { # name, project, extra env...
  local name=$1 project=$2; shift 2
  echo "== $name"
  env "$@" dotnet test "$project" -c Release --no-build --logger "console;verbosity=minimal" \
      --results-directory "$out/$name" 2>&1 | tee "$out/$name.log" | grep -E "^\s*(Failed|Passed|Skipped)!|\[FAIL\]|Error Message|Assert" | head -60
}

run sqlite tests/Yiwang.Tests/Yiwang.Tests.csproj

# Throwaway PostgreSQL cluster on a free port (shared/TOOLCHAIN.md recipe).
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
PGDIR=$(mktemp -d /tmp/pgtest.XXXXXX); chown postgres:postgres "$PGDIR"
runuser -u postgres -- "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w start \
  -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $PGDIR -c fsync=off -c max_connections=300" >/dev/null
trap 'runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1; rm -rf "$PGDIR"' EXIT
run postgres tests/Yiwang.Tests/Yiwang.Tests.csproj YIWANG_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"

run browser tests/Yiwang.BrowserTests/Yiwang.BrowserTests.csproj

passed=0; failed=0; skipped=0
for f in "$out"/*.log; do
  line=$(grep -E "(Passed|Failed)!  - " "$f" | tail -1)
  if [ -z "$line" ]; then echo "no test summary in $(basename "$f")"; failed=$((failed+1)); continue; fi
  p=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$line"); x=$(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<<"$line"); s=$(sed -E 's/.*Skipped: *([0-9]+).*/\1/' <<<"$line")
  passed=$((passed+p)); failed=$((failed+x)); skipped=$((skipped+s))
done
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
