package dev.threefold.core.render;

import dev.threefold.core.model.Balance;
import dev.threefold.core.model.Dimension;
import dev.threefold.core.model.Markdown;
import dev.threefold.core.model.Unit;

import java.util.List;

/** Small computations templates need, so templates hold no arithmetic. */
public final class Helpers {

    public Balance balance(Unit u) {
        return Balance.of(u);
    }

    /** A markdown field as plain text, for a meta description: see {@link PlainText}. */
    public String plainText(Markdown m) {
        return PlainText.of(m);
    }

    public List<Dimension> dimensions() {
        return List.of(Dimension.values());
    }

    /** "1 h 35 min" for 95. */
    public String duration(int minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    /** Grades as a label: "Grade 3", "Grades 3–5", "Grades K, 2". */
    public String grades(List<String> grades) {
        if (grades.size() == 1) {
            return gradeLabel(grades.get(0));
        }
        return "Grades " + String.join(", ", grades);
    }

    private static final java.util.regex.Pattern NUMBERED_GRADE = java.util.regex.Pattern.compile("\\d+|K|k|PK|Pre-K");

    public String gradeLabel(String grade) {
        return NUMBERED_GRADE.matcher(grade).matches() ? "Grade " + grade : grade;
    }
}
