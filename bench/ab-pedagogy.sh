#!/usr/bin/env bash
# What issue 30 adds to a full build: the alignment, access, norms and professional learning
# reports, the norm, initiative and professional learning pages and the richer JSON-LD. There is no
# switch to build without them, so the build without them is the jar of REF (default: where this
# branch left main), built here from `git archive` (no checkout, no install), against the working
# tree's jar, in interleaved pairs through bench/ab-full.sh, on the plain corpus (which REF's jar
# can read: bench/corpus.py writes the second-edition fields only with PEDAGOGY=1).
#
#   bench/ab-pedagogy.sh [PAIRS] [N] [REF]        default: 5 pairs, 10000 units, merge-base with main
#
# Prints ab-full.sh's lines, then the median of the per-pair ratios B / A (wall and CPU) with their
# range: B's extra work, in per cent, is (ratio - 1) x 100. Then one build of the working tree's jar
# on the PEDAGOGY=1 corpus, for the reports' figures on content that uses the new fields.
# Build the working tree's jar first: mvn -B -ntp -q package -DskipTests -pl generator/core,generator/cli -am
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${1:-5}; n=${2:-10000}; ref=${3:-$(git merge-base HEAD main)}
jar_b=generator/cli/target/threefold.jar
[ -f "$jar_b" ] || { sed -n '2,15p' "$0" >&2; exit 2; }
src=target/bench/ref-$(git rev-parse --short "$ref")
if [ ! -f "$src/generator/cli/target/threefold.jar" ]; then
  rm -rf "$src" && mkdir -p "$src"
  git archive "$ref" | tar -x -C "$src"
  (cd "$src" && nice -n 19 mvn -B -ntp -q -o package -DskipTests -pl generator/core,generator/cli -am)
fi
cp "$src/generator/cli/target/threefold.jar" target/bench/ref.jar
cp "$jar_b" target/bench/new.jar

# Both jars warm up on REF's sample content, which REF's jar can read.
WARM_CONTENT="$src/content" bash bench/ab-full.sh target/bench/ref.jar target/bench/new.jar "$pairs" "$n" | tee target/bench/ab-pedagogy.out || true # (its diff | head ends in SIGPIPE when the sites differ, as they do)
awk '
  $2 == "pair" { w[$1, $3 + 0] = $4; c[$1, $3 + 0] = $7; if ($3 + 0 > p) p = $3 + 0 }
  function median(a, k,   i, j, t) { for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return (k % 2) ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
  END { for (i = 1; i <= p; i++) { rw[i] = w["b", i] / w["a", i]; rc[i] = c["b", i] / c["a", i] }
    lo = hi = rw[1]; for (i = 1; i <= p; i++) { if (rw[i] < lo) lo = rw[i]; if (rw[i] > hi) hi = rw[i] }
    mw = median(rw, p); mc = median(rc, p)
    printf "new / ref, median of %d pairs: wall %.3f (range %.3f-%.3f), CPU %.3f\n", p, mw, lo, hi, mc }' target/bench/ab-pedagogy.out

rm -rf target/bench/ab-full # left behind when ab-full.sh stops on the SIGPIPE above

corpus=target/bench/corpus-pedagogy-$n
[ -f "$corpus/curriculum.yaml" ] || PEDAGOGY=1 python3 bench/corpus.py "$n" "$corpus"
rm -rf target/bench/site-pedagogy
/usr/bin/time -f "PEDAGOGY=1 corpus, new jar: %e s wall, %U s user, %M KB peak" \
  java -jar "$jar_b" build --content "$corpus" --output target/bench/site-pedagogy --timings
rm -rf target/bench/site-pedagogy
date +%s >target/bench/.deleted-at
