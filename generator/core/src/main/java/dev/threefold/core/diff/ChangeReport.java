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

    /** Whether nothing a reader would notice changed. */
    public boolean empty() {
        return units.isEmpty() && sections.stream().allMatch(s -> s.items().isEmpty());
    }
}
