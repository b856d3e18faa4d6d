package dev.threefold.core.index;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.Fixtures;
import dev.threefold.core.model.Unit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tag lists group spellings that differ only in case, under the first spelling met, each unit once per spelling. */
class SiteIndexTagsTest {

    @Test
    void groupsTagsAsACaseBlindTreeOfEachUnitsSortedTags() {
        Build.Checked checked = new Build().check(BuildRequest.validate(Fixtures.site("basic"), false), new HashMap<>());
        assertTrue(checked.ok(), checked.diagnostics().toString());
        Unit model = checked.units().get(0);
        List<List<String>> tagsOfEach = List.of(
                List.of("maps", "Fractions", "fractions"), // two spellings in one unit: listed under both
                List.of("maps", "fractions", "maps"),      // the same tag twice: listed once
                List.of(),
                List.of("FRACTIONS", "Zebra", "apple"),
                List.of("Maps"));
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < tagsOfEach.size(); i++) {
            units.add(new Unit("u" + i, "Unit " + i, model.subject(), model.grades(), model.audience(), model.term(), i + 1,
                    model.standards(), List.of(), tagsOfEach.get(i), model.norms(), model.initiatives(), model.prose(),
                    model.lessons(), "units/u" + i + ".yaml", model.at(), List.of()));
        }
        SiteIndex index = new SiteIndex(checked.curriculum(), checked.frameworks(), units);

        // Each unit's tags through a TreeSet, into a tree ordered case-blind, in browsing order: what
        // the tag pages have shown since they were made, which a faster index must keep.
        Map<String, List<Unit>> expected = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Unit u : index.units()) {
            for (String t : new TreeSet<>(u.tags())) {
                expected.computeIfAbsent(t, k -> new ArrayList<>()).add(u);
            }
        }
        assertEquals(ids(expected), ids(index.byTag()));
        assertEquals(List.of("apple", "Fractions", "maps", "Zebra"), List.copyOf(index.byTag().keySet()));
        assertEquals(List.of("u0", "u0", "u1", "u3"), ids(index.byTag()).get("Fractions"));
    }

    private static Map<String, List<String>> ids(Map<String, List<Unit>> byTag) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        byTag.forEach((tag, units) -> out.put(tag, units.stream().map(Unit::id).toList()));
        return out;
    }
}
