package dev.threefold.core.render.data;

import dev.threefold.core.markdown.PlainText;
import dev.threefold.core.model.Grades;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.model.Activity;
import dev.threefold.core.model.Audience;
import dev.threefold.core.model.Lesson;
import dev.threefold.core.model.Balance;
import dev.threefold.core.model.Framework;
import dev.threefold.core.model.Standard;
import dev.threefold.core.model.Unit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * schema.org LearningResource metadata for a unit page, as JSON-LD. Written
 * with {@link SafeJson}, so no text from the content can close the script
 * element that carries it. Its URLs are relative to the unit page (JSON-LD
 * resolves them against the page's own address), so the metadata stays right
 * wherever the site is served from, as every link of the site does.
 */
public final class UnitJsonLd {

    /** From a unit page ({@code units/<id>/index.html}) to the site root. */
    private static final String PAGE_ROOT = dev.threefold.core.bind.UnitBinder.UNIT_PAGE_ROOT;

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
            g.writeStringField("url", PAGE_ROOT + index.unitUrl(u));
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
            List<Standard> assessed = assessed(u);
            if (!u.standards().isEmpty()) {
                g.writeArrayFieldStart("teaches");
                for (Standard s : index.standardsOf(u)) {
                    g.writeString(s.description());
                }
                g.writeEndArray();
            }
            if (!assessed.isEmpty()) {
                g.writeArrayFieldStart("assesses");
                for (Standard s : assessed) {
                    g.writeString(s.description());
                }
                g.writeEndArray();
            }
            if (!u.standards().isEmpty() || !assessed.isEmpty()) {
                g.writeArrayFieldStart("educationalAlignment");
                for (Standard s : index.standardsOf(u)) {
                    alignment(g, s, "teaches");
                }
                for (Standard s : assessed) {
                    alignment(g, s, "assesses");
                }
                g.writeEndArray();
            }
            if (!u.prerequisites().isEmpty()) {
                g.writeArrayFieldStart("competencyRequired");
                for (Unit p : index.prerequisites(u)) {
                    g.writeStartObject();
                    g.writeStringField("@type", "DefinedTerm");
                    g.writeStringField("name", p.title());
                    g.writeStringField("url", PAGE_ROOT + index.unitUrl(p));
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("hasPart");
            for (int i = 0; i < u.lessons().size(); i++) {
                Lesson l = u.lessons().get(i);
                g.writeStartObject();
                g.writeStringField("@type", "LearningResource");
                g.writeStringField("learningResourceType", "lesson plan");
                g.writeStringField("name", l.title());
                g.writeNumberField("position", i + 1);
                g.writeStringField("timeRequired", isoDuration(l.minutes()));
                g.writeStringField("url", PAGE_ROOT + index.unitUrl(u) + "#lesson-" + (i + 1));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * A standard's alignment; its {@code targetUrl} is the standard's own place on this site (its
     * framework page lists the units teaching it), {@code educationalFramework} names the framework.
     */
    private void alignment(JsonGenerator g, Standard s, String type) throws IOException {
        Framework f = frameworks.get(s.framework());
        g.writeStartObject();
        g.writeStringField("@type", "AlignmentObject");
        g.writeStringField("alignmentType", type);
        g.writeStringField("educationalFramework", f.title());
        g.writeStringField("targetName", s.code());
        g.writeStringField("targetDescription", s.description());
        g.writeStringField("targetUrl", PAGE_ROOT + index.standardUrl(s));
        g.writeEndObject();
    }

    /** The standards the unit's assessment and activities gather evidence of, each once, in the order written. */
    private List<Standard> assessed(Unit u) {
        Set<String> keys = new LinkedHashSet<>();
        if (u.assessment() != null) {
            u.assessment().standards().forEach(r -> keys.add(r.id()));
        }
        for (Activity a : u.allActivities()) {
            a.assesses().forEach(r -> keys.add(r.id()));
        }
        List<Standard> out = new ArrayList<>();
        for (String k : keys) {
            Standard s = index.standard(k);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** 147 → "PT2H27M"; 45 → "PT45M". */
    static String isoDuration(int minutes) {
        return "PT" + (minutes >= 60 ? minutes / 60 + "H" : "") + (minutes % 60 != 0 || minutes == 0 ? minutes % 60 + "M" : "");
    }
}
