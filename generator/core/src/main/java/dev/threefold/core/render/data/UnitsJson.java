package dev.threefold.core.render.data;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.index.UnitFacts;
import dev.threefold.core.model.Activity;
import dev.threefold.core.model.Balance;
import dev.threefold.core.model.Dimension;
import dev.threefold.core.model.EntryPoint;
import dev.threefold.core.model.Lesson;
import dev.threefold.core.model.Markdown;
import dev.threefold.core.model.Need;
import dev.threefold.core.model.Support;
import dev.threefold.core.model.Prompt;
import dev.threefold.core.model.Ref;
import dev.threefold.core.model.Role;
import dev.threefold.core.model.Unit;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * units.json: every unit, normalized (defaults filled, grades as strings,
 * markdown as {@code {markdown, html}} with links relative to the unit's page).
 * Written with {@link SafeJson}.
 */
public final class UnitsJson {

    private UnitsJson() {
    }

    /**
     * Streams units.json into {@code out} and closes it. Compact: at 10,000 units the file is a
     * third the size. Unit records, each from {@code records} (see {@link #unit}), are made on all
     * cores and written in order.
     */
    public static void write(SiteIndex index, Function<Unit, byte[]> records, OutputStream out) {
        try (out) {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            try (JsonGenerator g = SafeJson.generator(head)) {
                // The object stays open: the unit records and the closing brace follow.
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
                g.setPrettyPrinter(null);
                g.writeStartObject();
                g.writeStringField("title", index.curriculum().title());
                g.writeStringField("language", index.curriculum().language());
            }
            head.write(",\"units\":".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            UnitRecords.write(index.units(), records, head.toByteArray(), new byte[] {'}'}, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each thread's buffer for records, kept from unit to unit instead of grown anew for each. */
    private static final ThreadLocal<ByteArrayOutputStream> BUFFERS = ThreadLocal.withInitial(() -> new ByteArrayOutputStream(32 * 1024));

    /** One unit's record, compact JSON. */
    public static byte[] unit(Unit u, UnitFacts index) {
        ByteArrayOutputStream out = BUFFERS.get();
        out.reset();
        try (JsonGenerator g = SafeJson.generator(out)) {
            g.setPrettyPrinter(null);
            unit(g, u, index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void unit(JsonGenerator g, Unit u, UnitFacts index) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", u.id());
        g.writeStringField("url", index.unitUrl(u));
        g.writeStringField("source", u.sourcePath());
        g.writeStringField("title", u.title());
        g.writeStringField("subject", u.subject());
        strings(g, "grades", u.grades());
        g.writeStringField("audience", u.audience().id());
        g.writeStringField("term", u.term());
        if (u.sequence() == null) {
            g.writeNullField("sequence");
        } else {
            g.writeNumberField("sequence", u.sequence());
        }
        markdown(g, "summary", u.summary());
        g.writeArrayFieldStart("big_ideas");
        for (Markdown m : u.bigIdeas()) {
            markdownValue(g, m);
        }
        g.writeEndArray();
        strings(g, "essential_questions", u.essentialQuestions());
        strings(g, "standards", u.standards().stream().map(Ref::id).toList());
        strings(g, "prerequisites", u.prerequisites().stream().map(Ref::id).toList());
        strings(g, "tags", u.tags());
        strings(g, "norms", u.norms().stream().map(Ref::id).toList());
        strings(g, "initiatives", u.initiatives().stream().map(Ref::id).toList());
        strings(g, "serves", u.serves().stream().map(Ref::id).toList());
        g.writeFieldName("provocation");
        if (u.provocation() == null) {
            g.writeNull();
        } else {
            activity(g, u.provocation());
        }
        g.writeArrayFieldStart("lessons");
        for (Lesson l : u.lessons()) {
            g.writeStartObject();
            g.writeStringField("title", l.title());
            strings(g, "objectives", l.objectives());
            g.writeNumberField("minutes", l.minutes());
            g.writeArrayFieldStart("activities");
            for (Activity a : l.activities()) {
                activity(g, a);
            }
            g.writeEndArray();
            prompts(g, l.reflectionPrompts());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("assessment");
        if (u.assessment() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            markdown(g, "evidence", u.assessment().evidence());
            strings(g, "success_criteria", u.assessment().successCriteria());
            strings(g, "standards", u.assessment().standards().stream().map(Ref::id).toList());
            g.writeEndObject();
        }
        markdown(g, "teacher_notes", u.teacherNotes());
        strings(g, "teacher_reflection", u.teacherReflection());
        Balance b = Balance.of(u);
        g.writeObjectFieldStart("minutes");
        g.writeNumberField("total", b.total());
        for (Dimension d : Dimension.values()) {
            g.writeNumberField(d.id(), b.minutes(d));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void activity(JsonGenerator g, Activity a) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", a.title());
        g.writeStringField("dimension", a.dimension().id());
        g.writeNumberField("minutes", a.minutes());
        markdown(g, "description", a.description());
        markdown(g, "student_text", a.studentText());
        g.writeArrayFieldStart("entry_points");
        for (EntryPoint e : a.entryPoints()) {
            g.writeStartObject();
            g.writeStringField("label", e.label());
            g.writeStringField("level", e.level() == null ? null : e.level().id());
            markdown(g, "description", e.description());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("grouping");
        if (a.grouping() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringField("size", a.grouping().size());
            g.writeNumberField("min_size", a.grouping().minSize());
            g.writeNumberField("max_size", a.grouping().maxSize());
            g.writeStringField("strategy", a.grouping().strategy() == null ? null : a.grouping().strategy().id());
            g.writeArrayFieldStart("roles");
            for (Role r : a.grouping().roles()) {
                g.writeStartObject();
                g.writeStringField("name", r.name());
                g.writeStringField("description", r.description());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        strings(g, "materials", a.materials());
        prompts(g, a.reflectionPrompts());
        strings(g, "assesses", a.assesses().stream().map(Ref::id).toList());
        g.writeArrayFieldStart("supports");
        for (Support s : a.supports()) {
            g.writeStartObject();
            g.writeStringField("for", s.forWhom());
            markdown(g, "description", s.description());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "needs", a.needs().stream().map(Need::id).toList());
        g.writeEndObject();
    }

    private static void prompts(JsonGenerator g, List<Prompt> prompts) throws IOException {
        g.writeArrayFieldStart("reflection_prompts");
        for (Prompt p : prompts) {
            g.writeStartObject();
            g.writeStringField("prompt", p.text());
            g.writeStringField("kind", p.kind() == null ? null : p.kind().id());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void markdown(JsonGenerator g, String field, Markdown m) throws IOException {
        g.writeFieldName(field);
        markdownValue(g, m);
    }

    private static void markdownValue(JsonGenerator g, Markdown m) throws IOException {
        if (m == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("markdown", m.source());
        g.writeStringField("html", m.html());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }
}
