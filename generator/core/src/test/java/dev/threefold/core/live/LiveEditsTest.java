package dev.threefold.core.live;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.Fixtures;
import dev.threefold.core.check.ContentCheck;
import dev.threefold.core.diag.Diagnostic;
import dev.threefold.core.write.WatchedOutput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live site (the preview, a watched build) renders again only what an edit touched; after
 * any sequence of edits, what it serves and what it writes must be byte for byte what a fresh
 * build of the same files writes. Random sequences of the edits a curriculum team makes: prose,
 * titles, minutes, standards, prerequisites, curriculum.yaml, standards' statements, assets, theme
 * templates, and units added, renamed and deleted.
 */
class LiveEditsTest {

    private static final int EDITS = 45;
    private static final Pattern MINUTES = Pattern.compile("minutes: (\\d+)");

    @TempDir
    Path tmp;

    /** What the watched builds wrote, as build --watch keeps it (a spare folder beside the output). */
    private final WatchedOutput output = new WatchedOutput();

    @AfterEach
    void endTheWatch() {
        output.close();
    }

    private Path content;
    private Path theme;
    private final List<Path> added = new ArrayList<>();
    private int serial;

    @Test
    void afterEveryEditTheLiveSiteServesAndWritesWhatAFreshBuildWrites() throws IOException {
        content = Fixtures.copy(Path.of("../../content"), tmp.resolve("content"));
        theme = Files.createDirectories(tmp.resolve("theme/templates"));
        Files.copy(Path.of("../../themes/default/templates/unit.ftlh"), theme.resolve("unit.ftlh"));
        BuildRequest toOut = request(tmp.resolve("site"));
        LastPages pages = new LastPages();
        Build watched = new Build(ContentCheck.remembering(), pages, output::writer);
        LiveSite served = new LiveSite(toOut);
        assertSame(toOut, watched, served);

        Random random = new Random(27);
        for (int i = 0; i < EDITS; i++) {
            String edit = edit(random);
            List<Path> before = unitFiles();
            assertSame(toOut, watched, served, edit);
            assertEquals(before, unitFiles());
        }
        // What the recording buys: one unit's summary edited renders that unit's pages again, not the site.
        int renders = pages.renders();
        Path unit = unitFiles().get(0);
        replaceFirst(unit, Pattern.compile("(?m)^summary: \\|\\n  "), "summary: |\n  Once more. ");
        assertSame(toOut, watched, served, "a summary");
        int pagesInSite = (int) Fixtures.snapshot(tmp.resolve("site")).keySet().stream().filter(p -> p.endsWith(".html")).count();
        assertTrue(pages.renders() - renders < pagesInSite / 4,
                (pages.renders() - renders) + " of " + pagesInSite + " pages rendered again after one summary");
    }

    /**
     * A piece of a page rendered once and copied into every page that shows it (a unit's card, see
     * RenderOnce) brings what it read of the index to each of those pages: here a theme's card shows
     * how many units follow its unit, which a unit added elsewhere changes while every list holding
     * the card stays the same.
     */
    @Test
    void aPieceCopiedIntoManyPagesCarriesWhatItReadToEachOfThem() throws IOException {
        content = Fixtures.copy(Path.of("../../content"), tmp.resolve("content"));
        theme = Files.createDirectories(tmp.resolve("theme/templates"));
        Path components = Files.copy(Path.of("../../themes/default/templates/components.ftlh"), theme.resolve("components.ftlh"));
        replaceFirst(components, Pattern.compile("  <div class=\"summary\">"),
                Matcher.quoteReplacement("  <p class=\"followers\">${index.followers(u)?size} units follow it</p>\n  <div class=\"summary\">"));
        BuildRequest toOut = request(tmp.resolve("site"));
        Build watched = Watch.remembering(output);
        LiveSite served = new LiveSite(toOut);
        assertSame(toOut, watched, served);
        for (String page : List.of("grades/3/index.html", "subjects/mathematics/index.html", "tags/arrays/index.html")) {
            served.file(page); // rendered, so that what they read is recorded
        }
        // A grade-5 science unit that follows a grade-3 mathematics unit: no list holding the latter changes.
        Path follower = content.resolve("units/grade-5/follows-arrays.yaml");
        Files.writeString(follower, Files.readString(content.resolve("units/grade-5/tiny-particles.yaml"))
                .replaceFirst("(?m)^title: .*$", "title: Follows Arrays")
                .replaceFirst("(?m)^prerequisites:\\n(  - .*\\n)*", "")
                .replaceFirst("(?m)^tags:", "prerequisites:\n  - equal-groups-and-arrays\ntags:"));
        assertSame(toOut, watched, served, "a follower added");
    }

    private BuildRequest request(Path output) {
        return new BuildRequest(content, output, tmp.resolve("theme"), false, "");
    }

    /** The live builds' and the live site's files equal a fresh build's; or both fail alike. */
    private void assertSame(BuildRequest toOut, Build watched, LiveSite served, String... edit) throws IOException {
        String what = edit.length == 0 ? "the first build" : "after " + edit[0];
        Path freshOut = tmp.resolve("fresh-" + serial++);
        Build.Outcome fresh = new Build().attempt(request(freshOut), w -> { });
        Map<String, byte[]> before = Files.exists(toOut.output()) ? Fixtures.snapshot(toOut.output()) : Map.of();
        Map<String, FileTime> times = modified(toOut.output());
        Build.Outcome live = watched.attempt(toOut, w -> { });
        List<Diagnostic> problems = served.refresh();
        assertEquals(fresh.failure(), live.failure(), what);
        assertEquals(fresh.result().diagnostics(), live.result().diagnostics(), what);
        assertEquals(fresh.result().diagnostics(), problems, what);
        if (!fresh.succeeded()) {
            return;
        }
        Map<String, byte[]> expected = Fixtures.snapshot(freshOut);
        Map<String, byte[]> written = Fixtures.snapshot(toOut.output());
        assertEquals(expected.keySet(), written.keySet(), what);
        assertEquals(folders(freshOut), folders(toOut.output()), what + ": the folders");
        Map<String, FileTime> timesAfter = modified(toOut.output());
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            if (Arrays.equals(before.get(e.getKey()), e.getValue())) { // so an incremental deploy (rsync) leaves it
                assertEquals(times.get(e.getKey()), timesAfter.get(e.getKey()), what + ": unchanged " + e.getKey() + " keeps its time");
            }
            assertArrayEquals(e.getValue(), written.get(e.getKey()), what + ": written " + e.getKey());
            if (!e.getKey().equals(".threefold-site")) {
                assertArrayEquals(e.getValue(), served.file(e.getKey()), what + ": served " + e.getKey());
            }
        }
        deleteTree(freshOut);
    }

    /** Makes one random edit; returns what it was. */
    private String edit(Random random) throws IOException {
        List<Path> units = unitFiles();
        Path unit = units.get(random.nextInt(units.size()));
        int n = serial;
        switch (random.nextInt(12)) {
            case 0 -> {
                replaceFirst(unit, Pattern.compile("(?m)^summary: \\|\\n  "), "summary: |\n  Edited " + n + ". ");
                return "a summary of " + unit.getFileName();
            }
            case 1 -> {
                replaceFirst(unit, Pattern.compile("(?m)^title: (.*)$"), "title: $1 " + n);
                return "a title of " + unit.getFileName();
            }
            case 2 -> {
                String text = Files.readString(unit);
                Matcher m = MINUTES.matcher(text);
                List<Integer> at = new ArrayList<>();
                while (m.find()) {
                    at.add(m.start(1));
                }
                int pick = at.get(random.nextInt(at.size()));
                int end = text.indexOf('\n', pick);
                Files.writeString(unit, text.substring(0, pick) + (5 + random.nextInt(40)) + text.substring(end));
                return "minutes in " + unit.getFileName();
            }
            case 3 -> {
                String text = Files.readString(unit);
                if (text.contains("\nstandards:\n  - ") && random.nextBoolean()) {
                    int i = text.indexOf("\nstandards:\n  - ") + "\nstandards:\n".length();
                    int end = text.indexOf('\n', i) + 1;
                    if (text.startsWith("  - ", end)) { // keep one
                        Files.writeString(unit, text.substring(0, i) + text.substring(end));
                        return "a standard removed from " + unit.getFileName();
                    }
                }
                replaceFirst(unit, Pattern.compile("(?m)^standards:\\n"), "standards:\n  - ccss-math:3.OA.A.1\n");
                return "a standard added to " + unit.getFileName();
            }
            case 4 -> {
                Path other = units.get(random.nextInt(units.size()));
                String id = other.getFileName().toString().replace(".yaml", "");
                String text = Files.readString(unit);
                if (text.contains("\nprerequisites:\n")) {
                    replaceFirst(unit, Pattern.compile("(?m)^prerequisites:\\n  - .*\\n"), "prerequisites:\n  - " + id + "\n");
                } else {
                    replaceFirst(unit, Pattern.compile("(?m)^tags:"), "prerequisites:\n  - " + id + "\ntags:");
                }
                return "a prerequisite of " + unit.getFileName() + ": " + id; // a cycle or itself fails both builds alike
            }
            case 5 -> {
                replaceFirst(content.resolve("curriculum.yaml"), Pattern.compile("(?m)^title: (.*)$"), "title: $1 " + n);
                return "curriculum.yaml";
            }
            case 6 -> {
                Path asset = content.resolve("assets/handouts/extra-" + random.nextInt(3) + ".txt");
                if (Files.exists(asset) && random.nextBoolean()) {
                    Files.delete(asset);
                    return "an asset deleted";
                }
                Files.writeString(asset, "A handout, version " + n + "\n");
                return "an asset written";
            }
            case 7 -> {
                Path template = theme.resolve("unit.ftlh");
                Files.writeString(template, Files.readString(template) + "<!-- edit " + n + " -->\n");
                return "the theme's unit template";
            }
            case 8 -> {
                Path copy = Files.createDirectories(content.resolve("units/added")).resolve("added-" + n + ".yaml");
                Files.writeString(copy, Files.readString(unit).replaceFirst("(?m)^title: (.*)$", "title: Added " + n));
                added.add(copy);
                return "a unit added";
            }
            case 9 -> {
                if (added.isEmpty()) {
                    return edit(random);
                }
                Path from = added.remove(random.nextInt(added.size()));
                Path to = from.resolveSibling("renamed-" + n + ".yaml");
                Files.move(from, to);
                added.add(to);
                return "a unit renamed";
            }
            case 10 -> {
                if (added.isEmpty()) {
                    return edit(random);
                }
                Files.delete(added.remove(random.nextInt(added.size())));
                return "a unit deleted";
            }
            default -> {
                List<Path> frameworks;
                try (Stream<Path> s = Files.list(content.resolve("standards"))) {
                    frameworks = s.sorted().toList();
                }
                Path framework = frameworks.get(random.nextInt(frameworks.size()));
                replaceFirst(framework, Pattern.compile("(?m)^    description: "), "    description: Reworded" + n + " ");
                return "a standard's statement in " + framework.getFileName();
            }
        }
    }

    /** Each file's modification time, by site path. */
    private static Map<String, FileTime> modified(Path root) throws IOException {
        Map<String, FileTime> times = new java.util.HashMap<>();
        if (Files.exists(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    times.put(root.relativize(p).toString(), Files.getLastModifiedTime(p));
                }
            }
        }
        return times;
    }

    private static List<String> folders(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isDirectory).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private List<Path> unitFiles() throws IOException {
        try (Stream<Path> s = Files.walk(content.resolve("units"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static void replaceFirst(Path file, Pattern pattern, String replacement) throws IOException {
        String text = Files.readString(file);
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            Files.writeString(file, text.substring(0, m.start()) + m.group().replaceFirst(pattern.pattern(), replacement)
                    + text.substring(m.end()));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
