package dev.threefold.core.diff;

/**
 * The sentences that class a change, written in the report beside it. Major changes are the ones a
 * district review cycle sends for approval: what is learned and how it is assessed, who can get in;
 * the rest (wording, titles, timing, materials, tags, placement) is minor.
 */
final class Rules {

    /** A dimension's share of a unit's minutes moving by this many points or more is major. */
    static final int SHARE_POINTS = 10;

    static final String STANDARDS = "standards are major";
    static final String BIG_IDEAS = "big ideas are major";
    static final String QUESTIONS = "essential questions are major";
    static final String OBJECTIVES = "objectives are major";
    static final String ASSESSMENT = "assessment is major";
    static final String PREREQUISITES = "prerequisites are major";
    static final String ENTRY_REMOVED = "an entry point removed is major";
    static final String ENTRY_LEVEL = "an entry point's level changed is major (that level's way in is gone)";
    static final String GROUPING_REMOVED = "grouping removed is major";
    static final String SHARE = "a dimension's share moving " + SHARE_POINTS + " points or more is major";
    static final String UNIT_ADDED = "a unit added is major";
    static final String UNIT_REMOVED = "a unit removed is major";
    static final String LESSON_REMOVED = "a lesson removed with its objectives or entry points is major";
    static final String ACTIVITY_REMOVED = "an activity removed with its entry points or grouping is major";
    static final String WORDING = "wording is minor";
    static final String TITLES = "titles are minor";
    static final String MINUTES = "minutes are minor while no dimension's share moves " + SHARE_POINTS + " points";
    static final String MATERIALS = "materials are minor";
    static final String TAGS = "tags are minor";
    static final String PLACEMENT = "placement (subject, grade, audience, term, sequence, file) is minor";
    static final String REFERENCES = "norms and initiatives are minor";
    static final String ADDITIONS = "an activity, lesson, entry point or grouping added is minor";
    static final String GROUPING = "grouping size, strategy and roles are minor";
    static final String DIMENSION = "an activity's dimension is minor (its share rule decides)";
    static final String PROMPTS = "reflection prompts are minor";

    private Rules() {
    }
}
