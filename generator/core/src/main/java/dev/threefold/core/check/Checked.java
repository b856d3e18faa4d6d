package dev.threefold.core.check;

import dev.threefold.core.diag.Diagnostic;
import dev.threefold.core.load.ContentTree;
import dev.threefold.core.model.Curriculum;
import dev.threefold.core.model.Framework;
import dev.threefold.core.model.Unit;

import java.util.List;

/** The checked content of a folder: what validate reports and build renders. */
public record Checked(Curriculum curriculum, List<Framework> frameworks, List<Unit> units,
                      ContentTree tree, List<Diagnostic> diagnostics) {

    public boolean ok() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
