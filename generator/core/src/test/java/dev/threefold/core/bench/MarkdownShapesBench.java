package dev.threefold.core.bench;

import dev.threefold.core.bind.UnitBinder;
import dev.threefold.core.diag.Diagnostics;
import dev.threefold.core.load.SourceFile;
import dev.threefold.core.load.YamlReader;
import dev.threefold.core.markdown.MarkdownRenderer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Validates one unit file whose teacher_notes are a markdown shape that once took time growing
 * with the square of its size (or ended in a StackOverflowError), at each size up to the
 * loader's limit, as the command line's validate does (read, bind, render the markdown).
 * Rounds are interleaved (every shape and size once per round) and each cell's median is
 * printed, with its seconds per MiB. Run by bench/markdown-shapes.sh.
 */
public final class MarkdownShapesBench {

    private static final Map<String, IntFunction<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("backtick-runs", n -> growing(n, i -> "`".repeat(i) + " "));
        SHAPES.put("unclosed-links", n -> repeat("[a](b", n));
        SHAPES.put("unclosed-images", n -> repeat("![a](b", n));
        SHAPES.put("nested-emphasis", n -> growing(n, i -> (i % 2 == 0 ? "**" : "*") + (char) ('a' + i % 26) + " "));
        SHAPES.put("open-brackets", n -> "[".repeat(n));
        SHAPES.put("less-than", n -> "<".repeat(n));
        SHAPES.put("ampersands", n -> "&".repeat(n));
        SHAPES.put("backslashes", n -> "\\".repeat(n));
        SHAPES.put("deep-quotes", n -> ">".repeat(n));
        SHAPES.put("deep-lists", n -> repeat("- ", n));
        // fields that may hold an autolink (issue 26, item 7)
        SHAPES.put("www-dots", n -> "www.a" + repeat(".x", n - 5));
        SHAPES.put("email-dots", n -> "a@a" + repeat(".a", n - 3));
        SHAPES.put("http-dots", n -> "http://a" + repeat(".x", n - 8));
        SHAPES.put("www-repeated", n -> repeat("www.", n));
        SHAPES.put("bare-schemes", n -> repeat("a:// ", n));
        SHAPES.put("link-then-dots", n -> "www.a.b " + ".".repeat(n - 8));
        SHAPES.put("link-then-dashes", n -> "www.a.b " + "-".repeat(n - 8));
        SHAPES.put("link-then-unders", n -> "www.a.b " + "_".repeat(n - 8));
        SHAPES.put("entity-run", n -> "www.a.b " + repeat("a&amp;", n - 8));
        SHAPES.put("marks", n -> "www.a.b a:// " + "\u0301".repeat((n - 13) / 2)); // two bytes each
        SHAPES.put("many-links", n -> repeat("www.a.b ", n));
        SHAPES.put("escaped-links", n -> repeat("\\*www.a.b ", n));
        SHAPES.put("escapes", n -> repeat("\\*a ", n));
    }

    private MarkdownShapesBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int[] sizes = args.length > 1 && !args[1].isEmpty() ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {80 << 10, 320 << 10, 1 << 20, (2 << 20) - 4096};
        if (args.length > 2) {
            SHAPES.keySet().retainAll(List.of(args[2].split(",")));
        }
        YamlReader yaml = new YamlReader();
        UnitBinder binder = new UnitBinder(new MarkdownRenderer());
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        for (int round = 0; round <= rounds; round++) { // round 0 warms up and is not counted
            for (var shape : SHAPES.entrySet()) {
                for (int size : sizes) {
                    String file = unitFile(shape.getValue().apply(size));
                    long start = System.nanoTime();
                    Diagnostics d = new Diagnostics();
                    yaml.read(new SourceFile("units/g/x.yaml", "content/units/g/x.yaml", file), d)
                            .ifPresent(root -> binder.bind(root, "units/g/x.yaml", null, Set.of(), d));
                    double s = (System.nanoTime() - start) / 1e9;
                    if (round > 0) {
                        seconds.computeIfAbsent(shape.getKey() + " " + size, k -> new ArrayList<>()).add(s);
                    }
                }
            }
        }
        System.out.printf("%-18s %9s %9s %9s%n", "shape", "bytes", "median s", "s/MiB");
        seconds.forEach((key, times) -> {
            String[] parts = key.split(" ");
            double median = times.stream().sorted().toList().get(times.size() / 2);
            int bytes = Integer.parseInt(parts[1]);
            System.out.printf("%-18s %9d %9.3f %9.3f%n", parts[0], bytes, median, median / (bytes / 1048576.0));
        });
    }

    /** A unit with the shape as its teacher_notes, in a literal block (no escaping), under the loader's limit. */
    private static String unitFile(String markdown) {
        return "title: Shape\nsubject: Mathematics\ngrade: 3\nsummary: A shape.\nteacher_notes: |\n  " + markdown + "\n";
    }

    private static String repeat(String unit, int size) {
        return unit.repeat(Math.max(1, size / unit.length()));
    }

    private static String growing(int size, IntFunction<String> piece) {
        StringBuilder sb = new StringBuilder(size + 64);
        for (int i = 1; sb.length() < size; i++) {
            sb.append(piece.apply(i));
        }
        sb.setLength(size);
        return sb.toString();
    }
}
