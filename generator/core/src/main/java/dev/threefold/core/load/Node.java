package dev.threefold.core.load;

import dev.threefold.core.diag.Position;

import java.util.List;
import java.util.Map;

/**
 * A parsed YAML value that remembers where it was written. The binder reads
 * these instead of Jackson's tree, which forgets positions.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

    Position at();

    /** What the user would call this kind of value, for messages. */
    String kindName();

    /** A mapping; keys keep their own positions for "unknown key" messages. */
    record MapNode(Position at, Map<String, Entry> entries) implements Node {
        public String kindName() {
            return "a mapping";
        }
    }

    record Entry(String key, Position keyAt, Node value) {
    }

    record ListNode(Position at, List<Node> items) implements Node {
        public String kindName() {
            return "a list";
        }
    }

    /**
     * A scalar as written. {@code type} is how YAML 1.2's core schema reads it,
     * so {@code 3} is an INT and {@code "3"} a STRING, while {@code text} is the
     * source text either way.
     */
    record ScalarNode(Position at, String text, ScalarType type) implements Node {
        public String kindName() {
            return switch (type) {
                case STRING -> "a string";
                case INT -> "an integer";
                case FLOAT -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "nothing (null)";
            };
        }
    }

    enum ScalarType { STRING, INT, FLOAT, BOOLEAN, NULL }
}
