package dev.threefold.cli;

import org.junit.jupiter.api.Test;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    static Path content(Path dir, String minutes) throws IOException {
        Files.createDirectories(dir.resolve("units/g3"));
        Files.writeString(dir.resolve("curriculum.yaml"), "title: CLI School\n");
        Files.writeString(dir.resolve("units/g3/shapes.yaml"), """
                title: Shapes
                subject: Mathematics
                grade: 3
                summary: Shapes around us.
                lessons:
                  - title: Hunt
                    activities:
                      - {title: Launch, dimension: collective, minutes: 10}
                      - title: Hunt in pairs
                        dimension: small_group
                        minutes: %s
                        grouping: {size: 2, strategy: partners}
                        entry_points:
                          - {label: Find, level: support, description: Find a square.}
                          - {label: Sort, level: extension, description: Sort by sides.}
                      - {title: Draw, dimension: inner_dialogue, minutes: 10}
                """.formatted(minutes));
        return dir;
    }

    @Test
    void buildWritesTheSiteAndExitsZero(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        assertEquals(0, run("build", "--content", content(tmp.resolve("content"), "15").toString(), "--output", site.toString()));
        assertTrue(Files.readString(site.resolve("units/shapes/index.html")).contains("<h1>Shapes</h1>"));
        assertTrue(out.toString().startsWith("Built 1 units"), out.toString());
    }

    @Test
    void buildKeepsNoCacheBesideTheSiteAndNoLongerTakesNoCache(@TempDir Path tmp) throws IOException {
        Path content = content(tmp.resolve("content"), "15");
        assertEquals(0, run("build", "--content", content.toString(), "--output", tmp.resolve("site").toString()));
        try (var beside = Files.list(tmp)) {
            assertEquals(List.of(".site.threefold-lock", "content", "site"),
                    beside.map(p -> p.getFileName().toString()).sorted().toList(), "the site and its lock, no cache");
        }
        assertEquals(2, run("build", "--no-cache", "--content", content.toString(), "--output", tmp.resolve("ci").toString()));
        assertTrue(err.toString().contains("Unknown option: '--no-cache'"), err.toString());
    }

    @Test
    void invalidContentExitsOneAndNamesTheLine(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        int code = run("build", "--content", content(tmp.resolve("content"), "fifteen").toString(), "--output", site.toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("content/units/g3/shapes.yaml:11:18: error: lessons[0].activities[1].minutes: "
                + "expected an integer 1..600, got \"fifteen\""), err.toString());
        assertTrue(err.toString().contains("1 error, 0 warnings"), err.toString());
        assertFalse(Files.exists(site));
    }

    @Test
    void buildingContentIntoItselfExitsTwoAndDeletesNothing(@TempDir Path tmp) throws IOException {
        // A site built into W, a content folder's files copied into W too, then W built into itself.
        Path w = tmp.resolve("W");
        assertEquals(0, run("build", "--content", content(tmp.resolve("content"), "15").toString(), "--output", w.toString()));
        content(w, "15");
        assertEquals(2, run("build", "--content", w.toString(), "--output", w.toString()));
        assertTrue(err.toString().contains("The output folder " + w.toAbsolutePath() + " is the same folder as the content folder " + w),
                err.toString());
        assertTrue(Files.exists(w.resolve("units/g3/shapes.yaml")) && Files.exists(w.resolve("curriculum.yaml")), "the content is all there");
        assertEquals(2, run("build", "--content", tmp.resolve("content").toString(), "--output", tmp.resolve("content/site").toString()));
        assertTrue(err.toString().contains("is inside the content folder"), err.toString());
        assertFalse(Files.exists(tmp.resolve("content/site")));
    }

    @Test
    void anOutputFolderThatIsNotASitesExitsTwo(@TempDir Path tmp) throws IOException {
        Path content = content(tmp.resolve("content"), "15");
        Files.writeString(tmp.resolve("file"), "x");
        assertEquals(2, run("build", "--content", content.toString(), "--output", tmp.resolve("file").toString()));
        assertTrue(err.toString().contains("is a file, not a folder"), err.toString());
        Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(tmp.resolve("docs/thesis.txt"), "precious");
        assertEquals(2, run("build", "--content", content.toString(), "--output", tmp.resolve("docs").toString()));
        assertTrue(err.toString().contains("is not empty and was not written by Threefold"), err.toString());
        assertEquals("precious", Files.readString(tmp.resolve("docs/thesis.txt")));
    }

    @Test
    void validateWritesNothing(@TempDir Path tmp) throws IOException {
        assertEquals(0, run("validate", "--content", content(tmp.resolve("content"), "15").toString()));
        assertTrue(out.toString().contains("Checked 1 units"), out.toString());
    }

    @Test
    void strictTurnsWarningsIntoErrors(@TempDir Path tmp) throws IOException {
        // 10 collective, 60 group, 10 inner: inner dialogue is under 15%, a warning
        Path content = content(tmp.resolve("content"), "60");
        assertEquals(0, run("validate", "--content", content.toString()));
        assertEquals(1, run("validate", "--content", content.toString(), "--strict"));
        assertTrue(err.toString().contains("error: lessons: inner_dialogue has 10 of 80 minutes"), err.toString());
    }

    @Test
    void misuseExitsTwo(@TempDir Path tmp) {
        assertEquals(2, run("build", "--output", tmp.toString()));
        assertTrue(err.toString().contains("Missing required option: '--content=DIR'"), err.toString());
        assertTrue(err.toString().contains("Run `threefold build --help` for usage."), err.toString());
        assertEquals(2, run("publish"));
        assertTrue(err.toString().contains("Unknown command: 'publish'"), err.toString());
        assertEquals(2, run());
        assertEquals(2, run("new", "page"));
        assertEquals(2, run("validate", "--content", tmp.toString(), "stray"));
        assertTrue(err.toString().contains("Unmatched argument: 'stray'"), err.toString());
        assertEquals(2, run("serve", "--content", tmp.toString(), "--port", "eighty"));
        assertTrue(err.toString().contains("Invalid value for option '--port': 'eighty'"), err.toString());
        assertEquals(2, run("new", "unit", "--content", tmp.toString(), "--grade", "3", "--subject", "Math"));
        assertTrue(err.toString().contains("Missing required parameter: 'TITLE'"), err.toString());
    }

    @Test
    void helpAndVersionExitZero() throws IOException {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("Usage: threefold"), out.toString());
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("threefold " + projectVersion() + System.lineSeparator()), out.toString());
        assertTrue(out.toString().contains("new unit") && out.toString().contains("serve"), "the commands are listed: " + out);
        assertEquals(0, run("build", "--help"));
        assertTrue(out.toString().contains("--content=DIR"), out.toString());
        assertEquals(0, run("new", "site", "--help"));
        assertTrue(out.toString().contains("Usage: threefold new site [--title=TITLE] DIR"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void anUnknownOptionExitsTwo(@TempDir Path tmp) throws IOException {
        assertEquals(2, run("validate", "--content", content(tmp.resolve("content"), "15").toString(), "--frobnicate"));
        assertTrue(err.toString().contains("Unknown option: '--frobnicate'"), err.toString());
    }

    @Test
    void warningsGoToStderrAndTheBuildStillSucceeds(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        assertEquals(0, run("build", "--content", content(tmp.resolve("content"), "60").toString(), "--output", site.toString()));
        assertTrue(out.toString().matches("Built 1 units, \\d+ files into .* in \\d+\\.\\d s \\(0 errors, 2 warnings\\)\\R"), out.toString());
        assertTrue(err.toString().contains("content/units/g3/shapes.yaml:"), err.toString());
        assertTrue(err.toString().contains(": warning: lessons: inner_dialogue has 10 of 80 minutes"), err.toString());
        assertTrue(err.toString().endsWith("0 errors, 2 warnings" + System.lineSeparator()), err.toString());
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
    }

    @Test
    void aBrokenTemplateIsOneMessageNotAStackTrace(@TempDir Path tmp) throws IOException {
        Path theme = Files.createDirectories(tmp.resolve("theme/templates"));
        Files.writeString(theme.resolve("unit.ftlh"), "<h1>${unit.title</h1>\n");
        Path site = tmp.resolve("site");
        int code = run("build", "--content", content(tmp.resolve("content"), "15").toString(),
                "--output", site.toString(), "--theme", tmp.resolve("theme").toString());
        assertEquals(1, code);
        assertTrue(err.toString().startsWith("threefold: template unit.ftlh could not be read: unit.ftlh:1:"), err.toString());
        assertEquals(1, err.toString().lines().count(), "one line: " + err);
        assertFalse(Files.exists(site));
        assertEquals("", out.toString());
    }

    @Test
    void aTemplateThatFailsOnAPageNamesTheTemplateLineAndExpressionInOneLine(@TempDir Path tmp) throws IOException {
        Path theme = Files.createDirectories(tmp.resolve("theme/templates"));
        Files.writeString(theme.resolve("unit.ftlh"), "<h1>${unit.title}</h1>\n<p>${unit.titel}</p>\n");
        int code = run("build", "--content", content(tmp.resolve("content"), "15").toString(),
                "--output", tmp.resolve("site").toString(), "--theme", tmp.resolve("theme").toString());
        assertEquals(1, code);
        String message = err.toString();
        assertEquals(1, message.lines().count(), "one line: " + message);
        assertTrue(message.startsWith("threefold: template unit.ftlh failed on units/"), message);
        assertTrue(message.contains("unit.ftlh:2:6: ") && message.contains("unit.titel"), message);
    }

    @Test
    void anOutputFolderThatCannotBeCreatedIsOneMessage(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        int code = run("build", "--content", content(tmp.resolve("content"), "15").toString(),
                "--output", file.resolve("site").toString());
        assertEquals(2, code, "a misused output folder, not invalid content");
        assertTrue(err.toString().startsWith("threefold: The output folder " + file.resolve("site") + " cannot be made: "
                + file + " is a file, not a folder"), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void aMissingThemeFolderIsAnError(@TempDir Path tmp) throws IOException {
        int code = run("build", "--content", content(tmp.resolve("content"), "15").toString(),
                "--output", tmp.resolve("site").toString(), "--theme", tmp.resolve("nope").toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("theme folder does not exist"), err.toString());
    }

    @Test
    void newSiteAndNewUnitWriteContentThatBuilds(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("maple");
        assertEquals(0, run("new", "site", site.toString(), "--title", "Maple School"));
        assertTrue(Files.readString(site.resolve("pom.xml")).contains("<artifactId>threefold-maven-plugin</artifactId>"));
        assertTrue(Files.readString(site.resolve("pom.xml")).contains("<content>${project.basedir}/content</content>"));
        assertTrue(Files.readString(site.resolve("pom.xml")).contains("<version>" + projectVersion() + "</version>"), "the plugin of this version");
        assertTrue(Files.readString(site.resolve(".mvn/jvm.config")).contains("-XX:+UseParallelGC"), "Maven runs the site's builds with the measured JVM settings");
        assertEquals(0, run("new", "unit", "--content", site.resolve("content").toString(), "--grade", "4",
                "--subject", "Science", "Light and Shadow"));
        Path unit = site.resolve("content/units/grade-4/light-and-shadow.yaml");
        assertTrue(Files.readString(unit).contains("title: \"Light and Shadow\""));
        assertTrue(Files.readString(unit).contains("# A Threefold unit plan."), "every section is explained");
        assertEquals(0, run("validate", "--content", site.resolve("content").toString(), "--strict"));
        assertTrue(out.toString().contains("Checked 2 units (0 errors, 0 warnings)"), out.toString());
        assertEquals(1, run("new", "unit", "--content", site.resolve("content").toString(), "--grade", "4",
                "--subject", "Science", "Light and Shadow"), "an existing unit is never overwritten");
        assertEquals(2, run("new"));
    }

    @Test
    void watchBuildsAgainAfterEachSaveAndKeepsTheLastGoodSiteOnAnError(@TempDir Path tmp) throws Exception {
        Path content = content(tmp.resolve("content"), "15");
        Path site = tmp.resolve("site");
        Path unit = content.resolve("units/g3/shapes.yaml");
        Path page = site.resolve("units/shapes/index.html");
        Thread watching = new Thread(() -> run("build", "--watch", "--content", content.toString(), "--output", site.toString()));
        watching.start();
        try {
            waitUntil(() -> out.toString().contains("Watching " + content));
            assertTrue(Files.readString(page).contains("<h1>Shapes</h1>"));

            Files.writeString(unit, Files.readString(unit).replace("title: Shapes", "title: Shapes and Solids"));
            waitUntil(() -> Files.readString(page).contains("<h1>Shapes and Solids</h1>"));
            waitUntil(() -> out.toString().split("Built 1 units", -1).length > 2); // the rebuild is whole, not only its page
            // What the watch wrote is what a build of the same content writes.
            Path fresh = tmp.resolve("fresh");
            assertEquals(0, Main.run(new String[] {"build", "--content", content.toString(), "--output", fresh.toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
            for (String path : List.of("units/shapes/index.html", "student/shapes/index.html", "units.json", "index.html")) {
                assertEquals(Files.readString(fresh.resolve(path)), Files.readString(site.resolve(path)), path);
            }

            Files.writeString(unit, Files.readString(unit).replace("minutes: 15", "minutes: fifteen"));
            waitUntil(() -> err.toString().contains("content/units/g3/shapes.yaml:11:18: error"));
            assertTrue(Files.readString(page).contains("<h1>Shapes and Solids</h1>"), "the last good site stays");
        } finally {
            watching.interrupt();
            watching.join(10_000);
        }
        assertFalse(watching.isAlive(), "an interrupted watch ends");
    }

    @Test
    void watchReportsABrokenTemplateAndBuildsAgainOnceItIsMended(@TempDir Path tmp) throws Exception {
        Path content = content(tmp.resolve("content"), "15");
        Path templates = Files.createDirectories(tmp.resolve("theme/templates"));
        Files.writeString(templates.resolve("unit.ftlh"), "<h1>${unit.title}</h1>\n");
        Path page = tmp.resolve("site/units/shapes/index.html");
        Thread watching = new Thread(() -> run("build", "--watch", "--content", content.toString(),
                "--output", tmp.resolve("site").toString(), "--theme", tmp.resolve("theme").toString()));
        watching.start();
        try {
            waitUntil(() -> out.toString().contains("Watching " + content + " and " + tmp.resolve("theme")));
            Files.writeString(templates.resolve("unit.ftlh"), "<h1>${unit.title</h1>\n");
            waitUntil(() -> err.toString().contains("threefold: template unit.ftlh could not be read: unit.ftlh:1:"));
            assertEquals("<h1>Shapes</h1>\n", Files.readString(page), "the last good site stays");
            Files.writeString(templates.resolve("unit.ftlh"), "<h2>${unit.title}</h2>\n");
            waitUntil(() -> Files.readString(page).equals("<h2>Shapes</h2>\n"));
        } finally {
            watching.interrupt();
            watching.join(10_000);
        }
        assertFalse(watching.isAlive(), "an interrupted watch ends");
    }

    @Test
    void watchWithoutAContentFolderReportsItAndEnds(@TempDir Path tmp) {
        assertEquals(1, run("build", "--watch", "--content", tmp.resolve("nothing").toString(), "--output", tmp.resolve("site").toString()));
        assertTrue(err.toString().contains("content folder does not exist"), err.toString());
    }

    @Test
    void watchRefusesAnOutputFolderInsideTheContent(@TempDir Path tmp) throws IOException {
        Path content = content(tmp.resolve("content"), "15");
        assertEquals(2, run("build", "--watch", "--content", content.toString(), "--output", content.resolve("site").toString()));
        assertTrue(err.toString().contains("is inside the content folder"), err.toString());
        assertFalse(Files.exists(content.resolve("site")), "nothing is built");
    }

    /** The project's version, as this module's pom names its parent's. */
    private static String projectVersion() throws IOException {
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("<version>([^<]+)</version>").matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(version.find());
        return version.group(1);
    }

    /** Waits up to 30 s for what a build on another thread will make true. */
    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(condition);
    }
}
