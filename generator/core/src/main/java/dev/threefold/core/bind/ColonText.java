package dev.threefold.core.bind;

import dev.threefold.core.diag.Diagnostics;
import dev.threefold.core.load.Node;
import dev.threefold.core.load.YamlQuote;
import dev.threefold.core.load.Node.MapNode;
import dev.threefold.core.load.Node.ScalarNode;

import java.util.List;

/**
 * Text that YAML read as a key and its value because it holds a colon and a space, as in
 * {@code - Remember: equal parts have the same size}: the commonest YAML mistake in content.
 * Where text is expected, such a line arrives as a mapping of one entry with a plain value,
 * and is reported with the line as it should be written, in quotes.
 */
final class ColonText {

    private ColonText() {
    }

    /** The line's text when {@code n} is such a mapping, or null. */
    static String of(Node n) {
        if (n instanceof MapNode m && m.entries().size() == 1) {
            Node.Entry e = m.entries().values().iterator().next();
            if (e.value() instanceof ScalarNode v) {
                return v.text().isEmpty() ? e.key() + ":" : e.key() + ": " + v.text();
            }
        }
        return null;
    }

    /**
     * The text of a mapping where an item of {@code allowed} keys or a line of text may stand (a
     * prompt, a role), when it is a mis-read line of text: one entry, under a key that is not allowed.
     */
    static String ofItem(Node n, List<String> allowed) {
        String text = of(n);
        return text != null && !allowed.contains(((MapNode) n).entries().keySet().iterator().next()) ? text : null;
    }

    /** Reports {@code text}, read from {@code n}, where text was expected at {@code keyPath}. */
    static void report(Diagnostics d, Node n, String keyPath, String text) {
        String key = ((MapNode) n).entries().keySet().iterator().next();
        String colon = text.endsWith(":") ? "a colon at the end of a line" : "a colon followed by a space";
        d.error("unquoted-colon", n.at(), keyPath,
                "expected text, but YAML read `" + key + "` as a key, since " + colon + " makes what comes before it a key",
                "put the text in quotes: `" + lead(keyPath) + YamlQuote.quoted(text) + "`");
    }

    /** How the line starts: `- ` for a list's item, else its key. */
    private static String lead(String keyPath) {
        if (keyPath.endsWith("]")) {
            return "- ";
        }
        return keyPath.substring(keyPath.lastIndexOf('.') + 1) + ": ";
    }
}
