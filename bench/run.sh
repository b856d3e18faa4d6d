#!/usr/bin/env bash
# Threefold against Hugo on the same text: full builds from scratch, interleaved.
#
#   bench/run.sh [N ...]       default: 1000 10000 (30000 works too)
#   ROUNDS=5                   rounds per N (default 5)
#   SETTLE=61                  seconds between deleting a round's sites and the next round (see below)
#   MAVEN=yes                  also one build per N through the Maven plugin (see the end)
#
# For each N: bench/corpus.py writes a corpus of N units (target/bench/corpus-N), and
# bench/hugo-from-units.py converts it into a Hugo site with the same text (target/bench/hugo-N:
# one markdown page per unit, taxonomies grade, subject and tag, layouts of its own). Then ROUNDS
# rounds, each one Threefold build through the command line (generator/cli/bin/threefold, a fresh
# JVM with the launcher's settings) and one Hugo build (hugo --quiet -s DIR -d OUT), the side that
# goes first alternating from round to round. Each build writes into a new, empty folder: a
# rebuild over a previous site is another case, not the one compared here.
#
# Timed with GNU time (/usr/bin/time -v): wall time, CPU time (user + system), peak memory (RSS).
# This shared two-core machine's speed moves by 2x within an hour, so the figure to read is the
# median of the per-round ratios Threefold / Hugo: the two builds of a round run minutes apart at
# most, at one speed of the machine. The end prints a markdown table (units, rounds, median wall
# time of each side, the median ratio and its range, the median ratio of CPU times, each side's
# highest peak memory) for bench/README.md.
#
# Needs python3 with PyYAML (Debian: python3-yaml), hugo (Debian: hugo) and GNU time (Debian: time).
# Build the jar first:  mvn -B -ntp -q package -DskipTests -pl generator/core,generator/cli -am
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
rounds=${ROUNDS:-5}
settle_s=${SETTLE:-61}
cli=generator/cli/bin/threefold
[ -f generator/cli/target/threefold.jar ] || { echo "missing generator/cli/target/threefold.jar: build it first (see above)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
command -v hugo >/dev/null || { echo "needs hugo: apt-get install -y hugo" >&2; exit 2; }
python3 -c 'import yaml' 2>/dev/null || { echo "needs PyYAML: apt-get install -y python3-yaml" >&2; exit 2; }
work=$PWD/target/bench
out=$work/out # every build's site, deleted after each round
mkdir -p "$work"
results=$work/results.tsv # n, round, side, wall s, CPU s, peak KB
: >"$results"

# measure N ROUND SIDE COMMAND...: one build under GNU time, its figures appended to $results.
measure() {
  local n=$1 round=$2 side=$3; shift 3
  sync # the previous build's files go to disk now, not during this one's timing
  /usr/bin/time -v -o "$work/time.log" "$@" >"$work/build.log" 2>&1 || { cat "$work/build.log" "$work/time.log" >&2; exit 1; }
  awk -v n="$n" -v round="$round" -v side="$side" -F': ' '
    /Elapsed \(wall clock\)/ { k = split($2, t, ":"); wall = (k == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
    /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident/ { rss = $2 }
    END { printf "%s\t%s\t%s\t%.2f\t%.2f\t%d\n", n, round, side, wall, user + sys, rss }' "$work/time.log" >>"$results"
}

threefold() { measure "$1" "$2" threefold "$cli" build --content "$work/corpus-$1" --output "$out/threefold-$1-$2/site"; }
hugo_build() { measure "$1" "$2" hugo hugo --quiet -s "$work/hugo-$1" -d "$out/hugo-$1-$2"; }

# This machine's ext4 has no journal: for about a minute after many files were deleted, creating a file
# skips their freed inodes one by one (ext4's recently_deleted check), which added 4-5 s to a
# 10,000-unit build right after a deletion. So deletions are noted (bench/ab-full.sh and
# bench/ab-rebuild.sh read the note too) and each round starts SETTLE seconds after the last one.
forget() { rm -rf "$@"; date +%s >"$work/.deleted-at"; }
settle() {
  local wait=$(( $(cat "$work/.deleted-at" 2>/dev/null || echo 0) + settle_s - $(date +%s) ))
  [ "$wait" -le 0 ] || { echo "  (waiting ${wait} s: files were deleted less than ${settle_s} s ago)" >&2; sleep "$wait"; }
}

forget "$out"
trap 'forget "$out"' EXIT

speed() {
  python3 -c 'import time; t = time.perf_counter(); sum(range(30_000_000)); print("machine speed: a fixed CPU loop took %.2f s" % (time.perf_counter() - t))'
}

# Outside the timings: the launcher's first build after the jar changed writes its class archive
# (generator/cli/bin/threefold), and the converter and Hugo are tried on the sample content.
"$cli" build --content content --output "$out/warm-up/site" >/dev/null
rm -rf "$work/hugo-sample" && python3 bench/hugo-from-units.py content "$work/hugo-sample" >/dev/null
hugo --quiet -s "$work/hugo-sample" -d "$out/warm-up-hugo"
forget "$out"

echo "$(date '+%Y-%m-%d %H:%M %Z'), $(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ' + changes'), $(hugo version | cut -d' ' -f1-2)"
speed
for n in "${sizes[@]}"; do
  forget "$work/corpus-$n" "$work/hugo-$n"
  python3 bench/corpus.py "$n" "$work/corpus-$n"
  python3 bench/hugo-from-units.py "$work/corpus-$n" "$work/hugo-$n"
  for r in $(seq "$rounds"); do
    settle
    if [ $((r % 2)) = 1 ]; then threefold "$n" "$r"; hugo_build "$n" "$r"; else hugo_build "$n" "$r"; threefold "$n" "$r"; fi
    awk -F'\t' -v n="$n" -v r="$r" '$1 == n && $2 == r { w[$3] = $4; c[$3] = $5; m[$3] = $6 }
      END { printf "%d units, round %d (%s first): Threefold %.2f s (%.2f s CPU, %d MB), Hugo %.2f s (%.2f s CPU, %d MB): ratio %.2f\n",
        n, r, (r % 2) ? "Threefold" : "Hugo", w["threefold"], c["threefold"], m["threefold"] / 1024,
        w["hugo"], c["hugo"], m["hugo"] / 1024, w["threefold"] / w["hugo"] }' "$results"
    forget "$out"
  done
  if [ "${MAVEN:-}" = yes ]; then
    # The Maven plugin as installed in ~/.m2 (mvn install), not necessarily this tree's code; not in the ratios.
    settle
    measure "$n" 1 maven mvn -q -B -o -f site/pom.xml package -DskipTests \
      -Dthreefold.content="$work/corpus-$n" -Dthreefold.output="$out/maven-$n/site"
    awk -F'\t' -v n="$n" '$1 == n && $3 == "maven" { printf "%d units through the Maven plugin: %.2f s (%.2f s CPU, %d MB)\n", n, $4, $5, $6 / 1024 }' "$results"
    forget "$out"
  fi
done
speed

# The table: per N, the median of the per-round ratios of wall time (and their range) and of CPU time,
# each side's median wall time and highest peak memory.
echo
echo "| units | rounds | Threefold, median wall | Hugo, median wall | Threefold / Hugo wall, median of rounds (range) | CPU, median of rounds | Threefold, max peak RSS | Hugo, max peak RSS |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
awk -F'\t' '
  function median(a, c,   i, j, t) { for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return (c % 2) ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2 }
  $3 != "maven" { if (!($1 in seen)) { seen[$1] = 1; order[++k] = $1 }
    wall[$1, $2, $3] = $4; cpu[$1, $2, $3] = $5; if ($6 > rss[$1, $3]) rss[$1, $3] = $6; if ($2 > rounds[$1]) rounds[$1] = $2 }
  END { for (o = 1; o <= k; o++) { n = order[o]; c = rounds[n]; split("", tf); split("", hu); split("", ra); split("", rc)
      for (r = 1; r <= c; r++) { tf[r] = wall[n, r, "threefold"]; hu[r] = wall[n, r, "hugo"]; ra[r] = tf[r] / hu[r]
        rc[r] = cpu[n, r, "threefold"] / cpu[n, r, "hugo"] }
      m = median(ra, c); lo = ra[1]; hi = ra[c] # median() sorted ra
      printf "| %d | %d | %.2f s | %.2f s | **%.2f** (%.2f–%.2f) | %.2f | %d MB | %d MB |\n", n, c, median(tf, c), median(hu, c),
        m, lo, hi, median(rc, c), rss[n, "threefold"] / 1024, rss[n, "hugo"] / 1024 } }' "$results"
