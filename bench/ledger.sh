#!/usr/bin/env bash
# Benchmark: a generated journal (seeded) of N postings over M activities imported into a fresh installation,
# then every balance computed, side by side with hledger and ledger-cli on the same file when installed.
# Usage: bench/ledger.sh DIST [--postings N] [--activities M] [--seed S] [--heap 2g]   (./essaim bench ledger)
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
for tool in hledger ledger; do
  command -v "$tool" >/dev/null || echo "bench: $tool is not installed (apt-get install $tool): its column is skipped"
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "bench: heap limit $heap, work folder $work"
java -Xmx"$heap" ${ESSAIM_BENCH_JAVA_OPTS:-} -cp "$harness:$dist/lib/embedded/*" coop.essaim.bench.LedgerBench \
  --plugins "$dist/plugins" --work "$work" ${args[@]+"${args[@]}"}
