package dev.threefold.core.diff;

import dev.threefold.core.check.Checked;
import dev.threefold.core.diag.Diagnostic;
import dev.threefold.core.diag.Position;

import java.util.List;

/**
 * One version of the content, checked: a folder, or a git revision's content folder.
 *
 * @param label       how the report names it: {@code origin/main}, {@code working tree}, a folder
 * @param checked     its checked content; units that bound are compared even when others failed
 * @param diagnostics its problems, each file named under the content folder (e.g. {@code units/a.yaml})
 *                    so that the two versions' problems compare
 * @param shownAs     what goes before such a file name when it is shown, e.g. {@code content/} or {@code origin/main:content/}
 * @param missing     why there is no content in this version (the folder is missing there), or null
 */
public record Side(String label, Checked checked, List<Diagnostic> diagnostics, String shownAs, String missing) {

    /**
     * A checked version whose diagnostics name files as {@code filePrefix + path-in-content}: that
     * prefix is taken off and {@code shownAs} put in front when shown.
     */
    public static Side of(String label, Checked checked, String filePrefix, String shownAs) {
        List<Diagnostic> ds = checked.diagnostics().stream().map(d -> {
            String f = d.position().file();
            String inContent = f.startsWith(filePrefix) ? f.substring(filePrefix.length()) : f;
            return new Diagnostic(d.severity(), d.code(), new Position(inContent, d.position().line(), d.position().column()),
                    d.keyPath(), d.message(), d.hint());
        }).toList();
        return new Side(label, checked, ds, shownAs, null);
    }

    /** A version without the content folder. */
    public static Side missing(String label, String why) {
        return new Side(label, new Checked(null, List.of(), List.of(), null, List.of()), List.of(), "", why);
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }

    /** A diagnostic as printed, its file named as the user finds it. */
    public String shown(Diagnostic d) {
        Position p = d.position();
        return new Diagnostic(d.severity(), d.code(), new Position(shownAs + p.file(), p.line(), p.column()),
                d.keyPath(), d.message(), d.hint()).format();
    }
}
