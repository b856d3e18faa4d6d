package dev.threefold.core.cache;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.Fixtures;
import dev.threefold.core.BuildResult;
import dev.threefold.core.model.Balance;
import dev.threefold.core.model.Dimension;
import dev.threefold.core.model.Lessons;
import dev.threefold.core.model.Unit;
import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.report.Report;
import dev.threefold.core.report.ReportFiles;
import dev.threefold.core.report.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lessons and prose in the build cache are decoded only when used, and survive being written back undecoded. */
class LazyLessonsTest {

    @Test
    void cachedLessonsAreDecodedOnlyWhenUsedAndRoundTripUndecoded(@TempDir Path tmp) {
        Path site = tmp.resolve("site");
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("reports"), site, null, false, "")).succeeded());
        Build.Checked checked = new Build().check(BuildRequest.validate(Fixtures.site("reports"), false), new HashMap<>());
        Map<String, Unit> bound = checked.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));

        Map<String, BoundUnits.Entry> read = BoundUnits.read(BoundUnits.folderFor(site));
        assertEquals(bound.size(), read.size());
        // What the rest of the site needs of every unit, with their pages kept: no prose, no lessons.
        SiteIndex index = new SiteIndex(checked.curriculum(), checked.frameworks(),
                read.values().stream().map(BoundUnits.Entry::unit).toList());
        assertEquals(bound.size(), index.units().size());
        for (BoundUnits.Entry e : read.values()) {
            assertFalse(e.unit().prose().isRead(), e.unit().id() + ": its prose was decoded for the site index");
        }
        // Written back while still undecoded (read again below).
        Path copy = tmp.resolve("copy");
        BoundUnits.write(copy, read);

        for (BoundUnits.Entry e : read.values()) {
            Lessons lessons = (Lessons) e.unit().lessons();
            assertFalse(lessons.isRead(), "read from the cache, not yet decoded");
            Balance balance = Balance.of(e.unit()); // what a card shows
            assertFalse(lessons.isRead(), "a unit's balance needs no lesson decoded");
            assertEquals(Balance.of(bound.get(e.unit().id())), balance);
        }

        // The copy written back undecoded, read again: the same units as binding gives.
        for (BoundUnits.Entry e : BoundUnits.read(copy).values()) {
            Unit u = bound.get(e.unit().id());
            assertEquals(u.summary(), e.unit().summary());
            assertEquals(u.provocation(), e.unit().provocation());
            assertEquals(u, e.unit());
            assertTrue(((Lessons) e.unit().lessons()).isRead());
            assertTrue(e.unit().prose().isRead());
        }
    }

    /** After an edit to a title every report is made again: from the facts kept beside the lessons, none decoded. */
    @Test
    void reportsOfCachedUnitsDecodeNoLessonsAndMatchReportsOfBoundUnits(@TempDir Path tmp) throws IOException {
        Path content = Fixtures.copy(Fixtures.site("reports"), tmp.resolve("content"));
        Path later = content.resolve("units/later.yaml"); // its pair work keeps one way in
        Files.writeString(later, Files.readString(later).replace("          - {label: B, level: extension, description: b}\n", ""));
        Path site = tmp.resolve("site");
        assertTrue(new Build().build(new BuildRequest(content, site, null, false, "")).succeeded());
        Build.Checked bound = new Build().check(BuildRequest.validate(content, false), new HashMap<>());
        Map<String, Unit> read = BoundUnits.read(BoundUnits.folderFor(site)).values().stream()
                .collect(Collectors.toMap(e -> e.unit().id(), BoundUnits.Entry::unit));
        List<Unit> cached = bound.units().stream().map(u -> read.get(u.id())).toList();

        List<Report> fromCache = Reports.all(new SiteIndex(bound.curriculum(), bound.frameworks(), cached));
        cached.forEach(u -> assertFalse(((Lessons) u.lessons()).isRead(), u.id() + ": its lessons were decoded"));
        List<Report> fromBinding = Reports.all(new SiteIndex(bound.curriculum(), bound.frameworks(), bound.units()));
        assertEquals(fromBinding.size(), fromCache.size());
        for (int i = 0; i < fromBinding.size(); i++) {
            assertEquals(new String(ReportFiles.json(fromBinding.get(i)), StandardCharsets.UTF_8),
                    new String(ReportFiles.json(fromCache.get(i)), StandardCharsets.UTF_8));
        }
        // The fixture has what the kept facts must carry: a lesson without reflection, a task with one way in.
        String reflection = new String(ReportFiles.json(fromCache.get(3)), StandardCharsets.UTF_8);
        assertTrue(reflection.contains("\"Title\" : \"Lecture\""), reflection);
        String differentiation = new String(ReportFiles.json(fromCache.get(2)), StandardCharsets.UTF_8);
        assertTrue(differentiation.contains("\"Where\" : \"Lesson 1: One\""), differentiation);
    }

    @Test
    void lessonsThatCannotBeDecodedSayTheCacheIsDamaged() {
        int[] minutes = new int[Dimension.values().length];
        assertThrows(BoundUnits.Damaged.class, () -> BoundUnits.keptAsBytes(2, minutes, null, new byte[] {(byte) 0xBF, 1, 2, 3}).get(0));
        assertThrows(BoundUnits.Damaged.class, () -> BoundUnits.keptAsBytes(1, minutes, null, new byte[0]).get(0));
        assertThrows(BoundUnits.Damaged.class, () -> BoundUnits.proseKeptAsBytes(new byte[] {(byte) 0xBF, 1, 2, 3}).get());
        assertThrows(BoundUnits.Damaged.class, () -> BoundUnits.proseKeptAsBytes(new byte[0]).get());
    }

    /**
     * Reading the cache leaves lessons in their shard files; another build replacing a shard
     * afterwards makes them unreadable, never silently different.
     */
    @Test
    void lessonsOfAShardReplacedSinceItWasReadSayTheCacheIsDamaged(@TempDir Path tmp) {
        Path site = tmp.resolve("site");
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("reports"), site, null, false, "")).succeeded());
        Path cache = BoundUnits.folderFor(site);
        Map<String, BoundUnits.Entry> first = BoundUnits.read(cache);
        BoundUnits.write(cache, BoundUnits.read(cache)); // what a concurrent build of the same site would do
        for (BoundUnits.Entry e : first.values()) {
            assertThrows(BoundUnits.Damaged.class, () -> e.unit().lessons().get(0));
        }
        for (BoundUnits.Entry e : BoundUnits.read(cache).values()) {
            assertFalse(e.unit().lessons().get(0).title().isEmpty(), "the shards as rewritten are read");
        }
    }

    /** A cache changed on disk after it was written, found out only when a page needs the lessons: built afresh. */
    @Test
    void aBuildMeetingDamagedLessonsDropsTheCacheAndBuildsAfresh(@TempDir Path tmp) throws IOException {
        assertBuiltAfreshFromADamagedCache(tmp, u -> Fixtures.with(u, u.title(), BoundUnits.keptAsBytes(u.lessons().size(),
                minutes(u), ((Lessons) u.lessons()).facts(), new byte[] {(byte) 0xBF})), "units/fractions/index.html");
    }

    /** The same for prose. */
    @Test
    void aBuildMeetingDamagedProseDropsTheCacheAndBuildsAfresh(@TempDir Path tmp) throws IOException {
        assertBuiltAfreshFromADamagedCache(tmp, u -> Fixtures.with(u, u.title(), BoundUnits.proseKeptAsBytes(new byte[] {(byte) 0xBF}),
                u.lessons()), "units/fractions/index.html");
    }

    /** Met by a template first (a unit card's balance needs the provocation), inside a template error: the same. */
    @Test
    void aTemplateMeetingDamagedProseDropsTheCacheToo(@TempDir Path tmp) throws IOException {
        assertBuiltAfreshFromADamagedCache(tmp, u -> Fixtures.with(u, u.title(), BoundUnits.proseKeptAsBytes(new byte[] {(byte) 0xBF}),
                u.lessons()), "subjects/mathematics/index.html");
    }

    /**
     * Caches every unit as {@code damage} makes it, then rebuilds one page (a list's cards made
     * again too): the same page, and a whole cache again.
     */
    private static void assertBuiltAfreshFromADamagedCache(Path tmp, Function<Unit, Unit> damage, String page) throws IOException {
        Path content = Fixtures.copy(Fixtures.site("basic"), tmp.resolve("content"));
        Path site = tmp.resolve("site");
        assertTrue(build(content, site).succeeded());
        String before = Files.readString(site.resolve(page));
        Path cache = BoundUnits.folderFor(site);
        Map<String, BoundUnits.Entry> damaged = new HashMap<>();
        BoundUnits.read(cache).forEach((path, e) -> damaged.put(path, new BoundUnits.Entry(e.textHash(), e.contextHash(),
                damage.apply(e.unit()), e.diagnostics(), e.stamp(), e.outlineHash())));
        BoundUnits.write(cache, damaged);
        Files.delete(site.resolve(page)); // rendered again: what it shows of the units is needed
        Files.delete(cache.resolve("fragments.bin")); // and so are the cards it lists

        assertTrue(build(content, site).succeeded());
        assertEquals(before, Files.readString(site.resolve(page)));
        for (BoundUnits.Entry e : BoundUnits.read(cache).values()) {
            assertFalse(e.unit().lessons().isEmpty() || e.unit().lessons().get(0).title().isEmpty(), "the cache is whole again");
            assertFalse(e.unit().summary().source().isEmpty(), "the cache is whole again");
        }
    }

    private static BuildResult build(Path content, Path site) {
        return new Build().build(new BuildRequest(content, site, null, false, ""));
    }

    private static int[] minutes(Unit u) {
        Lessons lessons = (Lessons) u.lessons();
        int[] m = new int[Dimension.values().length];
        for (Dimension d : Dimension.values()) {
            m[d.ordinal()] = lessons.minutes(d);
        }
        return m;
    }
}
