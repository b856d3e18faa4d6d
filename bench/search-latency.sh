#!/usr/bin/env bash
# Search speed: from opening search/index.html?q=WORD to the first result, in headless Chromium.
#   bench/search-latency.sh [N ...]        default 1000 10000 units; ROUNDS (default 7), QUERY (default fraction)
#   BASE_JAR=path/to/other/threefold.jar   also builds each corpus with that jar and interleaves the two
#                                          sites round by round: B = this tree, A = BASE_JAR
# Needs chromium and chromium-driver, python3, and the jar:
#   mvn -B -ntp -q package -DskipTests -pl generator/core,generator/cli -am
# The benchmark's classes are compiled against that jar (see bench/selenium-classes.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=generator/cli/target/threefold.jar
[ -f "$jar" ] || { echo "missing $jar: build it first (see above)" >&2; exit 2; }
work=target/bench/search-latency
rm -rf "$work" && mkdir -p "$work"
. bench/selenium-classes.sh
selenium_classes "$work" "$jar" SearchLatencyBench.java Browser.java
for n in "${@:-1000 10000}"; do
  for m in $n; do
    corpus=target/bench/corpus-$m
    [ -f "$corpus/curriculum.yaml" ] || python3 bench/corpus.py "$m" "$corpus"
    generator/cli/bin/threefold build --content "$corpus" --output "$work/site-$m" > /dev/null
    sites="$work/site-$m"
    if [ -n "${BASE_JAR:-}" ]; then
      java -jar "$BASE_JAR" build --content "$corpus" --output "$work/base-$m" > /dev/null
      sites="$work/base-$m $work/site-$m"
    fi
    echo "== $m units"
    java -cp "$work/classes:$cp" dev.threefold.site.SearchLatencyBench "${ROUNDS:-7}" "${QUERY:-fraction}" $sites
  done
done
rm -rf "$work"
