package dev.threefold.core.diag;

/**
 * Where a value stands in the content: file (as shown to the user, e.g.
 * {@code content/units/grade-3/fractions.yaml}), 1-based line and column.
 */
public record Position(String file, int line, int column) {

    public static Position ofFile(String file) {
        return new Position(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
