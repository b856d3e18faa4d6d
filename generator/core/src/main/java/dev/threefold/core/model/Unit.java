package dev.threefold.core.model;

import dev.threefold.core.diag.Position;

import java.util.ArrayList;
import java.util.List;

/**
 * One unit plan, fully bound. Optional scalars ({@code term}, {@code sequence},
 * {@code provocation}, {@code assessment}, {@code teacherNotes}) are null when
 * absent; lists are empty.
 *
 * @param sourcePath  the file inside the content folder, e.g. {@code units/grade-3/fractions.yaml}
 * @param unitLinks   {@code unit:<id>} links found in its markdown, checked once all ids are known
 * @param serves      for educator units: the student units this professional learning supports
 */
public record Unit(String id, String title, String subject, List<String> grades, Audience audience,
                   String term, Integer sequence, List<Ref> standards, List<Ref> prerequisites,
                   List<String> tags, List<Ref> norms, List<Ref> initiatives, Markdown summary,
                   List<Markdown> bigIdeas, List<String> essentialQuestions, Activity provocation,
                   Assessment assessment, Markdown teacherNotes, List<String> teacherReflection,
                   List<Lesson> lessons, List<Ref> serves, String sourcePath, Position at,
                   List<Ref> unitLinks) {

    public boolean isForEducators() {
        return audience == Audience.EDUCATORS;
    }

    /** The provocation (if any) followed by every lesson's activities, in teaching order. */
    public List<Activity> allActivities() {
        List<Activity> all = new ArrayList<>();
        if (provocation != null) {
            all.add(provocation);
        }
        for (Lesson l : lessons) {
            all.addAll(l.activities());
        }
        return all;
    }
}
