#!/usr/bin/env python3
"""Converts a Threefold content folder into a Hugo site holding the same text.

usage: bench/hugo-from-units.py CORPUS OUTDIR

bench/run.sh times Threefold and Hugo on the same text: each unit of CORPUS
(a content folder as bench/corpus.py writes it, or content/ itself:
curriculum.yaml, units/**/*.yaml, standards/*.yaml) becomes one markdown page,
content/units/ID.md, whose body is the prose Threefold renders on the unit's
page: summary, big ideas, essential questions, standards with their
descriptions, prerequisites, norms, initiatives, the provocation, each lesson
with its objectives, activities (title, description, grouping and roles, entry
points, materials, reflection prompts) and prompts, the assessment, teacher
notes and teacher reflection. Front matter: title, grades, subjects, tags (the
site's three taxonomies), term and sequence, weight (the order of the lists).

The layouts are the site's own (no theme): a unit page, list pages (home,
units) and taxonomy pages (a list of terms, a list of a term's units), each
with a header that links every grade and subject, as Threefold's pages do.
Threefold writes more than this (a student view per unit, reports, the search
index, units.json): the comparison is of the same text, not of the same site.

Deterministic: units in sorted path order, no dates, no randomness. Prints the
page count and the bytes of markdown bodies against the bytes of prose in the
units (the text of every prose field) and of the shared texts the pages show
(standards, norms, initiatives): the rest is headings, labels and list marks.
Needs PyYAML (Debian package python3-yaml).
"""
import os
import sys

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, ten times faster, when PyYAML has it

CONFIG = """baseURL = "https://example.org/"
languageCode = "en"
title = %s
disableKinds = ["RSS"]
[taxonomies]
  grade = "grades"
  subject = "subjects"
  tag = "tags"
"""

BASEOF = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
<meta name="description" content="{{ .Summary | plainify | truncate 160 }}"></head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
<nav>{{ range .Site.Taxonomies.grades.ByCount }}<a href="{{ .Page.RelPermalink }}">Grade {{ .Page.Title }}</a> {{ end }}
{{ range .Site.Taxonomies.subjects.Alphabetical }}<a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
"""

SINGLE = """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p>Grades {{ range .GetTerms "grades" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}·
{{ range .GetTerms "subjects" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }} ·
{{ .Params.term }}, sequence {{ .Params.sequence }}</p>
{{ .Content }}
<p>Tags: {{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
</article>{{ end }}
"""

# Home, the units section and each term (a grade, subject or tag): a card per unit.
LIST = """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
<span>{{ with .Params.grades }}{{ delimit . ", " }} · {{ end }}{{ with .Params.subjects }}{{ delimit . ", " }}{{ end }}</span>
<p>{{ .Summary | plainify | truncate 160 }}</p></li>{{ end }}</ul>{{ end }}
"""

TERMS = """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
"""

PROSE = {"summary", "evidence", "teacher_notes", "description", "title", "label", "name", "prompt"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=LOADER) or {}


def s(v):
    """A scalar as Threefold reads it: numbers as their decimal text."""
    return "" if v is None else str(v).strip()


def indent(text, by="  "):
    """Markdown continued inside a list item."""
    return ("\n" + by).join(s(text).split("\n"))


def items(values):
    return "\n".join("- " + indent(v) for v in values or [])


def prompt_text(p):
    return s(p["prompt"]) if isinstance(p, dict) else s(p)


def prompts(ps):
    return "\n".join("- " + indent(prompt_text(p)) + (" (%s)" % p["kind"] if isinstance(p, dict) and "kind" in p else "")
                     for p in ps or [])


def entry_points(eps):
    return "\n".join("- **%s** (%s): %s" % (s(e["label"]), s(e.get("level", "core")), indent(e.get("description")))
                     for e in eps or [])


def roles(rs):
    out = []
    for r in rs or []:
        if isinstance(r, dict):
            out.append("- **%s**" % s(r["name"]) + (": " + s(r["description"]) if r.get("description") else ""))
        else:
            out.append("- **%s**" % s(r))
    return "\n".join(out)


def section(heading, body):
    return [heading, body] if body else []


def activity(a, level="###"):
    minutes = " · %s min" % a["minutes"] if "minutes" in a else ""
    dim = s(a.get("dimension", "collective")).replace("_", " ")
    parts = ["%s %s" % (level, s(a["title"])), "*%s%s*" % (dim, minutes)]
    if a.get("description"):
        parts.append(s(a["description"]))
    g = a.get("grouping")
    if g:
        parts.append("Groups of %s, %s." % (s(g.get("size")), s(g.get("strategy")).replace("_", " ")))
        parts += section("Roles:", roles(g.get("roles")))
    parts += section("Entry points:", entry_points(a.get("entry_points")))
    parts += section("Materials:", items(a.get("materials")))
    parts += section("Reflection:", prompts(a.get("reflection_prompts")))
    return parts


def body(unit, ctx):
    parts = [s(unit.get("summary"))]
    parts += section("## Big ideas", items(unit.get("big_ideas")))
    parts += section("## Essential questions", items(unit.get("essential_questions")))
    parts += section("## Standards", "\n".join(
        "- %s: %s" % (ref.split(":", 1)[-1], ctx["standards"].get(ref, "")) for ref in unit.get("standards") or []))
    parts += section("## Before this unit", "\n".join(
        "- [%s](/units/%s/)" % (ctx["titles"].get(p, p), p) for p in unit.get("prerequisites") or []))
    parts += section("## Norms", items(ctx["norms"].get(n, n) for n in unit.get("norms") or []))
    parts += section("## Initiatives", "\n".join(
        "- **%s**: %s" % (title, indent(text)) for title, text in (ctx["initiatives"].get(i, (i, ""))
                                                                  for i in unit.get("initiatives") or [])))
    if unit.get("provocation"):
        parts += ["## Provocation"] + activity(unit["provocation"])
    for n, lesson in enumerate(unit.get("lessons") or [], 1):
        parts.append("## Lesson %d: %s" % (n, s(lesson["title"])))
        parts += section("Objectives:", items(lesson.get("objectives")))
        for a in lesson.get("activities") or []:
            parts += activity(a)
        parts += section("Lesson reflection:", prompts(lesson.get("reflection_prompts")))
    a = unit.get("assessment")
    if a:
        parts += ["## Assessment", s(a.get("evidence"))]
        parts += section("Success criteria:", items(a.get("success_criteria")))
    parts += section("## Teacher notes", s(unit.get("teacher_notes")))
    parts += section("## Teacher reflection", items(unit.get("teacher_reflection")))
    return "\n\n".join(p for p in parts if p) + "\n"


def prose_bytes(v, key=None):
    """The bytes of prose in a unit: every string under a prose key or in a list of prose."""
    if isinstance(v, dict):
        return sum(prose_bytes(x, k) for k, x in v.items())
    if isinstance(v, list):
        return sum(prose_bytes(x, key) for x in v)
    if key in PROSE or key in {"big_ideas", "essential_questions", "objectives", "success_criteria",
                               "teacher_reflection", "reflection_prompts", "roles", "materials"}:
        return len(s(v).encode("utf-8"))
    return 0


def shared_bytes(unit, ctx):
    """The bytes of the curriculum's and standards' texts a unit's page shows: its standards, norms, initiatives."""
    texts = [ctx["standards"].get(r, "") for r in unit.get("standards") or []]
    texts += [ctx["norms"].get(n, "") for n in unit.get("norms") or []]
    texts += [" ".join(ctx["initiatives"].get(i, ("", ""))) for i in unit.get("initiatives") or []]
    return sum(len(x.encode("utf-8")) for x in texts)


def yaml_list(values):
    return "[%s]" % ", ".join(yaml_str(v) for v in values)


def yaml_str(v):
    return '"%s"' % s(v).replace("\\", "\\\\").replace('"', '\\"')


def unit_files(root):
    out = []
    for d, dirs, files in os.walk(os.path.join(root, "units")):
        dirs.sort()
        out += [os.path.join(d, f) for f in sorted(files) if f.endswith((".yaml", ".yml"))]
    return sorted(out)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.split("\n\n")[1])
    corpus, out = sys.argv[1], sys.argv[2]
    curriculum = load(os.path.join(corpus, "curriculum.yaml"))
    ctx = {"standards": {}, "titles": {},
           "norms": {n["id"]: s(n["text"]) for n in curriculum.get("norms") or []},
           "initiatives": {i["id"]: (s(i["title"]), s(i.get("description"))) for i in curriculum.get("initiatives") or []}}
    sdir = os.path.join(corpus, "standards")
    for f in sorted(os.listdir(sdir)) if os.path.isdir(sdir) else []:
        if f.endswith((".yaml", ".yml")):
            framework = load(os.path.join(sdir, f))
            for st in framework.get("standards") or []:
                ctx["standards"]["%s:%s" % (framework["framework"], st["code"])] = s(st.get("description"))
    units = []
    for path in unit_files(corpus):
        unit = load(path)
        uid = s(unit.get("id")) or os.path.splitext(os.path.basename(path))[0]
        units.append((uid, unit))
        ctx["titles"][uid] = s(unit["title"])

    write(os.path.join(out, "config.toml"), CONFIG % yaml_str(curriculum.get("title", "Curriculum")))
    for name, text in (("baseof", BASEOF), ("single", SINGLE), ("list", LIST), ("terms", TERMS)):
        write(os.path.join(out, "layouts", "_default", name + ".html"), text)
    write(os.path.join(out, "content", "units", "_index.md"), '---\ntitle: "Units"\n---\n')
    md_bytes = prose = shared = 0
    for weight, (uid, unit) in enumerate(sorted(units, key=lambda u: (s(u[1].get("sequence", 0)).zfill(6), u[0])), 1):
        grades = unit.get("grade")
        grades = grades if isinstance(grades, list) else [grades] if grades is not None else []
        text = body(unit, ctx)
        md_bytes += len(text.encode("utf-8"))
        prose += prose_bytes(unit)
        shared += shared_bytes(unit, ctx)
        write(os.path.join(out, "content", "units", uid + ".md"), "---\n"
              + "title: %s\n" % yaml_str(unit["title"])
              + "grades: %s\n" % yaml_list(grades)
              + "subjects: %s\n" % yaml_list([unit["subject"]])
              + "tags: %s\n" % yaml_list(unit.get("tags") or [])
              + "term: %s\n" % yaml_str(unit.get("term", ""))
              + "sequence: %d\n" % int(unit.get("sequence", 0))
              + "weight: %d\n" % weight
              + "---\n\n" + text)
    print("%d unit pages; markdown bodies %.1f MB: the units' prose %.1f MB, the standards', norms' and initiatives'"
          " texts they show %.1f MB, headings, labels and list marks %.1f MB"
          % (len(units), md_bytes / 1e6, prose / 1e6, shared / 1e6, (md_bytes - prose - shared) / 1e6))


if __name__ == "__main__":
    main()
