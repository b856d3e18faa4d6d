package dev.threefold.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The failures a build can meet are caught once, in the core, and told as one line for an adapter to print. */
class BuildOutcomeTest {

    @Test
    void aBrokenThemeIsOneLineNotAStackTrace(@TempDir Path tmp) throws IOException {
        Path theme = Files.createDirectories(tmp.resolve("theme/templates"));
        Files.writeString(theme.resolve("unit.ftlh"), "<h1>${unit.titel}</h1>");
        Build.Outcome o = new Build().attempt(new BuildRequest(Fixtures.site("basic"), tmp.resolve("site"), tmp.resolve("theme"), false, ""),
                w -> { });
        assertNull(o.result());
        assertFalse(o.misuse());
        assertTrue(o.failure().startsWith("template unit.ftlh failed on units/"), o.failure());
        assertEquals(1, o.failure().lines().count(), o.failure());
        assertFalse(Files.exists(tmp.resolve("site")), "nothing was put in place");
    }

    @Test
    void anUnusableOutputIsMisuse(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("site"), "a file");
        Build.Outcome o = new Build().attempt(new BuildRequest(Fixtures.site("basic"), file, null, false, ""), w -> { });
        assertTrue(o.misuse());
        assertTrue(o.failure().contains("is a file, not a folder"), o.failure());
    }
}
