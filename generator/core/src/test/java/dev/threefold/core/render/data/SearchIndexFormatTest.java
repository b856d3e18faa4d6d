package dev.threefold.core.render.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.Fixtures;
import dev.threefold.core.check.Checked;
import dev.threefold.core.index.SiteIndex;
import dev.threefold.core.model.Unit;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** search/index.js is MiniSearch 7's serialized index of every unit, and search/parts a unit's text by place. */
class SearchIndexFormatTest {

    private static SiteIndex index() {
        Checked checked = new Build().check(BuildRequest.validate(Fixtures.site("basic"), false), new HashMap<>());
        assertTrue(checked.ok(), checked.diagnostics().toString());
        return new SiteIndex(checked.curriculum(), checked.frameworks(), checked.units());
    }

    /** The JSON text inside {@code window.THREEFOLD_SEARCH = "...";}. */
    private static JsonNode serialized(SiteIndex index) throws Exception {
        String js = new String(SearchIndex.of(index), StandardCharsets.UTF_8);
        String prefix = "window.THREEFOLD_SEARCH = ";
        assertTrue(js.startsWith(prefix), js.substring(0, 40));
        String literal = js.substring(prefix.length(), js.indexOf(";\nwindow.THREEFOLD_FACETS"));
        assertTrue(literal.startsWith("'") && literal.endsWith("'"), "a single-quoted string");
        String json = literal.substring(1, literal.length() - 1).replace("\\\\", "\\");
        return new ObjectMapper().readTree(json);
    }

    @Test
    void isMiniSearchsSerializedFormWithEveryUnitUnderItsId() throws Exception {
        SiteIndex index = index();
        JsonNode n = serialized(index);
        assertEquals(2, n.get("serializationVersion").asInt());
        assertEquals(index.units().size(), n.get("documentCount").asInt());
        List<String> ids = new ArrayList<>();
        n.get("documentIds").forEach(id -> ids.add(id.asText()));
        assertEquals(index.units().stream().map(Unit::id).toList(), ids);
        assertEquals("{\"title\":0,\"keys\":1,\"text\":2}", n.get("fieldIds").toString());
        assertEquals("Fair Shares", storedTitle(n, "fractions"));
    }

    private static String storedTitle(JsonNode n, String id) {
        var ids = n.get("documentIds").fields();
        while (ids.hasNext()) {
            var e = ids.next();
            if (e.getValue().asText().equals(id)) {
                return n.get("storedFields").get(e.getKey()).get("title").asText();
            }
        }
        return null;
    }

    @Test
    void indexesSubjectGradeAndTermAsKeysAndTeacherNotesAsText() throws Exception {
        SiteIndex index = index();
        JsonNode n = serialized(index);
        Unit unit = index.unit("fractions");
        String doc = null;
        var ids = n.get("documentIds").fields();
        while (ids.hasNext()) {
            var e = ids.next();
            if (e.getValue().asText().equals("fractions")) {
                doc = e.getKey();
            }
        }
        List<String> keys = termsOf(n, doc, "1");
        assertTrue(keys.contains(unit.subject().toLowerCase(java.util.Locale.ROOT).split(" ")[0]), keys.toString());
        assertTrue(keys.contains("grade") && keys.contains("3"), keys.toString());
        List<String> text = termsOf(n, doc, "2");
        WordSet notes = new WordSet();
        notes.add(unit.teacherNotes().source());
        assertTrue(text.containsAll(notes.list()), "teacher notes are searched: " + notes.list());
        for (String t : text) {
            assertTrue(Character.isLetterOrDigit(t.codePointAt(t.length() - 1)), "a term ends with a letter or digit: " + t);
        }
    }

    private static List<String> termsOf(JsonNode n, String doc, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode entry : n.get("index")) {
            JsonNode docs = entry.get(1).get(field);
            if (docs != null && docs.has(doc)) {
                out.add(entry.get(0).asText());
            }
        }
        return out;
    }

    @Test
    void aUnitsPartsCarryTheAnchorsOfItsPageInTheFileItsIndexEntryNames() throws Exception {
        SiteIndex index = index();
        JsonNode n = serialized(index);
        Unit unit = index.unit("fractions");
        int file = -1;
        var ids = n.get("documentIds").fields();
        while (ids.hasNext()) {
            var e = ids.next();
            if (e.getValue().asText().equals("fractions")) {
                file = n.get("storedFields").get(e.getKey()).get("parts").asInt();
            }
        }
        String js = new String(SearchParts.of(file, index), StandardCharsets.UTF_8);
        assertTrue(js.startsWith("THREEFOLD_PARTS({") && js.endsWith(");\n"), js);
        JsonNode parts = new ObjectMapper().readTree(js.substring("THREEFOLD_PARTS(".length(), js.length() - 3)).get("fractions");
        List<String> anchors = new ArrayList<>();
        parts.forEach(p -> anchors.add(p.get(0).asText()));
        assertEquals("", anchors.get(0));
        assertTrue(anchors.contains("lesson-1") && anchors.contains("lesson-1-activity-1"), anchors.toString());
        assertEquals(unit.provocation() != null, anchors.contains("provocation"));
        assertEquals(unit.teacherNotes() != null, anchors.contains("notes-h"));
        assertEquals(1, SearchParts.files(1));
        assertEquals(2, SearchParts.files(SearchParts.CHUNK + 1));
    }
}
