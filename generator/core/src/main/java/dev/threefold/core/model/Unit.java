package dev.threefold.core.model;

import dev.threefold.core.diag.Position;

import java.util.ArrayList;
import java.util.List;

/**
 * One unit plan: its outline (what lists, indexes and reports show of every
 * unit) as components, its {@link UnitProse} and lessons each possibly read
 * only on first use (see {@link Prose} and {@link Lessons}). Optional scalars
 * ({@code term}, {@code sequence}, {@code provocation}, {@code assessment},
 * {@code teacherNotes}) are null when absent; lists are empty.
 *
 * @param sourcePath  the file inside the content folder, e.g. {@code units/grade-3/fractions.yaml}
 * @param unitLinks   {@code unit:<id>} links found in its markdown, checked once all ids are known
 */
public record Unit(String id, String title, String subject, List<String> grades, Audience audience,
                   String term, Integer sequence, List<Ref> standards, List<Ref> prerequisites,
                   List<String> tags, List<Ref> norms, List<Ref> initiatives, Prose prose,
                   List<Lesson> lessons, String sourcePath, Position at, List<Ref> unitLinks) {

    // The prose by name, as templates and code have always asked for it.

    public Markdown summary() {
        return prose.get().summary();
    }

    public List<Markdown> bigIdeas() {
        return prose.get().bigIdeas();
    }

    public List<String> essentialQuestions() {
        return prose.get().essentialQuestions();
    }

    public Activity provocation() {
        return prose.get().provocation();
    }

    public Assessment assessment() {
        return prose.get().assessment();
    }

    public Markdown teacherNotes() {
        return prose.get().teacherNotes();
    }

    public List<String> teacherReflection() {
        return prose.get().teacherReflection();
    }

    /** The provocation (if any) followed by every lesson's activities, in teaching order. */
    public List<Activity> allActivities() {
        List<Activity> all = new ArrayList<>();
        Activity provocation = provocation();
        if (provocation != null) {
            all.add(provocation);
        }
        for (Lesson l : lessons) {
            all.addAll(l.activities());
        }
        return all;
    }
}
