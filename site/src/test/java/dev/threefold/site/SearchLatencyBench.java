package dev.threefold.site;

import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Search speed as a teacher meets it: from opening search/index.html?q=WORD to the first result on
 * the screen, in headless Chromium, from file://. A script the page cannot see (added through the
 * DevTools protocol before the page's own) notes performance.now() when the first result is in the
 * list. With two sites, each round opens both, the first alternating, and the ratio B / A of each
 * round is reported with its median. Run by bench/search-latency.sh, not by the build.
 *
 * <p>usage: SearchLatencyBench ROUNDS QUERY SITE_A [SITE_B]
 */
public final class SearchLatencyBench {

    private static final String HOOK = "window.__firstResult = null;"
            + "new MutationObserver(function (m, o) {"
            + "  if (document.querySelector('#results .result')) { window.__firstResult = performance.now(); o.disconnect(); }"
            + "}).observe(document, {childList: true, subtree: true});";

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        String query = args[1];
        List<Path> sites = Arrays.stream(args, 2, args.length).map(Path::of).toList();
        ChromeDriver driver = Browser.start(1280, 900);
        try {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
            for (Path site : sites) {
                System.out.printf("%s: search/index.js %.1f MB%n", site, Files.size(site.resolve("search/index.js")) / 1e6);
                once(driver, site, query); // warm the file cache
            }
            List<List<Double>> times = new ArrayList<>();
            sites.forEach(s -> times.add(new ArrayList<>()));
            List<Double> ratios = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                double[] t = new double[sites.size()];
                for (int k = 0; k < sites.size(); k++) {
                    int i = (r % 2 == 0) ? k : sites.size() - 1 - k;
                    t[i] = once(driver, sites.get(i), query);
                    times.get(i).add(t[i]);
                }
                StringBuilder line = new StringBuilder("round " + (r + 1) + ":");
                for (double v : t) {
                    line.append(String.format(" %.0f ms", v));
                }
                if (sites.size() == 2) {
                    ratios.add(t[1] / t[0]);
                    line.append(String.format("  B/A %.2f", t[1] / t[0]));
                }
                System.out.println(line);
            }
            for (int i = 0; i < sites.size(); i++) {
                System.out.printf("%s \"%s\": first result %.0f ms after opening the page (median of %d)%n",
                        i == 0 ? "A" : "B", query, median(times.get(i)), rounds);
            }
            if (sites.size() == 2) {
                System.out.printf("B / A: median of per-round ratios %.2f (%.2f-%.2f)%n", median(ratios),
                        ratios.stream().mapToDouble(d -> d).min().orElse(0), ratios.stream().mapToDouble(d -> d).max().orElse(0));
            }
        } finally {
            driver.quit();
        }
    }

    /** Opens the search page for {@code query}; returns the milliseconds from navigation start to the first result. */
    private static double once(ChromeDriver driver, Path site, String query) throws InterruptedException {
        driver.get("about:blank");
        driver.get(site.resolve("search/index.html").toUri() + "?q=" + query);
        for (int i = 0; i < 600; i++) {
            Object t = driver.executeScript("return window.__firstResult");
            if (t != null) {
                return ((Number) t).doubleValue();
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no result for " + query + " in " + site);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
