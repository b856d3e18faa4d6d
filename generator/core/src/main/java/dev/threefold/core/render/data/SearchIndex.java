package dev.threefold.core.render.data;

import dev.threefold.core.markdown.PlainText;
import dev.threefold.core.model.Grades;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.index.UnitFacts;
import dev.threefold.core.model.Activity;
import dev.threefold.core.model.EntryPoint;
import dev.threefold.core.model.Lesson;
import dev.threefold.core.model.Markdown;
import dev.threefold.core.model.Prompt;
import dev.threefold.core.model.Ref;
import dev.threefold.core.model.Role;
import dev.threefold.core.model.Standard;
import dev.threefold.core.model.Unit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * search/index.js: one record per unit for the browser's search library.
 * A script rather than JSON because browsers do not fetch files next to a
 * page opened from file://, but do run its scripts. Each unit's words are
 * deduplicated and lower-cased, which keeps the index small.
 */
public final class SearchIndex {

    private SearchIndex() {
    }

    public static byte[] of(SiteIndex index) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        write(index, out);
        return out.toByteArray();
    }

    /** Streams the index into {@code out} and closes it: at 10,000 units it is several megabytes. */
    public static void write(SiteIndex index, OutputStream out) {
        write(index, u -> record(u, index), out);
    }

    /** As {@link #write(SiteIndex, OutputStream)}, each unit's record from {@code records} (see {@link #record}). */
    public static void write(SiteIndex index, Function<Unit, byte[]> records, OutputStream out) {
        try (out) {
            UnitRecords.write(index.units(), records, "window.THREEFOLD_SEARCH = ".getBytes(StandardCharsets.UTF_8),
                    ";\n".getBytes(StandardCharsets.UTF_8), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One unit's search record, compact JSON. */
    public static byte[] record(Unit u, UnitFacts index) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (JsonGenerator g = SafeJson.generator(out)) {
            g.setPrettyPrinter(null);
            g.writeStartObject();
            g.writeStringField("id", u.id());
            g.writeStringField("url", index.unitUrl(u));
            g.writeStringField("title", u.title());
            g.writeStringField("meta", Grades.label(u.grades()) + " · " + u.subject()
                    + (u.term() == null ? "" : " · " + u.term()));
            g.writeStringField("summary", PlainText.of(u.summary(), 200));
            g.writeStringField("tags", String.join(" ", u.tags()));
            g.writeStringField("standards", String.join(" ", u.standards().stream().map(Ref::id).toList()));
            g.writeStringField("text", words(u, index));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Every searchable word of the unit once: summaries, activities, entry points, roles, prompts, standards. */
    static String words(Unit u, UnitFacts index) {
        WordSet words = new WordSet();
        add(words, u.summary());
        u.bigIdeas().forEach(m -> add(words, m));
        u.essentialQuestions().forEach(words::add);
        u.tags().forEach(words::add);
        for (Standard s : index.standardsOf(u)) {
            words.add(s.code());
            words.add(s.description());
        }
        for (Activity a : u.allActivities()) {
            activity(words, a);
        }
        for (Lesson l : u.lessons()) {
            words.add(l.title());
            l.objectives().forEach(words::add);
            l.reflectionPrompts().forEach(p -> words.add(p.text()));
        }
        if (u.assessment() != null) {
            add(words, u.assessment().evidence());
            u.assessment().successCriteria().forEach(words::add);
        }
        return words.joined();
    }

    private static void activity(WordSet words, Activity a) {
        words.add(a.title());
        add(words, a.description());
        for (EntryPoint e : a.entryPoints()) {
            words.add(e.label());
            add(words, e.description());
        }
        if (a.grouping() != null) {
            for (Role r : a.grouping().roles()) {
                words.add(r.name());
                words.add(r.description());
            }
        }
        a.materials().forEach(words::add);
        for (Prompt p : a.reflectionPrompts()) {
            words.add(p.text());
        }
    }

    private static void add(WordSet words, Markdown m) {
        if (m != null) {
            words.add(m.source());
        }
    }
}
