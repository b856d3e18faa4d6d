package dev.threefold.core;

import dev.threefold.core.write.MemorySink;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DeterminismTest {

    @Test
    void twoBuildsOfTheSameContentAreIdentical() {
        Map<String, byte[]> a = Fixtures.buildInMemory(Fixtures.site("basic")).pages();
        Map<String, byte[]> b = Fixtures.buildInMemory(Fixtures.site("basic")).pages();
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
    }

    @Test
    void numericAndStringGradesAreTheSameGrade() {
        MemorySink site = Fixtures.buildInMemory(Fixtures.site("basic"));
        // grade: 3 in one file and grade: ["4"] in another both land in the curriculum's grade list
        assertEquals(true, site.pages().containsKey("grades/3/index.html"));
        assertEquals(true, site.pages().containsKey("grades/4/index.html"));
    }
}
