package dev.threefold.core.model;

import java.util.List;
import java.util.regex.Pattern;

/** How grades are named to readers: "Grade 3", "Grades 3, 4", "Kindergarten"-style names as written. */
public final class Grades {

    private static final Pattern NUMBERED_GRADE = Pattern.compile("\\d+|K|k|PK|Pre-K");

    private Grades() {
    }

    /** One grade as a label: "Grade 3" for a numbered grade (or K, PK), else the name as written. */
    public static String label(String grade) {
        return NUMBERED_GRADE.matcher(grade).matches() ? "Grade " + grade : grade;
    }

    /** Grades as a label: "Grade 3", "Grades 3, 5". */
    public static String label(List<String> grades) {
        if (grades.size() == 1) {
            return label(grades.get(0));
        }
        return "Grades " + String.join(", ", grades);
    }
}
