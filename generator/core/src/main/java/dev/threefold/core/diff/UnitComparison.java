package dev.threefold.core.diff;

import dev.threefold.core.diff.Change.Level;
import dev.threefold.core.model.Activity;
import dev.threefold.core.model.Assessment;
import dev.threefold.core.model.Balance;
import dev.threefold.core.model.Dimension;
import dev.threefold.core.model.EntryPoint;
import dev.threefold.core.model.Grouping;
import dev.threefold.core.model.Lesson;
import dev.threefold.core.model.Markdown;
import dev.threefold.core.model.Prompt;
import dev.threefold.core.model.Ref;
import dev.threefold.core.model.Role;
import dev.threefold.core.model.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two versions of one unit compared field by field, each difference said in the teacher's words
 * and classed by {@link Rules}. Lessons are matched by title, then by place; activities within a
 * matched lesson the same way, so a lesson moved or retitled is not read as one removed and one added.
 */
final class UnitComparison {

    private final List<Change> out = new ArrayList<>();

    private UnitComparison() {
    }

    static List<Change> compare(Unit a, Unit b) {
        UnitComparison c = new UnitComparison();
        c.unit(a, b);
        return List.copyOf(c.out);
    }

    private void unit(Unit a, Unit b) {
        text("title", a.title(), b.title(), Level.MINOR, Rules.TITLES);
        text("subject", a.subject(), b.subject(), Level.MINOR, Rules.PLACEMENT);
        text("grade", String.join(", ", a.grades()), String.join(", ", b.grades()), Level.MINOR, Rules.PLACEMENT);
        text("audience", a.audience().toString().toLowerCase(java.util.Locale.ROOT),
                b.audience().toString().toLowerCase(java.util.Locale.ROOT), Level.MINOR, Rules.PLACEMENT);
        text("term", a.term(), b.term(), Level.MINOR, Rules.PLACEMENT);
        text("sequence", a.sequence() == null ? null : a.sequence().toString(),
                b.sequence() == null ? null : b.sequence().toString(), Level.MINOR, Rules.PLACEMENT);
        if (!Objects.equals(a.sourcePath(), b.sourcePath())) {
            add("file moved: " + a.sourcePath() + " → " + b.sourcePath(), Level.MINOR, Rules.PLACEMENT);
        }
        wording("summary", a.summary(), b.summary());
        list("standard", ids(a.standards()), ids(b.standards()), Level.MAJOR, Rules.STANDARDS);
        list("prerequisite", ids(a.prerequisites()), ids(b.prerequisites()), Level.MAJOR, Rules.PREREQUISITES);
        list("big idea", sources(a.bigIdeas()), sources(b.bigIdeas()), Level.MAJOR, Rules.BIG_IDEAS);
        list("essential question", a.essentialQuestions(), b.essentialQuestions(), Level.MAJOR, Rules.QUESTIONS);
        list("tag", a.tags(), b.tags(), Level.MINOR, Rules.TAGS);
        list("norm", ids(a.norms()), ids(b.norms()), Level.MINOR, Rules.REFERENCES);
        list("initiative", ids(a.initiatives()), ids(b.initiatives()), Level.MINOR, Rules.REFERENCES);
        assessment(a.assessment(), b.assessment());
        wording("teacher notes", a.teacherNotes(), b.teacherNotes());
        list("teacher reflection prompt", a.teacherReflection(), b.teacherReflection(), Level.MINOR, Rules.PROMPTS);
        if (a.provocation() != null || b.provocation() != null) {
            String where = "Provocation '" + (b.provocation() != null ? b.provocation() : a.provocation()).title() + "'";
            if (a.provocation() == null) {
                add(where + " added", Level.MINOR, Rules.ADDITIONS);
            } else if (b.provocation() == null) {
                removedActivity(where, a.provocation());
            } else {
                activity(where, a.provocation(), b.provocation());
            }
        }
        lessons(a.lessons(), b.lessons());
        shares(Balance.of(a), Balance.of(b));
    }

    private void lessons(List<Lesson> a, List<Lesson> b) {
        for (Pairs.Pair<Lesson> p : Pairs.match(a, b, Lesson::title)) {
            if (p.before() == null) {
                Lesson l = p.after();
                add("Lesson " + (p.afterIndex() + 1) + " '" + l.title() + "' added", l.objectives().isEmpty() ? Level.MINOR : Level.MAJOR,
                        l.objectives().isEmpty() ? Rules.ADDITIONS : Rules.OBJECTIVES);
            } else if (p.after() == null) {
                Lesson l = p.before();
                boolean major = !l.objectives().isEmpty() || l.activities().stream().anyMatch(x -> !x.entryPoints().isEmpty());
                add("Lesson " + (p.beforeIndex() + 1) + " '" + l.title() + "' removed", major ? Level.MAJOR : Level.MINOR,
                        major ? Rules.LESSON_REMOVED : Rules.TITLES);
            } else {
                lesson("Lesson " + (p.afterIndex() + 1), p.before(), p.after());
            }
        }
    }

    private void lesson(String where, Lesson a, Lesson b) {
        text(where + " title", a.title(), b.title(), Level.MINOR, Rules.TITLES);
        list(where + " objective", a.objectives(), b.objectives(), Level.MAJOR, Rules.OBJECTIVES);
        list(where + " reflection prompt", prompts(a.reflectionPrompts()), prompts(b.reflectionPrompts()), Level.MINOR, Rules.PROMPTS);
        for (Pairs.Pair<Activity> p : Pairs.match(a.activities(), b.activities(), Activity::title)) {
            if (p.before() == null) {
                add(where + ", '" + p.after().title() + "' added (" + p.after().dimension().id() + ", " + p.after().minutes() + " minutes)",
                        Level.MINOR, Rules.ADDITIONS);
            } else if (p.after() == null) {
                removedActivity(where + ", '" + p.before().title() + "'", p.before());
            } else {
                activity(where + ", '" + p.after().title() + "'", p.before(), p.after());
            }
        }
    }

    private void removedActivity(String where, Activity a) {
        boolean major = !a.entryPoints().isEmpty() || a.grouping() != null;
        add(where + " removed" + (a.entryPoints().isEmpty() ? "" : " with its " + a.entryPoints().size() + " entry point(s)"),
                major ? Level.MAJOR : Level.MINOR, major ? Rules.ACTIVITY_REMOVED : Rules.TITLES);
    }

    private void activity(String where, Activity a, Activity b) {
        text(where + " title", a.title(), b.title(), Level.MINOR, Rules.TITLES);
        if (a.dimension() != b.dimension()) {
            add(where + ": " + a.dimension().id() + " → " + b.dimension().id(), Level.MINOR, Rules.DIMENSION);
        }
        if (a.minutes() != b.minutes()) {
            add(where + ": " + a.minutes() + " → " + b.minutes() + " minutes", Level.MINOR, Rules.MINUTES);
        }
        wording(where + " description", a.description(), b.description());
        list(where + " material", a.materials(), b.materials(), Level.MINOR, Rules.MATERIALS);
        list(where + " assessed standard", ids(a.assesses()), ids(b.assesses()), Level.MAJOR, Rules.ASSESSMENT);
        list(where + " reflection prompt", prompts(a.reflectionPrompts()), prompts(b.reflectionPrompts()), Level.MINOR, Rules.PROMPTS);
        for (Pairs.Pair<EntryPoint> p : Pairs.match(a.entryPoints(), b.entryPoints(), EntryPoint::label)) {
            if (p.before() == null) {
                add(where + ": entry point " + entry(p.after()) + " added", Level.MINOR, Rules.ADDITIONS);
            } else if (p.after() == null) {
                add(where + ": entry point " + entry(p.before()) + " removed", Level.MAJOR, Rules.ENTRY_REMOVED);
            } else {
                EntryPoint x = p.before();
                EntryPoint y = p.after();
                text(where + ": entry point label", x.label(), y.label(), Level.MINOR, Rules.TITLES);
                if (x.level() != y.level()) {
                    add(where + ": entry point '" + y.label() + "' " + level(x) + " → " + level(y), Level.MAJOR, Rules.ENTRY_LEVEL);
                }
                wording(where + ": entry point '" + y.label() + "' description", x.description(), y.description());
            }
        }
        grouping(where, a.grouping(), b.grouping());
    }

    private void grouping(String where, Grouping a, Grouping b) {
        if (a == null && b == null) {
            return;
        }
        if (b == null) {
            add(where + ": grouping removed (was " + a.size() + ")", Level.MAJOR, Rules.GROUPING_REMOVED);
        } else if (a == null) {
            add(where + ": grouping added (" + b.size() + ")", Level.MINOR, Rules.ADDITIONS);
        } else {
            text(where + ": group size", a.size(), b.size(), Level.MINOR, Rules.GROUPING);
            text(where + ": grouping strategy", a.strategy() == null ? null : a.strategy().toString().toLowerCase(java.util.Locale.ROOT),
                    b.strategy() == null ? null : b.strategy().toString().toLowerCase(java.util.Locale.ROOT), Level.MINOR, Rules.GROUPING);
            list(where + ": role", a.roles().stream().map(Role::name).toList(), b.roles().stream().map(Role::name).toList(),
                    Level.MINOR, Rules.GROUPING);
        }
    }

    private void assessment(Assessment a, Assessment b) {
        if (a == null && b == null) {
            return;
        }
        if (a == null) {
            add("assessment added", Level.MAJOR, Rules.ASSESSMENT);
        } else if (b == null) {
            add("assessment removed", Level.MAJOR, Rules.ASSESSMENT);
        } else {
            if (!Objects.equals(source(a.evidence()), source(b.evidence()))) {
                add("assessment evidence: " + quote(source(a.evidence())) + " → " + quote(source(b.evidence())), Level.MAJOR, Rules.ASSESSMENT);
            }
            list("success criterion", a.successCriteria(), b.successCriteria(), Level.MAJOR, Rules.ASSESSMENT);
            list("assessed standard", ids(a.standards()), ids(b.standards()), Level.MAJOR, Rules.ASSESSMENT);
        }
    }

    /** A move of {@link Rules#SHARE_POINTS} points or more in any dimension's share of the unit's minutes. */
    private void shares(Balance a, Balance b) {
        for (Dimension d : Dimension.values()) {
            long before = a.percent(d);
            long after = b.percent(d);
            if (a.total() > 0 && b.total() > 0 && Math.abs(after - before) >= Rules.SHARE_POINTS) {
                add(d.label() + " share " + before + "% → " + after + "% (" + (after > before ? "+" : "") + (after - before) + " points)",
                        Level.MAJOR, Rules.SHARE);
            }
        }
    }

    /** Items added and removed (kept in their order); an item whose text changed reads as one removed and one added. */
    private void list(String what, List<String> a, List<String> b, Level level, String rule) {
        for (String x : a) {
            if (!b.contains(x)) {
                add(what + " removed: " + quote(x), level, rule);
            }
        }
        for (String x : b) {
            if (!a.contains(x)) {
                add(what + " added: " + quote(x), level, rule);
            }
        }
    }

    private void text(String what, String a, String b, Level level, String rule) {
        if (!Objects.equals(a, b)) {
            add(what + ": " + quote(a) + " → " + quote(b), level, rule);
        }
    }

    private void wording(String what, Markdown a, Markdown b) {
        String x = source(a);
        String y = source(b);
        if (!Objects.equals(x, y)) {
            add(what + (x == null ? " added" : y == null ? " removed" : " reworded: " + quote(x) + " → " + quote(y)),
                    Level.MINOR, Rules.WORDING);
        }
    }

    private void add(String text, Level level, String rule) {
        out.add(new Change(text, level, rule));
    }

    private static String entry(EntryPoint e) {
        return "'" + e.label() + "'" + (e.level() == null ? "" : " (" + e.level().id() + ")");
    }

    private static String level(EntryPoint e) {
        return e.level() == null ? "no level" : e.level().id();
    }

    /** A text as quoted in a report line: at most 60 characters, on one line. */
    static String quote(String s) {
        if (s == null) {
            return "(none)";
        }
        String one = s.strip().replaceAll("\\s+", " ");
        return "'" + (one.length() > 60 ? one.substring(0, 59) + "…" : one) + "'";
    }

    private static String source(Markdown m) {
        return m == null ? null : m.source();
    }

    private static List<String> ids(List<Ref> refs) {
        return refs.stream().map(Ref::id).toList();
    }

    private static List<String> sources(List<Markdown> ms) {
        return ms.stream().map(Markdown::source).toList();
    }

    private static List<String> prompts(List<Prompt> ps) {
        return ps.stream().map(p -> p.kind() == null ? p.text() : p.text() + " (" + p.kind().toString().toLowerCase(java.util.Locale.ROOT) + ")").toList();
    }
}
