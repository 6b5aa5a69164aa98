#!/usr/bin/env bash
# Start-up benchmark of the OSGi server (not a test: nothing here asserts on time).
# Runs the assembled runtime N times in measurement mode (-Dessaim.exitAfterStart=true: the launcher waits for
# the first HTTP 200 on /api/v1/health, prints the time since JVM start and the heap in use, then stops the
# framework cleanly) and prints the median. "fresh" runs start on an empty data folder (database created and
# migrated), "warm" runs on the data folder of a previous run.
# Usage: bench-startup.sh [runs] [port]   (build first: mvn -f core/host-osgi/launcher/pom.xml install)
set -euo pipefail
cd "$(dirname "$0")/target/runtime"
RUNS="${1:-5}"; PORT="${2:-18181}"
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
run() { java -Dessaim.exitAfterStart=true -jar lib/essaim-host-osgi-launcher.jar --home . --data "$1" --port "$PORT" \
  | sed -n 's/.*first HTTP 200 on \/api\/v1\/health \([0-9]*\) ms after JVM start, heap used \([0-9]*\) MiB (\([0-9]*\) MiB after a full GC), non-heap \([0-9]*\) MiB.*/\1 \2 \3 \4/p'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for kind in fresh warm; do
  : > "$WORK/$kind"
  for i in $(seq 1 "$RUNS"); do
    data="$WORK/data-$i"; [ "$kind" = fresh ] && rm -rf "$data"
    run "$data" >> "$WORK/$kind"
  done
  echo "$kind: runs (ms, heap MiB, heap MiB after GC, non-heap MiB):"; sed 's/^/  /' "$WORK/$kind"
  echo "$kind: median first 200 on /api/v1/health $(cut -d' ' -f1 "$WORK/$kind" | median) ms," \
       "median heap after GC $(cut -d' ' -f3 "$WORK/$kind" | median) MiB," \
       "median non-heap $(cut -d' ' -f4 "$WORK/$kind" | median) MiB"
done
