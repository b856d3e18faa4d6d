package dev.threefold.core.index;

import dev.threefold.core.check.Checked;
import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.Fixtures;
import dev.threefold.core.model.Unit;
import dev.threefold.core.render.SitePlan;
import dev.threefold.core.render.page.Theme;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tag lists group spellings that differ only in case, under the first spelling met, each unit once. */
class SiteIndexTagsTest {

    @Test
    void groupsTagsAsACaseBlindTreeOfEachUnitsSortedTags() {
        Checked checked = new Build().check(BuildRequest.validate(Fixtures.site("basic"), false), new HashMap<>());
        assertTrue(checked.ok(), checked.diagnostics().toString());
        Unit model = checked.units().get(0);
        List<List<String>> tagsOfEach = List.of(
                List.of("maps", "Fractions", "fractions"), // two spellings in one unit: listed once
                List.of("maps", "fractions", "maps"),      // the same tag twice: listed once
                List.of(),
                List.of("FRACTIONS", "Zebra", "apple"),
                List.of("Maps"));
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < tagsOfEach.size(); i++) {
            units.add(Fixtures.with(model, "u" + i, "Unit " + i, i + 1, tagsOfEach.get(i), model.lessons(), "units/u" + i + ".yaml"));
        }
        SiteIndex index = new SiteIndex(checked.curriculum(), checked.frameworks(), units);

        // Grouped case-blind, each unit once per tag, in browsing order, under the first spelling met.
        Map<String, List<Unit>> expected = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Unit u : index.units()) {
            for (String t : new TreeSet<>(u.tags())) {
                List<Unit> listed = expected.computeIfAbsent(t, k -> new ArrayList<>());
                if (!listed.contains(u)) {
                    listed.add(u);
                }
            }
        }
        assertEquals(ids(expected), ids(index.byTag()));
        assertEquals(List.of("apple", "Fractions", "maps", "Zebra"), List.copyOf(index.byTag().keySet()));
        assertEquals(List.of("u0", "u1", "u3"), ids(index.byTag()).get("Fractions"));
    }

    /** What a reader sees: a unit tagged "Fractions" and "fractions" is one card on the one tag page. */
    @Test
    void theTagPageListsAUnitTaggedInTwoCasesOnce() {
        Checked checked = new Build().check(BuildRequest.validate(Fixtures.site("basic"), false), new HashMap<>());
        Unit model = checked.units().get(0);
        Unit unit = Fixtures.with(model, "u0", "Two Spellings", 1, List.of("Fractions", "fractions"), model.lessons(), "units/u0.yaml");
        Checked one = new Checked(checked.curriculum(), checked.frameworks(), List.of(unit), checked.tree(),
                checked.diagnostics());
        SitePlan plan = Build.plan(one, new Theme(null), "");

        String tagUrl = plan.index().tagUrl("fractions");
        assertEquals(plan.index().tagUrl("Fractions"), tagUrl);
        String page = new String(plan.render(tagUrl), StandardCharsets.UTF_8);
        assertEquals(1, page.split(">Two Spellings</a>", -1).length - 1, page);
        String tags = new String(plan.render("tags/index.html"), StandardCharsets.UTF_8);
        assertTrue(tags.contains("<span class=\"tile-title\">Fractions</span><span class=\"tile-count\">1 unit</span>"), tags);
    }

    private static Map<String, List<String>> ids(Map<String, List<Unit>> byTag) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        byTag.forEach((tag, units) -> out.put(tag, units.stream().map(Unit::id).toList()));
        return out;
    }
}
