package dev.threefold.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.Fixtures;
import dev.threefold.core.load.ShownPath;
import dev.threefold.core.write.MemorySink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static dev.threefold.core.report.ReportsTest.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The alignment, access, norms and professional learning reports on the pedagogy fixture, whose
 * figures are worked out by hand in the comments; the warnings its units earn; and professional
 * learning kept out of every student figure. The fixture: grade-3 Fractions (teaches A.1 and A.2,
 * assesses A.1 summatively and A.3 formatively) and Plants (teaches A.2, assesses nothing), grade-4
 * Measure (teaches B.1, its assessment names only A.1), and Team, an educator unit for grades 3 and 4
 * serving Fractions and Plants, whose readiness grouping, device need and assessed B.1 count nowhere.
 */
class PedagogyReportsTest {

    private static final Path CONTENT = Fixtures.site("pedagogy");
    private static final MemorySink SITE = Fixtures.buildInMemory(CONTENT);

    private static List<List<String>> table(String path) {
        String text = SITE.text(path);
        assertTrue(text != null, path);
        return csv(text).subList(1, csv(text).size());
    }

    @Test
    void alignmentSetsWhatIsTaughtAgainstWhatIsAssessed() {
        // A.1: taught by Fractions; named by the assessments of Fractions and Measure. A.2: taught by both grade-3
        // units, assessed by neither. A.3: only Fractions' "Groups" assesses it. B.1: Measure teaches it; Team's
        // formative evidence of it does not count, professional learning being apart.
        assertEquals(List.of(
                List.of("A.1", "fx", "Taught and assessed in grade 3.", "1", "2", "0", "3", "Taught and assessed"),
                List.of("A.2", "fx", "Taught twice and never assessed.", "2", "0", "0", "3", "Taught, never assessed"),
                List.of("A.3", "fx", "Assessed but never taught.", "0", "0", "1", "", "Assessed, never taught"),
                List.of("B.1", "fx", "Taught in grade 4.", "1", "0", "0", "4", "Taught, never assessed")),
                table("reports/alignment/standards.csv"));
        // Within grade 4, A.1 is assessed (by Measure) and taught by none of its units.
        assertEquals(List.of(
                List.of("3", "A.2", "Taught twice and never assessed.", "2", "fractions plants"),
                List.of("4", "B.1", "Taught in grade 4.", "1", "measure")), table("reports/alignment/taught-not-assessed.csv"));
        assertEquals(List.of(
                List.of("3", "A.3", "Assessed but never taught.", "1", "fractions"),
                List.of("4", "A.1", "Taught and assessed in grade 3.", "1", "measure")), table("reports/alignment/assessed-not-taught.csv"));
        // Plants names no assessed standard, so it is counted, not listed.
        assertEquals(List.of(
                List.of("Fractions", "fractions", "3", "Mathematics", "fx:A.2", "1"),
                List.of("Measure", "measure", "4", "Mathematics", "fx:B.1", "0")), table("reports/alignment/units.csv"));
        String html = SITE.text("reports/alignment/index.html");
        // Taught: A.1, A.2, B.1; of these only A.1 is assessed; A.3 is assessed, never taught; Measure covers none.
        assertTrue(html.contains("<dt>Standards taught</dt><dd>3</dd>"), html);
        assertTrue(html.contains("<dt>Taught, never assessed</dt><dd>2</dd>"), html);
        assertTrue(html.contains("<dt>Assessed, never taught</dt><dd>1</dd>"), html);
        assertTrue(html.contains("<dt>Units whose assessment covers none of their standards</dt><dd>1</dd>"), html);
        assertTrue(html.contains("<dt>Units naming no assessed standard</dt><dd>1</dd>"), html);
        // Grade 3 teaches two standards and assesses one of them: the bar says so in words.
        assertTrue(html.contains("aria-label=\"Grade 3: Assessed 1, Never assessed 1\""), html);
    }

    @Test
    void accessCountsWaysInGroupingNeedsAndSupports() {
        // Grade 3's shared tasks: Launch (support, extension), Groups (extension), Pairs (support), Choice (support,
        // extension, student choice). Grade 4: Stations, two unlevelled ways in (a choice), neither support nor extension.
        assertEquals(List.of(List.of("3", "4", "3", "75", "3", "75", "1", "25"), List.of("4", "1", "0", "0", "0", "0", "1", "100")),
                table("reports/access/tasks-by-grade.csv"));
        assertEquals(List.of(List.of("Mathematics", "3", "1", "33", "2", "67", "1", "33"),
                        List.of("Science", "2", "2", "100", "1", "50", "1", "50")),
                table("reports/access/tasks-by-subject.csv"));
        // Grade 3: Groups 30 min by readiness, Pairs 20 mixed, Choice 10 by choice: 30 / 60 = 50% > 40%. Grade 4:
        // Stations 20 by interest; Team's 30 minutes by readiness would make it 60% if educators counted.
        assertEquals(List.of(List.of("3", "60", "20", "30", "0", "0", "10", "0", "50", "readiness above 40%"),
                        List.of("4", "20", "0", "0", "20", "0", "0", "0", "0", "")),
                table("reports/access/grouping-by-grade.csv"));
        assertEquals(List.of(
                List.of("Devices", "Fractions", "fractions", "3", "Mathematics", "Solo"),
                List.of("Devices", "Measure", "measure", "4", "Mathematics", "Stations"),
                List.of("Internet", "Fractions", "fractions", "3", "Mathematics", "Solo"),
                List.of("Printing", "Fractions", "fractions", "3", "Mathematics", "Launch")), table("reports/access/needs.csv"));
        assertEquals(List.of(
                List.of("English learners", "Fractions", "fractions", "3", "Mathematics", "Groups", "A picture glossary."),
                List.of("English learners", "Plants", "plants", "3", "Science", "Choice", "Sentence frames."),
                List.of("Learners with low vision", "Plants", "plants", "3", "Science", "Choice", "Large print.")),
                table("reports/access/supports.csv"));
        assertEquals(List.of(List.of("English learners", "2"), List.of("Learners with low vision", "1")),
                table("reports/access/supports-by-learner.csv"));
        String html = SITE.text("reports/access/index.html");
        // 5 shared tasks: 3 with support (60%), 3 with extension, 2 where learners choose (40%).
        assertTrue(html.contains("<dt>With a support-level way in</dt><dd>60%</dd>"), html);
        assertTrue(html.contains("<dt>Where learners choose</dt><dd>40%</dd>"), html);
        assertTrue(html.contains("<dt>Grades grouping by readiness above 40%</dt><dd>1</dd>"), html);
        assertTrue(html.contains("<dt>Units needing devices</dt><dd>2</dd>"), html);
        assertTrue(html.contains("Grade 3 groups 50% of its small-group minutes by readiness, above 40%."), html);
    }

    @Test
    void normsAndInitiativesAcrossTheYear() {
        // "listen": Fractions (grade 3, Fall) and Plants (grade 3, Spring); Team practises it too, but is no class.
        // Measure names no term, so the matrix has a "No term" column.
        assertEquals(List.of(List.of("We listen.", "3", "1", "1", "0", "2"), List.of("We listen.", "4", "0", "0", "0", "0"),
                        List.of("Nobody practises this.", "3", "0", "0", "0", "0"), List.of("Nobody practises this.", "4", "0", "0", "0", "0")),
                table("reports/norms/norms.csv"));
        assertEquals(List.of(List.of("Outdoors", "3", "1", "0", "0", "1"), List.of("Outdoors", "4", "0", "0", "0", "0")),
                table("reports/norms/initiatives.csv"));
        assertTrue(SITE.text("reports/norms/index.html").contains("<dt>Norms no student unit practises</dt><dd>1</dd>"));
        String norm = SITE.text("norms/listen/index.html");
        assertTrue(norm.contains("<h2 id=\"g-0\">Grade 3</h2>\n  <ul class=\"links\"><li><a href=\"../../units/fractions/index.html\">"
                + "Fractions</a> <span class=\"meta\">Mathematics · Fall</span></li><li><a href=\"../../units/plants/index.html\">Plants"), norm);
        assertTrue(norm.contains("In professional learning</h2>\n  <ul class=\"links\"><li><a href=\"../../units/team/index.html\">Team</a>"), norm);
        assertTrue(norm.contains("2 student units · 1 professional learning unit"), norm);
        assertTrue(SITE.text("initiatives/outdoors/index.html").contains("Learning outside."));
    }

    @Test
    void professionalLearningHasItsOwnReportAndSection() {
        // Team: 20 min as a staff, 30 in its PLC, 10 alone: 60 min, 33% · 50% · 17%.
        assertEquals(List.of(List.of("Team", "team", "Fall", "20", "30", "10", "60", "33", "50", "17", "Outdoors", "2")),
                table("reports/learning/units.csv"));
        assertEquals(List.of(List.of("Team", "Fractions", "fractions", "3", "Mathematics"),
                List.of("Team", "Plants", "plants", "3", "Science")), table("reports/learning/serves.csv"));
        assertEquals(List.of(List.of("Outdoors", "1", "1")), table("reports/learning/initiatives.csv"));
        assertTrue(SITE.text("learning/index.html").contains(">Team</a>"));
        // Linked both ways: the student unit names the professional learning behind it, and the reverse.
        String fractions = SITE.text("units/fractions/index.html");
        assertTrue(fractions.contains("Professional learning behind this unit</h2>\n    <ul class=\"links\"><li><a href=\"../../units/team/index.html\">Team</a>"), fractions);
        String team = SITE.text("units/team/index.html");
        assertTrue(team.contains("<a href=\"../../units/fractions/index.html\">Fractions</a>"), team);
        assertTrue(team.contains("<a href=\"../../learning/index.html\">Professional learning</a>"), team);
    }

    @Test
    void educatorUnitsLeaveEveryStudentFigure() {
        assertTrue(SITE.text("index.html").contains("3 unit plans · 2 grades · 2 subjects"));
        String grade3 = SITE.text("grades/3/index.html");
        assertTrue(grade3.contains("2 units, by subject, each in teaching order") && !grade3.contains(">Team</a>"), grade3);
        assertTrue(SITE.text("reports/balance/index.html").contains("<dt>Units</dt><dd>3</dd>"));
        assertFalse(SITE.text("reports/reflection/units.csv").contains("team"));
        assertFalse(SITE.text("reports/differentiation/levels-by-subject.csv").contains("Professional Learning"));
        assertFalse(SITE.pages().containsKey("subjects/professional-learning/index.html"));
    }

    @Test
    void theUnitMetadataCarriesItsAlignmentLessonsAndAddress() throws Exception {
        String html = SITE.text("units/fractions/index.html");
        int from = html.indexOf("<script type=\"application/ld+json\">") + "<script type=\"application/ld+json\">".length();
        JsonNode ld = new ObjectMapper().readTree(html.substring(from, html.indexOf("</script>", from)));
        assertEquals("../../units/fractions/index.html", ld.get("url").asText());
        assertEquals("[\"Taught and assessed in grade 3.\",\"Assessed but never taught.\"]", ld.get("assesses").toString());
        // teaches A.1, A.2, then assesses A.1, A.3, each pointing at the standard's place on this site
        JsonNode last = ld.get("educationalAlignment").get(3);
        assertEquals("assesses A.3 ../../standards/fx/index.html#a-3", last.get("alignmentType").asText() + " "
                + last.get("targetName").asText() + " " + last.get("targetUrl").asText());
        assertEquals("{\"@type\":\"LearningResource\",\"learningResourceType\":\"lesson plan\",\"name\":\"One\",\"position\":1,"
                + "\"timeRequired\":\"PT40M\",\"url\":\"../../units/fractions/index.html#lesson-1\"}", ld.get("hasPart").get(0).toString());
        assertTrue(ld.get("competencyRequired") == null, "Fractions has no prerequisites");
        String plants = SITE.text("units/plants/index.html");
        assertTrue(plants.contains("\"competencyRequired\" : [ {\n    \"@type\" : \"DefinedTerm\",\n    \"name\" : \"Fractions\",\n"
                + "    \"url\" : \"../../units/fractions/index.html\"\n  } ]"), plants);
    }

    @Test
    void unitsJsonCarriesTheSecondEditionFields() {
        String json = SITE.text("units.json");
        assertTrue(json.contains("\"serves\":[\"fractions\",\"plants\"]"), json);
        // written [internet, devices]: each need once, in the contract's order
        assertTrue(json.contains("\"assesses\":[],\"supports\":[],\"needs\":[\"devices\",\"internet\"]"), json);
        assertTrue(json.contains("\"success_criteria\":[],\"standards\":[\"fx:A.1\"]"), json);
        assertTrue(json.contains("\"supports\":[{\"for\":\"English learners\",\"description\":{\"markdown\":\"A picture glossary.\""), json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alignment", "access", "norms", "learning"})
    void htmlCsvAndJsonAgreeCellForCell(String report) throws Exception {
        ReportsTest.assertTwinsAgree(SITE, report);
    }

    /** Measure's "Stations" offers two ways in given no level, which learners choose among: no warning. */
    @Test
    void theNewWarningsNameTheLine() {
        var r = new Build().validate(BuildRequest.validate(CONTENT, false));
        String shown = ShownPath.prefix(CONTENT);
        List<String> codes = List.of("no-support-entry", "assessed-not-taught", "assessment-misses-standards");
        List<String> lines = r.diagnostics().stream().filter(d -> codes.contains(d.code()))
                .map(d -> d.format().replace(shown, "")).toList();
        assertEquals(List.of(
                "units/fractions.yaml:19:9: warning: lessons[0].activities[0].entry_points: small-group activity \"Groups\" has no "
                        + "support-level entry point; every learner needs a way in (give one entry point `level: support` (e.g. with "
                        + "manipulatives, a worked example or sentence starters)) [no-support-entry]",
                "units/fractions.yaml:23:20: warning: lessons[0].activities[0].assesses[0]: activity \"Groups\" assesses `fx:A.3`, "
                        + "which this unit does not list in `standards` (add `fx:A.3` to the unit's `standards` if the unit teaches it, "
                        + "or assess a standard it lists) [assessed-not-taught]",
                "units/measure.yaml:20:15: warning: assessment.standards[0]: the assessment assesses `fx:A.1`, which this unit does "
                        + "not list in `standards` (add `fx:A.1` to the unit's `standards` if the unit teaches it, or assess a standard "
                        + "it lists) [assessed-not-taught]",
                "units/measure.yaml:20:15: warning: assessment.standards[0]: the unit's assessment covers none of the standards it "
                        + "lists (fx:B.1) (name in `assessment.standards` (or an activity's `assesses`) the standards the assessment "
                        + "gathers evidence of) [assessment-misses-standards]",
                "units/team.yaml:19:20: warning: lessons[0].activities[1].assesses[0]: activity \"PLC\" assesses `fx:B.1`, which this "
                        + "unit does not list in `standards` (add `fx:B.1` to the unit's `standards` if the unit teaches it, or assess "
                        + "a standard it lists) [assessed-not-taught]"), lines);
    }
}
