#!/usr/bin/env bash
# Threefold build benchmark: full builds of generated corpora from a fresh JVM.
#
#   bench/run.sh [N ...]        default: 1000 10000
#   RUNS=3 bench/run.sh ...      each measurement RUNS times (default 1), then the fastest, median
#                                and slowest wall time of each; on a noisy shared machine one run
#                                can take half again as long as the next
#
# For each N: writes a deterministic corpus of N contract-valid units with
# bench/corpus.py (cached in target/bench/corpus-N), then times
#   1. a full build through the command line (generator/cli/bin/threefold build: the jar with the
#      JVM settings named in that script; THREEFOLD_JAVA_OPTS replaces them, e.g. set it empty
#      to time the JVM's defaults) into a new output folder with no build cache, and the same with
#      --no-cache (as CI would build: no cache written for a next build),
#   2. a rebuild after one unit's summary was edited, with the cache the full build left
#      (.site-N.threefold-cache beside the output: only the edited file is bound again),
#      and one after its title was edited (which the reports and indexes show), then the same summary
#      edit six times under build --watch (see watched below: a JVM already running),
#   3. when Hugo is installed (apt-get install hugo), Hugo building N two-kilobyte markdown pages
#      with taxonomies (bench/hugo-corpus.py), the issue's yardstick, measured in the same minutes as
#      Threefold: this shared machine's speed changes by the hour, so only figures taken together compare,
#   4. a full build through the Maven plugin (mvn -f site/pom.xml package, with .mvn/jvm.config's
#      JVM settings), again with no cache,
# and prints wall time, CPU time, units per second and peak memory (/usr/bin/time -v), and the time of a
# fixed CPU loop before and after (the machine's speed at the time: see calibrate below). Each run
# builds into an output folder of its own.
# Needs python3 and GNU time (Debian package `time`). Build the jar first:
#   mvn -B -DskipTests install
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
jar=generator/cli/target/threefold.jar
[ -f "$jar" ] || { echo "missing $jar: run mvn -B -DskipTests install first" >&2; exit 2; }
cli=generator/cli/bin/threefold
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
work=target/bench
mkdir -p "$work"

measure() { # label units command...
  local label=$1 units=$2; shift 2
  local log="$work/time.log"
  sync # the previous build's files go to disk now, not during this one's timing
  /usr/bin/time -v "$@" >"$work/out.log" 2>"$log" || { cat "$work/out.log" "$log" >&2; exit 1; }
  awk -v label="$label" -v units="$units" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = (n == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
    /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident/ { rss = $2 }
    END { printf "%-34s %8.2f s wall %8.2f s CPU %8.0f units/s %7.0f MB peak\n", label, wall, user + sys, units / wall, rss / 1024 }' "$log" \
    | tee -a "$work/runs.log"
}

# The fastest, median and slowest wall time of each measurement, and its median CPU time and memory.
summarize() {
  echo
  printf "%-38s %s\n" "build (RUNS=$runs)" "wall: fastest / median / slowest    median CPU    median memory"
  sed 's/ \{2,\}/\t/; s/ s wall */\t/; s/ s CPU */\t/; s/ units\/s */\t/; s/ MB peak//' "$work/runs.log" | awk -F'\t' '
    { if (!($1 in n)) order[++k] = $1; i = ++n[$1]; wall[$1, i] = $2; cpu[$1, i] = $3; rss[$1, i] = $5 }
    function sorted(a, l, c, v,   i, j, t) { for (i = 1; i <= c; i++) v[i] = a[l, i] + 0
      for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t } }
    function median(v, c) { return (c % 2) ? v[(c + 1) / 2] : (v[c / 2] + v[c / 2 + 1]) / 2 }
    END { for (o = 1; o <= k; o++) { l = order[o]; c = n[l]
      sorted(wall, l, c, w); sorted(cpu, l, c, u); sorted(rss, l, c, m)
      printf "%-38s %6.2f / %6.2f / %6.2f s %10.2f s %10.0f MB\n", l, w[1], median(w, c), w[c], median(u, c), median(m, c) } }'
}

# The benchmark's one-unit edit: a word added to the summary (shown on the unit's own pages only), and undone.
edit_summary() { sed -i 's/^summary: "Learners /summary: "Edited: learners /' "$1"; }
undo_summary() { sed -i 's/^summary: "Edited: learners /summary: "Learners /' "$1"; }
# The title edit: " (edited)" added to the title, which the site-wide pages show too, and undone.
edit_title() { sed -i 's/^title: "\(.*\)"$/title: "\1 (edited)"/' "$1"; }
undo_title() { sed -i 's/ (edited)"$/"/' "$1"; }

# The wall time of the last measurement with this label.
wall_of() { grep "^$1 " "$work/runs.log" | tail -1 | awk '{ for (i = 1; i <= NF; i++) if ($i == "wall") print $(i - 2) }'; }

# The launcher's class archive (threefold.jsa, see generator/cli/bin/threefold) is written by the first
# build after the jar changed: write it here, outside the timings.
"$cli" build --content content --output "$work/warm-up" >/dev/null

# This machine's ext4 has no journal. There, for about a minute after many files were deleted,
# the kernel skips their freed inodes one by one when it creates a file (ext4's recently_deleted
# check), which added 4-5 s to a 10,000-unit build whose output folder had just been deleted. So
# the sites are deleted at the end of a run (and leftovers at the start), and each full build
# starts at least a minute after the last deletion.
forget_sites() {
  if compgen -G "$work/site-*" >/dev/null || compgen -G "$work/.site-*" >/dev/null; then
    rm -rf "$work"/site-* "$work"/.site-*
    date +%s >"$work/.deleted-at"
  fi
}
settle() {
  sync
  local wait=$(( $(cat "$work/.deleted-at" 2>/dev/null || echo 0) + 61 - $(date +%s) ))
  if [ "$wait" -gt 0 ]; then
    echo "(waiting ${wait} s: files were deleted less than a minute ago)" >&2
    sleep "$wait"
  fi
}
forget_sites

# The machine's own speed at the time, timed before and after the builds: a fixed loop of Python, and
# the median of three full builds of the sample content (19 units) from a fresh JVM. On this shared
# two-core VM the loop took 0.47-0.85 s within one hour, but on 1 Dec 2026 it did not follow the JVM's
# slow hours closely (0.51-0.96 s while 1,000-unit builds took 2.6-4.5 s against 2 s: fresh memory and
# the JIT slow down more than a loop), so the sample build is the better guide. Compare runs taken at
# similar figures.
calibrate() {
  python3 -c 'import time; t = time.perf_counter(); sum(range(30_000_000)); print("machine speed: a fixed CPU loop took %.2f s" % (time.perf_counter() - t))'
  local times=() i
  for i in 1 2 3; do
    rm -rf "$work/probe" "$work/.probe.threefold-cache"
    /usr/bin/time -f "%e" -o "$work/probe.time" "$cli" build --content content --output "$work/probe" >/dev/null
    times+=("$(cat "$work/probe.time")")
  done
  rm -rf "$work/probe" "$work/.probe.threefold-cache" "$work/probe.time"
  printf "%s\n" "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "machine speed: a full build of the sample content took %.2f s (median of 3: %s / %s / %s)\n", t[2], t[1], t[2], t[3] }'
}

# The command line's build --watch over a site just built, in one JVM: the time from saving the benchmark's
# summary edit (or its undoing) to that build's "Built" line, median of six saves a second apart, with
# the CPU time per rebuild and the JVM's peak memory. Its first build finds the site as it is.
watched() { # label units corpus out unit
  local label=$1 units=$2 corpus=$3 out=$4 unit=$5 log="$work/watch.log" walls=() i built t0 t1 ticks0 ticks1
  sync
  "$cli" build --watch --content "$corpus" --output "$out" >"$log" 2>&1 &
  local pid=$!
  trap 'kill "$pid" 2>/dev/null' EXIT # a run cut short leaves no watch behind
  until grep -q '^Watching' "$log"; do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  ticks0=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  for i in 1 2 3 4 5 6; do
    built=$(grep -c '^Built' "$log")
    if [ $((i % 2)) = 1 ]; then
      edit_summary "$unit"
    else
      undo_summary "$unit"
    fi
    t0=$(date +%s%N)
    until [ "$(grep -c '^Built' "$log")" -gt "$built" ]; do sleep 0.05; done
    t1=$(date +%s%N)
    walls+=("$(( (t1 - t0) / 1000000 ))")
    sleep 1
  done
  ticks1=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  local peak
  peak=$(awk '/^VmHWM/ { print $2 }' "/proc/$pid/status")
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  trap - EXIT
  printf "%s\n" "${walls[@]}" | sort -n | awk -v label="$label" -v units="$units" -v cpu="$(( ticks1 - ticks0 ))" \
      -v hz="$(getconf CLK_TCK)" -v rss="$peak" '{ t[NR] = $1 / 1000 }
    END { wall = (t[3] + t[4]) / 2
      printf "%-34s %8.2f s wall %8.2f s CPU %8.0f units/s %7.0f MB peak\n", label, wall, cpu / hz / 6, units / wall, rss / 1024 }' \
    | tee -a "$work/runs.log"
}

runs=${RUNS:-1}
# Hugo, when installed (Debian package hugo), is timed beside Threefold: see below. HUGO=no leaves it out.
hugo=
[ "${HUGO:-}" != no ] && command -v hugo >/dev/null && hugo=yes
: >"$work/runs.log"
calibrate
printf "%-34s %15s %14s %14s %15s\n" "build" "wall" "CPU" "speed" "memory"
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  [ -f "$corpus/curriculum.yaml" ] || python3 bench/corpus.py "$n" "$corpus"
  unit=$(find "$corpus/units" -name 'unit-00000.yaml')
  # Undo edits a run cut short left behind: an edit already there would make the rebuild below change nothing.
  undo_summary "$unit"; undo_title "$unit"
  for run in $(seq "$runs"); do
  out="$work/site-$n-$run"
  settle
  measure "cli full build, $n units" "$n" "$cli" build --content "$corpus" --output "$out"
  measure "cli full build, no cache, $n units" "$n" "$cli" build --no-cache --content "$corpus" --output "$out-no-cache"
  edit_summary "$unit"
  measure "cli rebuild, 1 of $n units edited" "$n" "$cli" build --content "$corpus" --output "$out"
  undo_summary "$unit"
  # A title shows on the site-wide pages (indexes, reports, sequence): they are made again too.
  edit_title "$unit"
  measure "cli rebuild, 1 title of $n edited" "$n" "$cli" build --content "$corpus" --output "$out"
  undo_title "$unit"
  watched "watched rebuild, 1 of $n edited" "$n" "$corpus" "$out" "$unit"
  if [ -n "$hugo" ]; then
    # The yardstick issue 6 names, in the same minutes: Hugo building N two-kilobyte markdown pages with
    # taxonomies (bench/hugo-corpus.py) through plain layouts. "units/s" is pages per second here.
    [ -f "$work/hugo-$n/config.toml" ] || python3 bench/hugo-corpus.py "$n" "$work/hugo-$n"
    settle
    measure "hugo full build, $n pages" "$n" hugo --quiet --source "$work/hugo-$n" --destination "$PWD/$work/site-hugo-$n-$run"
    awk -v a="$(wall_of "cli full build, $n units")" -v c="$(wall_of "cli full build, no cache, $n units")" \
      -v b="$(wall_of "hugo full build, $n pages")" \
      'BEGIN { printf "(the full build took %.2f x Hugo'"'"'s time, %.2f x without the cache)\n", a / b, c / b }'
  fi
  done
  for run in $(seq "$runs"); do
  settle
  measure "maven plugin full build, $n units" "$n" mvn -q -B -o -f site/pom.xml package -DskipTests \
      -Dthreefold.content="$PWD/$corpus" -Dthreefold.output="$PWD/$work/site-$n-maven-$run"
  done
done
forget_sites
calibrate
[ "$runs" -gt 1 ] && summarize
exit 0
