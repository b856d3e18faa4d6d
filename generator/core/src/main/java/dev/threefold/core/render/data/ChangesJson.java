package dev.threefold.core.render.data;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.threefold.core.diag.Diagnostic;
import dev.threefold.core.diff.Change;
import dev.threefold.core.diff.ChangeReport;
import dev.threefold.core.diff.Section;
import dev.threefold.core.diff.Side;
import dev.threefold.core.diff.UnitChanges;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The change report as JSON for other tools: everything, never shortened. */
public final class ChangesJson {

    private ChangesJson() {
    }

    public static byte[] of(ChangeReport r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = SafeJson.generator(bytes)) {
            g.writeStartObject();
            side(g, "base", r.base());
            side(g, "head", r.head());
            g.writeObjectFieldStart("summary");
            g.writeNumberField("major", r.majors());
            g.writeNumberField("minor", r.minors());
            for (String status : new String[] {"added", "removed", "changed", "moved"}) {
                g.writeNumberField(status, r.count(status));
            }
            g.writeEndObject();
            g.writeArrayFieldStart("sections");
            for (Section s : r.sections()) {
                g.writeStartObject();
                g.writeStringField("key", s.key());
                g.writeStringField("title", s.title());
                changes(g, "items", s.items());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("units");
            for (UnitChanges u : r.units()) {
                g.writeStartObject();
                g.writeStringField("id", u.id());
                g.writeStringField("title", u.title());
                g.writeStringField("status", u.status());
                g.writeStringField("base_path", u.basePath());
                g.writeStringField("head_path", u.headPath());
                changes(g, "changes", u.changes());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static void side(JsonGenerator g, String name, Side s) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("label", s.label());
        g.writeStringField("missing", s.missing());
        g.writeNumberField("errors", s.errors());
        g.writeNumberField("warnings", s.warnings());
        g.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : s.diagnostics()) {
            g.writeString(s.shown(d));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void changes(JsonGenerator g, String name, java.util.List<Change> changes) throws IOException {
        g.writeArrayFieldStart(name);
        for (Change c : changes) {
            g.writeStartObject();
            g.writeStringField("text", c.text());
            g.writeStringField("level", c.level().id());
            g.writeStringField("rule", c.rule());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
