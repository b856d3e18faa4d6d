package dev.threefold.core.bind;

import dev.threefold.core.diag.Diagnostics;
import dev.threefold.core.load.Node;
import dev.threefold.core.load.Node.ScalarNode;
import dev.threefold.core.load.Node.ScalarType;
import dev.threefold.core.model.Activity;
import dev.threefold.core.model.Assessment;
import dev.threefold.core.model.Audience;
import dev.threefold.core.model.Curriculum;
import dev.threefold.core.model.Dimension;
import dev.threefold.core.model.EntryPoint;
import dev.threefold.core.model.Grouping;
import dev.threefold.core.model.Lesson;
import dev.threefold.core.model.Level;
import dev.threefold.core.model.Markdown;
import dev.threefold.core.model.Need;
import dev.threefold.core.model.Support;
import dev.threefold.core.model.Prompt;
import dev.threefold.core.model.PromptKind;
import dev.threefold.core.model.Ref;
import dev.threefold.core.model.Role;
import dev.threefold.core.model.Strategy;
import dev.threefold.core.model.Unit;
import dev.threefold.core.markdown.MarkdownRenderer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One unit file → {@link Unit}, checking everything that one file can tell:
 * keys, types, values, and grade / subject / term against curriculum.yaml.
 * References to other files are checked later, once everything is bound.
 * Markdown is rendered for pages two folders deep ({@code units/<id>/}).
 */
public final class UnitBinder {

    /** Pages that show unit markdown are two folders below the site root. */
    public static final String UNIT_PAGE_ROOT = "../../";

    private static final Pattern SIZE_RANGE = Pattern.compile("\\s*(\\d{1,3})\\s*[-–]\\s*(\\d{1,3})\\s*");
    private static final Pattern STANDARD_REF = Pattern.compile("[a-z0-9-]+:\\S+");

    private final MarkdownRenderer markdown;

    public UnitBinder(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /**
     * @param curriculum the bound curriculum, or null when it failed (its lists are then not checked)
     * @return the unit, or null when it is too broken to index
     */
    public Unit bind(Node root, String sourcePath, Curriculum curriculum, Set<String> assets, Diagnostics d) {
        Fields f = new Fields(root, "", Keys.UNIT, d);
        List<Ref> unitLinks = new ArrayList<>();
        MarkdownField md = new MarkdownField(markdown, sourcePath, UNIT_PAGE_ROOT, assets, unitLinks);

        String id = unitId(f, sourcePath, d);
        String title = f.string("title", true);
        String subject = f.string("subject", true);
        List<String> grades = grades(f, d);
        Audience audience = f.choice("audience", Audience.class, false);
        String term = f.string("term", false);
        Integer sequence = f.integer("sequence", 0, 1_000_000, false);
        Markdown summary = md.read(f, "summary", true);

        if (curriculum != null) {
            checkListed(f, "subject", subject == null ? List.of() : List.of(subject), curriculum.subjects(), "subjects", d);
            checkListed(f, "grade", grades, curriculum.grades(), "grades", d);
            checkListed(f, "term", term == null ? List.of() : List.of(term), curriculum.terms(), "terms", d);
        }

        List<Markdown> bigIdeas = f.each("big_ideas", false, 0, (n, p) -> {
            String s = f.asString(n, p);
            return s == null ? null : md.render(s, n.at(), p, d);
        });
        List<Ref> standards = standardRefs(f, "standards", d);
        Activity provocation = f.node("provocation").map(n -> activity(n, "provocation", true, md, d)).orElse(null);
        List<Lesson> lessons = f.each("lessons", true, 1, (n, p) -> lesson(n, p, md, d));
        Assessment assessment = f.node("assessment").map(n -> {
            Fields a = new Fields(n, "assessment", Keys.ASSESSMENT, d);
            return new Assessment(md.read(a, "evidence", false), a.strings("success_criteria"), standardRefs(a, "standards", d));
        }).orElse(null);

        List<String> essentialQuestions = f.strings("essential_questions");
        List<Ref> prerequisites = refs(f, "prerequisites", d);
        List<String> tags = f.strings("tags");
        List<Ref> norms = refs(f, "norms", d);
        List<Ref> initiatives = refs(f, "initiatives", d);
        List<Ref> serves = refs(f, "serves", d);
        if (!serves.isEmpty() && audience != Audience.EDUCATORS) {
            d.error("serves-not-allowed", f.at("serves"), "serves",
                    "`serves` names the student units a professional learning unit supports, and this unit is for students",
                    "add `audience: educators`, or remove `serves`");
        }
        Markdown teacherNotes = md.read(f, "teacher_notes", false);
        Unit unit = new Unit(id, title, subject, grades, audience == null ? Audience.STUDENTS : audience, term, sequence,
                standards, prerequisites, tags, norms, initiatives, summary, bigIdeas, essentialQuestions, provocation,
                assessment, teacherNotes, f.strings("teacher_reflection"), lessons, serves, sourcePath, f.at(),
                List.copyOf(unitLinks));
        return id == null || title == null || subject == null || grades.isEmpty() ? null : unit;
    }

    private static String unitId(Fields f, String sourcePath, Diagnostics d) {
        String explicit = f.string("id", false);
        if (explicit != null) {
            if (!CurriculumBinder.ID.matcher(explicit).matches()) {
                d.error("bad-id", f.at("id"), "id", "unit id \"" + explicit + "\" is not of the form [a-z0-9][a-z0-9-]*",
                        "write e.g. `id: " + CurriculumBinder.slugLike(explicit) + "`");
                return null;
            }
            return explicit;
        }
        String name = idFromFileName(sourcePath);
        if (!CurriculumBinder.ID.matcher(name).matches()) {
            d.error("bad-file-name", f.at(), "id", "file name \"" + name + "\" is not a valid unit id",
                    "rename the file to `" + CurriculumBinder.slugLike(name) + ".yaml` or add `id: "
                            + CurriculumBinder.slugLike(name) + "`");
            return null;
        }
        return name;
    }

    /** The id a unit file gets when it gives none: its name without {@code .yaml}. */
    public static String idFromFileName(String sourcePath) {
        String name = sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
        return name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
    }

    /** A number means its decimal text: {@code grade: 3} and {@code grade: "3"} are the same grade. */
    private static List<String> grades(Fields f, Diagnostics d) {
        var n = f.node("grade");
        if (n.isEmpty()) {
            f.missing("grade", "add `grade: 3` (or a list, e.g. `grade: [3, 4]`)");
            return List.of();
        }
        if (n.get() instanceof Node.ListNode l) {
            if (l.items().isEmpty()) {
                d.error("too-few", l.at(), "grade", "expected at least one grade", "write e.g. `grade: [3, 4]`");
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < l.items().size(); i++) {
                String g = f.asString(l.items().get(i), "grade[" + i + "]");
                if (g != null && !out.contains(g)) {
                    out.add(g);
                }
            }
            return List.copyOf(out);
        }
        String g = f.asString(n.get(), "grade");
        return g == null ? List.of() : List.of(g);
    }

    private static void checkListed(Fields f, String key, List<String> values, List<String> allowed, String listName,
                                    Diagnostics d) {
        if (allowed.isEmpty()) {
            return;
        }
        for (String v : values) {
            if (!allowed.contains(v)) {
                String near = Suggest.didYouMean(v, allowed);
                d.error("not-in-curriculum", f.at(key), key, "\"" + v + "\" is not one of curriculum.yaml's " + listName,
                        (near.isEmpty() ? "" : near + " ") + "allowed: " + String.join(", ", allowed));
            }
        }
    }

    /** References to standards, each checked to be written {@code framework:code} (that it exists is checked later). */
    private static List<Ref> standardRefs(Fields f, String key, Diagnostics d) {
        List<Ref> refs = refs(f, key, d);
        for (Ref r : refs) {
            if (!STANDARD_REF.matcher(r.id()).matches()) {
                d.error("bad-reference", r.at(), r.keyPath(), "expected `framework:code`, got \"" + r.id() + "\"",
                        "cite a standard as e.g. `ccss-math:3.NF.A.1`");
            }
        }
        return refs;
    }

    private static List<Ref> refs(Fields f, String key, Diagnostics d) {
        List<Node> items = f.list(key, false, 0);
        List<Ref> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String p = f.item(key, i);
            String s = f.asString(items.get(i), p);
            if (s != null) {
                out.add(new Ref(s, items.get(i).at(), p));
            }
        }
        return List.copyOf(out);
    }

    private Lesson lesson(Node n, String path, MarkdownField md, Diagnostics d) {
        Fields f = new Fields(n, path, Keys.LESSON, d);
        String title = f.string("title", true);
        List<Activity> activities = f.each("activities", true, 1, (a, p) -> activity(a, p, false, md, d));
        return new Lesson(title == null ? "" : title, f.strings("objectives"), activities,
                prompts(f, "reflection_prompts", d), f.at(), path);
    }

    private Activity activity(Node n, String path, boolean isProvocation, MarkdownField md, Diagnostics d) {
        Fields f = new Fields(n, path, Keys.ACTIVITY, d);
        String title = f.string("title", true);
        Dimension dimension;
        if (isProvocation) {
            dimension = f.has("dimension") ? f.choice("dimension", Dimension.class, false) : Dimension.COLLECTIVE;
            if (dimension != null && dimension != Dimension.COLLECTIVE) {
                d.error("wrong-value", f.at("dimension"), f.join("dimension"),
                        "a provocation is class-wide, so its dimension must be collective, got " + dimension.id(),
                        "write `dimension: collective` or leave it out");
                dimension = Dimension.COLLECTIVE;
            }
        } else {
            dimension = f.choice("dimension", Dimension.class, true);
        }
        Integer minutes = f.integer("minutes", 1, 600, true);
        Markdown description = md.read(f, "description", false);
        Markdown studentText = md.read(f, "student_text", false);
        List<EntryPoint> entryPoints = f.each("entry_points", false, 0, (e, p) -> {
            Fields ef = new Fields(e, p, Keys.ENTRY_POINT, d);
            String label = ef.string("label", true);
            Level level = ef.choice("level", Level.class, false);
            Markdown desc = md.read(ef, "description", true);
            return label == null ? null : new EntryPoint(label, level, desc);
        });
        Grouping grouping = null;
        if (f.has("grouping")) {
            if (dimension != null && dimension != Dimension.SMALL_GROUP) {
                d.error("grouping-not-allowed", f.at("grouping"), f.join("grouping"),
                        "grouping is only for small_group activities, and this one is " + dimension.id(),
                        "remove `grouping`, or change `dimension` to small_group");
            } else {
                grouping = grouping(f.node("grouping").orElseThrow(), f.join("grouping"), d);
            }
        } else if (dimension == Dimension.SMALL_GROUP) {
            d.error("grouping-missing", f.at(), f.join("grouping"), "a small_group activity needs a grouping",
                    "add `grouping: {size: \"3-4\", strategy: heterogeneous, roles: [facilitator, recorder]}`");
        }
        List<String> materials = f.strings("materials");
        List<Prompt> prompts = prompts(f, "reflection_prompts", d);
        List<Ref> assesses = standardRefs(f, "assesses", d);
        List<Support> supports = f.each("supports", false, 0, (s, p) -> {
            Fields sf = new Fields(s, p, Keys.SUPPORT, d);
            String forWhom = sf.string("for", true);
            Markdown desc = md.read(sf, "description", true);
            return forWhom == null || desc == null ? null : new Support(forWhom, desc);
        });
        List<Need> needs = needs(f);
        if (title == null || dimension == null || minutes == null) {
            return null;
        }
        return new Activity(title, dimension, minutes, description, studentText, entryPoints, grouping, materials, prompts,
                assesses, supports, needs, f.at(), path);
    }

    /** Each need once, in the contract's order, whatever order (or repetition) it is written in. */
    private static List<Need> needs(Fields f) {
        List<Node> items = f.list("needs", false, 0);
        EnumSet<Need> needs = EnumSet.noneOf(Need.class);
        for (int i = 0; i < items.size(); i++) {
            Need n = f.asChoice(items.get(i), f.item("needs", i), Need.class);
            if (n != null) {
                needs.add(n);
            }
        }
        return List.copyOf(needs);
    }

    private static Grouping grouping(Node n, String path, Diagnostics d) {
        Fields f = new Fields(n, path, Keys.GROUPING, d);
        int min = 0;
        int max = 0;
        String size = null;
        var sizeNode = f.node("size");
        if (sizeNode.isEmpty()) {
            f.missing("size", "add `size: 4` or a range such as `size: \"3-4\"`");
        } else if (sizeNode.get() instanceof ScalarNode s && s.type() == ScalarType.INT && s.text().matches("\\d{1,3}")
                && Integer.parseInt(s.text()) >= 1) {
            min = max = Integer.parseInt(s.text());
            size = s.text();
        } else {
            Matcher m = sizeNode.get() instanceof ScalarNode s && s.type() == ScalarType.STRING
                    ? SIZE_RANGE.matcher(s.text()) : null;
            if (m != null && m.matches() && Integer.parseInt(m.group(1)) >= 1
                    && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2))) {
                min = Integer.parseInt(m.group(1));
                max = Integer.parseInt(m.group(2));
                size = min + "–" + max;
            } else {
                d.error("wrong-value", sizeNode.get().at(), f.join("size"),
                        "expected a group size (an integer or a range such as \"3-4\"), got " + Fields.describe(sizeNode.get()),
                        "write `size: 4` or `size: \"3-4\"`");
            }
        }
        Strategy strategy = f.choice("strategy", Strategy.class, false);
        List<Role> roles = f.each("roles", false, 0, (r, p) -> {
            if (r instanceof ScalarNode || ColonText.ofItem(r, Keys.ROLE) != null) {
                String name = f.asString(r, p);
                return name == null ? null : new Role(name, null);
            }
            Fields rf = new Fields(r, p, Keys.ROLE, d);
            String name = rf.string("name", true);
            return name == null ? null : new Role(name, rf.string("description", false));
        });
        return size == null ? null : new Grouping(size, min, max, strategy, roles);
    }

    private static List<Prompt> prompts(Fields f, String key, Diagnostics d) {
        return f.each(key, false, 0, (n, p) -> {
            if (n instanceof ScalarNode || ColonText.ofItem(n, Keys.PROMPT) != null) {
                String text = f.asString(n, p);
                return text == null ? null : new Prompt(text, null);
            }
            Fields pf = new Fields(n, p, Keys.PROMPT, d);
            String text = pf.string("prompt", true);
            PromptKind kind = pf.choice("kind", PromptKind.class, false);
            return text == null ? null : new Prompt(text, kind);
        });
    }
}
