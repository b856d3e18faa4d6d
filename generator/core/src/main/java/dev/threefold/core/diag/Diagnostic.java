package dev.threefold.core.diag;

import java.util.Comparator;

/**
 * One problem found in the content. Printed in the contract's form:
 * {@code file:line:col: error: key.path: message (hint)}.
 *
 * @param code    short stable id of the kind of problem, e.g. {@code unknown-key}
 * @param keyPath where in the document, e.g. {@code lessons[0].activities[1].minutes}; may be empty
 * @param hint    what to write instead; may be empty
 */
public record Diagnostic(Severity severity, String code, Position position, String keyPath,
                         String message, String hint) {

    /** By file, line and column; a stable sort keeps problems at one position in the order they were found. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.position().file())
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column());

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem raised to an error (strict mode). */
    public Diagnostic asError() {
        return new Diagnostic(Severity.ERROR, code, position, keyPath, message, hint);
    }

    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(position).append(": ").append(severity.label()).append(": ");
        if (!keyPath.isEmpty()) {
            sb.append(keyPath).append(": ");
        }
        sb.append(message);
        if (!hint.isEmpty()) {
            sb.append(" (").append(hint).append(")");
        }
        sb.append(" [").append(code).append("]");
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
