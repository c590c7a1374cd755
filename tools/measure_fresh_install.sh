#!/usr/bin/env bash
# The fresh-install floor (issue 11): clone this checkout where no ../shared lies beside it, `make run`, and poll
# `askdoc check_demo_pages --url` until every demo question page (English and Traditional Chinese) shows every
# part with its links on the served port. Prints the seconds to each step and the per-part counts.
#
#   tools/measure_fresh_install.sh [PORT] [LIMIT_SECONDS]     (defaults: 8190, 600)
#
# Exits 0 when every page is complete within LIMIT_SECONDS, 1 otherwise. The clone and its log stay in
# $WORK (printed) for inspection; the server it started is stopped on exit.
set -euo pipefail

PORT=${1:-8190}
LIMIT=${2:-600}
SOURCE=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
WORK=$(mktemp -d /tmp/askdoc-fresh.XXXXXX)
CLONE=$WORK/askdoc
git clone -q "$SOURCE" "$CLONE"
echo "clone of $SOURCE at $(git -C "$CLONE" rev-parse --short HEAD) in $CLONE; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

start=$(date +%s.%N)
elapsed() { awk -v s="$start" -v n="$(date +%s.%N)" 'BEGIN { printf "%.0f", n - s }'; }

cd "$CLONE"
# Each line of make's output with the second it appeared, so the log shows where the time went.
setsid bash -c "make run PORT=$PORT 2>&1 | while IFS= read -r line; do
  printf '%6.1f %s\n' \"\$(awk -v s=$start -v n=\$(date +%s.%N) 'BEGIN { print n - s }')\" \"\$line\"; done" \
  > "$WORK/make-run.log" &
RUN_PID=$!
trap 'kill -- -$RUN_PID 2>/dev/null || true' EXIT

up=""
result=1
last_check=0
while :; do
  sleep 5
  now=$(elapsed)
  if ! kill -0 "$RUN_PID" 2>/dev/null; then
    echo "make run exited after ${now} s:"; tail -20 "$WORK/make-run.log"; break
  fi
  if [ -z "$up" ] && curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; then
    up=$now
    echo "server answering after ${up} s"
  fi
  # The full check starts a Django process and fetches every page (about a core-second each time): it runs every
  # 5 s only once the worker has logged the end of its first-run work, and every 30 s before that, so that the
  # probe does not slow down what it measures.
  if grep -q 'knowledge bootstrap:' "$WORK/make-run.log"; then due=1; else due=$(( now - last_check >= 30 )); fi
  if [ -n "$up" ] && [ "$due" = 1 ] && last_check=$now && .venv/bin/askdoc check_demo_pages --url "http://127.0.0.1:$PORT" --quiet-pages \
       > "$WORK/check.txt" 2>&1; then
    echo "every demo page complete after $(elapsed) s (load average $(cut -d' ' -f1-3 /proc/loadavg)):"
    cat "$WORK/check.txt"
    result=0
    break
  fi
  if [ "$now" -ge "$LIMIT" ]; then
    echo "not complete after ${now} s (load average $(cut -d' ' -f1-3 /proc/loadavg)):"
    cat "$WORK/check.txt" 2>/dev/null || true
    break
  fi
done
echo "timeline (seconds since start, from $WORK/make-run.log):"
grep -E '^ *[0-9.]+ (python3 -m venv|\.venv/bin/(pip|askdoc)|Queued|askdoc .*running|Knowledge|knowledge)' \
  "$WORK/make-run.log" | cut -c1-140 || true
grep -E 'knowledge bootstrap|enrich' "$CLONE"/var/*.log 2>/dev/null | tail -5 || true
exit $result
