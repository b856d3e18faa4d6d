package dev.threefold.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The folder tree tells the architecture: a build runs load → markdown → bind → check → index →
 * report → render → write, and each stage's package imports only the stages before it (with
 * diag, model and concurrent below them all). diff compares two checked versions and sits
 * before render, which draws its page. The façade (Build) uses the whole pipeline; the
 * preview and watch layer (live) and the scaffolding sit on top of it.
 */
class StageOrderTest {

    /** Each package's rank: a package may import only packages of a lower rank, or itself. */
    private static final Map<String, Integer> RANK = Map.ofEntries(
            Map.entry("diag", 0), Map.entry("concurrent", 0), Map.entry("model", 1),
            Map.entry("load", 2), Map.entry("markdown", 3), Map.entry("bind", 4), Map.entry("check", 5),
            Map.entry("index", 6), Map.entry("report", 7), Map.entry("diff", 8),
            Map.entry("render.data", 9), Map.entry("render.page", 10), Map.entry("render", 11),
            Map.entry("write", 12), Map.entry("", 13), Map.entry("live", 14), Map.entry("scaffold", 14));

    private static final Path SOURCES = Path.of("src/main/java/dev/threefold/core");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?dev\\.threefold\\.core\\.((?:[a-z]+\\.)*)[A-Z]",
            Pattern.MULTILINE);

    @Test
    void noPackageImportsALaterStage() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(SOURCES)) {
            files = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(files.size() > 50, "the sources are found from the module's folder: " + files.size());
        for (Path f : files) {
            String pkg = SOURCES.relativize(f.getParent() == null ? SOURCES : f.getParent()).toString().replace('/', '.');
            Integer rank = RANK.get(pkg);
            if (rank == null) {
                wrong.add(f + ": package '" + pkg + "' has no place in the order; add it to RANK");
                continue;
            }
            Matcher m = IMPORT.matcher(Files.readString(f));
            while (m.find()) {
                String other = m.group(1).isEmpty() ? "" : m.group(1).substring(0, m.group(1).length() - 1);
                Integer otherRank = RANK.get(other);
                if (!other.equals(pkg) && (otherRank == null || otherRank >= rank)) {
                    wrong.add(SOURCES.relativize(f) + " imports " + (other.isEmpty() ? "the façade" : other));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
