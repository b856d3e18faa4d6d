package dev.threefold.core.write;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build refuses, before it reads or writes anything, an output folder that
 * overlaps the content or the theme, in any of the ways a careless command line
 * can say so; and the folders are left byte for byte.
 */
class OutputFolderTest {

    @TempDir
    Path tmp;

    @Test
    void contentCopiedIntoABuiltSiteIsNotDeletedByBuildingItIntoItself() throws IOException {
        Path w = tmp.resolve("W");
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("basic"), w, null, false, "")).succeeded());
        KilledBuildTest.writeContent(w, 3);
        refused(w, w, null, "is the same folder as the content folder");
    }

    @Test
    void contentInsideAnExistingSiteIsRefused() throws IOException {
        Path w = tmp.resolve("W");
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("basic"), w, null, false, "")).succeeded());
        Path content = Fixtures.copy(Fixtures.site("basic"), w.resolve("content"));
        refused(content, w, null, "holds the content folder");
    }

    @Test
    void anOutputInsideTheContentIsRefused() throws IOException {
        Path content = Fixtures.copy(Fixtures.site("basic"), tmp.resolve("content"));
        refused(content, content.resolve("site"), null, "is inside the content folder");
        refused(content, content.resolve("assets/site"), null, "is inside the content folder");
        assertTrue(Files.notExists(content.resolve("site")) && Files.notExists(content.resolve("assets/site")));
    }

    @Test
    void overlapsAreSeenThroughDotDotAndSymbolicLinks() throws IOException {
        Path content = Fixtures.copy(Fixtures.site("basic"), tmp.resolve("content"));
        refused(content, content.resolve("units/../site"), null, "is inside the content folder");
        refused(content, tmp.resolve("elsewhere/../content"), null, "is the same folder as the content folder");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), content);
        refused(content, link, null, "is the same folder as the content folder");
        refused(link, content.resolve("out"), null, "is inside the content folder");
        refused(content, link.resolve("out"), null, "is inside the content folder");
    }

    @Test
    void anOutputOverlappingTheThemeIsRefused() throws IOException {
        Path content = Fixtures.copy(Fixtures.site("basic"), tmp.resolve("content"));
        Path theme = Files.createDirectories(tmp.resolve("theme/templates"));
        Files.writeString(theme.resolve("note.txt"), "keep me");
        refused(content, tmp.resolve("theme"), tmp.resolve("theme"), "is the same folder as the theme folder");
        refused(content, tmp.resolve("theme/templates/site"), tmp.resolve("theme"), "is inside the theme folder");
        refused(content, tmp, tmp.resolve("theme"), "holds the content folder");
    }

    @Test
    void anOutputThatIsAFileIsNamedAsSuch() throws IOException {
        Path file = Files.writeString(tmp.resolve("site"), "a file");
        OutputFolder.Unusable e = assertThrows(OutputFolder.Unusable.class,
                () -> new Build().build(new BuildRequest(Fixtures.site("basic"), file, null, false, "")));
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
        assertEquals("a file", Files.readString(file));
    }

    /** Asserts the build is refused with a message naming both folders, and that nothing changed. */
    private void refused(Path content, Path output, Path theme, String how) throws IOException {
        Map<String, byte[]> before = StagingWriterTest.snapshot(tmp);
        OutputFolder.Unusable e = assertThrows(OutputFolder.Unusable.class,
                () -> new Build().build(new BuildRequest(content, output, theme, false, "")));
        assertTrue(e.getMessage().contains(how), e.getMessage());
        assertTrue(e.getMessage().contains(output.toString()), "names the output: " + e.getMessage());
        assertTrue(e.getMessage().contains(theme != null && how.contains("theme") ? theme.toString() : content.toString()),
                "names the other folder: " + e.getMessage());
        Map<String, byte[]> after = StagingWriterTest.snapshot(tmp);
        assertEquals(before.keySet(), after.keySet(), "nothing added or removed");
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
    }
}
