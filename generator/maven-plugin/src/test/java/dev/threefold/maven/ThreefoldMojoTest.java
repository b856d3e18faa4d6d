package dev.threefold.maven;

import dev.threefold.core.Build;
import dev.threefold.core.BuildResult;
import dev.threefold.core.diag.Diagnostic;
import dev.threefold.core.diag.Position;
import dev.threefold.core.diag.Severity;
import dev.threefold.core.load.ShownPath;
import dev.threefold.core.render.page.Theme;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Mojos in process, without Maven: what they log and when they fail. The invoker ITs run them for real. */
class ThreefoldMojoTest {

    /** Every log call as "level: message". */
    private final List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>(); // a watching Mojo logs from its own thread

    private <M extends ThreefoldMojo> M mojo(M mojo, Path content, Path output) {
        mojo.setLog((Log) Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[] {Log.class}, (proxy, method, args) -> {
            if (method.getName().startsWith("is")) {
                return true;
            }
            log.add(method.getName() + ": " + (args[0] instanceof Throwable t ? t.getMessage() : args[0]));
            return null;
        }));
        mojo.content = content.toFile();
        mojo.output = output.toFile();
        mojo.baseUrl = "";
        return mojo;
    }

    private static Diagnostic diagnostic(Severity severity, int line) {
        return new Diagnostic(severity, "wrong-value", new Position("content/units/a.yaml", line, 7),
                "lessons[0].minutes", "expected an integer 1..600", "");
    }

    private static Path content(Path dir, String minutes) throws IOException {
        Files.createDirectories(dir.resolve("units"));
        Files.writeString(dir.resolve("curriculum.yaml"), "title: Mojo School\n");
        Files.writeString(dir.resolve("units/tiles.yaml"), """
                title: Tiles
                subject: Mathematics
                grade: 3
                summary: Tiling a floor.
                lessons:
                  - title: Tile it
                    activities:
                      - {title: Launch, dimension: collective, minutes: 10}
                      - title: Tile in pairs
                        dimension: small_group
                        minutes: %s
                        grouping: {size: 2, strategy: partners}
                        entry_points:
                          - {label: Count, level: support, description: Count the tiles.}
                          - {label: Multiply, level: extension, description: Multiply rows by columns.}
                      - {title: Journal, dimension: inner_dialogue, minutes: 10}
                    reflection_prompts:
                      - What did your partner notice that you did not?
                """.formatted(minutes));
        return dir;
    }

    @Test
    void everyDiagnosticIsLoggedByItsSeverityThenItFailsOnce(@TempDir Path tmp) {
        ThreefoldMojo mojo = mojo(new ValidateMojo(), tmp, tmp);
        BuildResult result = new BuildResult(List.of(diagnostic(Severity.ERROR, 3), diagnostic(Severity.WARNING, 5),
                diagnostic(Severity.ERROR, 9)), 1, 0, Map.of());
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo.report(result, "build"));
        assertEquals("Threefold: build failed with 2 errors, 1 warning; the previous site was left as it was.", e.getMessage());
        assertEquals(List.of(
                "error: content/units/a.yaml:3:7: error: lessons[0].minutes: expected an integer 1..600 [wrong-value]",
                "warn: content/units/a.yaml:5:7: warning: lessons[0].minutes: expected an integer 1..600 [wrong-value]",
                "error: content/units/a.yaml:9:7: error: lessons[0].minutes: expected an integer 1..600 [wrong-value]"), log);
    }

    @Test
    void warningsAloneDoNotFail(@TempDir Path tmp) throws MojoFailureException {
        ThreefoldMojo mojo = mojo(new ValidateMojo(), tmp, tmp);
        mojo.report(new BuildResult(List.of(diagnostic(Severity.WARNING, 5)), 1, 0, Map.of()), "build");
        assertEquals(1, log.size());
        assertTrue(log.get(0).startsWith("warn: "), log.toString());
    }

    @Test
    void aBuildThatCouldNotRunBecomesOneMojoExecutionException(@TempDir Path tmp) {
        ThreefoldMojo mojo = mojo(new BuildMojo(), tmp, tmp);
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> mojo.result(new Build.Outcome(null, "template unit.ftlh could not be read", false)));
        assertEquals("Threefold: template unit.ftlh could not be read", e.getMessage());
    }

    @Test
    void buildWritesTheSiteAndSaysWhatItDid(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        mojo(new BuildMojo(), content(tmp.resolve("content"), "20"), site).execute();
        assertTrue(Files.readString(site.resolve("units/tiles/index.html")).contains("Tiles"));
        assertEquals(1, log.size(), log.toString());
        assertTrue(log.get(0).matches("info: Threefold: built 1 units, \\d+ files into .*site in \\d+\\.\\d s \\(0 errors, 0 warnings\\)"),
                log.get(0));
    }

    @Test
    void buildKeepsNoCacheBesideTheSite(@TempDir Path tmp) throws Exception {
        mojo(new BuildMojo(), content(tmp.resolve("content"), "20"), tmp.resolve("site")).execute();
        try (var beside = Files.list(tmp)) {
            assertEquals(List.of(".site.threefold-lock", "content", "site"),
                    beside.map(p -> p.getFileName().toString()).sorted().toList(), "the site and its lock, no cache");
        }
    }

    @Test
    void buildFailsOnceAndLeavesNoSite(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        BuildMojo mojo = mojo(new BuildMojo(), content(tmp.resolve("content"), "twenty"), site);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("Threefold: build failed with 1 error, 0 warnings"), e.getMessage());
        assertEquals(List.of("error: " + ShownPath.prefix(tmp) + "content/units/tiles.yaml:11:18: error: lessons[0].activities[1].minutes: "
                + "expected an integer 1..600, got \"twenty\" (write a whole number without quotes, e.g. `minutes: 20`) [wrong-value]"), log);
        assertFalse(Files.exists(site));
    }

    @Test
    void strictTurnsWarningsIntoTheFailure(@TempDir Path tmp) throws Exception {
        // 10 collective, 60 in pairs, 10 journal: collective and inner dialogue are each under 15% of the minutes
        ValidateMojo mojo = mojo(new ValidateMojo(), content(tmp.resolve("content"), "60"), tmp.resolve("site"));
        mojo.execute();
        assertEquals(3, log.size(), log.toString());
        assertTrue(log.get(0).startsWith("warn: " + ShownPath.prefix(tmp) + "content/units/tiles.yaml:"), log.toString());
        assertTrue(log.get(1).startsWith("warn: " + ShownPath.prefix(tmp) + "content/units/tiles.yaml:"), log.toString());
        assertEquals("info: Threefold: 1 units checked (0 errors, 2 warnings)", log.get(2));
        log.clear();
        mojo.strict = true;
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("Threefold: validation failed with 2 errors, 0 warnings", e.getMessage());
        assertTrue(log.stream().anyMatch(l -> l.contains(": error: lessons: inner_dialogue has 10 of 80 minutes")), log.toString());
        assertTrue(log.stream().allMatch(l -> l.startsWith("error: ")), "strict logs every problem as an error: " + log);
    }

    @Test
    void watchBuildsAgainAfterEachSaveAndLogsErrorsWithoutStopping(@TempDir Path tmp) throws Exception {
        Path content = content(tmp.resolve("content"), "20");
        Path unit = content.resolve("units/tiles.yaml");
        Path page = tmp.resolve("site/units/tiles/index.html");
        BuildMojo mojo = mojo(new BuildMojo(), content, tmp.resolve("site"));
        mojo.watch = true;
        Thread watching = new Thread(() -> {
            try {
                mojo.execute();
            } catch (MojoExecutionException | MojoFailureException e) {
                log.add("thrown: " + e.getMessage());
            }
        });
        watching.start();
        try {
            waitUntil(() -> logged("info: Threefold: watching " + content));
            assertTrue(Files.readString(page).contains("<h1>Tiles</h1>"));
            Files.writeString(unit, Files.readString(unit).replace("minutes: 20", "minutes: twenty"));
            waitUntil(() -> logged("error: Threefold: build failed with 1 error, 0 warnings; the previous site was left as it was"));
            assertTrue(logged("error: " + ShownPath.prefix(tmp) + "content/units/tiles.yaml:11:18: error: lessons[0].activities[1].minutes"), log.toString());
            Files.writeString(unit, Files.readString(unit).replace("minutes: twenty", "minutes: 20").replace("title: Tiles", "title: Tiling"));
            waitUntil(() -> Files.readString(page).contains("<h1>Tiling</h1>"));
        } finally {
            watching.interrupt();
            watching.join(10_000);
        }
        assertFalse(watching.isAlive(), "an interrupted watch ends");
        assertFalse(logged("thrown: "), log.toString());
    }

    @Test
    void watchRefusesAnOutputFolderInsideTheContent(@TempDir Path tmp) throws IOException {
        BuildMojo mojo = mojo(new BuildMojo(), content(tmp.resolve("content"), "20"), tmp.resolve("content/site"));
        mojo.watch = true;
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("Threefold: The output folder " + tmp.resolve("content/site") + " is inside the content folder"),
                e.getMessage());
    }

    private boolean logged(String start) {
        return log.stream().anyMatch(l -> l.startsWith(start));
    }

    @Test
    void skipDoesNothing(@TempDir Path tmp) throws Exception {
        BuildMojo mojo = mojo(new BuildMojo(), tmp.resolve("no-content"), tmp.resolve("site"));
        mojo.skip = true;
        mojo.execute();
        assertEquals(List.of("info: Threefold: skipped"), log);
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    /** Waits up to 30 s for what a build on another thread will make true. */
    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(condition);
    }
}
