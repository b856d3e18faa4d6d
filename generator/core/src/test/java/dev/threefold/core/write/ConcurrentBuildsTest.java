package dev.threefold.core.write;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.BuildResult;
import dev.threefold.core.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One build at a time per output folder: builds started together each finish whole, one after the other. */
class ConcurrentBuildsTest {

    @Test
    void twoCommandLinesBuildingIntoOneNewFolderBothLeaveAWholeSite(@TempDir Path tmp) throws Exception {
        Path content = KilledBuildTest.writeContent(tmp.resolve("content"), 60);
        Path out = tmp.resolve("site");
        Path fresh = tmp.resolve("fresh");
        assertTrue(new Build().build(new BuildRequest(content, fresh, null, false, "")).succeeded());
        Process a = ChildBuild.start(content, out, tmp.resolve("a.log"));
        Process b = ChildBuild.start(content, out, tmp.resolve("b.log"));
        assertEquals(0, a.waitFor(), Files.readString(tmp.resolve("a.log")));
        assertEquals(0, b.waitFor(), Files.readString(tmp.resolve("b.log")));
        assertSameSite(fresh, out);
        assertTrue(Files.exists(out.resolve(StagingWriter.MARKER)));
        assertTrue(new Build().build(new BuildRequest(content, out, null, false, "")).succeeded(), "a later build takes the folder");
        String logA = Files.readString(tmp.resolve("a.log"));
        String logB = Files.readString(tmp.resolve("b.log"));
        assertTrue((logA + logB).contains("Waiting for another build into " + out.toAbsolutePath() + " to finish..."), "one says it waits: " + logA + logB);
    }

    @Test
    void buildsOnThreadsOfOneJvmWaitTheirTurnAndSaySo(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        List<String> told = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<BuildResult>> builds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                builds.add(pool.submit(() -> new Build().build(new BuildRequest(Fixtures.site("basic"), out, null, false, ""), told::add)));
            }
            for (Future<BuildResult> f : builds) {
                assertTrue(f.get().succeeded());
            }
        } finally {
            pool.shutdown();
        }
        Path fresh = tmp.resolve("fresh");
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("basic"), fresh, null, false, "")).succeeded());
        assertSameSite(fresh, out);
        assertTrue(told.stream().allMatch(m -> m.equals("Waiting for another build into " + out.toAbsolutePath() + " to finish...")), told.toString());
    }

    @Test
    void aLockLeftByAKilledBuildDoesNotBlockTheNext(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        Files.writeString(OutputLock.fileFor(out.toAbsolutePath()), "a killed build's token");
        List<String> told = new ArrayList<>();
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("basic"), out, null, false, ""), told::add).succeeded());
        assertEquals(List.of(), told, "nothing to wait for");
    }

    private static void assertSameSite(Path expected, Path actual) throws Exception {
        Map<String, byte[]> e = StagingWriterTest.snapshot(expected);
        Map<String, byte[]> a = StagingWriterTest.snapshot(actual);
        assertEquals(e.keySet(), a.keySet());
        e.forEach((k, v) -> assertArrayEquals(v, a.get(k), k));
    }
}
