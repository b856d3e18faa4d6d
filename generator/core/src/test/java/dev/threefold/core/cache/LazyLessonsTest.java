package dev.threefold.core.cache;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.Fixtures;
import dev.threefold.core.model.Balance;
import dev.threefold.core.model.Lessons;
import dev.threefold.core.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lessons in the build cache are decoded only when used, and survive being written back undecoded. */
class LazyLessonsTest {

    @Test
    void cachedLessonsAreDecodedOnlyWhenUsedAndRoundTripUndecoded(@TempDir Path tmp) {
        Path site = tmp.resolve("site");
        assertTrue(new Build().build(new BuildRequest(Fixtures.site("reports"), site, null, false, "")).succeeded());
        Map<String, Unit> bound = new Build().check(BuildRequest.validate(Fixtures.site("reports"), false), new HashMap<>())
                .units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));

        Map<String, BoundUnits.Entry> read = BoundUnits.read(BoundUnits.folderFor(site));
        assertEquals(bound.size(), read.size());
        for (BoundUnits.Entry e : read.values()) {
            Lessons lessons = (Lessons) e.unit().lessons();
            assertFalse(lessons.isRead(), "read from the cache, not yet decoded");
            Balance balance = Balance.of(e.unit()); // what a card shows
            assertFalse(lessons.isRead(), "a unit's balance needs no lesson decoded");
            assertEquals(Balance.of(bound.get(e.unit().id())), balance);
        }

        // Written back while still undecoded, then read again: the same units as binding gives.
        Path copy = tmp.resolve("copy");
        BoundUnits.write(copy, read);
        for (BoundUnits.Entry e : BoundUnits.read(copy).values()) {
            assertEquals(bound.get(e.unit().id()), e.unit());
            assertTrue(((Lessons) e.unit().lessons()).isRead());
        }
    }
}
