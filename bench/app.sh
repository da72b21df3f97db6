# Sourced by the bench scripts: a Release build (-c Bench: with the baselines) of the platform on SQLite or on a throwaway,
# durable PostgreSQL cluster, with the bench endpoints on. Sets B (base URL), PID, DATA; login USER.
# Needs PROVIDER and PORT; call start_app (again to restart on the same data), cleanup runs on exit
# (and leaves the app's and PostgreSQL's logs in /tmp/yiwang-bench-*.log; PGOPTS passes server options).
DATA=$(mktemp -d /tmp/yiwang-bench.XXXXXX)
cleanup() { [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null; cp "$DATA/app.log" /tmp/yiwang-bench-app.log 2>/dev/null; [ -n "${PGDIR:-}" ] && cp "$PGDIR/log" /tmp/yiwang-bench-pg.log; [ -n "${PGDIR:-}" ] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1; rm -rf "$DATA" "${PGDIR:-}"; }
trap cleanup EXIT
export Database__DataDirectory="$DATA" Database__SeedDemoData=true Crypto__AllowGeneratedKeys=true Bench__Endpoints=true Serilog__MinimumLevel__Default=Warning RateLimits__LoginPerMinute=100000000 RateLimits__RegisterPerMinute=100000000 RateLimits__ProgressPerMinute=100000000 RateLimits__SearchPerMinute=100000000 RateLimits__SharePerMinute=100000000 RateLimits__SmsPerMinute=100000000
if [ "$PROVIDER" = postgres ]; then
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1); PGPORT=$((PORT + 1000))
  PGDIR=$(mktemp -d /tmp/pgbench.XXXXXX); chown postgres:postgres "$PGDIR"
  runuser -u postgres -- "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w start -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $PGDIR ${PGOPTS:-}" >/dev/null
  export Database__Provider=Postgres ConnectionStrings__Yiwang="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres;Maximum Pool Size=64;Command Timeout=3600"
fi
dotnet publish src/Yiwang.Web -c Bench -o "$DATA/app" -v q -nologo >/dev/null
B="http://127.0.0.1:$PORT"
start_app() {
  if [ -n "${PID:-}" ]; then kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; fi
  ASPNETCORE_URLS="$B" dotnet "$DATA/app/Yiwang.Web.dll" >>"$DATA/app.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 240); do curl -sf "$B/healthz" >/dev/null && return; sleep 0.5; done
  echo "app did not start"; tail -20 "$DATA/app.log"; exit 1
}
login() { curl -s -c - -H 'Content-Type: application/json' -H 'X-Requested-With: XMLHttpRequest' -d "{\"userName\":\"$1\",\"password\":\"yiwang-2026\"}" "$B/api/v1/auth/login" | awk '/yiwang.auth/ {print "yiwang.auth=" $7}'; }
