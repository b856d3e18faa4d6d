package dev.threefold.core.diff;

import dev.threefold.core.Diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A small curriculum written twice into a temporary folder, as {@code base/} and {@code head/}, the
 * head edited by the test; {@link #compare()} runs the diff over the two folders.
 */
final class TwoVersions {

    static final String CURRICULUM = """
            title: Test School
            grades: ["3", "4"]
            subjects: [Mathematics]
            terms: [Fall, Spring]
            """;

    static final String STANDARDS = """
            framework: m
            title: Math
            standards:
              - {code: A.1, description: Fractions.}
              - {code: A.2, description: Decimals.}
              - {code: A.3, description: Arrays.}
            """;

    static final String FAIR_SHARES = """
            id: fair-shares
            title: Fair Shares
            subject: Mathematics
            grade: 3
            term: Fall
            summary: Learners share things fairly.
            standards: [m:A.1]
            tags: [fractions]
            big_ideas: [A fraction is a number.]
            essential_questions: ["What makes a share fair?"]
            lessons:
              - title: Folding paper
                objectives: [I can fold equal parts]
                activities:
                  - title: Launch
                    dimension: collective
                    minutes: 20
                  - title: Fold in groups
                    dimension: small_group
                    minutes: 25
                    materials: [paper strips]
                    grouping: {size: "3-4", strategy: heterogeneous, roles: [Folder, Recorder]}
                    entry_points:
                      - {label: Halves, level: support, description: Fold in two.}
                      - {label: Eighths, level: core, description: Fold in eight.}
                  - title: Journal
                    dimension: inner_dialogue
                    minutes: 20
            assessment: {evidence: Strips labelled with fractions., success_criteria: [I can fold equal parts]}
            """;

    static final String TENTHS = """
            id: tenths
            title: Tenths
            subject: Mathematics
            grade: 4
            term: Fall
            summary: Decimals.
            standards: [m:A.2]
            prerequisites: [fair-shares]
            lessons:
              - title: Money
                activities:
                  - {title: Launch, dimension: collective, minutes: 20}
                  - title: Shop
                    dimension: small_group
                    minutes: 20
                    grouping: {size: 2}
                    entry_points:
                      - {label: Coins, description: Use coins.}
                      - {label: Notation, description: Write decimals.}
                  - {title: Reflect, dimension: inner_dialogue, minutes: 20}
            """;

    final Path root;
    final Map<String, String> base = new TreeMap<>();
    final Map<String, String> head = new TreeMap<>();

    TwoVersions(Path root) {
        this.root = root;
        for (Map<String, String> side : java.util.List.of(base, head)) {
            side.put("curriculum.yaml", CURRICULUM);
            side.put("standards/m.yaml", STANDARDS);
            side.put("units/fair-shares.yaml", FAIR_SHARES);
            side.put("units/tenths.yaml", TENTHS);
        }
    }

    /** Edits a file of the head by replacing a text that must be there. */
    TwoVersions edit(String file, String text, String with) {
        return edit(file, s -> {
            if (!s.contains(text)) {
                throw new IllegalArgumentException(file + " has no " + text);
            }
            return s.replace(text, with);
        });
    }

    /** Edits a file of the base the same way. */
    TwoVersions editBase(String file, String text, String with) {
        if (!base.get(file).contains(text)) {
            throw new IllegalArgumentException(file + " has no " + text);
        }
        base.put(file, base.get(file).replace(text, with));
        return this;
    }

    TwoVersions edit(String file, UnaryOperator<String> change) {
        head.put(file, change.apply(head.get(file)));
        return this;
    }

    ChangeReport compare() {
        Path b = write("base", base);
        Path h = write("head", head);
        return Diff.compare(new Diff.Request(h, new Diff.Folder(b, "base"), new Diff.Folder(h, "head")));
    }

    private Path write(String name, Map<String, String> files) {
        Path dir = root.resolve(name);
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
