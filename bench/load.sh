#!/usr/bin/env bash
# Benchmark: N users (50 by default) of the demo cooperative at once for M minutes (10 by default), on loopback,
# against the assembled distribution started with the demo: every answer must be a 200, and the server's heap
# after a full GC must stay flat. The server's heap limit is ESSAIM_BENCH_HEAP (default 1g).
# Usage: bench/load.sh DIST [--users N] [--minutes M] [--host osgi|pf4j]   (./essaim bench load)
set -euo pipefail
dist="$1"; shift
root=$(cd "$(dirname "$0")/.." && pwd)
harness="$root/bench/harness/target"
ls "$harness"/lib/jsoup-*.jar >/dev/null 2>&1 || (cd "$root" && ./mvnw -q -pl bench/harness -am install -DskipTests)
host=osgi; args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --host) host="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo $((20000 + RANDOM % 20000)))
log="$work/server.log"
ESSAIM_JAVA_OPTS="-Xmx${ESSAIM_BENCH_HEAP:-1g} ${ESSAIM_JAVA_OPTS:-}" \
  "$dist/bin/essaim" demo --host "$host" --data "$work/data" --port "$port" >"$log" 2>&1 &
pid=$!
kept="${TMPDIR:-/tmp}/essaim-load-server-$$.log"
# errexit holds in the trap too: the server's exit status after TERM (143) must not end it before the clean-up,
# and the bench's own verdict is the script's exit status
trap 'rc=$?; kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  [ "$rc" = 0 ] || { cp "$log" "$kept" && echo "bench: the server log is kept in $kept"; }; rm -rf "$work"; exit "$rc"' EXIT
echo "bench: $host host with the demo on port $port (pid $pid, heap limit ${ESSAIM_BENCH_HEAP:-1g}), log $log"
waited=0
# the server says so once the demo is loaded (its health answers earlier, during the set-up)
until grep -q "is running at" "$log"; do
  kill -0 "$pid" 2>/dev/null || { echo "bench: the server exited"; tail -30 "$log"; exit 1; }
  [ "$waited" -lt 600 ] || { echo "bench: not running after 300 s"; exit 1; }
  sleep 0.5; waited=$((waited + 1))
done
java -Xmx1g ${ESSAIM_BENCH_CLIENT_OPTS:-} -cp "$harness/classes:$harness/lib/*:$dist/lib/embedded/*" coop.essaim.bench.LoadBench \
  --base "http://127.0.0.1:$port/" --pid "$pid" --server-log "$log" ${args[@]+"${args[@]}"}
