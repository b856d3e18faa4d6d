package dev.threefold.core.load;

/**
 * One content file's text.
 *
 * @param path        path inside the content folder, with '/' separators, e.g. {@code units/grade-3/fractions.yaml}
 * @param displayPath how messages name it, e.g. {@code content/units/grade-3/fractions.yaml}
 */
public record SourceFile(String path, String displayPath, String text) {
}
