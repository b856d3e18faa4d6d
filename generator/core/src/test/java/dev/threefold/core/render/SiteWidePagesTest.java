package dev.threefold.core.render;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.Fixtures;
import dev.threefold.core.cache.BoundUnits;
import dev.threefold.core.diag.Position;
import dev.threefold.core.model.Lesson;
import dev.threefold.core.model.Lessons;
import dev.threefold.core.model.Markdown;
import dev.threefold.core.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The promise behind {@link PageKeys#siteWide}: the site-wide pages and files never show a
 * unit's markdown or where its values stand in the file, so a rebuild may keep them when only
 * those changed. Every unit's prose is rewritten and every position moved; the site-wide files
 * must come out byte for byte the same, and the outline hash must not move either.
 */
class SiteWidePagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"basic", "reports"})
    void siteWideFilesDoNotShowUnitProseOrPositions(String fixture) {
        Build.Checked before = new Build().check(BuildRequest.validate(Fixtures.site(fixture), false), new java.util.HashMap<>());
        assertTrue(before.ok(), before.diagnostics().toString());
        List<Unit> rewritten = before.units().stream().map(u -> (Unit) rewrite(u)).toList();
        Build.Checked after = new Build.Checked(before.curriculum(), before.frameworks(), rewritten, before.tree(),
                before.diagnostics(), Map.of(), Map.of());

        for (int i = 0; i < rewritten.size(); i++) {
            assertNotEquals(before.units().get(i), rewritten.get(i), "the rewrite changes every unit");
            assertEquals(BoundUnits.outlineHash(before.units().get(i)), BoundUnits.outlineHash(rewritten.get(i)));
        }
        Theme theme = new Theme(null);
        SitePlan a = Build.plan(before, theme, "https://example.org/");
        SitePlan b = Build.plan(after, theme, "https://example.org/");
        assertEquals(a.paths(), b.paths());
        int compared = 0;
        for (String path : a.paths()) {
            if (isSiteWide(path, a)) {
                assertArrayEquals(a.render(path), b.render(path), path + " must not show a unit's prose or positions");
                compared++;
            }
        }
        assertTrue(compared >= 15, "home, indexes, standards, sequence and every report were compared: " + compared);
        Unit first = before.units().get(0);
        assertFalse(new String(a.render(a.index().unitUrl(first))).equals(new String(b.render(b.index().unitUrl(first)))),
                "the unit's own page does show its prose");
    }

    /**
     * The promise behind keying a unit's pages on its neighbours' outlines (see {@link PageKeys}):
     * with every other unit's prose rewritten and positions moved, a unit's page and student view,
     * which name its prerequisites and followers, come out byte for byte the same.
     */
    @ParameterizedTest
    @ValueSource(strings = {"basic", "reports"})
    void aUnitsOwnPagesDoNotShowOtherUnitsProse(String fixture) {
        Build.Checked before = new Build().check(BuildRequest.validate(Fixtures.site(fixture), false), new java.util.HashMap<>());
        assertTrue(before.ok(), before.diagnostics().toString());
        Theme theme = new Theme(null);
        SitePlan a = Build.plan(before, theme, "https://example.org/");
        int withNeighbours = 0;
        for (Unit kept : before.units()) {
            List<Unit> others = before.units().stream().map(u -> u == kept ? u : (Unit) rewrite(u)).toList();
            SitePlan b = Build.plan(new Build.Checked(before.curriculum(), before.frameworks(), others, before.tree(),
                    before.diagnostics(), Map.of(), Map.of()), theme, "https://example.org/");
            for (String path : List.of(a.index().unitUrl(kept), a.index().studentUrl(kept))) {
                assertArrayEquals(a.render(path), b.render(path), path + " must not show another unit's prose or positions");
            }
            if (!a.index().prerequisites(kept).isEmpty() || !a.index().followers(kept).isEmpty()) {
                withNeighbours++;
            }
        }
        assertTrue(withNeighbours >= 2, "units that name others were among them: " + withNeighbours);
    }

    @Test
    void theOutlineHashMovesWhenWhatSiteWidePagesShowChanges() {
        Build.Checked c = new Build().check(BuildRequest.validate(Fixtures.site("basic"), false), new java.util.HashMap<>());
        Unit u = c.units().get(0);
        Unit retitled = Fixtures.with(u, u.title() + "!", u.lessons());
        assertNotEquals(BoundUnits.outlineHash(u), BoundUnits.outlineHash(retitled));
    }

    /** Everything but a unit's own pages, the lists of unit cards (they show summaries) and the two per-unit record files. */
    private static boolean isSiteWide(String path, SitePlan plan) {
        Set<String> lists = new java.util.HashSet<>();
        plan.index().byGrade().keySet().forEach(g -> lists.add(plan.index().gradeUrl(g)));
        plan.index().bySubject().keySet().forEach(s -> lists.add(plan.index().subjectUrl(s)));
        plan.index().byTag().keySet().forEach(t -> lists.add(plan.index().tagUrl(t)));
        return path.endsWith(".html") || path.endsWith(".json") || path.endsWith(".csv") || path.endsWith(".xml")
                ? !path.startsWith("units/") && !path.startsWith("student/") && !lists.contains(path)
                        && !path.equals("units.json") && !path.startsWith("theme/") && !path.startsWith("assets/")
                : false;
    }

    /** A deep copy with every markdown text rewritten and every position moved. */
    private static Object rewrite(Object value) {
        if (value instanceof Markdown m) {
            return new Markdown(m.source() + " rewritten", m.html() + "<p>rewritten</p>");
        }
        if (value instanceof Position p) {
            return new Position(p.file(), p.line() + 7, p.column() + 1);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(rewrite(v)));
            return value instanceof Lessons ? Lessons.of(out.stream().map(Lesson.class::cast).toList()) : List.copyOf(out);
        }
        if (value instanceof Record r) {
            try {
                RecordComponent[] parts = r.getClass().getRecordComponents();
                Object[] args = new Object[parts.length];
                Class<?>[] types = new Class<?>[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    args[i] = rewrite(parts[i].getAccessor().invoke(r));
                    types[i] = parts[i].getType();
                }
                Constructor<?> c = r.getClass().getDeclaredConstructor(types);
                c.setAccessible(true);
                return c.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return value;
    }
}
