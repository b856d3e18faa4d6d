package dev.threefold.core.model;

import java.util.List;

/**
 * What a unit says beyond its outline: its summary, big ideas, essential questions,
 * provocation, assessment and teacher notes. Only the unit's own pages, its card, units.json,
 * the search index and the reports show them, so a rebuild read from the build cache decodes
 * them for the few units whose pages it makes again (see {@link Prose}).
 *
 * <p>Optional values ({@code provocation}, {@code assessment}, {@code teacherNotes}) are null
 * when absent; lists are empty.
 */
public record UnitProse(Markdown summary, List<Markdown> bigIdeas, List<String> essentialQuestions,
                        Activity provocation, Assessment assessment, Markdown teacherNotes,
                        List<String> teacherReflection) {
}
