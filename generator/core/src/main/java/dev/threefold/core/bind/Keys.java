package dev.threefold.core.bind;

import java.util.List;

/**
 * The keys each kind of mapping allows, in the contract's order. One list
 * per mapping, used by the binders and checked against schema/*.schema.json
 * by a test, so editors and the loader accept exactly the same files.
 */
public final class Keys {

    private Keys() {
    }

    public static final List<String> CURRICULUM = List.of("title", "description", "language", "vision", "norms",
            "initiatives", "grades", "subjects", "terms", "balance", "repository", "equity");
    public static final List<String> REPOSITORY = List.of("url", "branch", "path");
    public static final List<String> NORM = List.of("id", "text");
    public static final List<String> INITIATIVE = List.of("id", "title", "description");
    public static final List<String> SHARE = List.of("min", "max");
    public static final List<String> EQUITY = List.of("max_readiness_share");

    public static final List<String> FRAMEWORK = List.of("framework", "title", "url", "standards");
    public static final List<String> STANDARD = List.of("code", "description", "grade");

    public static final List<String> UNIT = List.of("id", "title", "subject", "grade", "audience", "term",
            "sequence", "summary", "big_ideas", "essential_questions", "standards", "prerequisites", "tags", "norms",
            "initiatives", "serves", "provocation", "lessons", "assessment", "teacher_notes", "teacher_reflection");
    public static final List<String> ASSESSMENT = List.of("evidence", "success_criteria", "standards");
    public static final List<String> LESSON = List.of("title", "objectives", "activities", "reflection_prompts");
    public static final List<String> ACTIVITY = List.of("title", "dimension", "minutes", "description",
            "student_text", "entry_points", "grouping", "materials", "reflection_prompts", "assesses", "supports", "needs");
    public static final List<String> SUPPORT = List.of("for", "description");
    public static final List<String> ENTRY_POINT = List.of("label", "level", "description");
    public static final List<String> GROUPING = List.of("size", "strategy", "roles");
    public static final List<String> ROLE = List.of("name", "description");
    public static final List<String> PROMPT = List.of("prompt", "kind");
}
