package dev.threefold.core.render.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threefold.core.Fixtures;
import dev.threefold.core.write.MemorySink;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** units.json and the search index are written record by record; other tools must still be able to parse them whole. */
class UnitsJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void unitsJsonIsOneValidObjectWithEveryUnit() throws Exception {
        MemorySink site = Fixtures.buildInMemory(Fixtures.site("basic"));
        JsonNode root = json.readTree(site.text("units.json"));
        assertTrue(root.path("title").isTextual(), "title");
        JsonNode units = root.path("units");
        assertTrue(units.isArray() && units.size() > 1, "units: " + units);
        assertTrue(site.pages().containsKey(units.get(0).path("url").asText()), "the first unit's url is a page of the site");
        assertEquals(units.size(), searchRecords(site).size());
    }

    /** The stored fields of every unit in the serialized index, a single-quoted literal of JSON text. */
    private JsonNode searchRecords(MemorySink site) throws Exception {
        String js = site.text("search/index.js");
        String prefix = "window.THREEFOLD_SEARCH = '";
        int end = js.indexOf("';\nwindow.THREEFOLD_FACETS = ");
        assertTrue(js.startsWith(prefix) && end > 0 && js.endsWith(";\n"), js.substring(0, Math.min(80, js.length())));
        return json.readTree(js.substring(prefix.length(), end).replace("\\\\", "\\")).path("storedFields");
    }
}
