package dev.threefold.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildSmokeTest {

    @Test
    void buildsTheBasicSiteToDisk(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        BuildResult r = new Build().build(new BuildRequest(Fixtures.site("basic"), out, null, false, ""));
        r.diagnostics().forEach(System.out::println);
        assertTrue(r.succeeded(), r.summary());
        assertTrue(Files.exists(out.resolve("units/fractions/index.html")));
        if (System.getProperty("keep") != null) {
            Path keep = Path.of(System.getProperty("keep"));
            new Build().build(new BuildRequest(Fixtures.site("basic"), keep, null, false, ""));
        }
    }
}
