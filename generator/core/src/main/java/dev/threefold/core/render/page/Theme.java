package dev.threefold.core.render.page;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The default theme (inside this jar) with a user's theme folder laid over
 * it: {@code <theme>/templates/x.ftlh} replaces the default {@code x.ftlh},
 * {@code <theme>/assets/y} replaces or adds {@code theme/y} in the site.
 * Templates are compiled once and shared by all threads.
 */
public final class Theme {

    static final String DEFAULT_ROOT = "threefold/themes/default";

    private final Path userTheme;
    private final Configuration freemarker;

    /** @param userTheme a theme folder, or null for the default theme alone */
    public Theme(Path userTheme) {
        this.userTheme = userTheme;
        List<TemplateLoader> loaders = new ArrayList<>();
        try {
            if (userTheme != null && Files.isDirectory(userTheme.resolve("templates"))) {
                loaders.add(new FileTemplateLoader(userTheme.resolve("templates").toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaders.add(new ClassTemplateLoader(Theme.class.getClassLoader(), DEFAULT_ROOT + "/templates"));
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true); // .ftlh → HTML auto-escaping
        cfg.setLocalizedLookup(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNumberFormat("computer");
        cfg.setObjectWrapper(new RecordWrapper());
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE); // one build, no reloading
        this.freemarker = cfg;
    }

    /** Whether the user's theme replaces any template (not only assets). */
    public boolean overridesTemplates() {
        Path templates = userTheme == null ? null : userTheme.resolve("templates");
        if (templates == null || !Files.isDirectory(templates)) {
            return false;
        }
        try (Stream<Path> s = Files.walk(templates)) {
            return s.anyMatch(p -> p.toString().endsWith(".ftlh") && Files.isRegularFile(p));
        } catch (IOException e) {
            return true; // unknown: assume it does
        }
    }

    /**
     * A theme with its assets read and its fingerprint worked out, as a build makes it on a thread
     * of its own while the content is read (reading the default assets opens the Threefold jar).
     */
    public static Theme prepared(Path userTheme) {
        Theme theme = new Theme(userTheme);
        theme.assets();
        theme.fingerprint();
        return theme;
    }

    private String fingerprint;

    /**
     * A hash of the user's theme folder (every file's path and bytes), or "" for the default
     * theme alone, which is part of the Threefold jar; worked out once.
     */
    public synchronized String fingerprint() {
        if (fingerprint == null) {
            fingerprint = readFingerprint();
        }
        return fingerprint;
    }

    private String readFingerprint() {
        if (userTheme == null || !Files.isDirectory(userTheme)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.walk(userTheme)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                sb.append(userTheme.relativize(p)).append('\u0000')
                        .append(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(Files.readAllBytes(p)))).append('\n');
            }
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return "unreadable " + System.nanoTime(); // never matches: every page is rendered
        }
        return sb.toString();
    }

    /** How templates see Java values (see {@link RecordWrapper}). */
    freemarker.template.ObjectWrapper wrapper() {
        return freemarker.getObjectWrapper();
    }

    /** The lookup order, as shown in errors. */
    public String lookupOrder(String name) {
        String defaults = "the default theme's templates/" + name;
        return userTheme == null ? defaults : userTheme.resolve("templates").resolve(name) + ", then " + defaults;
    }

    public Template template(String name) {
        try {
            return freemarker.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new ThemeException("template " + name + " not found; looked in " + lookupOrder(name), e);
        } catch (IOException e) {
            throw new ThemeException("template " + name + " could not be read: " + oneLine(e), e);
        }
    }

    private Map<String, byte[]> assets;

    /** Site path (e.g. {@code theme/style.css}) → bytes, default assets overlaid by the user's; read once. */
    public synchronized Map<String, byte[]> assets() {
        if (assets == null) {
            assets = readAssets();
        }
        return assets;
    }

    private Map<String, byte[]> readAssets() {
        Map<String, byte[]> out = new TreeMap<>();
        readDefaultAssets(out);
        if (userTheme != null) {
            Path dir = userTheme.resolve("assets");
            if (Files.isDirectory(dir)) {
                try {
                    collect(dir, out);
                } catch (IOException e) {
                    throw new ThemeException("cannot read theme assets in " + dir + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private static void readDefaultAssets(Map<String, byte[]> out) {
        URL url = Theme.class.getClassLoader().getResource(DEFAULT_ROOT + "/assets");
        if (url == null) {
            throw new ThemeException("the default theme's assets are missing from the class path", null);
        }
        out.putAll(defaultAssets(url));
    }

    /**
     * Site path → bytes of every file under {@code assets}: a folder, or one in a jar
     * ({@code jar:file:/…/threefold.jar!/threefold/themes/default/assets/}). A jar is read with
     * ZipFile, which shares the index the class loader made of the same jar; a zip file system
     * indexed all of its 3,800 entries again, in code not compiled yet (0.1 s of CPU in every build).
     */
    static Map<String, byte[]> defaultAssets(URL assets) {
        Map<String, byte[]> out = new TreeMap<>();
        try {
            if (assets.getProtocol().equals("jar")) {
                String s = assets.toString();
                Path jar = Path.of(java.net.URI.create(s.substring("jar:".length(), s.indexOf("!/"))));
                String folder = s.substring(s.indexOf("!/") + 2);
                String prefix = folder.endsWith("/") ? folder : folder + "/";
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                        if (!e.isDirectory() && e.getName().startsWith(prefix)) {
                            try (InputStream in = zip.getInputStream(e)) {
                                out.put("theme/" + e.getName().substring(prefix.length()), in.readAllBytes());
                            }
                        }
                    }
                }
            } else {
                collect(Path.of(assets.toURI()), out);
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            throw new ThemeException("cannot read the default theme's assets at " + assets + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) { // a site without its style sheet and search would still build: say so instead
            throw new ThemeException("the default theme's assets at " + assets + " hold no file", null);
        }
        return out;
    }

    /** Every file under a folder of assets, by site path (theme/…, "/" between folders on every system). */
    private static void collect(Path dir, Map<String, byte[]> out) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                out.put("theme/" + dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
    }

    /**
     * A FreeMarker error as one line a theme author can act on, e.g.
     * {@code unit.ftlh:12:5: The following has evaluated to null or missing: ==> unit.titel};
     * FreeMarker's own message runs over many lines with an FTL stack trace.
     */
    static String oneLine(Exception e) {
        if (e instanceof freemarker.core.ParseException p) {
            return p.getTemplateName() + ":" + p.getLineNumber() + ":" + p.getColumnNumber() + ": " + firstParagraph(p.getEditorMessage());
        }
        if (e instanceof freemarker.template.TemplateException t && t.getTemplateSourceName() != null) {
            return t.getTemplateSourceName() + ":" + t.getLineNumber() + ":" + t.getColumnNumber() + ": "
                    + firstParagraph(t.getMessageWithoutStackTop());
        }
        return firstParagraph(String.valueOf(e.getMessage()));
    }

    /** The text up to the first blank line or "----" rule, its lines joined by spaces. */
    private static String firstParagraph(String message) {
        StringBuilder sb = new StringBuilder();
        for (String line : message.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("----")) {
                if (sb.length() > 0) {
                    break;
                }
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(l.replaceAll("\\s*\\[in template .*?]$", ""));
        }
        return sb.toString();
    }

    /** A theme that cannot render: a missing or broken template. */
    public static final class ThemeException extends RuntimeException {
        public ThemeException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
