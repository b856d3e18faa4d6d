package dev.threefold.core.report;

import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.model.Balance;
import dev.threefold.core.model.Dimension;
import dev.threefold.core.model.LessonFacts;
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
        int lessonCount = 0;
        int[] promptsByKind = new int[PromptKind.values().length + 1];
        for (Unit u : index.studentUnits()) {
            // The provocation's prompts, then the lessons' facts: no lesson is read.
            int[] unitPrompts = new int[promptsByKind.length];
            if (u.provocation() != null) {
                LessonFacts.addPrompts(u.provocation().reflectionPrompts(), unitPrompts);
            }
            LessonFacts facts = LessonFacts.of(u.lessons());
            lessonCount += u.lessons().size();
            for (LessonFacts.Quiet q : facts.unreflective()) {
                lessons.add(row(Rows.unit(index, u), u.id(), Rows.grades(u), u.subject(), q.number(), q.title(), q.minutes()));
            }
            int unitTotal = 0;
            for (int k = 0; k < unitPrompts.length; k++) {
                unitPrompts[k] += facts.prompts()[k];
                promptsByKind[k] += unitPrompts[k];
                unitTotal += unitPrompts[k];
            }
            int inner = Balance.of(u).minutes(Dimension.INNER_DIALOGUE);
            if (inner == 0 && unitTotal == 0) {
                units.add(row(Rows.unit(index, u), u.id(), Rows.grades(u), u.subject(), inner, unitTotal));
            }
        }
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (PromptKind k : PromptKind.values()) {
            byKind.put(k.label(), promptsByKind[k.ordinal()]);
        }
        byKind.put(PLAIN, promptsByKind[PromptKind.values().length]);
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
}
