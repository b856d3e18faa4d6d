#!/usr/bin/env bash
# Compares two Threefold jars on one-unit rebuilds, interleaved: on this noisy shared machine
# the same rebuild takes 1.5 s in one minute and 2.4 s in the next, so figures from different
# runs of bench/run.sh cannot tell a 5 % change; pairs made moments apart can.
#
#   bench/ab-rebuild.sh JAR_A JAR_B [ROUNDS] [N]     default: 6 rounds, 10000 units
#
# Each jar runs through its own copy of generator/cli/bin/threefold (with its class archive) and
# builds its own site of the corpus bench/corpus.py writes (target/bench/corpus-N). Then, ROUNDS
# times, A and then B rebuild after one unit's summary changed *for that site*: before each build
# the unit is set to the opposite of what that site last saw, so every build is a real one-unit
# edit (toggling the file once per build would give every second build no change at all).
# Prints each rebuild (wall, CPU, peak memory, young collections and their pauses), then each
# side's median and in how many pairs B was faster. Needs python3 and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/sides.sh
[ $# -ge 2 ] || { sed -n '2,15p' "$0" >&2; exit 2; }
jar_a=$(readlink -f "$1"); jar_b=$(readlink -f "$2"); rounds=${3:-6}; n=${4:-10000}
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
work=target/bench/ab
corpus=target/bench/corpus-$n
[ -f "$corpus/curriculum.yaml" ] || python3 bench/corpus.py "$n" "$corpus"
unit=$(find "$corpus/units" -name 'unit-00000.yaml')
plain() { sed -i 's/^summary: "Edited: learners /summary: "Learners /' "$unit"; }
edited() { grep -q '^summary: "Edited: learners ' "$unit" || sed -i 's/^summary: "Learners /summary: "Edited: learners /' "$unit"; }
opts=${THREEFOLD_JAVA_OPTS-$(sed -n 's/^build_opts="\(.*\)"$/\1/p' generator/cli/bin/threefold)}

rm -rf "$work" && mkdir -p "$work"
plain
for side in a b; do
  jar=$jar_a; [ "$side" = b ] && jar=$jar_b
  install_side "$side" "$jar" "$work"
  "$work/$side/threefold" build --content "$corpus" --output "$work/site-$side" >/dev/null
  echo plain >"$work/$side/state"
done

for r in $(seq "$rounds"); do
  for side in a b; do
    if [ "$(cat "$work/$side/state")" = plain ]; then edited; now=edited; else plain; now=plain; fi
    echo "$now" >"$work/$side/state"
    sync
    THREEFOLD_JAVA_OPTS="$opts -Xlog:gc:file=$work/gc.log" /usr/bin/time -f "%e %U %S %M" -o "$work/time" \
        "$work/$side/threefold" build --content "$corpus" --output "$work/site-$side" >/dev/null
    read -r wall user sys rss <"$work/time"
    gcs=$(grep -c Pause "$work/gc.log" || true)
    pauses=$(awk '/Pause/ { gsub("ms", "", $NF); s += $NF } END { printf "%.0f", s }' "$work/gc.log")
    printf "%s round %d (%s): %5.2f s wall %5.2f s CPU %5.0f MB, %d collections, %s ms\n" \
        "$side" "$r" "$now" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$((rss / 1024))" "$gcs" "$pauses" | tee -a "$work/runs"
  done
done
plain

awk '
  { wall[$1, ++n[$1]] = $5 }
  function median(s,   i, j, t, c, v) { c = n[s]; for (i = 1; i <= c; i++) v[i] = wall[s, i]
    for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return (c % 2) ? v[(c + 1) / 2] : (v[c / 2] + v[c / 2 + 1]) / 2 }
  END { faster = 0; for (i = 1; i <= n["b"]; i++) if (wall["b", i] < wall["a", i]) faster++
    printf "\nmedian wall: A %.2f s, B %.2f s; B faster in %d of %d pairs\n", median("a"), median("b"), faster, n["b"] }' "$work/runs"
rm -rf "$work/site-a" "$work/site-b" "$work/.site-a.threefold-cache" "$work/.site-b.threefold-cache"
date +%s >target/bench/.deleted-at # bench/run.sh waits a minute after deletions before a full build
