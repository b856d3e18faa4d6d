package dev.threefold.core.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class KeptFragmentsTest {

    @Test
    void piecesAreKeptWhileTheirValidityHoldsAndReplacedOrDroppedOtherwise(@TempDir Path folder) {
        KeptFragments first = KeptFragments.read(folder);
        for (String k : new String[] {"a", "b", "c", "d", "e", "f"}) {
            assertNull(text(first.get(k, "v" + k)), "nothing kept yet");
            first.put(k, "v" + k, utf8("<li>" + k + " é</li>"));
        }
        first.write(folder, Set.of("va", "vb", "vc", "vd", "ve", "vf"));
        first.close();

        try (KeptFragments second = KeptFragments.read(folder)) {
            assertEquals("<li>a é</li>", text(second.get("a", "va")));
            assertNull(text(second.get("b", "vb-changed")), "a piece whose unit changed is not used");
            second.put("b", "vb-changed", utf8("<li>B</li>"));
            // e's unit is gone: its validity is not among the current ones.
            second.write(folder, Set.of("va", "vb-changed", "vc", "vd", "vf"));
        }

        try (KeptFragments third = KeptFragments.read(folder)) {
            assertEquals("<li>a é</li>", text(third.get("a", "va")));
            assertEquals("<li>B</li>", text(third.get("b", "vb-changed")));
            assertEquals("<li>c é</li>", text(third.get("c", "vc")), "kept pieces after a new one are where the index says");
            assertEquals("<li>d é</li>", text(third.get("d", "vd")), "and the next one, copied with it");
            assertNull(text(third.get("e", "ve")));
            assertEquals("<li>f é</li>", text(third.get("f", "vf")), "a kept piece after a dropped one");
        }
    }

    @Test
    void aDamagedOrForeignFileKeepsNothing(@TempDir Path folder) throws IOException {
        KeptFragments first = KeptFragments.read(folder);
        first.put("a", "va", utf8("text"));
        first.write(folder, Set.of("va"));
        first.close();
        Path file = folder.resolve("fragments.bin");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 2));
        try (KeptFragments cut = KeptFragments.read(folder)) {
            assertNull(text(cut.get("a", "va")), "a piece past the end of the file");
        }
        Files.writeString(file, "not a cache file");
        try (KeptFragments foreign = KeptFragments.read(folder)) {
            assertNull(text(foreign.get("a", "va")));
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] utf8) {
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
    }
}
