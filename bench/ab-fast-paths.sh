#!/usr/bin/env bash
# Does each fast path earn its place? Full builds of N units from a fresh JVM through the launcher,
# in interleaved rounds: the default build beside one build with each fast path switched off:
#   jvm-defaults   THREEFOLD_JAVA_OPTS=""            the JVM's own settings instead of the launcher's
#   no-cds         THREEFOLD_CDS=off                 no class-data archive
#   jackson        -Dthreefold.yaml=jackson          Jackson reads every YAML file (no CommonYaml)
#   flexmark       -Dthreefold.markdown=flexmark     flexmark renders every markdown field (no shortcuts)
# and prints, per fast path, the median of the per-round ratios (without / with) and what the fast
# path saves of the build (1 - with/without). A fast path stays only if it saves at least 10 %.
#
#   bench/ab-fast-paths.sh [N] [ROUNDS]     default 10000 units, 4 rounds
#
# Build the jar first: mvn -B -ntp -q package -DskipTests -pl generator/core,generator/cli -am
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
rounds=${2:-4}
settle_s=${SETTLE:-61}
work=target/bench
corpus="$work/corpus-$n"
out="$work/ab-fast-paths"
cli=generator/cli/bin/threefold
[ -d "$corpus" ] || python3 bench/corpus.py "$n" "$corpus" >/dev/null
variants=(default jvm-defaults no-cds jackson flexmark)

# One build of variant $1 into folder $2; prints its wall seconds and peak resident KB.
build() {
  local env=()
  case $1 in
    jvm-defaults) env=(THREEFOLD_JAVA_OPTS=) ;;
    no-cds) env=(THREEFOLD_CDS=off) ;;
    jackson) env=(JAVA_TOOL_OPTIONS=-Dthreefold.yaml=jackson) ;;
    flexmark) env=(JAVA_TOOL_OPTIONS=-Dthreefold.markdown=flexmark) ;;
  esac
  env "${env[@]}" /usr/bin/time -f "%e %M" -o "$out/time" "$cli" build --content "$corpus" --output "$2" >/dev/null 2>"$out/err" \
    || { cat "$out/err" >&2; exit 1; }
  cat "$out/time"
}

# Deleting many files slows creating files on this machine's ext4 for about a minute (see
# bench/README.md): a round's sites are deleted together, and the next round waits.
settle() { echo "  (settling ${settle_s} s)" >&2; sleep "$settle_s"; }

rm -rf "$out"; mkdir -p "$out"
build default "$out/warm-up" >/dev/null # writes the class-data archive the default runs map
rm -rf "$out/warm-up"; settle
declare -A secs
for r in $(seq 1 "$rounds"); do
  # Each round in another order: the variants rotate, so none is always first or last.
  order=("${variants[@]:$(( (r - 1) % ${#variants[@]} ))}" "${variants[@]:0:$(( (r - 1) % ${#variants[@]} ))}")
  line="round $r:"
  for v in "${order[@]}"; do
    read -r s kb < <(build "$v" "$out/r$r-$v")
    secs[$r,$v]=$s
    line+=" $v ${s}s $((kb / 1024))MB"
  done
  echo "$line" >&2
  rm -rf "$out"/r"$r"-*
  [ "$r" = "$rounds" ] || settle
done

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
echo
echo "| fast path switched off | median wall, default | median wall, without | without / with, median of rounds | the fast path saves |"
echo "| --- | ---: | ---: | ---: | ---: |"
base=$(for r in $(seq 1 "$rounds"); do echo "${secs[$r,default]}"; done | median)
for v in "${variants[@]:1}"; do
  ratio=$(for r in $(seq 1 "$rounds"); do echo "${secs[$r,$v]} ${secs[$r,default]}" | awk '{print $1 / $2}'; done | median)
  wall=$(for r in $(seq 1 "$rounds"); do echo "${secs[$r,$v]}"; done | median)
  echo "| $v | ${base} s | ${wall} s | $(printf %.3f "$ratio") | $(awk -v x="$ratio" 'BEGIN {printf "%.1f %%", (1 - 1 / x) * 100}') |"
done
