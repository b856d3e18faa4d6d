package dev.threefold.core.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects problems instead of throwing them one by one. Not shared between
 * threads: each per-file stage fills its own and the results are merged.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void error(String code, Position at, String keyPath, String message, String hint) {
        items.add(new Diagnostic(Severity.ERROR, code, at, keyPath, message, hint));
    }

    public void warning(String code, Position at, String keyPath, String message, String hint) {
        items.add(new Diagnostic(Severity.WARNING, code, at, keyPath, message, hint));
    }

    public void add(Diagnostic d) {
        items.add(d);
    }

    public void addAll(Collection<Diagnostic> ds) {
        items.addAll(ds);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    /** All problems sorted by file, line and column. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Diagnostic.ORDER);
        return List.copyOf(copy);
    }
}
