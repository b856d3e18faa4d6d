#!/usr/bin/env bash
# Validation time of one unit whose markdown is a shape that once took quadratic time or
# overflowed the stack (backtick runs, unclosed links and images, nested emphasis, brackets,
# runs of <, & and \, deep quotes and lists; runs that may hold autolinks), at 80 KB, 320 KB, 1 MiB and 2 MiB (the loader's
# limit): medians of interleaved rounds, and seconds per MiB.
#   bench/markdown-shapes.sh [ROUNDS] [SIZES] [SHAPES]   default 5 rounds; SIZES as 81920,327680
#   (empty for the default sizes); SHAPES as www-dots,marks (default all)
# Needs only the core module compiled (no install).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -pl generator/core test-compile
cp=$(mktemp)
trap 'rm -f "$cp"' EXIT
mvn -q -B -ntp -pl generator/core dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test
java -Xss1m -cp "generator/core/target/test-classes:generator/core/target/classes:$(cat "$cp")" \
  dev.threefold.core.bench.MarkdownShapesBench "${1:-5}" "${2:-}" ${3:+"$3"}
