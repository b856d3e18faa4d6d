package dev.threefold.core.output;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PreviousOrderTest {

    /** Whatever the previous build listed, this build's strings come out as a full sort gives them. */
    @Test
    void sortsAsAFullSortDoesWhateverWasAddedOrRemoved() {
        Random random = new Random(6);
        for (int round = 0; round < 300; round++) {
            Set<String> before = strings(random, random.nextInt(60));
            Set<String> now = new HashSet<>();
            for (String s : before) {
                if (random.nextInt(10) > 0) {
                    now.add(s); // most stay
                }
            }
            now.addAll(strings(random, random.nextInt(round % 3 == 0 ? 1 : 8))); // a few are new
            List<String> previous = new ArrayList<>(before);
            previous.sort(null);
            List<String> expected = new ArrayList<>(now);
            expected.sort(null);
            assertEquals(expected, PreviousOrder.of(previous).sort(now), "previous " + previous);
        }
    }

    @Test
    void aPreviousListOutOfOrderIsNotTrusted() {
        PreviousOrder order = PreviousOrder.of(List.of("units/b", "units/a", "units/c"));
        assertEquals(List.of("units/a", "units/b", "units/c"), order.sort(Set.of("units/c", "units/b", "units/a")));
        assertEquals(List.of("a", "b"), PreviousOrder.of(List.of("a", "a", "b")).sort(Set.of("b", "a")), "a string listed twice");
    }

    private static Set<String> strings(Random random, int n) {
        Set<String> out = new HashSet<>();
        String[] parts = {"units/", "student/", "unit-", "a", "b", "-", "/", "index.html", "é"};
        while (out.size() < n) {
            StringBuilder s = new StringBuilder();
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                s.append(parts[random.nextInt(parts.length)]);
            }
            out.add(s.toString());
        }
        return out;
    }
}
