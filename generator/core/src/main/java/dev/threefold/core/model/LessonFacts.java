package dev.threefold.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What the curriculum reports need of a unit's lessons, counted once per unit.
 *
 * @param sharedTasks    how many of the lessons' activities are shared tasks needing entry points
 * @param levels         the entry points those tasks offer, by {@link Level#ordinal()}, then those without a level
 * @param fewEntryPoints the shared tasks offering fewer than {@link Pedagogy#MIN_ENTRY_POINTS}, in lesson order
 * @param unreflective   the lessons leaving no room for reflection ({@link Pedagogy#isReflective}), in order
 * @param prompts        the reflection prompts of the lessons and their activities, by {@link PromptKind#ordinal()},
 *                       then plain prompts
 */
public record LessonFacts(int sharedTasks, int[] levels, List<Task> fewEntryPoints, List<Quiet> unreflective,
                          int[] prompts) {

    /** A shared task; {@code where} is e.g. "Lesson 2: Sorting shapes". */
    public record Task(String where, String title, Dimension dimension, int entryPoints) {
    }

    /** A lesson without reflection; {@code number} counts from 1. */
    public record Quiet(int number, String title, int minutes) {
    }

    /** The facts of {@code lessons}. */
    public static LessonFacts of(List<Lesson> lessons) {
        int sharedTasks = 0;
        int[] levels = new int[Level.values().length + 1];
        List<Task> few = new ArrayList<>();
        List<Quiet> unreflective = new ArrayList<>();
        int[] prompts = new int[PromptKind.values().length + 1];
        for (int i = 0; i < lessons.size(); i++) {
            Lesson l = lessons.get(i);
            for (Activity a : l.activities()) {
                if (Pedagogy.needsEntryPoints(a, false)) {
                    sharedTasks++;
                    addLevels(a.entryPoints(), levels);
                    if (Pedagogy.hasFewEntryPoints(a, false)) {
                        few.add(new Task("Lesson " + (i + 1) + ": " + l.title(), a.title(), a.dimension(), a.entryPoints().size()));
                    }
                }
                addPrompts(a.reflectionPrompts(), prompts);
            }
            addPrompts(l.reflectionPrompts(), prompts);
            if (!Pedagogy.isReflective(l)) {
                unreflective.add(new Quiet(i + 1, l.title(), l.minutes()));
            }
        }
        return new LessonFacts(sharedTasks, levels, List.copyOf(few), List.copyOf(unreflective), prompts);
    }

    /** Adds each entry point to its level's count, those without a level last. */
    public static void addLevels(List<EntryPoint> entryPoints, int[] levels) {
        for (EntryPoint e : entryPoints) {
            levels[e.level() == null ? Level.values().length : e.level().ordinal()]++;
        }
    }

    /** Adds each prompt to its kind's count, plain prompts last. */
    public static void addPrompts(List<Prompt> list, int[] prompts) {
        for (Prompt p : list) {
            prompts[p.kind() == null ? PromptKind.values().length : p.kind().ordinal()]++;
        }
    }

    /** Entry points the shared tasks offer, with a level or without. */
    public int entryPoints() {
        int n = 0;
        for (int c : levels) {
            n += c;
        }
        return n;
    }
}
