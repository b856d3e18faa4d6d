package dev.threefold.core.index;

import dev.threefold.core.model.Slugs;
import dev.threefold.core.model.Curriculum;
import dev.threefold.core.model.Framework;
import dev.threefold.core.model.Initiative;
import dev.threefold.core.model.Norm;
import dev.threefold.core.model.Ref;
import dev.threefold.core.model.Standard;
import dev.threefold.core.model.Unit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every cross-reference the pages need, built in one pass over the units:
 * units by id, tag, norm and initiative; student units by grade, subject and
 * standard (professional learning is apart: educator units are filed under the
 * student units they serve); who follows whom; and the URL
 * of every page (site-root-relative, e.g. {@code units/fractions/}). Valid
 * content only: all references resolve.
 */
public final class SiteIndex implements UnitFacts {

    private final Curriculum curriculum;
    private final List<Framework> frameworks;
    private final List<Unit> units;
    private final List<Unit> studentUnits = new ArrayList<>();
    private final List<Unit> educatorUnits = new ArrayList<>();
    private final Map<String, List<Unit>> servedBy = new HashMap<>();
    private final Map<String, List<Unit>> byNorm = new LinkedHashMap<>();
    private final Map<String, List<Unit>> byInitiative = new LinkedHashMap<>();
    private final Map<String, Unit> byId = new HashMap<>();
    private final Map<String, List<Unit>> byGrade = new LinkedHashMap<>();
    private final Map<String, List<Unit>> bySubject = new LinkedHashMap<>();
    private final Map<String, List<Unit>> byTag = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, List<Unit>> byStandard = new HashMap<>();
    private final Map<String, List<Unit>> followers = new HashMap<>();
    private final Map<String, Standard> standards = new HashMap<>();
    private final Map<String, Norm> norms = new HashMap<>();
    private final Map<String, Initiative> initiatives = new HashMap<>();
    private final Map<String, String> gradeSlugs;
    private final Map<String, String> subjectSlugs;
    private final Map<String, String> tagSlugs;
    private final Map<String, Integer> gradeRank;
    private final Map<String, Integer> termRank;
    /** Unit file (under the content folder) → time of the last commit that changed it; empty outside git. */
    private final Map<String, Instant> lastChanged;
    /** Each unit's run: the units of its first grade, subject and audience, in teaching order. */
    private final Map<String, List<Unit>> runs = new HashMap<>();

    public SiteIndex(Curriculum curriculum, List<Framework> frameworks, List<Unit> units) {
        this(curriculum, frameworks, units, Map.of());
    }

    /** @param lastChanged unit file → time of the last commit that changed it (see {@link #lastUpdated}) */
    public SiteIndex(Curriculum curriculum, List<Framework> frameworks, List<Unit> units, Map<String, Instant> lastChanged) {
        this.curriculum = curriculum;
        this.lastChanged = lastChanged;
        this.frameworks = frameworks.stream().sorted(Comparator.comparing(Framework::id)).toList();
        for (Framework f : this.frameworks) {
            f.standards().forEach(s -> standards.put(s.key(), s));
        }
        curriculum.norms().forEach(n -> norms.put(n.id(), n));
        curriculum.initiatives().forEach(i -> initiatives.put(i.id(), i));
        curriculum.norms().forEach(n -> byNorm.put(n.id(), new ArrayList<>()));
        curriculum.initiatives().forEach(i -> byInitiative.put(i.id(), new ArrayList<>()));
        // Work on each unit is a method call of its own, here and below: a method called 10,000 times
        // is compiled after a few hundred calls, while a loop in a method called once is interpreted
        // to its end (at 10,000 units: 0.12-0.15 s of a rebuild's main thread before, 0.08-0.12 s after).
        Set<String> grades = new HashSet<>();
        Set<String> subjects = new HashSet<>();
        units.forEach(u -> noteGradesAndSubject(u, grades, subjects));
        List<String> gradeOrder = order(curriculum.grades(), grades);
        List<String> subjectOrder = order(curriculum.subjects(), subjects);
        this.gradeRank = rank(gradeOrder);
        Map<String, Integer> subjectRank = rank(subjectOrder);
        this.termRank = rank(curriculum.terms());
        // Each unit's place is worked out once, not in every one of the sort's 140,000 comparisons at 10,000 units.
        List<Place> places = new ArrayList<>(units.size());
        units.forEach(u -> places.add(place(u, subjectRank)));
        places.sort(null);
        List<Unit> sorted = new ArrayList<>(places.size());
        places.forEach(p -> sorted.add(p.unit()));
        this.units = Collections.unmodifiableList(sorted);
        gradeOrder.forEach(g -> byGrade.put(g, new ArrayList<>()));
        subjectOrder.forEach(s -> bySubject.put(s, new ArrayList<>()));
        this.units.forEach(this::add);
        this.units.forEach(u -> runs.computeIfAbsent(runKey(u), k -> new ArrayList<>()).add(u));
        byGrade.values().removeIf(List::isEmpty);
        bySubject.values().removeIf(List::isEmpty);
        gradeSlugs = Slugs.assign(byGrade.keySet());
        subjectSlugs = Slugs.assign(bySubject.keySet());
        tagSlugs = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        tagSlugs.putAll(Slugs.assign(byTag.keySet()));
    }

    /** Grades and subjects are the students': professional learning has a section of its own. */
    private static void noteGradesAndSubject(Unit u, Set<String> grades, Set<String> subjects) {
        if (u.isForEducators()) {
            return;
        }
        grades.addAll(u.grades());
        subjects.add(u.subject());
    }

    private Place place(Unit u, Map<String, Integer> subjectRank) {
        int term = termRank(u);
        return new Place(u, gradeRank(u), subjectRank.getOrDefault(u.subject(), 0), term < 0 ? Integer.MAX_VALUE : term,
                u.sequence() == null ? Integer.MAX_VALUE : u.sequence());
    }

    /**
     * Files {@code u} under its id, tags, norms and initiatives, and as a follower of its prerequisites;
     * a student unit under its grades, subject and standards, an educator unit under the units it serves.
     */
    private void add(Unit u) {
        byId.put(u.id(), u);
        if (u.isForEducators()) {
            educatorUnits.add(u);
            for (Ref s : u.serves()) {
                servedBy.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(u);
            }
        } else {
            studentUnits.add(u);
            for (String g : u.grades()) {
                byGrade.get(g).add(u);
            }
            bySubject.get(u.subject()).add(u);
            for (Ref s : u.standards()) {
                byStandard.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(u);
            }
        }
        for (String t : tagsOnce(u.tags())) {
            byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(u);
        }
        for (Ref n : u.norms()) {
            byNorm.get(n.id()).add(u);
        }
        for (Ref i : u.initiatives()) {
            byInitiative.get(i.id()).add(u);
        }
        for (Ref p : u.prerequisites()) {
            followers.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(u);
        }
    }

    /**
     * A unit's tags, each once whatever its case: "Fractions" and "fractions" are one tag page,
     * which lists the unit once (under the spelling that sorts first, as before).
     */
    private static Set<String> tagsOnce(List<String> tags) {
        Set<String> once = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        once.addAll(new TreeSet<>(tags));
        return once;
    }

    /** A unit with its ranks; sorted in browsing order: grade, subject, term, sequence, title, id. */
    private record Place(Unit unit, int grade, int subject, int term, int sequence) implements Comparable<Place> {
        @Override
        public int compareTo(Place o) {
            int c = Integer.compare(grade, o.grade);
            if (c == 0) {
                c = Integer.compare(subject, o.subject);
            }
            if (c == 0) {
                c = Integer.compare(term, o.term);
            }
            if (c == 0) {
                c = Integer.compare(sequence, o.sequence);
            }
            if (c == 0) {
                c = unit.title().compareTo(o.unit.title());
            }
            return c != 0 ? c : unit.id().compareTo(o.unit.id());
        }
    }

    /** The curriculum's own order first, then anything else in natural order. */
    private static List<String> order(List<String> declared, Set<String> used) {
        List<String> out = new ArrayList<>(declared);
        new TreeSet<>(used).stream().filter(s -> !out.contains(s)).forEach(out::add);
        return out;
    }

    private static Map<String, Integer> rank(List<String> order) {
        Map<String, Integer> r = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            r.putIfAbsent(order.get(i), i);
        }
        return r;
    }

    /** Position of the unit's first grade in the curriculum's grade order. */
    public int gradeRank(Unit u) {
        int min = Integer.MAX_VALUE;
        for (String g : u.grades()) {
            min = Math.min(min, gradeRank.getOrDefault(g, 0));
        }
        return u.grades().isEmpty() ? 0 : min;
    }

    /** Position of the unit's term in curriculum.terms, or -1 when it has none or an unlisted one. */
    public int termRank(Unit u) {
        return u.term() == null ? -1 : termRank.getOrDefault(u.term(), -1);
    }

    /**
     * Why prerequisite {@code p} of unit {@code u} is taught after it ("prerequisite is taught in a later
     * grade" or "... term"), or null when it is not.
     */
    public String taughtLater(Unit p, Unit u) {
        if (gradeRank(p) > gradeRank(u)) {
            return "prerequisite is taught in a later grade";
        }
        if (gradeRank(p) == gradeRank(u) && termRank(p) > termRank(u) && termRank(u) >= 0) {
            return "prerequisite is taught in a later term";
        }
        return null;
    }

    /**
     * The date (UTC, {@code 2026-04-02}) of the last commit that changed the unit's file, or null
     * when the content is not in git or the file was never committed.
     */
    public String lastUpdated(Unit u) {
        Instant t = lastChanged.get(u.sourcePath());
        return t == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(t.atOffset(ZoneOffset.UTC));
    }

    /** The page that edits the unit's file in curriculum.yaml's {@code repository}, or null without one. */
    public String editUrl(Unit u) {
        return curriculum.repository() == null ? null : curriculum.repository().editUrl(u.sourcePath());
    }

    @Override
    public Curriculum curriculum() {
        return curriculum;
    }

    @Override
    public List<Framework> frameworks() {
        return frameworks;
    }

    /** Every unit, for students and for educators, in browsing order: grade, subject, term, sequence, title. */
    public List<Unit> units() {
        return units;
    }

    /** The units for students, in browsing order: what grade and subject lists, and every report but one, count. */
    public List<Unit> studentUnits() {
        return studentUnits;
    }

    /** The professional learning units, in browsing order. */
    public List<Unit> educatorUnits() {
        return educatorUnits;
    }

    /**
     * Whether the site has professional learning, for the navigation every page shows: a page
     * that asks only this renders again in the preview only when the answer changes, not on
     * every edit of an educator unit.
     */
    public boolean hasProfessionalLearning() {
        return !educatorUnits.isEmpty();
    }

    /** The professional learning units that list {@code u} in {@code serves}. */
    public List<Unit> servedBy(Unit u) {
        return servedBy.getOrDefault(u.id(), List.of());
    }

    /** The student units an educator unit serves. */
    public List<Unit> served(Unit u) {
        return u.serves().stream().map(r -> byId.get(r.id())).toList();
    }

    /** The units practising each norm (student and educator), by norm id in curriculum order. */
    public Map<String, List<Unit>> byNorm() {
        return byNorm;
    }

    /** The units carrying each initiative (student and educator), by initiative id in curriculum order. */
    public Map<String, List<Unit>> byInitiative() {
        return byInitiative;
    }

    public Norm norm(String id) {
        return norms.get(id);
    }

    public Initiative initiative(String id) {
        return initiatives.get(id);
    }

    public Unit unit(String id) {
        return byId.get(id);
    }

    public Standard standard(String key) {
        return standards.get(key);
    }

    public Map<String, List<Unit>> byGrade() {
        return byGrade;
    }

    public Map<String, List<Unit>> bySubject() {
        return bySubject;
    }

    public Map<String, List<Unit>> byTag() {
        return byTag;
    }

    public List<Unit> citing(Standard s) {
        return byStandard.getOrDefault(s.key(), List.of());
    }

    /** Units that list {@code u} as a prerequisite. */
    public List<Unit> followers(Unit u) {
        return followers.getOrDefault(u.id(), List.of());
    }

    /** The unit taught before {@code u} in its grade and subject (the same audience), or null when it comes first. */
    public Unit previousInSequence(Unit u) {
        List<Unit> run = runs.getOrDefault(runKey(u), List.of());
        int i = run.indexOf(u);
        return i > 0 ? run.get(i - 1) : null;
    }

    /** The unit taught after {@code u} in its grade and subject (the same audience), or null when it comes last. */
    public Unit nextInSequence(Unit u) {
        List<Unit> run = runs.getOrDefault(runKey(u), List.of());
        int i = run.indexOf(u);
        return i >= 0 && i + 1 < run.size() ? run.get(i + 1) : null;
    }

    private static String runKey(Unit u) {
        return (u.grades().isEmpty() ? "" : u.grades().get(0)) + "\n" + u.subject() + "\n" + u.audience();
    }

    /** Every grade, subject and tag with its URL slug: what a link to a list page depends on. */
    public String slugs() {
        return gradeSlugs + "|" + subjectSlugs + "|" + tagSlugs;
    }

    public List<Unit> prerequisites(Unit u) {
        return u.prerequisites().stream().map(r -> byId.get(r.id())).toList();
    }

    @Override
    public List<Standard> standardsOf(Unit u) {
        return u.standards().stream().map(r -> standards.get(r.id())).toList();
    }

    /** The standards that any of {@code units} cites, each once, by framework and then in the framework's order. */
    public List<Standard> standardsOfAll(List<Unit> units) {
        Set<String> cited = new HashSet<>();
        units.forEach(u -> u.standards().forEach(r -> cited.add(r.id())));
        List<Standard> out = new ArrayList<>();
        for (Framework f : frameworks) {
            f.standards().stream().filter(s -> cited.contains(s.key())).forEach(out::add);
        }
        return out;
    }

    public List<Norm> normsOf(Unit u) {
        return u.norms().stream().map(r -> norms.get(r.id())).toList();
    }

    public List<Initiative> initiativesOf(Unit u) {
        return u.initiatives().stream().map(r -> initiatives.get(r.id())).toList();
    }

    // URLs, relative to the site root; pages prefix them with their own path to the root.
    // They name index.html explicitly: a folder link opens a file listing, not the page, under file://.

    @Override
    public String unitUrl(Unit u) {
        return "units/".concat(u.id()).concat("/index.html");
    }

    /**
     * The page to project or print for the class: no teacher notes. Two folders
     * deep like the unit page, so the unit's rendered markdown links work there too.
     */
    @Override
    public String studentUrl(Unit u) {
        return "student/".concat(u.id()).concat("/index.html");
    }

    /** The professional learning section. */
    public String learningUrl() {
        return "learning/index.html";
    }

    /** A norm's page; norm and initiative ids are already URL-safe. */
    public String normUrl(Norm n) {
        return "norms/" + n.id() + "/index.html";
    }

    public String initiativeUrl(Initiative i) {
        return "initiatives/" + i.id() + "/index.html";
    }

    public String gradeUrl(String grade) {
        return "grades/" + gradeSlugs.get(grade) + "/index.html";
    }

    public String subjectUrl(String subject) {
        return "subjects/" + subjectSlugs.get(subject) + "/index.html";
    }

    public String tagUrl(String tag) {
        return "tags/" + tagSlugs.get(tag) + "/index.html";
    }

    public String frameworkUrl(Framework f) {
        return "standards/" + f.id() + "/index.html";
    }

    /** A standard's anchor on its framework page. */
    @Override
    public String standardUrl(Standard s) {
        return "standards/" + s.framework() + "/index.html#" + Slugs.slug(s.code());
    }

    public String standardAnchor(Standard s) {
        return Slugs.slug(s.code());
    }
}
