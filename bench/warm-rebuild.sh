#!/usr/bin/env bash
# One-unit rebuilds in one warm JVM: what the rebuild's own work costs, apart from the JVM's start.
#   bench/warm-rebuild.sh [N] [ROUNDS] [watched]     default 10000 units, 20 rounds
# Each round edits the first unit's summary (as bench/run.sh does) and builds as the command line
# does (a new Build, the build cache and the previous site on disk), in the JVM settings of
# generator/cli/bin/threefold (THREEFOLD_JAVA_OPTS replaces them). It prints each round and the
# median of the second half, stage by stage. With "watched", one incremental Build makes every build, as
# build --watch does (units kept in memory). A command-line rebuild (bench/run.sh) costs this plus
# a fresh JVM's start, class loading and compiling.
# Needs python3 and a prior `mvn -B -DskipTests install`.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
rounds=${2:-20}
corpus=target/bench/corpus-$n
[ -f "$corpus/curriculum.yaml" ] || python3 bench/corpus.py "$n" "$corpus"
defaults=$(sed -n 's/^opts=\${THREEFOLD_JAVA_OPTS-\(.*\)}$/\1/p' generator/cli/bin/threefold)
opts=${THREEFOLD_JAVA_OPTS-$defaults}
out=target/bench/warm-site-$n
rm -rf "$out" "target/bench/.warm-site-$n.threefold-cache"
jar=generator/cli/target/threefold.jar # the core and every library it uses
[ -f "$jar" ] || { echo "missing $jar: run mvn -B -DskipTests install first" >&2; exit 2; }
mvn -q -B -pl site test-compile
# shellcheck disable=SC2086 # the options are words
java $opts -cp "site/target/test-classes:$jar" dev.threefold.site.WarmRebuildBench "$corpus" "$out" "$rounds" ${3:-}
rm -rf "$out" "target/bench/.warm-site-$n.threefold-cache"
