# Sourced by the benchmarks that drive headless Chromium from Java (serve-latency.sh, search-latency.sh):
#   selenium_classes WORK JAR SOURCE...   compiles the site module's SOURCE files into WORK/classes against
#                                          JAR and the site module's test libraries, and sets $cp to that classpath.
# Maven only lists the site module's test libraries (Selenium), less the core, whose copy in ~/.m2 may be
# another tree's.
selenium_classes() {
  local work=$1 jar=$2
  shift 2
  mvn -q -B -pl site dependency:build-classpath -Dmdep.includeScope=test -Dmdep.excludeArtifactIds=threefold-core \
    -Dmdep.outputFile="$PWD/$work/site-cp.txt"
  cp="$jar:$(cat "$work/site-cp.txt")"
  local src=site/src/test/java/dev/threefold/site
  javac -nowarn -d "$work/classes" -cp "$cp" "${@/#/$src/}"
}
