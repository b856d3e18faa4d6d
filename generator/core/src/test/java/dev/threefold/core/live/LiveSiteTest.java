package dev.threefold.core.live;

import dev.threefold.core.check.Checked;
import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.Fixtures;
import dev.threefold.core.write.MemorySink;
import dev.threefold.core.render.page.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After every edit, the live site serves exactly the files a full build of the same content writes. */
class LiveSiteTest {

    @Test
    void incrementalRebuildsMatchFullBuildsByteForByte(@TempDir Path tmp) throws IOException {
        Path content = Fixtures.copy(Fixtures.site("basic"), tmp.resolve("content"));
        LiveSite live = new LiveSite(new BuildRequest(content, null, null, false, ""));
        live.refresh();
        assertSameAsFullBuild(live, content);

        Path fractions = content.resolve("units/grade-3/fractions.yaml");
        edit(fractions, "title: Fair Shares", "title: Fair Shares, Revised");
        live.refresh();
        assertTrue(text(live, "units/fractions/index.html").contains("Fair Shares, Revised"));
        assertTrue(text(live, "units/tenths/index.html").contains("Fair Shares, Revised"), "a follower shows the new title");
        assertSameAsFullBuild(live, content);

        Path renamed = content.resolve("units/grade-4/deep/tenths-and-hundredths.yaml");
        Files.move(content.resolve("units/grade-4/deep/decimal-tenths.yaml"), renamed);
        live.refresh();
        assertSameAsFullBuild(live, content);

        Files.writeString(content.resolve("units/grade-3/new-unit.yaml"), """
                title: A New Unit
                subject: Science
                grade: 3
                summary: Added while the preview ran.
                lessons:
                  - title: One
                    activities:
                      - {title: a, dimension: collective, minutes: 10}
                      - {title: b, dimension: inner_dialogue, minutes: 10}
                      - title: c
                        dimension: small_group
                        minutes: 10
                        grouping: {size: 2}
                        entry_points: [{label: x, description: x}, {label: y, description: y}]
                """);
        live.refresh();
        assertTrue(live.paths().contains("units/new-unit/index.html"));
        assertSameAsFullBuild(live, content);

        Files.delete(content.resolve("units/grade-3/new-unit.yaml"));
        live.refresh();
        assertNull(live.file("units/new-unit/index.html"));
        assertSameAsFullBuild(live, content);

        edit(content.resolve("curriculum.yaml"), "title: Test School Curriculum", "title: Renamed School");
        live.refresh();
        assertSameAsFullBuild(live, content);
    }

    @Test
    void anInvalidSaveKeepsTheLastGoodSiteUntilItIsFixed(@TempDir Path tmp) throws IOException {
        Path content = Fixtures.copy(Fixtures.site("basic"), tmp.resolve("content"));
        LiveSite live = new LiveSite(new BuildRequest(content, null, null, false, ""));
        live.refresh();
        long version = live.version();
        Path fractions = content.resolve("units/grade-3/fractions.yaml");
        edit(fractions, "minutes: 25", "minutes: lots");
        live.refresh();
        assertTrue(live.hasErrors());
        assertTrue(live.version() > version, "open pages are told, so they show the problems");
        assertTrue(live.problems().get(0).format().contains("fractions.yaml:32:18: error: lessons[0].activities[0].minutes"),
                live.problems().toString());
        assertTrue(text(live, "units/fractions/index.html").contains("<h1>Fair Shares</h1>"), "the last good page is served");
        edit(fractions, "minutes: lots", "minutes: 25");
        live.refresh();
        assertFalse(live.hasErrors());
        assertSameAsFullBuild(live, content);
    }

    private static void assertSameAsFullBuild(LiveSite live, Path content) {
        Checked checked = new Build().check(new BuildRequest(content, null, null, false, ""), new LinkedHashMap<>());
        MemorySink full = new MemorySink();
        Build.render(checked, new Theme(null), "", full);
        Map<String, byte[]> expected = full.pages();
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(live.paths()));
        Map<String, byte[]> served = new TreeMap<>();
        for (String path : live.paths()) {
            served.put(path, live.file(path));
        }
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, served.get(path), path));
    }

    private static String text(LiveSite live, String path) {
        return new String(live.file(path), StandardCharsets.UTF_8);
    }

    static void edit(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        assertTrue(s.contains(from), from);
        Files.writeString(file, s.replace(from, to));
    }
}
