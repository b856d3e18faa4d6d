#!/usr/bin/env bash
# Preview benchmark: time from saving one unit to the reloaded page in headless Chromium.
#   bench/serve-latency.sh [N] [SAVES]     default 1000 units, 15 saves
# Prints each save's latency (and of it, save to site rebuilt), then the median and maximum after 5 warm-up saves.
# Needs chromium and chromium-driver, python3, and the jar:
#   mvn -B -ntp -q package -DskipTests -pl generator/core,generator/cli -am
# The benchmark's classes are compiled against that jar (see bench/selenium-classes.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
jar=generator/cli/target/threefold.jar
[ -f "$jar" ] || { echo "missing $jar: build it first (see above)" >&2; exit 2; }
corpus=target/bench/serve-corpus-$n
[ -f "$corpus/curriculum.yaml" ] || python3 bench/corpus.py "$n" "$corpus"
work=target/bench/serve-latency
rm -rf "$work" && mkdir -p "$work"
. bench/selenium-classes.sh
selenium_classes "$work" "$jar" ServeLatencyBench.java Browser.java BenchCorpus.java
# The launcher's JVM settings for serve (THREEFOLD_JAVA_OPTS replaces them).
defaults=$(sed -n 's/^live_opts="\(.*\)"$/\1/p' generator/cli/bin/threefold)
opts=${THREEFOLD_JAVA_OPTS-$defaults}
# shellcheck disable=SC2086 # the options are words
java $opts -cp "$work/classes:$cp" dev.threefold.site.ServeLatencyBench "$corpus" "${2:-15}"
rm -rf "$work"
