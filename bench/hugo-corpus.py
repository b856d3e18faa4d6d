#!/usr/bin/env python3
"""Writes a deterministic Hugo site of N two-kilobyte markdown pages with taxonomies.

usage: bench/hugo-corpus.py N OUTDIR

The yardstick issue 6 names: Hugo building 10,000 such pages on this machine.
bench/run.sh builds it with the same machine, in the same minutes, as
Threefold's own corpus, so the two figures are compared at one speed of a
shared machine whose speed changes by the hour. Each page has front matter
(title, a date in 2025, since Hugo leaves out pages dated in the future,
summary, three tags of 200 and one category of 12), about 2 KB
of markdown (headings, paragraphs with emphasis, code and links, a list, a
quote) and is rendered through plain layouts: a page, section and taxonomy
lists, a home page, each with a menu of the sections. No theme, images or
asset pipeline, which keeps Hugo on its fastest path.
"""
import os
import random
import sys

WORDS = ("pattern fraction river habitat story evidence model energy map rhythm measure compare "
         "predict explain share argue observe sketch build count estimate question revise").split()
SECTIONS = ["mathematics", "science", "language", "history", "arts"]
TAGS = ["tag-%03d" % i for i in range(200)]
CATEGORIES = ["category-%02d" % i for i in range(12)]

CONFIG = """baseURL = "https://example.org/"
languageCode = "en"
title = "Benchmark District"
disableKinds = ["RSS"]
[taxonomies]
  tag = "tags"
  category = "categories"
"""

BASEOF = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
<meta name="description" content="{{ .Summary | plainify | truncate 160 }}"></head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
<nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
"""

SINGLE = """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p>{{ .Date.Format "2 January 2006" }} · {{ .ReadingTime }} min</p>
{{ .Content }}
<p>Tags: {{ range .Params.tags }}<a href="{{ (printf "/tags/%s/" (urlize .)) | relURL }}">{{ . }}</a> {{ end }}</p>
<p>Category: {{ range .Params.categories }}<a href="{{ (printf "/categories/%s/" (urlize .)) | relURL }}">{{ . }}</a> {{ end }}</p>
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
</article>{{ end }}
"""

LIST = """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary | plainify | truncate 80 }}</li>{{ end }}</ul>{{ end }}
"""

TERMS = """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
"""


def words(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def sentence(rng):
    s = words(rng, rng.randint(8, 16))
    return s[0].upper() + s[1:] + "."


def paragraph(rng):
    parts = [sentence(rng) for _ in range(rng.randint(3, 5))]
    first = parts[0].split(" ")
    first[1] = "**" + first[1] + "**"  # the second word in bold
    parts[0] = " ".join(first)
    parts[-1] = parts[-1][:-1] + ", see `" + rng.choice(WORDS) + "` and [the " + rng.choice(WORDS) + \
        " page](https://example.org/" + rng.choice(WORDS) + ")."
    return " ".join(parts)


def page(rng, i):
    body = []
    while sum(len(b) for b in body) < 1700:
        kind = rng.random()
        if kind < 0.15:
            body.append("## " + words(rng, 3).capitalize())
        elif kind < 0.3:
            body.append("\n".join("- " + words(rng, rng.randint(4, 9)) for _ in range(rng.randint(3, 5))))
        elif kind < 0.38:
            body.append("> " + sentence(rng))
        else:
            body.append(paragraph(rng))
    tags = rng.sample(TAGS, 3)
    return ("---\n"
            'title: "Page %d: %s"\n' % (i, words(rng, 3).title())
            + "date: 2025-%02d-%02dT09:00:00Z\n" % (1 + i % 12, 1 + i % 28)
            + 'summary: "%s"\n' % sentence(rng)
            + "tags: [%s]\n" % ", ".join(tags)
            + "categories: [%s]\n" % rng.choice(CATEGORIES)
            + "---\n\n" + "\n\n".join(body) + "\n")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(42)
    write(os.path.join(out, "config.toml"), CONFIG)
    write(os.path.join(out, "layouts", "_default", "baseof.html"), BASEOF)
    write(os.path.join(out, "layouts", "_default", "single.html"), SINGLE)
    write(os.path.join(out, "layouts", "_default", "list.html"), LIST)
    write(os.path.join(out, "layouts", "_default", "terms.html"), TERMS)
    for s in SECTIONS:
        write(os.path.join(out, "content", s, "_index.md"), '---\ntitle: "%s"\n---\n' % s.capitalize())
    for i in range(n):
        write(os.path.join(out, "content", SECTIONS[i % len(SECTIONS)], "page-%05d.md" % i), page(rng, i))


if __name__ == "__main__":
    main()
