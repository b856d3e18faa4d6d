package dev.threefold.core.render.data;

import dev.threefold.core.markdown.PlainText;
import dev.threefold.core.model.Grades;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.model.Audience;
import dev.threefold.core.model.Balance;
import dev.threefold.core.model.Framework;
import dev.threefold.core.model.Standard;
import dev.threefold.core.model.Unit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * schema.org LearningResource metadata for a unit page, as JSON-LD. Written
 * with {@link SafeJson}, so no text from the content can close the script
 * element that carries it.
 */
public final class UnitJsonLd {

    private final SiteIndex index;
    private final Map<String, Framework> frameworks = new HashMap<>();

    public UnitJsonLd(SiteIndex index) {
        this.index = index;
        index.frameworks().forEach(f -> frameworks.put(f.id(), f));
    }

    public String of(Unit u) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = SafeJson.generator(out)) {
            g.writeStartObject();
            g.writeStringField("@context", "https://schema.org");
            g.writeStringField("@type", "LearningResource");
            g.writeStringField("name", u.title());
            g.writeStringField("description", PlainText.of(u.summary()));
            g.writeStringField("learningResourceType", "unit plan");
            g.writeStringField("inLanguage", index.curriculum().language());
            g.writeArrayFieldStart("educationalLevel");
            for (String grade : u.grades()) {
                g.writeString(Grades.label(grade));
            }
            g.writeEndArray();
            g.writeObjectFieldStart("about");
            g.writeStringField("@type", "Thing");
            g.writeStringField("name", u.subject());
            g.writeEndObject();
            g.writeStringField("timeRequired", isoDuration(Balance.of(u).total()));
            if (!u.tags().isEmpty()) {
                g.writeStringField("keywords", String.join(", ", u.tags()));
            }
            g.writeObjectFieldStart("audience");
            g.writeStringField("@type", "EducationalAudience");
            g.writeStringField("educationalRole", u.audience() == Audience.EDUCATORS ? "teacher" : "student");
            g.writeEndObject();
            if (!u.standards().isEmpty()) {
                g.writeArrayFieldStart("teaches");
                for (Standard s : index.standardsOf(u)) {
                    g.writeString(s.description());
                }
                g.writeEndArray();
                g.writeArrayFieldStart("educationalAlignment");
                for (Standard s : index.standardsOf(u)) {
                    Framework f = frameworks.get(s.framework());
                    g.writeStartObject();
                    g.writeStringField("@type", "AlignmentObject");
                    g.writeStringField("alignmentType", "teaches");
                    g.writeStringField("educationalFramework", f.title());
                    g.writeStringField("targetName", s.code());
                    g.writeStringField("targetDescription", s.description());
                    if (f.url() != null) {
                        g.writeStringField("targetUrl", f.url());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** 147 → "PT2H27M"; 45 → "PT45M". */
    static String isoDuration(int minutes) {
        return "PT" + (minutes >= 60 ? minutes / 60 + "H" : "") + (minutes % 60 != 0 || minutes == 0 ? minutes % 60 + "M" : "");
    }
}
