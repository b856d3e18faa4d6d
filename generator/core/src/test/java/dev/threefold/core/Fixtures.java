package dev.threefold.core;

import dev.threefold.core.check.Checked;
import dev.threefold.core.write.MemorySink;
import dev.threefold.core.render.page.Theme;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;

/** Test fixtures: content trees under src/test/resources/sites and in-memory builds of them. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path site(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/sites/" + name + "/input").toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture site " + name, e);
        }
    }

    /** Copies a folder tree (a fixture) to {@code to}, e.g. to edit it in a test; returns {@code to}. */
    public static Path copy(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(t);
                } else {
                    java.nio.file.Files.copy(p, t);
                }
            }
        }
        return to;
    }

    /** Checks and renders a content folder into memory; fails the test if the content has errors. */
    public static MemorySink buildInMemory(Path content) {
        Checked checked = new Build().check(new BuildRequest(content, null, null, false, ""), new LinkedHashMap<>());
        if (!checked.ok()) {
            throw new AssertionError("fixture has errors:\n" + String.join("\n",
                    checked.diagnostics().stream().map(Object::toString).toList()));
        }
        MemorySink sink = new MemorySink();
        Build.render(checked, new Theme(null), "", sink);
        return sink;
    }

    /** {@code u} with another title and other lessons: the one copy of the unit's many components tests need. */
    public static dev.threefold.core.model.Unit with(dev.threefold.core.model.Unit u, String title,
                                                     java.util.List<dev.threefold.core.model.Lesson> lessons) {
        return with(u, u.id(), title, u.sequence(), u.tags(), lessons, u.sourcePath());
    }

    /** {@code u} with another id, title, place in sequence, tags, lessons and file. */
    public static dev.threefold.core.model.Unit with(dev.threefold.core.model.Unit u, String id, String title, Integer sequence,
                                                     java.util.List<String> tags,
                                                     java.util.List<dev.threefold.core.model.Lesson> lessons, String sourcePath) {
        return new dev.threefold.core.model.Unit(id, title, u.subject(), u.grades(), u.audience(), u.term(), sequence,
                u.standards(), java.util.List.of(), tags, u.norms(), u.initiatives(), u.summary(), u.bigIdeas(),
                u.essentialQuestions(), u.provocation(), u.assessment(), u.teacherNotes(), u.teacherReflection(), lessons, u.serves(),
                sourcePath, u.at(), u.unitLinks());
    }

    /** Every file under {@code root}, by path relative to it, with its bytes. */
    public static java.util.Map<String, byte[]> snapshot(Path root) throws java.io.IOException {
        java.util.Map<String, byte[]> out = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(root)) {
            for (Path p : s.filter(java.nio.file.Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), java.nio.file.Files.readAllBytes(p));
            }
        }
        return out;
    }
}
