#!/usr/bin/env bash
# One-unit rebuilds in one warm JVM, as build --watch makes them: what a rebuild after an edit costs
# while the preview or a watch is running, apart from the JVM's start and the file watcher.
#   bench/warm-rebuild.sh [N] [ROUNDS] [MODE]     default 10000 units, 20 rounds, MODE watched
# Each round edits the first unit's summary (bench/corpus.py's "Learners ..." summary, edited and
# undone in turn) and builds. MODE watched (the default): one incremental Build makes every build, as
# build --watch and serve do (units kept in memory). MODE new-build: each build is a new Build, as a
# command-line build makes it over the previous site; whatever it reuses comes from disk. Runs in the
# JVM settings of generator/cli/bin/threefold for the mode (THREEFOLD_JAVA_OPTS replaces them). Prints each round
# and the median of the second half (the warm rounds), stage by stage.
# Needs python3 and the jar: mvn -B -ntp -q package -DskipTests -pl generator/core,generator/cli -am
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
rounds=${2:-20}
mode=${3:-watched}
case "$mode" in watched) watched=watched ;; new-build) watched= ;; *) sed -n '2,11p' "$0" >&2; exit 2 ;; esac
corpus=target/bench/corpus-$n
[ -f "$corpus/curriculum.yaml" ] || python3 bench/corpus.py "$n" "$corpus"
# the launcher's settings for build --watch, or for a build (see generator/cli/bin/threefold)
settings=build_opts
[ "$mode" = watched ] && settings=live_opts
defaults=$(sed -n "s/^$settings=\"\(.*\)\"\$/\1/p" generator/cli/bin/threefold)
opts=${THREEFOLD_JAVA_OPTS-$defaults}
work=target/bench/warm-$n # the site, and whatever the build keeps beside it, in a folder of their own
out=$work/site
rm -rf "$work"
jar=generator/cli/target/threefold.jar # the core and every library it uses
[ -f "$jar" ] || { echo "missing $jar: build it first (see above)" >&2; exit 2; }
# Compiled here against this tree's jar: Maven would compile the site module against the core installed
# in ~/.m2, which may be another tree's (or an older) core.
src=site/src/test/java/dev/threefold/site
javac -nowarn -d "$work/classes" -cp "$jar" "$src/WarmRebuildBench.java" "$src/BenchCorpus.java"
# shellcheck disable=SC2086 # the options are words
java $opts -cp "$work/classes:$jar" dev.threefold.site.WarmRebuildBench "$corpus" "$out" "$rounds" $watched
rm -rf "$work"
