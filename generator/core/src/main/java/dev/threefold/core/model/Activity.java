package dev.threefold.core.model;

import java.util.List;

/**
 * A step of a lesson (or a unit's provocation). {@code description}, {@code studentText} and {@code grouping} may be
 * null. {@code description} speaks to the teacher; {@code studentText}, when given, is what the class reads instead.
 *
 * @param assesses the standards ({@code framework:code}) this activity gathers formative evidence of
 * @param supports language and access supports offered in it
 * @param needs    what it depends on beyond the classroom's usual materials, each once, in contract order
 */
public record Activity(String title, Dimension dimension, int minutes, Markdown description, Markdown studentText,
                       List<EntryPoint> entryPoints, Grouping grouping, List<String> materials,
                       List<Prompt> reflectionPrompts, List<Ref> assesses, List<Support> supports, List<Need> needs,
                       dev.threefold.core.diag.Position at, String keyPath) {

    /** Whether one of its entry points is pitched at the support level. */
    public boolean hasSupportEntry() {
        return hasLevel(Level.SUPPORT);
    }

    public boolean hasExtensionEntry() {
        return hasLevel(Level.EXTENSION);
    }

    private boolean hasLevel(Level level) {
        for (EntryPoint e : entryPoints) {
            if (e.level() == level) {
                return true;
            }
        }
        return false;
    }
}
