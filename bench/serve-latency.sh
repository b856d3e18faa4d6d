#!/usr/bin/env bash
# Preview benchmark: time from saving one unit to the reloaded page in headless Chromium.
#   bench/serve-latency.sh [N]      default 1000 units
# Needs chromium and chromium-driver, python3, and a prior `mvn -B -DskipTests install`.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
corpus=target/bench/serve-corpus-$n
[ -f "$corpus/curriculum.yaml" ] || python3 bench/corpus.py "$n" "$corpus"
mvn -q -B -pl site test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/target/bench/site-cp.txt"
java -cp "site/target/test-classes:$(cat target/bench/site-cp.txt)" dev.threefold.site.ServeLatencyBench "$corpus" 15
