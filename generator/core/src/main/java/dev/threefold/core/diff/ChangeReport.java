package dev.threefold.core.diff;

import java.util.List;

/**
 * What a change did to the curriculum: the same facts for the Markdown, HTML and JSON forms.
 *
 * @param base     the version compared from
 * @param head     the version compared to
 * @param sections curriculum-wide lists, in the order shown (empty ones included, for other tools)
 * @param units    every unit added, removed, moved or changed, in the head's order (removed ones last)
 */
public record ChangeReport(Side base, Side head, List<Section> sections, List<UnitChanges> units) {

    public long majors() {
        return units.stream().mapToLong(UnitChanges::majors).sum();
    }

    public long minors() {
        return units.stream().mapToLong(UnitChanges::minors).sum();
    }

    public long count(String status) {
        return units.stream().filter(u -> u.status().equals(status)).count();
    }

    public Section section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    /** Warnings the head has that the base had not. */
    public int warningsIntroduced() {
        return section("warnings-introduced").items().size();
    }

    /**
     * What stops a review gate set to {@code failOn}, as a sentence, or null when it passes:
     * {@code major} stops on a major change, {@code warnings} on a warning introduced or an error,
     * {@code errors} on an error in the head (a head without the content folder counts as one).
     *
     * @throws IllegalArgumentException for another word
     */
    public String gate(String failOn) {
        long errors = head.errors() + (head.missing() != null ? 1 : 0);
        return switch (failOn) {
            case "major" -> majors() > 0 ? majors() + " major change(s)" : null;
            case "warnings" -> errors > 0 || warningsIntroduced() > 0
                    ? warningsIntroduced() + " warning(s) introduced and " + errors + " error(s)" : null;
            case "errors" -> errors > 0 ? errors + " error(s) in " + head.label() : null;
            default -> throw new IllegalArgumentException("write major, warnings or errors, not `" + failOn + "`");
        };
    }

    /** Whether nothing a reader would notice changed. */
    public boolean empty() {
        return units.isEmpty() && sections.stream().allMatch(s -> s.items().isEmpty());
    }
}
