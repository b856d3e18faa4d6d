# Sourced by bench/ab-rebuild.sh and bench/ab-full.sh, from the repository's root.

# install_side SIDE JAR WORK: JAR with a launcher of its own in WORK/SIDE, whose first build
# (of the sample content, or of WARM_CONTENT: an older jar may not read today's sample) writes the
# class archive beside it, outside any timing.
install_side() {
  mkdir -p "$3/$1"
  cp "$2" "$3/$1/threefold.jar"
  cp generator/cli/bin/threefold "$3/$1/threefold"
  "$3/$1/threefold" build --content "${WARM_CONTENT:-content}" --output "$3/$1/warm-up" >/dev/null
}
