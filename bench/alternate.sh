#!/usr/bin/env bash
# Runs one bench script on an earlier commit (BASE, default ded3fd3) and a later one (NOW, default HEAD), alternated ABBA
# ROUNDS times (each side with its own copy of the script, as it was at that commit), and prints the
# lines of each run that match PICK (a grep -E pattern), side by side. This machine's throughput moves
# by tens of percent within an hour: compare within a round, and over several rounds.
# Usage: bash bench/alternate.sh <script> [args…]   e.g. PICK='ratio' bash bench/alternate.sh bench/licences.sh postgres
#        [BASE=<commit>] [NOW=<commit>] [ROUNDS=4] [PICK=<pattern>]
# Both sides run from their own worktree, so editing or building this tree meanwhile does not touch them.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${BASE:-ded3fd3}; NOW=${NOW:-$(git rev-parse --short HEAD)}; ROUNDS=${ROUNDS:-4}; PICK=${PICK:-'×'}
SCRIPT=$1; shift
WORK=$(mktemp -d /tmp/yiwang-alternate.XXXXXX)
cleanup() { git worktree remove --force "$WORK/base-src" >/dev/null 2>&1 || true; git worktree remove --force "$WORK/now-src" >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT
git worktree add -f --detach "$WORK/base-src" "$BASE" >/dev/null 2>&1
git worktree add -f --detach "$WORK/now-src" "$NOW" >/dev/null 2>&1
echo "before = $BASE, now = $NOW: $SCRIPT $*, $ROUNDS rounds"
for round in $(seq 1 "$ROUNDS"); do
  order="before now"; [ $((round % 2)) = 0 ] && order="now before"
  for side in $order; do
    tree="$WORK/now-src"; [ "$side" = before ] && tree="$WORK/base-src"
    out=$( (cd "$tree" && bash "$SCRIPT" "$@") 2>&1 ) || { echo "round $round $side failed:"; tail -20 <<<"$out"; exit 1; }
    grep -E "$PICK" <<<"$out" | sed "s/^/round $round $side: /"
  done
done
