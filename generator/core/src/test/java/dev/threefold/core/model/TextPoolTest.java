package dev.threefold.core.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class TextPoolTest {

    @Test
    void shortTextsShareOneCopyAndProseIsLeftAlone() {
        String first = TextPool.of(new String("lessons[2].activities[0]"));
        assertSame(first, TextPool.of(new String("lessons[2].activities[0]")));
        String prose = "x".repeat(TextPool.MAX_LENGTH + 1);
        assertSame(prose, TextPool.of(prose));
        assertNotSame(prose, TextPool.of(new String(prose)), "prose is not pooled");
        assertEquals("Facilitator", TextPool.of("Facilitator"));
        assertNull(TextPool.of(null));
    }
}
