package dev.threefold.core.render.data;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.index.UnitFacts;
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
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * search/index.js: every unit's words as an index already built, in the form MiniSearch 7's
 * {@code toJSON} writes (serialization version 2), so the search page loads it with
 * {@code MiniSearch.loadJSON} instead of tokenizing every unit in the browser. A script rather than
 * JSON because browsers do not fetch files next to a page opened from file://, but do run its
 * scripts: it sets {@code window.THREEFOLD_SEARCH} to the JSON text.
 *
 * <p>Three fields, as the search page declares them: {@code title} (the unit's title),
 * {@code keys} (subject, grade names, term, audience, tags, standard codes) and {@code text}
 * (everything else a teacher might remember: summary, big ideas, questions, standards' statements,
 * lessons, activities with their student text, entry points, roles, materials, prompts, assessment,
 * teacher notes and reflection). Terms are {@link WordSet} words, each counted once per field: the
 * page's query tokenizer splits words the same way. Stored with each unit: its title, URL, a line
 * of facts, its grades and subject (the page's facets), and the number of its {@link SearchParts} file.
 */
public final class SearchIndex {

    static final List<String> FIELDS = List.of("title", "keys", "text");

    private SearchIndex() {
    }

    public static byte[] of(SiteIndex index) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        write(index, out);
        return out.toByteArray();
    }

    /** Writes the index into {@code out} and closes it. */
    public static void write(SiteIndex index, OutputStream out) {
        write(index, u -> fields(u, index), out);
    }

    /** As {@link #write(SiteIndex, OutputStream)}, each unit's terms from {@code fields} (see {@link #fields}). */
    public static void write(SiteIndex index, Function<Unit, List<List<String>>> fields, OutputStream out) {
        List<Unit> units = index.units();
        List<List<List<String>>> terms = new ArrayList<>(units.size());
        InOrder.each(units, fields, terms::add);
        Postings postings = new Postings();
        for (int doc = 0; doc < terms.size(); doc++) {
            List<List<String>> f = terms.get(doc);
            for (int field = 0; field < f.size(); field++) {
                for (String t : f.get(field)) {
                    postings.add(t, field, doc);
                }
            }
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream(1 << 20);
        try (JsonGenerator g = SafeJson.generator(json)) {
            g.setPrettyPrinter(null);
            g.writeStartObject();
            g.writeNumberField("documentCount", units.size());
            g.writeNumberField("nextId", units.size());
            g.writeObjectFieldStart("documentIds");
            for (int doc = 0; doc < units.size(); doc++) {
                g.writeStringField(Integer.toString(doc), units.get(doc).id());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("fieldIds");
            for (int field = 0; field < FIELDS.size(); field++) {
                g.writeNumberField(FIELDS.get(field), field);
            }
            g.writeEndObject();
            double[] total = new double[FIELDS.size()];
            g.writeObjectFieldStart("fieldLength");
            for (int doc = 0; doc < units.size(); doc++) {
                g.writeArrayFieldStart(Integer.toString(doc));
                for (int field = 0; field < FIELDS.size(); field++) {
                    int n = terms.get(doc).get(field).size();
                    total[field] += n;
                    g.writeNumber(n);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("averageFieldLength");
            for (double t : total) {
                g.writeNumber(units.isEmpty() ? 0 : t / units.size());
            }
            g.writeEndArray();
            g.writeObjectFieldStart("storedFields");
            for (int doc = 0; doc < units.size(); doc++) {
                g.writeFieldName(Integer.toString(doc));
                stored(g, units.get(doc), doc, index);
            }
            g.writeEndObject();
            g.writeNumberField("dirtCount", 0);
            g.writeArrayFieldStart("index");
            postings.write(g);
            g.writeEndArray();
            g.writeNumberField("serializationVersion", 2);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (out) {
            out.write("window.THREEFOLD_SEARCH = '".getBytes(StandardCharsets.UTF_8));
            out.write(JsString.escape(json.toByteArray()));
            out.write("';\nwindow.THREEFOLD_FACETS = ".getBytes(StandardCharsets.UTF_8));
            out.write(facets(index));
            out.write(";\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The grades and subjects to filter results by, each {@code [value, label]}, in the curriculum's order. */
    private static byte[] facets(SiteIndex index) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = SafeJson.generator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("grade");
            for (String grade : index.byGrade().keySet()) {
                g.writeArray(new String[]{grade, Grades.label(grade)}, 0, 2);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("subject");
            for (String subject : index.bySubject().keySet()) {
                g.writeArray(new String[]{subject, subject}, 0, 2);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** What a result shows and the facets filter on. */
    private static void stored(JsonGenerator g, Unit u, int doc, SiteIndex index) throws IOException {
        g.writeStartObject();
        g.writeNumberField("parts", doc / SearchParts.CHUNK);
        g.writeStringField("title", u.title());
        g.writeStringField("url", index.unitUrl(u));
        g.writeStringField("meta", Grades.label(u.grades()) + " · " + u.subject()
                + (u.term() == null ? "" : " · " + u.term()));
        g.writeArrayFieldStart("grades");
        for (String grade : u.grades()) {
            g.writeString(grade);
        }
        g.writeEndArray();
        g.writeStringField("subject", u.subject());
        g.writeEndObject();
    }

    /** The unit's terms, field by field in {@link #FIELDS} order. */
    public static List<List<String>> fields(Unit u, UnitFacts index) {
        WordSet title = new WordSet();
        title.add(u.title());
        return List.of(title.list(), keys(u, index).list(), words(u, index).list());
    }

    private static WordSet keys(Unit u, UnitFacts index) {
        WordSet keys = new WordSet();
        keys.add(u.subject());
        for (String g : u.grades()) {
            keys.add(Grades.label(g));
            if (g.equalsIgnoreCase("K")) {
                keys.add("kindergarten");
            } else if (g.equalsIgnoreCase("PK") || g.equalsIgnoreCase("Pre-K")) {
                keys.add("pre-kindergarten prekindergarten preschool");
            }
        }
        keys.add(u.term());
        keys.add(u.audience().label());
        u.tags().forEach(keys::add);
        for (Standard s : index.standardsOf(u)) {
            keys.add(s.code());
        }
        return keys;
    }

    /** Every searchable word of the unit once, in the order first seen. */
    static WordSet words(Unit u, UnitFacts index) {
        WordSet words = new WordSet();
        add(words, u.summary());
        u.bigIdeas().forEach(m -> add(words, m));
        u.essentialQuestions().forEach(words::add);
        for (Standard s : index.standardsOf(u)) {
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
        add(words, u.teacherNotes());
        u.teacherReflection().forEach(words::add);
        return words;
    }

    static void activity(WordSet words, Activity a) {
        words.add(a.title());
        add(words, a.description());
        add(words, a.studentText());
        for (EntryPoint e : a.entryPoints()) {
            words.add(e.label());
            add(words, e.description());
        }
        if (a.grouping() != null) {
            if (a.grouping().strategy() != null) {
                words.add(a.grouping().strategy().label());
            }
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

    /** Term → field → the documents holding it, each once (a unit's words are distinct per field). */
    private static final class Postings {
        private final Map<String, int[][]> byTerm = new HashMap<>();

        void add(String term, int field, int doc) {
            int[][] fields = byTerm.computeIfAbsent(term, t -> new int[FIELDS.size()][]);
            int[] docs = fields[field];
            if (docs == null) {
                docs = new int[]{0, 0, 0, 0}; // [count, doc...]
            } else if (docs[0] + 1 == docs.length) {
                docs = Arrays.copyOf(docs, docs.length * 2);
            }
            docs[++docs[0]] = doc;
            fields[field] = docs;
        }

        /** {@code ["term", {"field": {"doc": 1, ...}, ...]}, terms in sorted order so the file is the same from build to build. */
        void write(JsonGenerator g) throws IOException {
            List<String> sorted = new ArrayList<>(byTerm.keySet());
            sorted.sort(null);
            for (String term : sorted) {
                int[][] fields = byTerm.get(term);
                g.writeStartArray();
                g.writeString(term);
                g.writeStartObject();
                for (int field = 0; field < fields.length; field++) {
                    int[] docs = fields[field];
                    if (docs == null) {
                        continue;
                    }
                    g.writeObjectFieldStart(Integer.toString(field));
                    for (int i = 1; i <= docs[0]; i++) {
                        g.writeNumberField(Integer.toString(docs[i]), 1);
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeEndArray();
            }
        }
    }
}
