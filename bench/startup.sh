#!/usr/bin/env bash
# Benchmark: cold start of the assembled distribution to the first HTTP 200 of /api/v1/health, on each host,
# N runs each on a fresh data folder (median and range), then the heap in use after start (after a full GC).
# Usage: bench/startup.sh DIST [RUNS]   (./essaim bench startup)
set -euo pipefail
dist="$1"; runs="${2:-5}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo $((20000 + RANDOM % 20000)); }

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

for host in osgi pf4j; do
  times=()
  heap=""
  for i in $(seq 1 "$runs"); do
    port=$(free_port)
    data="$work/$host-$i"
    t0=$(now_ms)
    "$dist/bin/essaim" run --host "$host" --data "$data" --port "$port" > "$work/$host-$i.log" 2>&1 &
    pid=$!
    until curl -fsS -o /dev/null "http://127.0.0.1:$port/api/v1/health" 2>/dev/null; do
      kill -0 "$pid" 2>/dev/null || { echo "$host run $i: server exited"; cat "$work/$host-$i.log"; exit 1; }
      sleep 0.02
    done
    t1=$(now_ms)
    times+=($((t1 - t0)))
    if [ "$i" = "$runs" ]; then
      sleep 2
      jcmd "$pid" GC.run >/dev/null 2>&1 || true
      heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | awk '/used/ {for (f=1; f<=NF; f++) if ($f=="used") {print $(f+1); exit}}')
    fi
    # SIGTERM: a background job of a non-interactive shell ignores SIGINT; the shutdown hook is the same
    kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
  echo "$host host: cold start to first HTTP 200, median $(printf '%s\n' "${times[@]}" | median) ms over $runs runs ($sorted ms); heap used after start and a full GC: ${heap:-unknown}"
done
