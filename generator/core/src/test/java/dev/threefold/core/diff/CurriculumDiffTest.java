package dev.threefold.core.diff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule of the change report, on one edit of a small curriculum: the line a reviewer reads, its class and its rule. */
class CurriculumDiffTest {

    @TempDir
    Path dir;

    private TwoVersions versions() {
        return new TwoVersions(dir);
    }

    /** The one change of unit {@code id}, as "level: text — rule". */
    private static List<String> changes(ChangeReport r, String id) {
        return r.units().stream().filter(u -> u.id().equals(id)).flatMap(u -> u.changes().stream())
                .map(c -> c.level().id() + ": " + c.text() + " — " + c.rule()).toList();
    }

    private static List<String> section(ChangeReport r, String key) {
        return r.section(key).items().stream().map(Change::text).toList();
    }

    @Test
    void sameContentHasNoChange() {
        ChangeReport r = versions().compare();
        assertTrue(r.empty(), r.units() + " " + r.sections());
        assertTrue(MarkdownReport.of(r, false).contains("No change to the curriculum."));
    }

    @Test
    void minutesAreMinorWhileNoShareMovesTenPoints() {
        ChangeReport r = versions().edit("units/fair-shares.yaml", "minutes: 25", "minutes: 20").compare();
        assertEquals(List.of("minor: Lesson 1, 'Fold in groups': 25 → 20 minutes — " + Rules.MINUTES), changes(r, "fair-shares"));
        assertEquals(0, r.majors());
    }

    @Test
    void aShareMovingTenPointsIsMajorAndTheUnitLeavesTheBalanceRules() {
        ChangeReport r = versions().edit("units/fair-shares.yaml", "minutes: 25", "minutes: 5").compare();
        assertEquals(List.of(
                "minor: Lesson 1, 'Fold in groups': 25 → 5 minutes — " + Rules.MINUTES,
                "major: Collective share 31% → 44% (+13 points) — " + Rules.SHARE,
                "major: Small group share 38% → 11% (-27 points) — " + Rules.SHARE,
                "major: Inner dialogue share 31% → 44% (+13 points) — " + Rules.SHARE), changes(r, "fair-shares"));
        assertEquals(List.of("'Fair Shares' (fair-shares)"), section(r, "balance-entered"));
        assertTrue(section(r, "warnings-introduced").get(0).contains("fair-shares.yaml"), section(r, "warnings-introduced").toString());
    }

    @Test
    void anEntryPointRemovedIsMajorAndNamesItsLevel() {
        ChangeReport r = versions().edit("units/fair-shares.yaml", "          - {label: Halves, level: support, description: Fold in two.}\n", "")
                .compare();
        assertEquals(List.of("major: Lesson 1, 'Fold in groups': entry point 'Halves' (support) removed — " + Rules.ENTRY_REMOVED),
                changes(r, "fair-shares"));
        assertTrue(section(r, "warnings-introduced").get(0).contains("[few-entry-points]"), section(r, "warnings-introduced").toString());
    }

    @Test
    void anEntryPointAddedIsMinorAndItsLevelChangedIsMajor() {
        ChangeReport added = versions().edit("units/fair-shares.yaml", "          - {label: Eighths",
                "          - {label: Quarters, level: extension, description: Fold in four.}\n          - {label: Eighths").compare();
        assertEquals(List.of("minor: Lesson 1, 'Fold in groups': entry point 'Quarters' (extension) added — " + Rules.ADDITIONS),
                changes(added, "fair-shares"));
        ChangeReport level = versions().edit("units/fair-shares.yaml", "label: Halves, level: support", "label: Halves, level: core").compare();
        assertEquals(List.of("major: Lesson 1, 'Fold in groups': entry point 'Halves' support → core — " + Rules.ENTRY_LEVEL),
                changes(level, "fair-shares"));
    }

    @Test
    void groupingRemovedIsMajorAndItsSizeChangedMinor() {
        ChangeReport size = versions().edit("units/fair-shares.yaml", "size: \"3-4\"", "size: 4").compare();
        assertEquals(List.of("minor: Lesson 1, 'Fold in groups': group size: '3–4' → '4' — " + Rules.GROUPING), changes(size, "fair-shares"));
        ChangeReport removed = versions().edit("units/fair-shares.yaml", "dimension: small_group\n        minutes: 25", "dimension: collective\n        minutes: 25")
                .edit("units/fair-shares.yaml", "        grouping: {size: \"3-4\", strategy: heterogeneous, roles: [Folder, Recorder]}\n", "")
                .compare();
        assertTrue(changes(removed, "fair-shares").contains("major: Lesson 1, 'Fold in groups': grouping removed (was 3–4) — " + Rules.GROUPING_REMOVED),
                changes(removed, "fair-shares").toString());
        assertTrue(changes(removed, "fair-shares").contains("minor: Lesson 1, 'Fold in groups': small_group → collective — " + Rules.DIMENSION));
    }

    @Test
    void standardsAreMajorAndTheCurriculumSaysWhichAreNoLongerCovered() {
        ChangeReport r = versions().edit("units/fair-shares.yaml", "standards: [m:A.1]", "standards: [m:A.3]").compare();
        assertEquals(List.of("major: standard removed: 'm:A.1' — " + Rules.STANDARDS, "major: standard added: 'm:A.3' — " + Rules.STANDARDS),
                changes(r, "fair-shares"));
        assertEquals(List.of("m:A.1"), section(r, "standards-uncovered"));
        assertEquals(List.of("m:A.3"), section(r, "standards-covered"));
    }

    @Test
    void whatIsAssessedIsMajorAndTheCurriculumSaysWhichStandardsAreNoLongerAssessed() {
        ChangeReport before = versions()
                .edit("units/fair-shares.yaml", "success_criteria: [I can fold equal parts]}", "success_criteria: [I can fold equal parts], standards: [m:A.1]}")
                .compare();
        assertEquals(List.of("major: assessed standard added: 'm:A.1' — " + Rules.ASSESSMENT), changes(before, "fair-shares"));
        assertEquals(List.of("m:A.1"), section(before, "standards-assessed"));
        ChangeReport r = versions()
                .editBase("units/fair-shares.yaml", "success_criteria: [I can fold equal parts]}", "success_criteria: [I can fold equal parts], standards: [m:A.1]}")
                .edit("units/fair-shares.yaml", "materials: [paper strips]", "materials: [paper strips]\n        assesses: [m:A.1]")
                .compare();
        assertEquals(List.of("major: assessed standard removed: 'm:A.1' — " + Rules.ASSESSMENT,
                "major: Lesson 1, 'Fold in groups' assessed standard added: 'm:A.1' — " + Rules.ASSESSMENT), changes(r, "fair-shares"));
        assertEquals(List.of(), section(r, "standards-unassessed"), "still assessed, in the activity");
    }

    @Test
    void bigIdeasQuestionsObjectivesAndAssessmentAreMajor() {
        ChangeReport r = versions()
                .edit("units/fair-shares.yaml", "big_ideas: [A fraction is a number.]", "big_ideas: [Fractions are numbers.]")
                .edit("units/fair-shares.yaml", "essential_questions: [\"What makes a share fair?\"]", "essential_questions: []")
                .edit("units/fair-shares.yaml", "objectives: [I can fold equal parts]", "objectives: [I can fold equal parts, I can name a part]")
                .edit("units/fair-shares.yaml", "evidence: Strips labelled with fractions.", "evidence: A labelled drawing.")
                .compare();
        assertEquals(List.of(
                "major: big idea removed: 'A fraction is a number.' — " + Rules.BIG_IDEAS,
                "major: big idea added: 'Fractions are numbers.' — " + Rules.BIG_IDEAS,
                "major: essential question removed: 'What makes a share fair?' — " + Rules.QUESTIONS,
                "major: assessment evidence: 'Strips labelled with fractions.' → 'A labelled drawing.' — " + Rules.ASSESSMENT,
                "major: Lesson 1 objective added: 'I can name a part' — " + Rules.OBJECTIVES), changes(r, "fair-shares"));
    }

    @Test
    void wordingTitlesMaterialsAndTagsAreMinor() {
        ChangeReport r = versions()
                .edit("units/fair-shares.yaml", "summary: Learners share things fairly.", "summary: Learners share things fairly and name the parts.")
                .edit("units/fair-shares.yaml", "title: Folding paper", "title: Folding strips")
                .edit("units/fair-shares.yaml", "materials: [paper strips]", "materials: [paper strips, scissors]")
                .edit("units/fair-shares.yaml", "tags: [fractions]", "tags: [fractions, sharing]")
                .compare();
        assertEquals(List.of(
                "minor: summary reworded: 'Learners share things fairly.' → 'Learners share things fairly and name the parts.' — " + Rules.WORDING,
                "minor: tag added: 'sharing' — " + Rules.TAGS,
                "minor: Lesson 1 title: 'Folding paper' → 'Folding strips' — " + Rules.TITLES,
                "minor: Lesson 1, 'Fold in groups' material added: 'scissors' — " + Rules.MATERIALS), changes(r, "fair-shares"));
        assertEquals(0, r.majors());
    }

    @Test
    void prerequisitesAreMajorAndOneNowTaughtLaterIsNamed() {
        ChangeReport r = versions().edit("units/tenths.yaml", "grade: 4\nterm: Fall", "grade: 3\nterm: Fall")
                .edit("units/fair-shares.yaml", "term: Fall", "term: Spring").compare();
        assertEquals(List.of("tenths needs fair-shares: prerequisite is taught in a later term"), section(r, "prerequisites-later"));
        ChangeReport removed = versions().edit("units/tenths.yaml", "prerequisites: [fair-shares]\n", "").compare();
        assertEquals(List.of("major: prerequisite removed: 'fair-shares' — " + Rules.PREREQUISITES), changes(removed, "tenths"));
        assertEquals(List.of("tenths needs fair-shares"), section(removed, "prerequisites-removed"));
    }

    @Test
    void aFileMovedWithTheSameIdIsOneChangedUnit() {
        TwoVersions v = versions();
        v.head.put("units/grade-3/shares.yaml", v.head.remove("units/fair-shares.yaml").replace("minutes: 25", "minutes: 24"));
        ChangeReport r = v.compare();
        assertEquals(List.of("changed"), r.units().stream().map(UnitChanges::status).toList());
        assertEquals(List.of("minor: file moved: units/fair-shares.yaml → units/grade-3/shares.yaml — " + Rules.PLACEMENT,
                "minor: Lesson 1, 'Fold in groups': 25 → 24 minutes — " + Rules.MINUTES), changes(r, "fair-shares"));
        assertEquals(List.of("'Fair Shares' (fair-shares): units/fair-shares.yaml → units/grade-3/shares.yaml"), section(r, "moved"));
        assertEquals(List.of(), section(r, "added"));
        assertEquals(List.of(), section(r, "removed"));
    }

    @Test
    void unitsAddedAndRemovedAreMajor() {
        TwoVersions v = versions();
        v.head.put("units/halves.yaml", TwoVersions.TENTHS.replace("id: tenths", "id: halves").replace("title: Tenths", "title: Halves"));
        v.head.remove("units/tenths.yaml");
        ChangeReport r = v.compare();
        assertEquals(List.of("'Halves' (halves), units/halves.yaml"), section(r, "added"));
        assertEquals(List.of("'Tenths' (tenths), units/tenths.yaml"), section(r, "removed"));
        assertEquals(2, r.majors());
    }

    @Test
    void aVersionWithErrorsIsComparedAsFarAsItBoundAndItsErrorsAreListed() {
        ChangeReport r = versions().edit("units/tenths.yaml", "Launch, dimension: collective, minutes: 20}", "Launch, dimension: collective, minutes: twenty}")
                .edit("units/fair-shares.yaml", "title: Fair Shares", "title: Fair Shares Again").compare();
        assertEquals(List.of("minor: title: 'Fair Shares' → 'Fair Shares Again' — " + Rules.TITLES), changes(r, "fair-shares"));
        assertEquals(1, r.head().errors(), r.head().diagnostics().toString());
        String md = MarkdownReport.of(r, false);
        assertTrue(md.contains("**The head has 1 error(s)** (head)"), md);
        assertTrue(md.contains("tenths.yaml:"), md);
        assertTrue(md.contains("expected an integer 1..600, got \"twenty\""), md);
    }

    @Test
    void aMissingFolderIsSaid() {
        TwoVersions v = versions();
        v.base.clear();
        ChangeReport r = v.compare();
        assertEquals(2, r.count("added"));
        assertTrue(MarkdownReport.of(r, false).contains("No content in the base"), MarkdownReport.of(r, false));
    }

    @Test
    void aFileWithTheSameTextInBothVersionsIsBoundOnce() {
        ChangeReport r = versions().edit("units/tenths.yaml", "title: Tenths", "title: Tenths!").compare();
        var before = r.base().checked().units();
        var after = r.head().checked().units();
        assertTrue(before.get(0) == after.get(0), "fair-shares, unchanged, is the same object in both versions");
        assertFalse(before.get(1) == after.get(1), "tenths was edited");
        assertEquals(List.of("minor: title: 'Tenths' → 'Tenths!' — " + Rules.TITLES), changes(r, "tenths"));
    }
}
