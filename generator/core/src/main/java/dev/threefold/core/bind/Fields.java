package dev.threefold.core.bind;

import dev.threefold.core.diag.Diagnostics;
import dev.threefold.core.diag.Position;
import dev.threefold.core.load.Node;
import dev.threefold.core.load.Node.ListNode;
import dev.threefold.core.load.Node.MapNode;
import dev.threefold.core.load.Node.ScalarNode;
import dev.threefold.core.load.Node.ScalarType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads the keys of one YAML mapping, reporting unknown keys, missing
 * required keys and wrong types as diagnostics. Every getter returns a
 * usable value (null / empty) after reporting, so binding goes on and one run
 * finds every problem.
 */
final class Fields {

    private final MapNode map;
    private final String path;
    private final Diagnostics diagnostics;

    /** @param allowed the keys the contract allows here, in the contract's order */
    Fields(Node node, String path, List<String> allowed, Diagnostics diagnostics) {
        this.path = path;
        this.diagnostics = diagnostics;
        if (node instanceof MapNode m) {
            this.map = m;
            for (Node.Entry e : m.entries().values()) {
                if (!allowed.contains(e.key())) { // a short list: no set made for every mapping read
                    String hint = Suggest.didYouMean(e.key(), allowed);
                    diagnostics.error("unknown-key", e.keyAt(), join(e.key()), "unknown key `" + e.key() + "`",
                            hint.isEmpty() ? "allowed keys here: " + String.join(", ", allowed) : hint);
                }
            }
        } else {
            this.map = new MapNode(node.at(), Map.of());
            diagnostics.error("wrong-type", node.at(), path, "expected a mapping of keys, got " + describe(node),
                    "write keys such as `" + allowed.get(0) + ": ...` on their own lines");
        }
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    /** The mapping's own position. */
    Position at() {
        return map.at();
    }

    /** Where a key's value is, or the mapping itself when the key is absent. */
    Position at(String key) {
        Node.Entry e = map.entries().get(key);
        return e == null ? map.at() : e.value().at();
    }

    String path() {
        return path;
    }

    /**
     * A key's path under this one, made at its size, as in {@link #item}: the growing StringBuilder
     * that "+" compiles to (see the parent pom) made half a gigabyte of garbage out of the key paths
     * of 10,000 units.
     */
    String join(String key) {
        return path.isEmpty() ? key : path.concat(".").concat(key);
    }

    /**
     * The key path of a list's item, e.g. {@code lessons[2]}: one copy for all units (interned),
     * since bound units live until their pages are written and every unit repeats them.
     */
    String item(String key, int index) {
        StringBuilder item = new StringBuilder(path.length() + key.length() + 8);
        if (!path.isEmpty()) {
            item.append(path).append('.');
        }
        return item.append(key).append('[').append(index).append(']').toString().intern();
    }

    boolean has(String key) {
        Node.Entry e = map.entries().get(key);
        return e != null && !(e.value() instanceof ScalarNode s && s.type() == ScalarType.NULL);
    }

    Optional<Node> node(String key) {
        return has(key) ? Optional.of(map.entries().get(key).value()) : Optional.empty();
    }

    void missing(String key, String hint) {
        diagnostics.error("missing-key", map.at(), join(key), "required key `" + key + "` is missing", hint);
    }

    /** A string (numbers are taken as their text); null when absent or wrong. */
    String string(String key, boolean required) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) {
            if (required) {
                missing(key, "add `" + key + ": ...`");
            }
            return null;
        }
        return asString(n.get(), join(key));
    }

    /** Texts up to this long are interned: longer ones are prose, which rarely repeats. */
    private static final int SHORT_TEXT = 40;

    String asString(Node n, String keyPath) {
        if (n instanceof ScalarNode s && (s.type() == ScalarType.STRING || s.type() == ScalarType.INT
                || s.type() == ScalarType.FLOAT)) {
            if (s.text().isBlank()) {
                diagnostics.error("empty-value", n.at(), keyPath, "expected text, got an empty string", "write the text or remove the key");
                return null;
            }
            // Short texts (role names, labels, tags) repeat across units: one copy of each.
            return s.text().length() <= SHORT_TEXT ? s.text().intern() : s.text();
        }
        String colonText = ColonText.of(n);
        if (colonText != null) {
            ColonText.report(diagnostics, n, keyPath, colonText);
            return null;
        }
        diagnostics.error("wrong-type", n.at(), keyPath, "expected a string, got " + describe(n),
                n instanceof ScalarNode ? "put the text in quotes" : "write a single line of text");
        return null;
    }

    /** An integer in [min, max]; null when absent or wrong. */
    Integer integer(String key, int min, int max, boolean required) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) {
            if (required) {
                missing(key, "add `" + key + ": <integer " + min + ".." + max + ">`");
            }
            return null;
        }
        Node v = n.get();
        if (v instanceof ScalarNode s && s.type() == ScalarType.INT) {
            try {
                int i = Integer.parseInt(s.text().replace("_", "").replace("+", ""));
                if (i >= min && i <= max) {
                    return i;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        diagnostics.error("wrong-value", v.at(), join(key),
                "expected an integer " + min + ".." + max + ", got " + describe(v),
                "write a whole number without quotes, e.g. `" + key + ": " + Math.max(min, Math.min(max, 20)) + "`");
        return null;
    }

    /** A list's items; empty when absent or wrong. Reports an empty list when {@code minItems} > 0. */
    List<Node> list(String key, boolean required, int minItems) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) {
            if (required) {
                missing(key, "add `" + key + ":` with at least " + minItems + " item(s), each on a line starting with `- `");
            }
            return List.of();
        }
        if (n.get() instanceof ListNode l) {
            if (l.items().size() < minItems) {
                diagnostics.error("too-few", l.at(), join(key),
                        "expected at least " + minItems + " item(s), got " + l.items().size(), "add items starting with `- `");
            }
            return l.items();
        }
        diagnostics.error("wrong-type", n.get().at(), join(key), "expected a list, got " + describe(n.get()),
                "write each item on its own line starting with `- `");
        return List.of();
    }

    /** A list of strings; wrong items are reported and skipped. */
    List<String> strings(String key) {
        List<Node> items = list(key, false, 0);
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String s = asString(items.get(i), item(key, i));
            if (s != null) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** Binds each item of a list with {@code bind(itemNode, itemPath)}; null results are dropped. */
    <T> List<T> each(String key, boolean required, int minItems, BiFunction<Node, String, T> bind) {
        List<Node> items = list(key, required, minItems);
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            T t = bind.apply(items.get(i), item(key, i));
            if (t != null) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    /** One of the enum's lower-case ids; null when absent or wrong. */
    <E extends Enum<E>> E choice(String key, Class<E> type, boolean required) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) {
            if (required) {
                missing(key, "add `" + key + ": " + String.join(" | ", ids(type)) + "`");
            }
            return null;
        }
        return asChoice(n.get(), join(key), type);
    }

    <E extends Enum<E>> E asChoice(Node n, String keyPath, Class<E> type) {
        if (n instanceof ScalarNode s && s.type() == ScalarType.STRING) {
            Object choice = CHOICES.get(type).get(s.text());
            if (choice != null) {
                return type.cast(choice);
            }
        }
        List<String> ids = ids(type);
        String got = n instanceof ScalarNode s ? "\"" + s.text() + "\"" : describe(n);
        String near = n instanceof ScalarNode s ? Suggest.didYouMean(s.text(), ids) : "";
        diagnostics.error("wrong-value", n.at(), keyPath, "expected one of " + String.join(", ", ids) + ", got " + got,
                near.isEmpty() ? "write one of: " + String.join(", ", ids) : near);
        return null;
    }

    static <E extends Enum<E>> List<String> ids(Class<E> type) {
        return List.copyOf(CHOICES.get(type).keySet());
    }

    /** Each enum's constants by lower-case id, in declaration order: made once, not for every value read. */
    private static final ClassValue<Map<String, Object>> CHOICES = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byId = new LinkedHashMap<>();
            for (Object e : type.getEnumConstants()) {
                byId.put(((Enum<?>) e).name().toLowerCase(Locale.ROOT), e);
            }
            return java.util.Collections.unmodifiableMap(byId);
        }
    };

    /** The entries in source order, for maps keyed by the user (e.g. balance). */
    Map<String, Node.Entry> entries() {
        return new LinkedHashMap<>(map.entries());
    }

    static String describe(Node n) {
        if (n instanceof ScalarNode s) {
            return switch (s.type()) {
                case NULL -> "nothing";
                case STRING -> "\"" + abbreviate(s.text()) + "\"";
                default -> s.kindName() + " " + abbreviate(s.text());
            };
        }
        return n.kindName();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
