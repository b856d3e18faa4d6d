package dev.threefold.core.load;

import dev.threefold.core.diag.Diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The property that makes {@link CommonYaml} safe to use: whatever it reads, Jackson reads the same. */
public final class CommonYamlAgreement {

    private static final YamlReader JACKSON = new YamlReader();

    private CommonYamlAgreement() {
    }

    /**
     * @return whether the common reader read the text; when it did, Jackson read it without
     *         errors into the same nodes, positions and key order (asserted)
     */
    public static boolean check(String text) {
        Node common = CommonYaml.read(text, "content/units/x.yaml");
        if (common == null) {
            return false;
        }
        Diagnostics d = new Diagnostics();
        Node jackson = JACKSON.readWithJackson(new SourceFile("units/x.yaml", "content/units/x.yaml", text), d).orElse(null);
        assertTrue(d.sorted().isEmpty(), () -> "the common reader read what Jackson refuses: " + d.sorted() + "\n" + text);
        // Records print their fields, maps in key order, so equal text means equal trees.
        assertEquals(String.valueOf(jackson), common.toString(), () -> "different nodes for\n" + text);
        return true;
    }
}
