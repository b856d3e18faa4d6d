package dev.threefold.cli;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code threefold diff} as a reviewer and a CI job use it: two folders, git revisions, the review gate, and misuse. */
class DiffCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static Path content(Path dir) throws IOException {
        return MainTest.content(dir, "15");
    }

    private static void edit(Path file, String text, String with) throws IOException {
        Files.writeString(file, Files.readString(file).replace(text, with));
    }

    @Test
    void twoFoldersGiveTheMarkdownTheJsonAndThePage(@TempDir Path tmp) throws IOException {
        Path base = content(tmp.resolve("base"));
        Path head = content(tmp.resolve("head"));
        edit(head.resolve("units/g3/shapes.yaml"), "minutes: 15", "minutes: 12");
        assertEquals(0, run("diff", "--content", head.toString(), "--base-folder", base.toString(), "--output", tmp.resolve("report").toString()));
        assertTrue(out.toString().contains("- minor Lesson 1, 'Hunt in pairs': 15 → 12 minutes — _minutes are minor"), out.toString());
        String page = Files.readString(tmp.resolve("report/index.html"));
        assertTrue(page.contains("Lesson 1, &#39;Hunt in pairs&#39;: 15 → 12 minutes") || page.contains("Lesson 1, &#x27;Hunt in pairs&#x27;: 15 → 12 minutes"), page);
        assertTrue(Files.exists(tmp.resolve("report/theme/style.css")), "in the site's look");
        assertTrue(Files.readString(tmp.resolve("report/changes.json")).contains("\"level\" : \"minor\""));

        out.getBuffer().setLength(0);
        assertEquals(0, run("diff", "--content", head.toString(), "--base-folder", base.toString(), "--format", "json"));
        assertTrue(out.toString().startsWith("{"), out.toString());
    }

    @Test
    void theReviewGateSetsTheExitCode(@TempDir Path tmp) throws IOException {
        Path base = content(tmp.resolve("base"));
        Path head = content(tmp.resolve("head"));
        edit(head.resolve("units/g3/shapes.yaml"), "          - {label: Find, level: support, description: Find a square.}\n", "");
        assertEquals(1, run("diff", "--content", head.toString(), "--base-folder", base.toString(), "--fail-on", "major"));
        assertTrue(err.toString().contains("threefold: the change report has 1 major change(s) (--fail-on major)"), err.toString());
        assertEquals(1, run("diff", "--content", head.toString(), "--base-folder", base.toString(), "--fail-on", "warnings"),
                "one entry point left is a warning introduced");
        assertEquals(0, run("diff", "--content", head.toString(), "--base-folder", base.toString(), "--fail-on", "errors"));
        assertEquals(2, run("diff", "--content", head.toString(), "--base-folder", base.toString(), "--fail-on", "minor"));
        assertTrue(err.toString().contains("Invalid value for option '--fail-on': 'minor' (write major, warnings or errors)"), err.toString());
    }

    @Test
    void gitRevisionsAreReadWithoutACheckoutAndMisuseIsNamed(@TempDir Path tmp) throws Exception {
        Path content = content(tmp.resolve("content"));
        try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("first").setAuthor("T", "t@example.org").setCommitter("T", "t@example.org").setSign(false).call();
        }
        edit(content.resolve("units/g3/shapes.yaml"), "title: Shapes", "title: Shapes and Solids");
        assertEquals(0, run("diff", "--content", content.toString(), "--base", "main"));
        assertTrue(out.toString().contains("## Curriculum changes: `main ("), out.toString());
        assertTrue(out.toString().contains("- minor title: 'Shapes' → 'Shapes and Solids' — _titles are minor_"), out.toString());
        assertEquals("title: Shapes and Solids", Files.readString(content.resolve("units/g3/shapes.yaml")).lines().findFirst().orElseThrow(),
                "the working tree is left as it was");

        assertEquals(2, run("diff", "--content", content.toString(), "--base", "origin/main"));
        assertTrue(err.toString().contains("no revision `origin/main` in the git repository"), err.toString());
        assertEquals(2, run("diff", "--content", content.toString()));
        assertTrue(err.toString().contains("Give one of '--base=REV' (a git revision) or '--base-folder=DIR' (a content folder)"), err.toString());
    }
}
