package dev.threefold.core.render.data;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * sitemap.xml. With a base URL the locations are absolute, as search engines
 * require; without one they are relative to the sitemap (still a full list of pages).
 */
public final class Sitemap {

    private Sitemap() {
    }

    public static byte[] of(List<String> pagePaths, String baseUrl) {
        String base = baseUrl == null || baseUrl.isBlank() ? "" : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : pagePaths) {
            String dir = p.endsWith("index.html") ? p.substring(0, p.length() - "index.html".length()) : p;
            String loc = base + dir;
            sb.append("  <url><loc>").append(xml(loc.isEmpty() ? "./" : loc)).append("</loc></url>\n");
        }
        sb.append("</urlset>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
