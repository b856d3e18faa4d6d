package dev.threefold.core.render.data;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.index.UnitFacts;
import dev.threefold.core.markdown.PlainText;
import dev.threefold.core.model.Activity;
import dev.threefold.core.model.EntryPoint;
import dev.threefold.core.model.Grades;
import dev.threefold.core.model.Lesson;
import dev.threefold.core.model.Markdown;
import dev.threefold.core.model.Prompt;
import dev.threefold.core.model.Role;
import dev.threefold.core.model.Standard;
import dev.threefold.core.model.Unit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.StringJoiner;

/**
 * search/parts/&lt;n&gt;.js: the text of {@link #CHUNK} units (the n-th run of them in browsing order),
 * each part by part with the anchor of its place on the unit page, for the search page's snippets
 * and its links to the lesson or activity that matched. The page loads a file only for the results
 * it shows (the index stores each unit's file number), so the index it loads up front stays small;
 * files of many units keep a site of 10,000 units to 313 more files rather than 10,000. The script
 * calls {@code THREEFOLD_PARTS({id: [[anchor, label, text], ...], ...})}; anchors are those of the
 * default theme's unit page ({@code lesson-2}, {@code lesson-2-activity-1}, {@code provocation},
 * {@code assess-h}, {@code notes-h}), "" for the top of the page.
 */
public final class SearchParts {

    /** Units per file. */
    public static final int CHUNK = 32;

    private SearchParts() {
    }

    /** How many files {@code units} units take. */
    public static int files(int units) {
        return (units + CHUNK - 1) / CHUNK;
    }

    public static String path(int file) {
        return "search/parts/" + file + ".js";
    }

    /** The file holding the units {@code file * CHUNK} to {@code file * CHUNK + CHUNK - 1} of {@code index.units()}. */
    public static byte[] of(int file, SiteIndex index) {
        return of(file, index, u -> parts(u, index));
    }

    /** As {@link #of(int, SiteIndex)}, each unit's parts from {@code parts} (see {@link #parts}). */
    public static byte[] of(int file, SiteIndex index, Function<Unit, List<String[]>> parts) {
        List<Unit> units = index.units();
        ByteArrayOutputStream out = new ByteArrayOutputStream(CHUNK * 4096);
        try {
            out.write("THREEFOLD_PARTS(".getBytes(StandardCharsets.UTF_8));
            try (JsonGenerator g = SafeJson.generator(out)) {
                g.setPrettyPrinter(null);
                g.writeStartObject();
                for (int i = file * CHUNK; i < Math.min(units.size(), (file + 1) * CHUNK); i++) {
                    g.writeFieldName(units.get(i).id());
                    g.writeStartArray();
                    for (String[] p : parts.apply(units.get(i))) {
                        g.writeArray(p, 0, p.length);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            out.write(");\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One unit's parts, each {@code [anchor, label, text]}. */
    public static List<String[]> parts(Unit u, UnitFacts index) {
        List<String[]> parts = new ArrayList<>();
        StringJoiner overview = joiner();
        overview.add(PlainText.of(u.summary()));
        u.bigIdeas().forEach(m -> overview.add(PlainText.of(m)));
        u.essentialQuestions().forEach(overview::add);
        overview.add(u.subject()).add(Grades.label(u.grades()));
        if (u.term() != null) {
            overview.add(u.term());
        }
        u.tags().forEach(overview::add);
        for (Standard s : index.standardsOf(u)) {
            overview.add(s.code() + " " + s.description());
        }
        parts.add(new String[]{"", "Overview", overview.toString()});
        if (u.provocation() != null) {
            parts.add(new String[]{"provocation", "Provocation · " + u.provocation().title(), activity(u.provocation())});
        }
        int n = 0;
        for (Lesson l : u.lessons()) {
            n++;
            StringJoiner head = joiner();
            head.add(l.title());
            l.objectives().forEach(head::add);
            l.reflectionPrompts().forEach(p -> head.add(p.text()));
            parts.add(new String[]{"lesson-" + n, "Lesson " + n + " · " + l.title(), head.toString()});
            int m = 0;
            for (Activity a : l.activities()) {
                m++;
                parts.add(new String[]{"lesson-" + n + "-activity-" + m, "Lesson " + n + " · " + a.title(), activity(a)});
            }
        }
        if (u.assessment() != null) {
            StringJoiner assessment = joiner();
            plain(assessment, u.assessment().evidence());
            u.assessment().successCriteria().forEach(assessment::add);
            parts.add(new String[]{"assess-h", "Assessment", assessment.toString()});
        }
        if (u.teacherNotes() != null || !u.teacherReflection().isEmpty()) {
            StringJoiner notes = joiner();
            plain(notes, u.teacherNotes());
            u.teacherReflection().forEach(notes::add);
            parts.add(new String[]{"notes-h", "Teacher notes", notes.toString()});
        }
        return parts;
    }

    private static String activity(Activity a) {
        StringJoiner text = joiner();
        text.add(a.title());
        plain(text, a.studentText());
        plain(text, a.description());
        for (EntryPoint e : a.entryPoints()) {
            text.add(e.label() + ": " + PlainText.of(e.description()));
        }
        if (a.grouping() != null) {
            for (Role r : a.grouping().roles()) {
                text.add(r.description() == null ? r.name() : r.name() + ": " + r.description());
            }
        }
        a.materials().forEach(text::add);
        for (Prompt p : a.reflectionPrompts()) {
            text.add(p.text());
        }
        return text.toString();
    }

    private static StringJoiner joiner() {
        return new StringJoiner(" · ").setEmptyValue("");
    }

    private static void plain(StringJoiner text, Markdown m) {
        if (m != null) {
            text.add(PlainText.of(m));
        }
    }
}
