#!/usr/bin/env bash
# Benchmark: N salaried entrepreneurs (20,000 by default, seeded), each with an activity, employment terms, a
# sale and a smoothed salary plan, then one monthly payroll run computed and validated, beside plain JDBC batch
# inserts of the same rows (target: the run within 3x of them).
# Usage: bench/payroll.sh DIST [--people N] [--seed S] [--batch B] [--heap 2g]   (./essaim bench payroll)
# On PostgreSQL: ESSAIM_BENCH_JAVA_OPTS="-Dessaim.db.url=jdbc:postgresql://HOST/EMPTY_DB -Dessaim.db.user=U -Dessaim.db.password=P"
set -euo pipefail
dist="$1"; shift
root=$(cd "$(dirname "$0")/.." && pwd)
heap=2g
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --heap) heap="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
harness="$root/bench/harness/target/classes"
[ -d "$harness" ] || (cd "$root" && ./mvnw -q -pl bench/harness -am install -DskipTests)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "bench: heap limit $heap, work folder $work"
# the payroll jar is on the class path too: the bench calls the plugin's services directly
java -Xmx"$heap" ${ESSAIM_BENCH_JAVA_OPTS:-} -cp "$harness:$dist/plugins/essaim-payroll.jar:$dist/lib/embedded/*" \
  coop.essaim.bench.PayrollBench --plugins "$dist/plugins" --work "$work" ${args[@]+"${args[@]}"}
