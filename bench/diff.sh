#!/usr/bin/env bash
# The change report against a full validate, from a fresh JVM each, in interleaved rounds (the side that
# goes first alternates). Two cases on a git repository holding N generated units (bench/corpus.py):
#   one-unit   the working tree with one unit's minutes edited, against HEAD   (goal: under 2 x validate)
#   year       two commits "a year apart": between them 30 % of the units edited (minutes, titles, an
#              entry point, a standard), 1 % deleted, 1 % added                 (goal: under 3 x validate)
# Prints each round, then per case the median of the per-round ratios diff / validate and its range.
#
#   bench/diff.sh [N] [ROUNDS]     default 10000 units, 5 rounds
#
# Build the jar first: mvn -B -ntp -q package -DskipTests -pl generator/core,generator/cli -am
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
rounds=${2:-5}
root=$PWD
cli=$root/generator/cli/bin/threefold
work=$root/target/bench/diff-$n
repo=$work/repo

if [ ! -d "$repo/.git" ]; then
  rm -rf "$work"; mkdir -p "$repo"
  python3 bench/corpus.py "$n" "$repo/content" >/dev/null
  git -C "$repo" init -q -b main
  git -C "$repo" add -A
  GIT_COMMITTER_DATE=2025-09-01T08:00:00Z git -C "$repo" -c user.name=bench -c user.email=bench@example.org \
    commit -q --date=2025-09-01T08:00:00Z -m "a year ago"
  git -C "$repo" tag year-ago
  # A year of edits, the same every time (sorted files, every k-th one).
  python3 - "$repo/content" <<'PY'
import os, re, sys
content = sys.argv[1]
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(content, "units")) for f in fs if f.endswith(".yaml"))
# Units deleted are taken out of the prerequisites that named them, as a team would, so both versions are valid.
deleted = {os.path.basename(p)[:-5] for i, p in enumerate(files) if i % 100 == 7}
def unlink(m):
    kept = [x.strip() for x in m.group(1).split(",") if x.strip() and x.strip() not in deleted]
    return "prerequisites: [" + ", ".join(kept) + "]"
for i, path in enumerate(files):
    if i % 100 == 7:
        os.remove(path)
        continue
    text = re.sub(r"^prerequisites: \[(.*)\]$", unlink, open(path, encoding="utf-8").read(), flags=re.M)
    if i % 10 in (1, 4, 8):
        text = text.replace("minutes: 20", "minutes: 25", 1)
        text = re.sub(r'^title: "(.*)"$', r'title: "\1 (revised)"', text, count=1, flags=re.M)
        if i % 3 == 0:
            text = re.sub(r"^          - \{label: Support, level: support.*\n", "", text, count=1, flags=re.M)
        if i % 5 == 0:
            text = re.sub(r"^standards: \[([^,\]]+), ", "standards: [", text, count=1, flags=re.M)
    if i % 100 == 13:
        new = path.replace(".yaml", "-new.yaml")
        open(new, "w", encoding="utf-8").write(re.sub(r'^title: "(.*)"$', r'title: "\1, new"', text, count=1, flags=re.M))
    open(path, "w", encoding="utf-8").write(text)
PY
  git -C "$repo" add -A
  GIT_COMMITTER_DATE=2026-09-01T08:00:00Z git -C "$repo" -c user.name=bench -c user.email=bench@example.org \
    commit -q --date=2026-09-01T08:00:00Z -m "a year of edits"
  git -C "$repo" gc -q # packed, as a clone is
fi
# The one-unit edit, in the working tree only.
git -C "$repo" checkout -q -- content
one=$(cd "$repo" && git ls-files content/units | sort | sed -n 2p)
sed -i '0,/minutes: 20/s//minutes: 21/' "$repo/$one"

# One timed run: prints wall seconds. Exit code 1 of validate (invalid content) is not expected here.
timed() {
  local start end
  start=$(date +%s.%N)
  (cd "$repo" && "$@" >/dev/null 2>"$work/err") || { cat "$work/err" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end $start" | awk '{printf "%.2f", $1 - $2}'
}
validate() { timed "$cli" validate --content content; }
one_unit() { timed "$cli" diff --content content --base HEAD; }
year() { timed "$cli" diff --content content --base year-ago --head HEAD; }

validate >/dev/null # warm the file cache
declare -a r1 r2
for r in $(seq 1 "$rounds"); do
  if (( r % 2 )); then v=$(validate); a=$(one_unit); b=$(year); else b=$(year); a=$(one_unit); v=$(validate); fi
  r1+=("$(awk -v a="$a" -v v="$v" 'BEGIN {print a / v}')")
  r2+=("$(awk -v b="$b" -v v="$v" 'BEGIN {print b / v}')")
  echo "round $r: validate ${v}s, one-unit diff ${a}s, year diff ${b}s" >&2
done
summary() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.2f (%.2f-%.2f)", m, a[1], a[NR]}'; }
echo
echo "| case, $n units | diff / validate, median of $rounds rounds (range) | goal |"
echo "| --- | ---: | ---: |"
echo "| one unit edited, working tree against HEAD | $(summary "${r1[@]}") | < 2 |"
echo "| two revisions a year apart | $(summary "${r2[@]}") | < 3 |"
