#!/usr/bin/env python3
"""Writes a deterministic, contract-valid Threefold content tree of N units.

usage: bench/corpus.py N OUTDIR
       PEDAGOGY=1 bench/corpus.py N OUTDIR

Every unit has 3-5 lessons covering all three dimensions, entry points,
grouping with roles, prompts of every kind, standards and prerequisites, so
a build of it exercises every page the real site has. With PEDAGOGY=1 it also
uses the contract's second-edition fields now and then (assessment.standards,
assesses, supports, needs, curriculum.equity, and every 50th unit is
professional learning that serves the two before it); without it the corpus is
byte for byte what it was before those fields existed, so older jars build it.
"""
import os
import random
import sys

GRADES = ["K", "1", "2", "3", "4", "5", "6", "7", "8"]
SUBJECTS = ["Mathematics", "Science", "English Language Arts", "Social Studies", "Arts"]
TERMS = ["Fall", "Winter", "Spring"]
KINDS = ["exit_ticket", "journal", "conference", "self_assessment", "peer_feedback"]
STRATEGIES = ["heterogeneous", "readiness", "interest", "partners", "student_choice"]
WORDS = ("pattern fraction river habitat story evidence model energy map rhythm measure compare "
         "predict explain share argue observe sketch build count estimate question revise").split()


def words(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def draw_standards(rng, codes, into):
    """Three standards, also kept in `into` for the assessment to name."""
    into[:] = [rng.choice(codes) for _ in range(3)]
    return into


def q(s):
    return '"' + s.replace('"', "'") + '"'


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(42)
    pedagogy = os.environ.get("PEDAGOGY") == "1"
    os.makedirs(os.path.join(out, "standards"), exist_ok=True)
    os.makedirs(os.path.join(out, "assets"), exist_ok=True)
    with open(os.path.join(out, "assets", "strip.svg"), "w") as f:
        f.write('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>\n')
    with open(os.path.join(out, "curriculum.yaml"), "w") as f:
        f.write("title: Benchmark District\ndescription: A generated curriculum.\n")
        f.write("norms:\n  - {id: listen, text: We listen.}\n  - {id: try, text: We try.}\n")
        f.write("initiatives:\n  - {id: literacy, title: Literacy, description: Reading everywhere.}\n")
        f.write("grades: [%s]\nsubjects: [%s]\nterms: [%s]\n" % (
            ", ".join(q(g) for g in GRADES), ", ".join(q(s) for s in SUBJECTS), ", ".join(TERMS)))
        if pedagogy:
            f.write("equity: {max_readiness_share: 0.3}\n")
    codes = []
    with open(os.path.join(out, "standards", "bench.yaml"), "w") as f:
        f.write("framework: bench\ntitle: Benchmark Standards\nstandards:\n")
        for g in GRADES:
            for i in range(40):
                code = "%s.B.%d" % (g, i)
                codes.append(code)
                f.write("  - code: %s\n    description: %s\n    grade: %s\n" % (code, q(words(rng, 12)), q(g)))
    for i in range(n):
        grade, subject = GRADES[i % len(GRADES)], SUBJECTS[(i // len(GRADES)) % len(SUBJECTS)]
        uid = "unit-%05d" % i
        d = os.path.join(out, "units", "grade-" + grade.lower(), subject.split()[0].lower())
        os.makedirs(d, exist_ok=True)
        title = q("Unit %d: %s" % (i, words(rng, 3).title()))
        stds = []
        educators = pedagogy and i % 50 == 49
        lines = [
            "title: %s" % title,
            "subject: %s" % q(subject),
            "grade: %s" % q(grade),
            "term: %s" % TERMS[i % 3],
            "sequence: %d" % (i // 45),
            "summary: %s" % q("Learners " + words(rng, 25) + ". See ![strip](../../../assets/strip.svg)."),
            "big_ideas: [%s, %s]" % (q(words(rng, 8)), q("*" + words(rng, 6) + "*")),
            "essential_questions: [%s]" % q(words(rng, 7) + "?"),
            # drawn here, after the prose, so the corpus without PEDAGOGY stays what it was
            "standards: [%s]" % ", ".join(["bench:" + c for c in draw_standards(rng, codes, stds)]),
            "tags: [%s, %s]" % (rng.choice(WORDS), rng.choice(WORDS)),
            "norms: [listen]",
            "initiatives: [literacy]",
        ]
        if i >= 9:
            lines.append("prerequisites: [unit-%05d]" % (i - 9))
        if educators:
            lines += ["audience: educators", "serves: [unit-%05d, unit-%05d]" % (i - 1, i - 2)]
        lines += [
            "provocation:",
            "  title: %s" % q(words(rng, 3)),
            "  minutes: 15",
            "  description: %s" % q(words(rng, 30)),
            "  entry_points:",
            "    - {label: Concrete, level: support, description: %s}" % q(words(rng, 10)),
            "    - {label: Abstract, level: extension, description: %s}" % q(words(rng, 10)),
            "lessons:",
        ]
        for l in range(3 + i % 3):
            lines += [
                "  - title: %s" % q("Lesson %d: %s" % (l + 1, words(rng, 3))),
                "    objectives: [%s, %s]" % (q(words(rng, 6)), q(words(rng, 6))),
                "    activities:",
                "      - title: %s" % q(words(rng, 3)),
                "        dimension: collective",
                "        minutes: 10",
                "        description: %s" % q("**" + words(rng, 4) + "** " + words(rng, 30)),
                "      - title: %s" % q(words(rng, 3)),
                "        dimension: small_group",
                "        minutes: 20",
                "        description: %s" % q(words(rng, 40)),
                "        grouping:",
                "          size: \"3-4\"",
                "          strategy: %s" % rng.choice(STRATEGIES),
                "          roles:",
                "            - {name: Facilitator, description: %s}" % q(words(rng, 6)),
                "            - Recorder",
                "        entry_points:",
                "          - {label: Support, level: support, description: %s}" % q(words(rng, 15)),
                "          - {label: Core, level: core, description: %s}" % q(words(rng, 15)),
                "          - {label: Extension, level: extension, description: %s}" % q(words(rng, 15)),
                "        materials: [%s, %s]" % (q(words(rng, 2)), q(words(rng, 2))),
            ]
            if pedagogy and (i + l) % 5 == 0:
                lines += ["        needs: [devices%s]" % (", internet" if i % 2 else "")]
            if pedagogy and (i + l) % 4 == 0:
                lines += ["        supports:", "          - {for: English learners, description: %s}" % q(words(rng, 8))]
            lines += [
                "      - title: %s" % q(words(rng, 3)),
                "        dimension: inner_dialogue",
                "        minutes: 10",
                "        reflection_prompts:",
                "          - %s" % q(words(rng, 8) + "?"),
                "          - {prompt: %s, kind: %s}" % (q(words(rng, 8) + "?"), rng.choice(KINDS)),
            ]
            if pedagogy and not educators and l == 0 and i % 3:
                lines += ["        assesses: [bench:%s]" % stds[1]]
            lines += [
                "    reflection_prompts:",
                "      - {prompt: %s, kind: exit_ticket}" % q(words(rng, 8) + "?"),
            ]
        lines += [
            "assessment:",
            "  evidence: %s" % q(words(rng, 20)),
            "  success_criteria: [%s, %s]" % (q(words(rng, 6)), q(words(rng, 6))),
        ]
        if pedagogy and not educators and i % 3 != 2:
            lines += ["  standards: [bench:%s]" % stds[0]]
        lines += [
            "teacher_notes: |",
            "  | Step | Note |",
            "  | --- | --- |",
            "  | 1 | %s |" % words(rng, 6),
            "",
            "  %s" % words(rng, 40),
            "teacher_reflection: [%s]" % q(words(rng, 8) + "?"),
        ]
        with open(os.path.join(d, uid + ".yaml"), "w") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
