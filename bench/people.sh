#!/usr/bin/env bash
# Benchmark: N members (20,000 by default) imported into a fresh embedded server, then the people list page
# and the service under it timed (medians of 20 after 5 warm-up requests).
# Usage: bench/people.sh DIST [--people N]   (./essaim bench people)
set -euo pipefail
dist="$1"; shift
root=$(cd "$(dirname "$0")/.." && pwd)
harness="$root/bench/harness/target/classes"
[ -d "$harness" ] || (cd "$root" && ./mvnw -q -pl bench/harness -am install -DskipTests)
java -Xmx1g ${ESSAIM_BENCH_JAVA_OPTS:-} -Dessaim.bench.plugins="$dist/plugins" -cp "$harness:$dist/lib/embedded/*" coop.essaim.bench.PeopleBench "$@"
