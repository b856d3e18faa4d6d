package dev.threefold.core.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.threefold.core.index.SiteIndex;
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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

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
        return of(index, UnitRecords.NONE);
    }

    /** As {@link #of(SiteIndex)}, taking unchanged unit records from the previous build. */
    static byte[] of(SiteIndex index, UnitRecords.Reuse reuse) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        UnitRecords.write(index.units(), u -> record(u, index), "window.THREEFOLD_SEARCH = ".getBytes(StandardCharsets.UTF_8),
                ";\n".getBytes(StandardCharsets.UTF_8), out, reuse);
        return out.toByteArray();
    }

    /** One unit's search record, compact JSON. */
    static byte[] record(Unit u, SiteIndex index) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (JsonGenerator g = SafeJson.generator(out)) {
            g.setPrettyPrinter(null);
            g.writeStartObject();
            g.writeStringField("id", u.id());
            g.writeStringField("url", index.unitUrl(u));
            g.writeStringField("title", u.title());
            g.writeStringField("meta", new Helpers().grades(u.grades()) + " · " + u.subject()
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
    static String words(Unit u, SiteIndex index) {
        Set<String> words = new LinkedHashSet<>();
        add(words, u.summary());
        u.bigIdeas().forEach(m -> add(words, m));
        u.essentialQuestions().forEach(s -> add(words, s));
        u.tags().forEach(s -> add(words, s));
        for (Standard s : index.standardsOf(u)) {
            add(words, s.code());
            add(words, s.description());
        }
        for (Activity a : u.allActivities()) {
            activity(words, a);
        }
        for (Lesson l : u.lessons()) {
            add(words, l.title());
            l.objectives().forEach(s -> add(words, s));
            l.reflectionPrompts().forEach(p -> add(words, p.text()));
        }
        if (u.assessment() != null) {
            add(words, u.assessment().evidence());
            u.assessment().successCriteria().forEach(s -> add(words, s));
        }
        return String.join(" ", words);
    }

    private static void activity(Set<String> words, Activity a) {
        add(words, a.title());
        add(words, a.description());
        for (EntryPoint e : a.entryPoints()) {
            add(words, e.label());
            add(words, e.description());
        }
        if (a.grouping() != null) {
            for (Role r : a.grouping().roles()) {
                add(words, r.name());
                add(words, r.description());
            }
        }
        a.materials().forEach(s -> add(words, s));
        for (Prompt p : a.reflectionPrompts()) {
            add(words, p.text());
        }
    }

    private static void add(Set<String> words, Markdown m) {
        if (m != null) {
            add(words, m.source());
        }
    }

    /**
     * Adds each word of {@code text}, lower-cased: a letter or digit followed by letters, digits,
     * apostrophes, dots and hyphens (the regex {@code [\p{L}\p{N}][\p{L}\p{N}'’.-]*}, written out
     * by hand because the regex was most of the index's cost at 10,000 units).
     */
    static void add(Set<String> words, String text) {
        if (text == null) {
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!isLetterOrNumber(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            boolean lowerAscii = c < 0x80 && !(c >= 'A' && c <= 'Z'); // then the word is its own lower case
            i += Character.charCount(c);
            while (i < n) {
                c = text.codePointAt(i);
                if (!isLetterOrNumber(c) && c != '\'' && c != '’' && c != '.' && c != '-') {
                    break;
                }
                lowerAscii &= c < 0x80 && !(c >= 'A' && c <= 'Z');
                i += Character.charCount(c);
            }
            String word = text.substring(start, i);
            words.add(lowerAscii ? word : word.toLowerCase(Locale.ROOT));
        }
    }

    /** \p{L} or \p{N}; ASCII answered at once (the Character lookups are calls under the C1 compiler). */
    private static boolean isLetterOrNumber(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

}
