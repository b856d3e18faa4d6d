package dev.threefold.core.render;

import freemarker.template.TemplateException;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Runs one theme template over a page model. Thread-safe. */
public final class PageRenderer {

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
        Utf8Output out = new Utf8Output(32 * 1024);
        try {
            theme.template(template).process(data, out);
        } catch (TemplateException | IOException e) {
            throw new Theme.ThemeException("template " + template + " failed on " + path + ": " + Theme.oneLine(e), e);
        }
        return out.toByteArray();
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
