package dev.threefold.site;

import dev.threefold.core.BuildRequest;
import dev.threefold.core.live.PreviewServer;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Benchmark (not a test): time from saving a unit file to the open browser
 * tab showing the change, on a generated corpus. Run with bench/serve-latency.sh.
 */
public final class ServeLatencyBench {

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path unit = BenchCorpus.firstUnit(content);
        String original = Files.readString(unit);
        String title = original.lines().filter(l -> l.startsWith("title: ")).findFirst().orElseThrow();
        ChromeDriver driver = Browser.start(1280, 1000);
        long start = System.nanoTime();
        long[] rebuilt = new long[1];
        try (PreviewServer server = PreviewServer.start(new BuildRequest(content, null, null, false, ""), "127.0.0.1", 0,
                s -> rebuilt[0] = System.nanoTime())) {
            System.out.printf("first build and start: %.1f s%n", (System.nanoTime() - start) / 1e9);
            driver.get(server.uri().resolve("/units/unit-00000/").toString());
            Thread.sleep(1000);
            List<Double> ms = new ArrayList<>();
            List<Long> toRebuilt = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                String marker = "Edited " + i;
                // Asked of the page every few milliseconds: a page with scripts of its own (the unit page's) is
                // reloaded whole rather than updated in place, which would drop a watcher set in the page.
                long wall0 = System.currentTimeMillis();
                long t0 = System.nanoTime();
                Files.writeString(unit, original.replace(title, "title: \"" + marker + "\""));
                Object seenAt;
                while ((seenAt = driver.executeScript("const h = document.querySelector('h1');"
                        + " return h && h.textContent === arguments[0] ? performance.timeOrigin + performance.now() : null;", marker)) == null) {
                    Thread.sleep(5);
                    if (System.nanoTime() - t0 > 30_000_000_000L) {
                        throw new IllegalStateException("no reload within 30 s");
                    }
                }
                ms.add(((Number) seenAt).doubleValue() - wall0);
                toRebuilt.add(Math.round((rebuilt[0] - t0) / 1e6));
                Thread.sleep(300);
            }
            List<Double> warm = new ArrayList<>(ms.subList(Math.min(5, ms.size() - 1), ms.size()));
            Collections.sort(warm);
            System.out.println("of which save → site rebuilt (watcher + rebuild): " + toRebuilt + " ms");
            System.out.printf("save → reloaded page, %d units: all %s ms; after 5 warm-up saves: median %.0f ms, max %.0f ms%n",
                    server.site().paths().stream().filter(p -> p.startsWith("units/") && p.endsWith("index.html")).count(),
                    ms.stream().map(d -> String.valueOf(Math.round(d))).toList(), warm.get(warm.size() / 2), warm.get(warm.size() - 1));
        } finally {
            Files.writeString(unit, original);
            driver.quit();
        }
    }
}
