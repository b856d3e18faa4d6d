package dev.threefold.core.output;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build in another JVM is killed (SIGKILL) while it writes. Killed before
 * its update was decided, it leaves the previous site byte for byte; killed
 * while applying a decided update (see {@link StagingWriter#commit()}), it
 * leaves only whole files, each the previous build's or its own, and the
 * next build finishes that update. Either way the next build succeeds and
 * cleans up.
 */
class KilledBuildTest {

    /** Entry point for the child JVM: builds args[0] into args[1]. */
    public static void main(String[] args) {
        new Build().build(new BuildRequest(Path.of(args[0]), Path.of(args[1]), null, false, ""));
    }

    @Test
    void killingABuildMidwayLeavesThePreviousSite(@TempDir Path tmp) throws Exception {
        Path small = writeContent(tmp.resolve("small"), 2);
        Path big = writeContent(tmp.resolve("big"), 400);
        Path out = tmp.resolve("site");
        assertTrue(new Build().build(new BuildRequest(small, out, null, false, "")).succeeded());
        Map<String, byte[]> before = StagingWriterTest.snapshot(out);
        Path bigSite = tmp.resolve("big-site");
        assertTrue(new Build().build(new BuildRequest(big, bigSite, null, false, "")).succeeded());
        Map<String, byte[]> bigFiles = StagingWriterTest.snapshot(bigSite);

        for (long delay : new long[] {800, 1600, 2400}) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), KilledBuildTest.class.getName(),
                    big.toString(), out.toString()).inheritIO().start();
            Thread.sleep(delay);
            child.destroyForcibly().waitFor();
            Map<String, byte[]> after = StagingWriterTest.snapshot(out);
            if (decidedUpdate(tmp)) {
                // Killed while applying: every file is whole, the previous build's or the killed one's.
                after.forEach((k, v) -> assertTrue(Arrays.equals(v, before.get(k)) || Arrays.equals(v, bigFiles.get(k)),
                        k + " is neither the previous build's nor the killed build's"));
                break; // the next build finishes the update
            }
            if (after.containsKey("units/unit-399/index.html")) {
                break; // the child finished before it was killed: nothing more to learn
            }
            assertEquals(before.keySet(), after.keySet(), "killed after " + delay + " ms");
            before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
        }
        assertTrue(new Build().build(new BuildRequest(small, out, null, false, "")).succeeded());
        Path fresh = tmp.resolve("fresh");
        assertTrue(new Build().build(new BuildRequest(small, fresh, null, false, "")).succeeded());
        Map<String, byte[]> expected = StagingWriterTest.snapshot(fresh);
        Map<String, byte[]> actual = StagingWriterTest.snapshot(out);
        assertEquals(expected.keySet(), actual.keySet(), "the next build's site is a fresh build's");
        expected.forEach((k, v) -> assertArrayEquals(v, actual.get(k), k));
        try (var siblings = Files.list(tmp)) {
            assertEquals(0, siblings.filter(p -> p.getFileName().toString().matches(".*\\.(staging|old)-.*")).count(),
                    "no staging or old folder is left behind");
        }
    }

    /** Whether a staging folder beside the site holds a journal: an update decided and being applied. */
    private static boolean decidedUpdate(Path parent) throws IOException {
        try (var siblings = Files.list(parent)) {
            return siblings.anyMatch(p -> p.getFileName().toString().startsWith(".site.staging-")
                    && Files.exists(p.resolve(StagingWriter.JOURNAL)));
        }
    }

    private static Path writeContent(Path dir, int units) throws IOException {
        Files.createDirectories(dir.resolve("units"));
        Files.writeString(dir.resolve("curriculum.yaml"), "title: Kill test\n");
        for (int i = 0; i < units; i++) {
            Files.writeString(dir.resolve("units/unit-" + i + ".yaml"), """
                    title: Unit %d
                    subject: Mathematics
                    grade: 3
                    summary: A *unit* to build.
                    lessons:
                      - title: One
                        activities:
                          - {title: a, dimension: collective, minutes: 10, description: "**bold** text"}
                          - {title: b, dimension: inner_dialogue, minutes: 10}
                          - title: c
                            dimension: small_group
                            minutes: 10
                            grouping: {size: 2}
                            entry_points: [{label: x, description: "*x*"}, {label: y, description: "*y*"}]
                    """.formatted(i));
        }
        return dir;
    }
}
