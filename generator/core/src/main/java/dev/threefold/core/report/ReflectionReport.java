package dev.threefold.core.report;

import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.model.Activity;
import dev.threefold.core.model.Balance;
import dev.threefold.core.model.Dimension;
import dev.threefold.core.model.Lesson;
import dev.threefold.core.model.Pedagogy;
import dev.threefold.core.model.Prompt;
import dev.threefold.core.model.PromptKind;
import dev.threefold.core.model.Unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.threefold.core.report.Rows.row;

/** Lessons and units that leave no room for the inner dialogue, and prompts by kind. */
public final class ReflectionReport {

    /** Label of prompts written as plain strings. */
    public static final String PLAIN = "Plain prompt";

    private ReflectionReport() {
    }

    public static Report of(SiteIndex index) {
        List<List<Object>> lessons = new ArrayList<>();
        List<List<Object>> units = new ArrayList<>();
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (PromptKind k : PromptKind.values()) {
            byKind.put(k.label(), 0);
        }
        byKind.put(PLAIN, 0);
        int lessonCount = 0;
        for (Unit u : index.units()) {
            int unitPrompts = 0;
            List<Activity> all = u.allActivities();
            for (Activity a : all) {
                unitPrompts += count(a.reflectionPrompts(), byKind);
            }
            for (int i = 0; i < u.lessons().size(); i++) {
                Lesson l = u.lessons().get(i);
                lessonCount++;
                unitPrompts += count(l.reflectionPrompts(), byKind);
                if (!Pedagogy.isReflective(l)) {
                    lessons.add(row(Rows.unit(index, u), u.id(), Rows.grades(u), u.subject(), i + 1, l.title(), l.minutes()));
                }
            }
            int inner = Balance.of(u).minutes(Dimension.INNER_DIALOGUE);
            if (inner == 0 && unitPrompts == 0) {
                units.add(row(Rows.unit(index, u), u.id(), Rows.grades(u), u.subject(), inner, unitPrompts));
            }
        }
        List<List<Object>> kinds = new ArrayList<>();
        byKind.forEach((k, n) -> kinds.add(row(k, n)));
        int prompts = byKind.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("byKind", byKind);
        charts.put("maxKind", byKind.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        return new Report("reflection", "Reflection",
                "Which lessons leave no room for reflection?",
                Rows.figures("Lessons", lessonCount,
                        "Lessons with no inner-dialogue activity and no prompts", lessons.size(),
                        "Units with no inner-dialogue time and no prompts", units.size(),
                        "Reflection prompts", prompts),
                List.of(
                        new Table("lessons", "Lessons without reflection", "No inner_dialogue activity and no reflection prompt.",
                                List.of("Unit", "Id", "Grade", "Subject", "Lesson", "Title", "Minutes"), lessons),
                        new Table("units", "Units without reflection", "No inner_dialogue minutes and no reflection prompt anywhere.",
                                List.of("Unit", "Id", "Grade", "Subject", "Inner dialogue (min)", "Prompts"), units),
                        new Table("prompts-by-kind", "Prompts by kind", "Lesson and activity prompts, by the kind they name.",
                                List.of("Kind", "Prompts"), kinds)),
                charts);
    }

    private static int count(List<Prompt> prompts, Map<String, Integer> byKind) {
        for (Prompt p : prompts) {
            byKind.merge(p.kind() == null ? PLAIN : p.kind().label(), 1, Integer::sum);
        }
        return prompts.size();
    }
}
