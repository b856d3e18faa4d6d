#!/usr/bin/env bash
# Compares two Threefold jars on full builds, interleaved: on this noisy shared machine the same
# 10,000-unit build takes 10 s in one hour and 15 s in the next (bench/run.sh prints the machine's
# speed beside its figures), so only pairs made moments apart can tell a change of a few per cent.
#
#   bench/ab-full.sh JAR_A JAR_B [PAIRS] [N]     default: 3 pairs, 10000 units
#   CORPUS=DIR bench/ab-full.sh ...             builds DIR instead (e.g. one bench/wrap-prose.py wrote)
#
# Each jar runs through its own copy of generator/cli/bin/threefold (with its class archive).
# Then, PAIRS times, A and then B build the corpus bench/corpus.py writes (target/bench/corpus-N)
# into a new folder, with no build cache. Prints each build (wall, CPU, peak memory), each side's
# median wall and CPU time and in how many pairs B was faster, and whether the two jars' last
# sites hold the same bytes (the build's own key files aside: they name the jar). Starts at least
# a minute after the last deletion bench/run.sh or bench/ab-rebuild.sh noted (see bench/run.sh).
# Needs python3 and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/sides.sh
[ $# -ge 2 ] || { sed -n '2,15p' "$0" >&2; exit 2; }
jar_a=$(readlink -f "$1"); jar_b=$(readlink -f "$2"); pairs=${3:-3}; n=${4:-10000}
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
work=target/bench/ab-full
corpus=${CORPUS:-target/bench/corpus-$n}
[ -f "$corpus/curriculum.yaml" ] || python3 bench/corpus.py "$n" "$corpus"

rm -rf "$work" && mkdir -p "$work"
for side in a b; do
  jar=$jar_a; [ "$side" = b ] && jar=$jar_b
  install_side "$side" "$jar" "$work"
done
sync
wait=$(( $(cat target/bench/.deleted-at 2>/dev/null || echo 0) + 61 - $(date +%s) ))
[ "$wait" -le 0 ] || { echo "(waiting ${wait} s: files were deleted less than a minute ago)" >&2; sleep "$wait"; }

for p in $(seq "$pairs"); do
  for side in a b; do
    sync
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" \
        "$work/$side/threefold" build --content "$corpus" --output "$work/site-$side-$p" >/dev/null
    read -r wall user sys rss <"$work/time"
    printf "%s pair %d: %6.2f s wall %6.2f s CPU %5.0f MB\n" \
        "$side" "$p" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$((rss / 1024))" | tee -a "$work/runs"
  done
done

awk '
  { wall[$1, ++n[$1]] = $4; cpu[$1, n[$1]] = $7 }
  function median(a, s,   i, j, t, c, v) { c = n[s]; for (i = 1; i <= c; i++) v[i] = a[s, i]
    for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return (c % 2) ? v[(c + 1) / 2] : (v[c / 2] + v[c / 2 + 1]) / 2 }
  END { faster = 0; for (i = 1; i <= n["b"]; i++) if (wall["b", i] < wall["a", i]) faster++
    printf "\nmedian wall: A %.2f s, B %.2f s; median CPU: A %.2f s, B %.2f s; B faster in %d of %d pairs\n",
      median(wall, "a"), median(wall, "b"), median(cpu, "a"), median(cpu, "b"), faster, n["b"] }' "$work/runs"
if diff -r -q -x .threefold-pages -x .threefold-records "$work/site-a-$pairs" "$work/site-b-$pairs" >/dev/null; then
  echo "the two sites hold the same bytes"
else
  echo "the two sites differ:"; diff -r -q -x .threefold-pages -x .threefold-records "$work/site-a-$pairs" "$work/site-b-$pairs" | head -5
fi
rm -rf "$work"
date +%s >target/bench/.deleted-at # bench/run.sh waits a minute after deletions before a full build
