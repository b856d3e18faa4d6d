#!/usr/bin/env python3
"""Copies a corpus with its long prose wrapped as teachers write it in YAML.

usage: bench/wrap-prose.py CORPUS OUTDIR

bench/corpus.py writes every summary and description as one double-quoted line.
Teachers write long prose as block scalars wrapped at 70-80 columns (see the
sample content), so the markdown of most real fields is a paragraph of several
lines. This rewrites each summary and description of 60 characters or more in
CORPUS's units as such a block scalar, same words, wrapped at 70 columns, into
OUTDIR; everything else is copied as it is. Build both to compare, e.g.:

    python3 bench/corpus.py 1000 target/bench/corpus-1000
    python3 bench/wrap-prose.py target/bench/corpus-1000 target/bench/wrapped-1000
"""
import os
import re
import shutil
import sys
import textwrap

FIELD = re.compile(r'^(\s*)(- )?(summary|description): "([^"\\]{60,})"\s*$')


def main():
    src, dst = sys.argv[1], sys.argv[2]
    if os.path.exists(dst):
        shutil.rmtree(dst)
    shutil.copytree(src, dst)
    wrapped = 0
    for root, _, files in os.walk(os.path.join(dst, "units")):
        for name in sorted(files):
            path = os.path.join(root, name)
            out = []
            with open(path) as f:
                for line in f:
                    m = FIELD.match(line)
                    if not m:
                        out.append(line)
                        continue
                    indent, dash, key, text = m.groups()
                    body_indent = indent + ("  " if dash else "") + "  "
                    out.append("%s%s%s: |\n" % (indent, dash or "", key))
                    out.extend(body_indent + part + "\n" for part in textwrap.wrap(text, 70))
                    wrapped += 1
            with open(path, "w") as f:
                f.write("".join(out))
    print("wrapped %d fields into %s" % (wrapped, dst))


if __name__ == "__main__":
    main()
