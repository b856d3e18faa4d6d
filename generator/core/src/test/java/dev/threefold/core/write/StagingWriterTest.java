package dev.threefold.core.write;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.BuildResult;
import dev.threefold.core.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StagingWriterTest {

    @Test
    void aFailedBuildLeavesThePreviousSiteByteForByte(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("site");
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("basic"), out, null, false, "")).succeeded());
        Map<String, byte[]> before = snapshot(out);

        Path broken = Fixtures.copy(Fixtures.site("basic"), tmp.resolve("content"));
        Files.writeString(broken.resolve("units/grade-3/fractions.yaml"), "title: [unclosed\n");
        BuildResult failed = new Build().build(new BuildRequest(broken, out, null, false, ""));

        assertFalse(failed.succeeded());
        assertEquals(0, failed.written());
        Map<String, byte[]> after = snapshot(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(0, siblings.filter(p -> p.getFileName().toString().contains(".staging-")).count(),
                    "no staging folder is left behind");
        }
    }

    @Test
    void aSuccessfulBuildReplacesTheSiteWhole(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("site");
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("basic"), out, null, false, "")).succeeded());
        Files.writeString(out.resolve("stale.html"), "left over");
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("basic"), out, null, false, "")).succeeded());
        assertFalse(Files.exists(out.resolve("stale.html")));
        assertTrue(Files.exists(out.resolve("units/fractions/index.html")));
    }

    @Test
    void filesAddedByHandAnywhereAreRemovedByTheNextBuilds(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("site");
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("basic"), out, null, false, "")).succeeded());
        Files.writeString(out.resolve("units/fractions/extra.html"), "left over");
        Files.createDirectories(out.resolve("extra/deep"));
        Files.writeString(out.resolve("extra/deep/x.html"), "left over");
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("basic"), out, null, false, "")).succeeded());
        assertFalse(Files.exists(out.resolve("units/fractions/extra.html")));
        assertFalse(Files.exists(out.resolve("extra")));
        // Again after an update, whose list of files dates from before it read the site.
        Files.writeString(out.resolve("units/fractions/again.html"), "left over");
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("basic"), out, null, false, "")).succeeded());
        assertFalse(Files.exists(out.resolve("units/fractions/again.html")));
        assertTrue(Files.exists(out.resolve("units/fractions/index.html")));
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite(@TempDir Path tmp) throws IOException {
        Path out = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(out.resolve("thesis.txt"), "precious");
        OutputFolder.Unusable e = assertThrows(OutputFolder.Unusable.class,
                () -> new Build().build(new BuildRequest(Fixtures.site("basic"), out, null, false, "")));
        assertTrue(e.getMessage().contains("was not written by Threefold"), e.getMessage());
        assertEquals("precious", Files.readString(out.resolve("thesis.txt")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(out), s.toList(), "nothing written beside it");
        }
    }

    @Test
    void aStagingFolderLeftByAKilledBuildIsRemovedNextTime(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("site");
        Path stale = Files.createDirectories(tmp.resolve(".site.staging-123"));
        Files.writeString(stale.resolve(StagingWriter.MARKER), "");
        Files.writeString(stale.resolve("index.html"), "half");
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("basic"), out, null, false, "")).succeeded());
        assertFalse(Files.exists(stale));
    }

    @Test
    void aStagingFolderKilledWhileBeingRemovedIsRemovedNextTime(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("site");
        // A staging folder killed while being removed, after its marker went: empty folders, no files.
        Path cutShort = Files.createDirectories(tmp.resolve(".site.staging-456/units/fractions"));
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("basic"), out, null, false, "")).succeeded());
        assertFalse(Files.exists(cutShort.getParent().getParent()));
    }

    @Test
    void theSiteFolderIsMadeAsAnyOtherToolMakesOne(@TempDir Path tmp) throws IOException {
        // Readable by others under the usual umask, as a folder made here by hand is (not private
        // to its owner, as a temporary folder is): a web server's user must read the site.
        Path out = tmp.resolve("site");
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("basic"), out, null, false, "")).succeeded());
        Path byHand = Files.createDirectory(tmp.resolve("by-hand"));
        assertEquals(Files.getPosixFilePermissions(byHand), Files.getPosixFilePermissions(out));
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("basic"), out, null, false, "")).succeeded());
        assertEquals(Files.getPosixFilePermissions(byHand), Files.getPosixFilePermissions(out), "after a swap too");
    }

    @Test
    void aFailedBuildWritesNothingAnywhere(@TempDir Path tmp) throws IOException {
        Path broken = Fixtures.copy(Fixtures.site("basic"), tmp.resolve("content"));
        Files.writeString(broken.resolve("units/grade-3/fractions.yaml"), "title: [unclosed\n");
        Path parent = Files.createDirectories(tmp.resolve("out"));
        BuildResult failed = new Build().build(new BuildRequest(broken, parent.resolve("new/deep/site"), null, false, ""));
        assertFalse(failed.succeeded());
        try (Stream<Path> s = Files.list(parent)) {
            assertEquals(List.of(), s.toList(), "no site, no cache, no lock, no folders made for it");
        }
    }

    @Test
    void aRebuildLeavesUnchangedFilesUntouched(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("site");
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("basic"), out, null, false, "")).succeeded());
        Path home = out.resolve("index.html");
        Object before = Files.getAttribute(home, "unix:ino");
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("basic"), out, null, false, "")).succeeded());
        assertEquals(before, Files.getAttribute(home, "unix:ino"), "same file, not rewritten");
    }

    @Test
    void streamedFilesWithTheSameBytesStayInPlaceAndChangedOnesAreReplaced(@TempDir Path tmp) throws IOException {
        Path content = Fixtures.copy(Fixtures.site("basic"), tmp.resolve("content"));
        Path out = tmp.resolve("site");
        assertTrue(new Build().build(new BuildRequest(content, out, null, false, "")).succeeded());
        Path units = out.resolve("units.json");
        Path search = out.resolve("search/index.js");
        Object unitsBefore = Files.getAttribute(units, "unix:ino");
        Object searchBefore = Files.getAttribute(search, "unix:ino");
        assertTrue(new Build().build(new BuildRequest(content, out, null, false, "")).succeeded());
        assertEquals(unitsBefore, Files.getAttribute(units, "unix:ino"), "units.json: same file, not replaced");
        assertEquals(searchBefore, Files.getAttribute(search, "unix:ino"), "the search index: same file, not replaced");

        Path unit = content.resolve("units/grade-3/fractions.yaml");
        Files.writeString(unit, Files.readString(unit).replace("Learners share things", "Learners share cookies"));
        assertTrue(new Build().build(new BuildRequest(content, out, null, false, "")).succeeded());
        assertNotEquals(unitsBefore, Files.getAttribute(units, "unix:ino"));
        assertTrue(Files.readString(units).contains("Learners share cookies"));
        assertTrue(Files.readString(search).contains("cookies"));
    }


    @Test
    void aSwapInterruptedBetweenItsTwoRenamesIsUndone(@TempDir Path tmp) throws IOException {
        Path old = Files.createDirectories(tmp.resolve(".site.old-42"));
        Files.writeString(old.resolve(StagingWriter.MARKER), "");
        Files.writeString(old.resolve("index.html"), "the previous site");
        new StagingWriter(tmp.resolve("site")).close();
        assertEquals("the previous site", Files.readString(tmp.resolve("site/index.html")));
        assertFalse(Files.exists(old));
    }

    @Test
    void pagePathsCannotLeaveTheSite(@TempDir Path tmp) {
        try (StagingWriter w = new StagingWriter(tmp.resolve("site"))) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> w.write("../escape.html", new byte[0]));
        }
    }

    static Map<String, byte[]> snapshot(Path root) throws IOException {
        return Fixtures.snapshot(root);
    }
}
