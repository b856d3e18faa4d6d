package dev.threefold.core.write;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Builds in other JVMs are killed (SIGKILL) at many points spread over a
 * whole build over a previous site, from the JVM's start to the removal of the
 * previous site after the swap. Each time the output must be exactly the
 * previous site or exactly the new one, every file of it byte for byte; and
 * the next build succeeds and leaves nothing beside the site.
 */
class KilledBuildTest {

    private static final int KILLS = 60;

    @Test
    void atEveryInstantTheOutputIsTheWholeOldSiteOrTheWholeNewOne(@TempDir Path tmp) throws Exception {
        Path small = writeContent(tmp.resolve("small"), 2);
        Path big = writeContent(tmp.resolve("big"), 300);
        Path out = tmp.resolve("site");
        assertTrue(new Build().build(new BuildRequest(small, out, null, false, "")).succeeded());
        Map<String, byte[]> old = StagingWriterTest.snapshot(out);

        // The new site: what an uninterrupted child makes over the old one.
        Path pristine = tmp.resolve("pristine");
        copy(out, pristine);
        Path reference = tmp.resolve("reference");
        long whole = timeWholeBuild(big, pristine, reference);
        Map<String, byte[]> fresh = StagingWriterTest.snapshot(reference);

        Random random = new Random(26);
        int oldSeen = 0;
        int newSeen = 0;
        for (int i = 0; i < KILLS; i++) {
            if (i % 10 == 9) { // this machine's speed drifts: time a whole build again
                whole = timeWholeBuild(big, pristine, tmp.resolve("timed-" + i));
            }
            // Evenly over the whole build, from its start to past its end, each point jittered.
            long delay = (long) (whole * 1.3 * (i % 10 + random.nextDouble()) / 10);
            Process p = child(big, out);
            Thread.sleep(delay);
            p.destroyForcibly().waitFor();
            Map<String, byte[]> after = StagingWriterTest.snapshot(out);
            if (same(after, old)) {
                oldSeen++;
            } else if (same(after, fresh)) {
                newSeen++;
                assertTrue(new Build().build(new BuildRequest(small, out, null, false, "")).succeeded());
                assertTrue(same(StagingWriterTest.snapshot(out), old), "the old site built again");
            } else {
                fail("killed after " + delay + " of " + whole + " ms: the output is neither the old site nor the new one "
                        + "(" + after.size() + " files; old " + old.size() + ", new " + fresh.size() + ")");
            }
        }
        assertTrue(oldSeen > 0 && newSeen > 0, "kills before and after the swap: " + oldSeen + " old, " + newSeen + " new");

        assertTrue(new Build().build(new BuildRequest(big, out, null, false, "")).succeeded());
        assertTrue(same(StagingWriterTest.snapshot(out), fresh), "the next build's site is the new site");
        try (var siblings = Files.list(tmp)) {
            List<String> left = siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")
                    && !n.equals(".site.threefold-lock")).toList();
            assertEquals(List.of(), left, "no staging folder or old site is left beside the site");
        }
    }

    /** How long a child takes to build {@code content} over a copy of {@code previous} in {@code out}, start to end, in ms. */
    private static long timeWholeBuild(Path content, Path previous, Path out) throws Exception {
        copy(previous, out);
        long start = System.nanoTime();
        assertEquals(0, child(content, out).waitFor());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static Process child(Path content, Path out) throws IOException {
        return ChildBuild.start(content, out, null);
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
    }

    private static void copy(Path from, Path to) throws IOException {
        List<Path> all = new ArrayList<>();
        try (var s = Files.walk(from)) {
            s.forEach(all::add);
        }
        for (Path p : all) {
            Path q = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(q);
            } else {
                Files.copy(p, q);
            }
        }
    }

    static Path writeContent(Path dir, int units) throws IOException {
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
