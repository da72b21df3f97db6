#!/usr/bin/env bash
# 免证办 throughput against same-run baselines (Release build, wrk on loopback):
#   licence-filled applications/s ÷ plain applications/s       (the cost of drawing the 营业执照 from the
#                                                                licence library: offers read, material and
#                                                                audit entry written in the case's transaction)
#   licence verifications/s over HTTP ÷ raw one-row read/s      (digest recomputed, SM2 signature checked)
# The in-process SM2 figure is SignatureBenchmarks (BenchmarkDotNet).
# Usage: bash bench/licences.sh [sqlite|postgres]   (postgres starts a throwaway, durable cluster)
set -euo pipefail
cd "$(dirname "$0")/.."
PROVIDER=${1:-sqlite}; PORT=${PORT:-5093}; DUR=${DUR:-8s}; CONN=${CONN:-32}; THREADS=2
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
source bench/app.sh
start_app
rps() { awk '/Requests\/sec/ {printf "%.0f", $2}'; }
ok() { if grep -q "Non-2xx" <<<"$1"; then echo "FAILED: $2 answered errors: $(grep Non-2xx <<<"$1")"; exit 1; fi; }
ENTERPRISE=$(login enterprise)
ITEM=430800-XK-0005 # 食品经营许可: its 营业执照 is drawn from the enterprise's licence

# Check that the licence is drawn before measuring anything.
N=$(curl -s -b "$ENTERPRISE" -H 'Content-Type: application/json' -H 'X-Requested-With: XMLHttpRequest' -d "{\"itemCode\":\"$ITEM\",\"useLicences\":true,\"submit\":false}" "$B/api/v1/cases" | python3 -c 'import sys,json;print(json.load(sys.stdin)["number"])')
curl -s -b "$ENTERPRISE" "$B/api/v1/cases/$N/materials" | python3 -c 'import sys,json;m=json.load(sys.stdin);assert any(x["trust"]=="A" and x["materialName"]=="营业执照" for x in m), m' \
  || { echo "FAILED: the licence was not drawn"; exit 1; }
LICENCE=$(curl -s -b "$ENTERPRISE" "$B/api/v1/licences/mine" | python3 -c 'import sys,json;print(next(l["id"] for l in json.load(sys.stdin) if l["typeName"]=="营业执照"))')

echo "provider: $PROVIDER"
# Drafts: the online submission of 食品经营许可 waits for the applicant's uploads; what 免证办 adds (the
# licence drawn, signed and audited with the case) is the same in a draft.
PLAIN="{\"itemCode\":\"$ITEM\",\"submit\":false}"; FILLED="{\"itemCode\":\"$ITEM\",\"useLicences\":true,\"submit\":false}"
for body in "$PLAIN" "$FILLED"; do COOKIE="$ENTERPRISE" BODY="$body" wrk -t$THREADS -c$CONN -d5s -s bench/post.lua "$B/api/v1/cases" >/dev/null; done
o=$(COOKIE="$ENTERPRISE" BODY="$PLAIN" wrk -t$THREADS -c$CONN -d"$DUR" -s bench/post.lua "$B/api/v1/cases"); ok "$o" plain; plain=$(rps <<<"$o")
o=$(COOKIE="$ENTERPRISE" BODY="$FILLED" wrk -t$THREADS -c$CONN -d"$DUR" -s bench/post.lua "$B/api/v1/cases"); ok "$o" filled; filled=$(rps <<<"$o")
# The baseline again after (a database warms as it grows): the better of the two.
o=$(COOKIE="$ENTERPRISE" BODY="$PLAIN" wrk -t$THREADS -c$CONN -d"$DUR" -s bench/post.lua "$B/api/v1/cases"); ok "$o" plain; plain2=$(rps <<<"$o")
plain=$(( plain2 > plain ? plain2 : plain ))
printf "%-46s %8s /s  (best of two runs)\n" "application POST /api/v1/cases (baseline)" "$plain"
printf "%-46s %8s /s  ratio %.2f×\n" "licence-filled application (免证办)" "$filled" "$(echo "$filled / $plain" | bc -l)"

for u in "$B/bench/raw-read?number=$N" "$B/api/v1/licences/$LICENCE/verify"; do wrk -t$THREADS -c$CONN -d3s "$u" >/dev/null; done
o=$(wrk -t$THREADS -c$CONN -d"$DUR" "$B/bench/raw-read?number=$N"); ok "$o" raw-read; raw=$(rps <<<"$o")
o=$(wrk -t$THREADS -c$CONN -d"$DUR" "$B/api/v1/licences/$LICENCE/verify"); ok "$o" verify; verify=$(rps <<<"$o")
printf "%-46s %8s /s\n" "raw one-row read (baseline)" "$raw"
printf "%-46s %8s /s  ratio %.2f×  (SM2 on 2 cores; target ≥ 2 000/s per core)\n" "licence verification GET …/verify" "$verify" "$(echo "$verify / $raw" | bc -l)"
