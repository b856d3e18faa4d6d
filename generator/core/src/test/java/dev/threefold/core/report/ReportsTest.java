package dev.threefold.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threefold.core.Fixtures;
import dev.threefold.core.write.MemorySink;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exact figures on a fixture curriculum, and the HTML, CSV and JSON of each report agreeing. */
class ReportsTest {

    private static final MemorySink SITE = Fixtures.buildInMemory(Fixtures.site("reports"));

    @Test
    void balanceCountsTheProvocationAndRoundsShares() {
        // 20-minute provocation, 25 minutes of group work, 10 minutes of journaling
        assertEquals(List.of("Balanced", "balanced", "3", "Mathematics", "20", "25", "10", "55", "36", "45", "18", ""),
                csvRow("reports/balance/units.csv", "Balanced"));
        assertEquals(List.of("Lopsided", "lopsided", "3", "Mathematics", "60", "0", "0", "60", "100", "0", "0",
                        "small_group 0% (at least 15%); inner_dialogue 0% (at least 15%)"),
                csvRow("reports/balance/units.csv", "Lopsided"));
        assertEquals(List.of("3", "3", "90", "35", "20", "145", "62", "24", "14"), csvRow("reports/balance/by-grade.csv", "3"));
        String html = SITE.text("reports/balance/index.html");
        assertTrue(html.contains("Units outside the balance rules</dt><dd>1</dd>"), html);
    }

    @Test
    void coverageFindsUncitedAndManyCitedStandards() {
        assertEquals(List.of("fx", "B.1", "4", "Cited by no unit."), csvRow("reports/coverage/uncited.csv", "fx"));
        assertEquals(List.of("fx", "A.1", "Cited by three units.", "3"), csvRow("reports/coverage/most-cited.csv", "fx"));
        assertEquals(List.of("fx", "A.1", "3", "Cited by three units.", "3", "balanced lopsided later"),
                csvRow("reports/coverage/standards.csv", "fx"));
        String html = SITE.text("reports/coverage/index.html"); // the matrix: a unit's row marks the standard it cites
        assertTrue(html.contains(">Lopsided</a></th>\n      <td>✓<span class=\"visually-hidden\"> cites A.1</span></td><td></td></tr>"), html);
    }

    @Test
    void differentiationListsTasksWithOneWayInAndCountsLevels() {
        assertEquals(List.of("Balanced", "balanced", "3", "Mathematics", "Provocation", "Launch", "Collective", "1"),
                csvRow("reports/differentiation/few-entry-points.csv", "Balanced"));
        // grade 3: provocation (core) + groups (support, core, extension) + pairs (none, extension)
        assertEquals(List.of("3", "3", "1", "2", "2", "1"), csvRow("reports/differentiation/levels-by-grade.csv", "3"));
    }

    @Test
    void reflectionFindsSilentLessonsAndCountsPromptKinds() {
        assertEquals(List.of("Lopsided", "lopsided", "3", "Mathematics", "1", "Lecture", "60"),
                csvRow("reports/reflection/lessons.csv", "Lopsided"));
        assertEquals(List.of("Lopsided", "lopsided", "3", "Mathematics", "0", "0"), csvRow("reports/reflection/units.csv", "Lopsided"));
        assertEquals(List.of("Journal", "1"), csvRow("reports/reflection/prompts-by-kind.csv", "Journal"));
        assertEquals(List.of("Exit ticket", "1"), csvRow("reports/reflection/prompts-by-kind.csv", "Exit ticket"));
        assertEquals(List.of("Plain prompt", "1"), csvRow("reports/reflection/prompts-by-kind.csv", "Plain prompt"));
    }

    @Test
    void sequenceFindsPrerequisitesTaughtLaterAndTheLongestChain() {
        assertEquals(List.of("Lopsided", "3", "Fall", "Later", "3", "Spring", "prerequisite is taught in a later term"),
                csvRow("reports/sequence/out-of-order.csv", "Lopsided"));
        assertEquals(List.of("1", "Later", "later", "3", "Science", "Spring"), csvRow("reports/sequence/longest-chain.csv", "1"));
        assertEquals(List.of("2", "Lopsided", "lopsided", "3", "Mathematics", "Fall"), csvRow("reports/sequence/longest-chain.csv", "2"));
        assertTrue(SITE.text("reports/sequence/index.html").contains("<svg class=\"graph\""));
    }

    @Test
    void htmlCsvAndJsonAgreeCellForCell() throws Exception {
        for (String report : List.of("balance", "coverage", "differentiation", "reflection", "sequence")) {
            assertTwinsAgree(SITE, report);
        }
    }

    /** Every table of the report has the same rows, cell for cell, in its page, its CSV file and report.json. */
    static void assertTwinsAgree(MemorySink site, String report) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode tables = json.readTree(site.pages().get("reports/" + report + "/report.json")).get("tables");
        String html = site.text("reports/" + report + "/index.html");
        tables.fieldNames().forEachRemaining(id -> {
            List<List<String>> csv = csv(site.text("reports/" + report + "/" + id + ".csv"));
            List<String> columns = csv.get(0);
            List<List<String>> htmlRows = htmlRows(html, id);
            JsonNode rows = tables.get(id);
            assertEquals(csv.size() - 1, rows.size(), report + "/" + id);
            assertEquals(rows.size(), htmlRows.size(), report + "/" + id + " html rows");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < columns.size(); c++) {
                    String fromCsv = csv.get(r + 1).get(c);
                    String fromJson = rows.get(r).get(columns.get(c)).asText();
                    assertEquals(fromCsv, fromJson, report + "/" + id + " row " + r + " " + columns.get(c));
                    assertEquals(fromCsv, htmlRows.get(r).get(c), report + "/" + id + " html row " + r + " " + columns.get(c));
                }
            }
        });
    }

    private static List<String> csvRow(String path, String first) {
        return csvRow(SITE, path, first);
    }

    /** The first row of the CSV file at {@code path} whose first cell is {@code first}. */
    static List<String> csvRow(MemorySink site, String path, String first) {
        String text = site.text(path);
        assertTrue(text != null, path);
        return csv(text).stream().skip(1).filter(r -> r.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in " + path + ":\n" + text));
    }

    /** A small RFC 4180 reader: quoted cells may hold commas and doubled quotes. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        cell.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(ch);
                }
            }
            cells.add(cell.toString());
            rows.add(cells);
        }
        return rows;
    }

    /** The body rows of the table in the section with heading id t-{id}, as cell texts. */
    private static List<List<String>> htmlRows(String html, String id) {
        int start = html.indexOf("id=\"t-" + id + "\"");
        int end = html.indexOf("</section>", start);
        String section = html.substring(start, end);
        List<List<String>> rows = new ArrayList<>();
        int body = section.indexOf("<tbody>");
        if (body < 0) {
            return rows;
        }
        Matcher tr = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(section.substring(body));
        while (tr.find()) {
            List<String> cells = new ArrayList<>();
            Matcher td = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(tr.group(1));
            while (td.find()) {
                cells.add(td.group(1).replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&quot;", "\"")
                        .replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").trim());
            }
            rows.add(cells);
        }
        return rows;
    }
}
