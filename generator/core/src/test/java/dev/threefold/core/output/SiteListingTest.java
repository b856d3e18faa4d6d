package dev.threefold.core.output;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteListingTest {

    private static final ForkJoinPool POOL = new ForkJoinPool(2);

    @AfterAll
    static void stopPool() {
        POOL.shutdown();
    }

    @Test
    void findsWhatAWalkFindsWithFilesAddedByHand(@TempDir Path tmp) throws IOException {
        Path site = built(tmp);
        Files.writeString(site.resolve("stale.html"), "by hand");
        Files.writeString(site.resolve("units/fractions/extra.html"), "by hand");
        Files.createDirectories(site.resolve("extra/deep"));
        Files.writeString(site.resolve("extra/deep/x.html"), "by hand");
        Files.delete(site.resolve("units/fractions/index.html"));

        Set<String> listed = listing(site);
        assertEquals(walk(site), listed);
        assertTrue(listed.containsAll(Set.of("stale.html", "units/fractions/extra.html", "extra/deep/x.html")), listed.toString());
        assertFalse(listed.contains("units/fractions/index.html"));
    }

    @Test
    void foldersNotModifiedSinceTheListAreNotReadAgain(@TempDir Path tmp) throws IOException {
        Path site = built(tmp);
        Path folder = site.resolve("units/fractions");
        Files.writeString(folder.resolve("hidden.html"), "by hand");
        FileTime since = Files.getLastModifiedTime(site.resolve(SiteListing.MANIFEST));
        Files.setLastModifiedTime(folder, FileTime.fromMillis(since.toMillis() - 1000));

        Set<String> listed = listing(site);
        assertFalse(listed.contains("units/fractions/hidden.html"), "the folder was not read: its files came from the list");
        Set<String> walked = walk(site);
        walked.remove("units/fractions/hidden.html");
        assertEquals(walked, listed);
    }

    @Test
    void aSiteWithoutAReadableListIsWalked(@TempDir Path tmp) throws IOException {
        Path site = built(tmp);
        Path folder = site.resolve("units/fractions");
        Files.writeString(folder.resolve("hidden.html"), "by hand");
        Files.setLastModifiedTime(folder, FileTime.fromMillis(0));
        Files.writeString(site.resolve(SiteListing.MANIFEST), "threefold-files 1\n../outside.html\n");
        assertEquals(walk(site), listing(site));
        Files.delete(site.resolve(SiteListing.MANIFEST));
        assertEquals(walk(site), listing(site));
        assertTrue(listing(site).contains("units/fractions/hidden.html"));
    }

    private static Path built(Path tmp) {
        Path out = tmp.resolve("site");
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("basic"), out, null, false, "")).succeeded());
        return out;
    }

    private static Set<String> listing(Path site) throws IOException {
        return new TreeSet<>(SiteListing.of(site, POOL).files());
    }

    private static Set<String> walk(Path site) throws IOException {
        try (Stream<Path> s = Files.find(site, Integer.MAX_VALUE, (p, a) -> !a.isDirectory())) {
            return s.map(p -> site.relativize(p).toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
