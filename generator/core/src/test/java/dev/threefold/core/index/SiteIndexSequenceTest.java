package dev.threefold.core.index;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.Fixtures;
import dev.threefold.core.check.Checked;
import dev.threefold.core.model.Unit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A unit page's previous and next unit: the neighbours in teaching order of its grade and subject. */
class SiteIndexSequenceTest {

    @Test
    void neighboursFollowTheSequenceWithinGradeAndSubject() {
        Checked checked = new Build().check(BuildRequest.validate(Fixtures.site("basic"), false), new HashMap<>());
        assertTrue(checked.ok(), checked.diagnostics().toString());
        Unit model = checked.units().stream().filter(u -> u.grades().equals(List.of("3"))).findFirst().orElseThrow();
        List<Unit> units = new ArrayList<>();
        // written out of order; sequence decides
        for (int seq : new int[]{3, 1, 2}) {
            units.add(Fixtures.with(model, "u" + seq, "Unit " + seq, seq, List.of(), model.lessons(), "units/u" + seq + ".yaml"));
        }
        Unit other = checked.units().stream().filter(u -> !u.grades().equals(List.of("3"))).findFirst().orElseThrow();
        units.add(other);
        SiteIndex index = new SiteIndex(checked.curriculum(), checked.frameworks(), units);

        assertNull(index.previousInSequence(index.unit("u1")));
        assertEquals("u1", index.previousInSequence(index.unit("u2")).id());
        assertEquals("u3", index.nextInSequence(index.unit("u2")).id());
        assertNull(index.nextInSequence(index.unit("u3")));
        assertNull(index.previousInSequence(other), "a unit of another grade is not in the run");
        assertNull(index.nextInSequence(other));
    }
}
