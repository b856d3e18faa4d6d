package dev.threefold.site;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.BuildResult;
import dev.threefold.core.live.Watch;
import dev.threefold.core.write.WatchedOutput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Benchmark (not a test): one-unit rebuilds in one JVM, each a build exactly as the command line
 * makes it (a new {@link Build} over the previous site on disk), after the
 * benchmark's summary edit. The rounds after the JVM has warmed up show what the rebuild's own
 * work costs, apart from starting a JVM, loading classes and compiling them, which a command-line
 * rebuild pays each time. With "watched" as the fourth argument, every build is made by one
 * {@link Watch#remembering}, as {@code build --watch} makes them. Run with bench/warm-rebuild.sh.
 */
public final class WarmRebuildBench {

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        WatchedOutput written = new WatchedOutput();
        Build watching = args.length > 3 && args[3].equals("watched") ? Watch.remembering(written) : null;
        Path unit = BenchCorpus.firstUnit(content);
        String original = Files.readString(unit);
        String edited = original.replaceFirst("(?m)^summary: \"Learners ", "summary: \"Edited: learners ");
        if (edited.equals(original)) {
            throw new IllegalStateException(unit + " has no summary starting \"Learners \": not a bench/corpus.py unit");
        }
        BuildRequest request = new BuildRequest(content, output, null, false, "");
        try {
            long t = System.nanoTime();
            build(watching, request);
            System.out.printf(Locale.ROOT, "full build: %.2f s%n", (System.nanoTime() - t) / 1e9);
            List<Double> walls = new ArrayList<>();
            Map<String, List<Double>> stages = new TreeMap<>();
            for (int i = 0; i < rounds; i++) {
                Files.writeString(unit, i % 2 == 0 ? edited : original);
                t = System.nanoTime();
                BuildResult r = build(watching, request);
                double wall = (System.nanoTime() - t) / 1e9;
                System.out.printf(Locale.ROOT, "rebuild %2d: %.3f s  %s%n", i + 1, wall, stages(r.timings()));
                if (i >= rounds / 2) { // the second half: warm
                    walls.add(wall);
                    r.timings().forEach((stage, d) -> stages.computeIfAbsent(stage, k -> new ArrayList<>()).add(d.toNanos() / 1e9));
                }
            }
            System.out.printf(Locale.ROOT, "warm one-unit rebuild (median of the last %d): %.3f s%n", walls.size(), median(walls));
            stages.forEach((stage, times) -> System.out.printf(Locale.ROOT, "  %-12s %.3f s%n", stage, median(times)));
        } finally {
            Files.writeString(unit, original);
            written.close();
        }
    }

    /** A build by {@code watching}, or, when null, by a new Build as the command line makes it. */
    private static BuildResult build(Build watching, BuildRequest request) {
        BuildResult r = (watching != null ? watching : new Build()).build(request);
        if (!r.succeeded()) {
            throw new IllegalStateException("the build failed: " + r.summary());
        }
        return r;
    }

    private static String stages(Map<String, Duration> timings) {
        StringBuilder sb = new StringBuilder();
        timings.forEach((stage, d) -> sb.append(String.format(Locale.ROOT, "%s %.3f  ", stage, d.toNanos() / 1e9)));
        return sb.toString().trim();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
