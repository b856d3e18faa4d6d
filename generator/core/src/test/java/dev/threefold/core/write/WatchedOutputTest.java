package dev.threefold.core.write;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.Fixtures;
import dev.threefold.core.live.Watch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A watched build keeps a spare folder beside the output and writes into it only what changed
 * (LiveEditsTest holds the bytes and times after random edits); here, what happens around it:
 * builds from elsewhere into the same output, a spare removed by hand, and the end of the watch.
 */
class WatchedOutputTest {

    @TempDir
    Path tmp;

    @Test
    void aBuildFromElsewhereBetweenTwoWatchedBuildsIsNotUndone() throws IOException {
        Path content = Fixtures.copy(Fixtures.site("basic"), tmp.resolve("content"));
        Path out = tmp.resolve("site");
        WatchedOutput output = new WatchedOutput();
        Build watched = Watch.remembering(output);
        assertTrue(watched.build(request(content, out)).succeeded());
        assertTrue(watched.build(request(content, out)).succeeded()); // from the spare
        assertEquals(1, besideTheOutput().size(), "the lock file and one spare: " + besideTheOutput());

        // A command-line build into the same output, of other content, while the watch waits for a save.
        edit(content, "Fractions from elsewhere");
        assertTrue(new Build().build(request(content, out)).succeeded());
        edit(content, "Fractions in the watch");
        assertTrue(watched.build(request(content, out)).succeeded());

        assertSameAsFresh(content, out);
        output.close();
        assertEquals(List.of(), besideTheOutput(), "the end of the watch removes its spare");
    }

    @Test
    void aSpareRemovedByHandMakesTheNextBuildStageTheWholeSite() throws IOException {
        Path content = Fixtures.copy(Fixtures.site("basic"), tmp.resolve("content"));
        Path out = tmp.resolve("site");
        WatchedOutput output = new WatchedOutput();
        Build watched = Watch.remembering(output);
        assertTrue(watched.build(request(content, out)).succeeded());
        assertTrue(watched.build(request(content, out)).succeeded());
        for (Path spare : besideTheOutput()) {
            StagingWriter.deleteTree(spare);
        }
        edit(content, "Fractions after the spare went");
        assertTrue(watched.build(request(content, out)).succeeded());
        assertSameAsFresh(content, out);
        output.close();
    }

    private static BuildRequest request(Path content, Path out) {
        return new BuildRequest(content, out, null, false, "");
    }

    private static void edit(Path content, String title) throws IOException {
        Path unit = content.resolve("units/grade-3/fractions.yaml");
        Files.writeString(unit, Files.readString(unit).replaceFirst("(?m)^title: .*$", "title: " + title));
    }

    private void assertSameAsFresh(Path content, Path out) throws IOException {
        Path fresh = tmp.resolve("fresh");
        assertTrue(new Build().build(request(content, fresh)).succeeded());
        Map<String, byte[]> expected = Fixtures.snapshot(fresh);
        Map<String, byte[]> written = Fixtures.snapshot(out);
        assertEquals(expected.keySet(), written.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, written.get(path), path));
    }

    /** The folders beside the output other than the output itself (the lock is a file). */
    private List<Path> besideTheOutput() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".site.") && Files.isDirectory(p)).toList();
        }
    }
}
