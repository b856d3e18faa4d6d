package dev.threefold.core.render.page;

import freemarker.template.TemplateException;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Runs one theme template over a page model. Thread-safe. */
public final class PageRenderer {

    /**
     * Each thread's page buffer, kept from page to page: 20,000 pages each growing a 32 KB buffer of
     * their own were 0.6 GB of what a 10,000-unit build allocated. One that grew past
     * {@link #KEPT_CAPACITY} for a large page (the coverage report's is 15 MB) is let go.
     */
    private static final ThreadLocal<Utf8Output> BUFFERS = ThreadLocal.withInitial(() -> new Utf8Output(32 * 1024));
    private static final int KEPT_CAPACITY = 1 << 20;

    private final Theme theme;
    private final Map<String, Object> shared;

    /** @param shared values every page sees (site, index, helpers) */
    public PageRenderer(Theme theme, Map<String, Object> shared) {
        this.theme = theme;
        this.shared = Map.copyOf(shared);
    }

    /**
     * @param path  the page's site path, e.g. {@code units/x/index.html}; sets {@code root}, the way back to the site root
     * @param model the page's own values
     */
    public byte[] render(String template, String path, Map<String, Object> model) {
        Map<String, Object> data = new HashMap<>(shared);
        data.putAll(model);
        data.put("root", rootOf(path));
        data.put("path", path);
        Utf8Output out = BUFFERS.get();
        BUFFERS.remove(); // taken: a page rendered while this one is gets a buffer of its own
        try {
            theme.template(template).process(data, out);
            return out.toByteArray();
        } catch (TemplateException | IOException e) {
            throw new Theme.ThemeException("template " + template + " failed on " + path + ": " + Theme.oneLine(e), e);
        } finally {
            if (out.capacity() <= KEPT_CAPACITY) {
                out.reset();
                BUFFERS.set(out);
            }
        }
    }

    Theme theme() {
        return theme;
    }

    /** {@code units/x/index.html} → {@code ../../}; {@code index.html} → "". */
    public static String rootOf(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }
}
