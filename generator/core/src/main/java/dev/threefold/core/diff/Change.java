package dev.threefold.core.diff;

/**
 * One change, in the teacher's words, with how a district review cycle classes it and the rule that
 * classed it.
 *
 * @param text  e.g. {@code Lesson 2, 'Fold in groups': 25 → 15 minutes}
 * @param level major (needs approval), minor, or a note that is neither
 * @param rule  the sentence of the rule that classed it, written in the report
 */
public record Change(String text, Level level, String rule) {

    public enum Level {
        MAJOR, MINOR, NOTE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean major() {
        return level == Level.MAJOR;
    }
}
