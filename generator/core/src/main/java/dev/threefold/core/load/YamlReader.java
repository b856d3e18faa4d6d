package dev.threefold.core.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.threefold.core.diag.Diagnostics;
import dev.threefold.core.diag.Position;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses one YAML document into {@link Node}s with positions. Syntax errors,
 * duplicate keys and documents over the limits become diagnostics, never
 * exceptions. Documents in the common subset that content is written in are
 * read by {@link CommonYaml}, the rest by Jackson. Thread-safe: the factory is
 * immutable once built.
 */
public final class YamlReader {

    /** Limits that keep a hostile file from exhausting memory; documented in the README. */
    public static final int MAX_DEPTH = 64;
    public static final int MAX_FILE_CHARS = 2 * 1024 * 1024;

    private final YAMLFactory factory;
    /** Whether documents in the common subset are read by {@link CommonYaml}; else Jackson reads every one. */
    private final boolean common;

    /**
     * A reader that takes the fast path for the common subset, unless the system property
     * {@code threefold.yaml} is {@code jackson} (to time the difference, or to rule it out).
     */
    public YamlReader() {
        this(!"jackson".equals(System.getProperty("threefold.yaml")));
    }

    /** @param common whether to read documents in the common subset with {@link CommonYaml} */
    public YamlReader(boolean common) {
        this.common = common;
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_FILE_CHARS);
        options.setAllowDuplicateKeys(true); // reported by us, with both positions
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_FILE_CHARS)
                        .build())
                .build();
    }

    /** The document's root node, or empty when the file could not be read (the reason is in {@code diagnostics}). */
    public Optional<Node> read(SourceFile file, Diagnostics diagnostics) {
        if (file.text().length() > MAX_FILE_CHARS) {
            diagnostics.error("file-too-large", Position.ofFile(file.displayPath()), "",
                    "file has " + file.text().length() + " characters, more than the limit of " + MAX_FILE_CHARS,
                    "split it into several units");
            return Optional.empty();
        }
        Node fast = common ? CommonYaml.read(file.text(), file.displayPath()) : null;
        return fast != null ? Optional.of(fast) : readWithJackson(file, diagnostics);
    }

    /** The reference reader: every document, every error. */
    Optional<Node> readWithJackson(SourceFile file, Diagnostics diagnostics) {
        try (JsonParser parser = factory.createParser(file.text())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                diagnostics.error("empty-file", Position.ofFile(file.displayPath()), "",
                        "file is empty", "write the document's keys, e.g. `title: ...`");
                return Optional.empty();
            }
            Node root = readValue(parser, file.displayPath(), "", diagnostics);
            if (parser.nextToken() != null) {
                diagnostics.error("many-documents", position(file.displayPath(), parser.currentTokenLocation()), "",
                        "file holds more than one YAML document", "keep one document per file; remove the `---` line");
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            // SnakeYAML's exception has the marks of both the mistake and the construct it was in.
            JsonLocation loc = e.getLocation();
            Position at = loc == null ? Position.ofFile(file.displayPath()) : position(file.displayPath(), loc);
            SyntaxMistake m = e.getCause() instanceof MarkedYAMLException marked
                    ? SyntaxMistake.of(file.text(), marked) : SyntaxMistake.unexplained(at.line(), at.column(), "");
            diagnostics.error("yaml-syntax", new Position(file.displayPath(), m.line(), m.column()), "", m.message(), m.hint());
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // SnakeYAML limit violations (aliases, depth, size) surface as runtime exceptions.
            diagnostics.error("yaml-limit", Position.ofFile(file.displayPath()), "",
                    "could not read YAML: " + firstLine(String.valueOf(e.getMessage())),
                    "avoid YAML anchors/aliases, deep nesting and very large files");
            return Optional.empty();
        }
    }

    private Node readValue(JsonParser p, String file, String keyPath, Diagnostics d) throws IOException {
        Position at = position(file, p.currentTokenLocation());
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Position keyAt = position(file, p.currentTokenLocation());
                    p.nextToken();
                    String childPath = keyPath.isEmpty() ? key : keyPath + "." + key;
                    Node value = readValue(p, file, childPath, d);
                    Node.Entry previous = entries.get(key);
                    if (previous != null) {
                        d.error("duplicate-key", keyAt, childPath,
                                "key `" + key + "` is given twice (first at line " + previous.keyAt().line() + ")",
                                "keep one of them");
                    } else {
                        entries.put(key, new Node.Entry(key, keyAt, value));
                    }
                }
                return new Node.MapNode(at, entries);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, file, keyPath + "[" + i++ + "]", d));
                }
                return new Node.ListNode(at, items);
            }
            case VALUE_STRING -> {
                if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
                    // Jackson hands aliases over unexpanded; refusing them also rules out alias bombs.
                    d.error("yaml-alias", at, keyPath, "YAML aliases (*" + p.getText() + ") are not supported",
                            "write the value out in full instead of using an anchor and alias");
                    return new Node.ScalarNode(at, "", Node.ScalarType.NULL);
                }
                return new Node.ScalarNode(at, p.getText(), Node.ScalarType.STRING);
            }
            case VALUE_NUMBER_INT -> {
                return new Node.ScalarNode(at, p.getText(), Node.ScalarType.INT);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node.ScalarNode(at, p.getText(), Node.ScalarType.FLOAT);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node.ScalarNode(at, p.getText(), Node.ScalarType.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new Node.ScalarNode(at, "", Node.ScalarType.NULL);
            }
            default -> {
                // Embedded objects (e.g. !!binary) are not part of the content model.
                return new Node.ScalarNode(at, p.getText() == null ? "" : p.getText(), Node.ScalarType.STRING);
            }
        }
    }

    private static Position position(String file, JsonLocation loc) {
        return new Position(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
