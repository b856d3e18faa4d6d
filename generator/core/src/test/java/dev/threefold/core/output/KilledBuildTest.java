package dev.threefold.core.output;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build in another JVM is killed (SIGKILL) while it writes: the previous
 * site stays byte for byte, and the next build succeeds and cleans up.
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

        for (long delay : new long[] {800, 1600, 2400}) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), KilledBuildTest.class.getName(),
                    big.toString(), out.toString()).inheritIO().start();
            Thread.sleep(delay);
            child.destroyForcibly().waitFor();
            Map<String, byte[]> after = StagingWriterTest.snapshot(out);
            if (after.containsKey("units/unit-399/index.html")) {
                break; // the child finished before it was killed: nothing more to learn
            }
            assertEquals(before.keySet(), after.keySet(), "killed after " + delay + " ms");
            before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
        }
        assertTrue(new Build().build(new BuildRequest(small, out, null, false, "")).succeeded());
        try (var siblings = Files.list(tmp)) {
            assertEquals(0, siblings.filter(p -> p.getFileName().toString().matches(".*\\.(staging|old)-.*")).count(),
                    "no staging or old folder is left behind");
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
