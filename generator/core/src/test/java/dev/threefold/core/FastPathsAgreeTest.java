package dev.threefold.core;

import dev.threefold.core.check.ContentCheck;
import dev.threefold.core.write.StagingWriter;
import dev.threefold.core.render.PageMemory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast paths (CommonYaml for the common subset of YAML, the markdown shortcuts) change how
 * fast a site is built, never what it holds: the sample curriculum built on the reference paths
 * alone (Jackson, flexmark) is the same site, byte for byte, with the same diagnostics.
 */
class FastPathsAgreeTest {

    @Test
    void theSampleSiteIsTheSameOnTheReferencePaths(@TempDir Path tmp) throws IOException {
        BuildRequest fast = new BuildRequest(Path.of("../../content"), tmp.resolve("fast"), null, false, "");
        BuildRequest reference = new BuildRequest(Path.of("../../content"), tmp.resolve("reference"), null, false, "");
        BuildResult a = new Build().build(fast);
        BuildResult b = new Build(ContentCheck.reference(), PageMemory.NONE, StagingWriter::new).build(reference);
        assertTrue(a.succeeded() && b.succeeded());
        assertEquals(a.diagnostics(), b.diagnostics());
        Map<String, byte[]> x = Fixtures.snapshot(tmp.resolve("fast"));
        Map<String, byte[]> y = Fixtures.snapshot(tmp.resolve("reference"));
        assertEquals(x.keySet(), y.keySet());
        x.forEach((path, bytes) -> assertArrayEquals(bytes, y.get(path), path));
    }
}
