package dev.threefold.core.live;

import com.sun.net.httpserver.HttpExchange;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpServer;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.diag.Diagnostic;
import dev.threefold.core.render.data.SafeJson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A local preview: serves the live site over HTTP (the JDK's own server: no
 * dependency, enough for one writer's browser), rebuilds on every save, and
 * tells open pages to reload through server-sent events. HTML pages get one
 * extra script, /__threefold/live.js, which reloads the page and shows the
 * problems of an invalid save as an overlay; the built site never has it.
 * Binds to 127.0.0.1 unless told otherwise.
 */
public final class PreviewServer implements AutoCloseable {

    static final String LIVE_TAG = "<script src=\"/__threefold/live.js\" defer></script>";

    static {
        // Without TCP_NODELAY the JDK's server waits on delayed ACKs: ~40 ms lost per small response.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/plain; charset=utf-8"));

    private final LiveSite site;
    private final HttpServer http;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "threefold-preview");
        t.setDaemon(true);
        return t;
    });
    private final ContentWatcher watcher;
    private final Object versionChanged = new Object();
    private final Consumer<LiveSite> afterRefresh;
    private volatile boolean closed;

    private PreviewServer(BuildRequest request, String host, int port, Consumer<LiveSite> afterRefresh) throws IOException {
        this.site = new LiveSite(request);
        this.afterRefresh = afterRefresh;
        refresh();
        this.http = HttpServer.create(new InetSocketAddress(host, port), 0);
        http.setExecutor(threads);
        http.createContext("/", this::handle);
        http.start();
        this.watcher = new ContentWatcher(OnEverySave.folders(request), this::refresh);
    }

    /** Builds the site and starts serving it on host:port (port 0 picks a free one). */
    public static PreviewServer start(BuildRequest request, String host, int port, Consumer<LiveSite> afterRefresh)
            throws IOException {
        return new PreviewServer(request, host, port, afterRefresh);
    }

    public URI uri() {
        InetSocketAddress a = http.getAddress();
        return URI.create("http://" + a.getHostString() + ":" + a.getPort() + "/");
    }

    public LiveSite site() {
        return site;
    }

    /** Rebuilds now (the watcher calls this on every save). */
    public void refresh() {
        site.refresh();
        afterRefresh.accept(site);
        synchronized (versionChanged) {
            versionChanged.notifyAll();
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "GET only".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = ex.getRequestURI().getPath();
            if (path.startsWith("/__threefold/")) {
                internal(ex, path.substring("/__threefold/".length()));
                return;
            }
            String site = path.substring(1);
            if (site.isEmpty() || site.endsWith("/")) {
                site += "index.html";
            }
            if (site.contains("..") || site.contains("\\")) {
                send(ex, 400, "text/plain; charset=utf-8", "bad path".getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] bytes = this.site.file(site);
            if (bytes == null) {
                String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title>"
                        + LIVE_TAG + "</head><body><h1>Not found</h1><p>No page at /" + escape(site)
                        + ".</p><p><a href=\"/index.html\">Home</a></p></body></html>";
                send(ex, 404, TYPES.get("html"), page.getBytes(StandardCharsets.UTF_8));
                return;
            }
            String type = TYPES.getOrDefault(extension(site), "application/octet-stream");
            if (site.endsWith(".html")) {
                bytes = withLiveScript(bytes);
            }
            send(ex, 200, type, bytes);
        } catch (RuntimeException e) {
            // a theme error while rendering a page: show it, keep serving
            try {
                send(ex, 500, "text/plain; charset=utf-8", String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the browser went away
            }
        }
    }

    private void internal(HttpExchange ex, String what) throws IOException {
        switch (what) {
            case "live.js" -> send(ex, 200, TYPES.get("js"), resource("live.js"));
            case "problems.json" -> send(ex, 200, TYPES.get("json"), problemsJson());
            case "events" -> events(ex);
            default -> send(ex, 404, "text/plain; charset=utf-8", new byte[0]);
        }
    }

    /** Server-sent events: the site's version now, then again whenever it changes. */
    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        long sent = -1;
        try {
            while (!closed) {
                long v = site.version();
                if (v != sent) {
                    out.write(("data: " + v + "\n\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    sent = v;
                }
                synchronized (versionChanged) {
                    if (site.version() == sent) {
                        versionChanged.wait(15_000);
                    }
                }
                if (site.version() == sent) {
                    out.write(": still here\n\n".getBytes(StandardCharsets.UTF_8)); // notices closed tabs
                    out.flush();
                }
            }
        } catch (IOException | InterruptedException e) {
            // the tab was closed
        }
    }

    private byte[] problemsJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = SafeJson.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("version", site.version());
            g.writeArrayFieldStart("problems");
            for (Diagnostic d : site.problems()) {
                g.writeStartObject();
                g.writeStringField("severity", d.severity().label());
                g.writeStringField("text", d.format());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] withLiveScript(byte[] html) {
        String s = new String(html, StandardCharsets.UTF_8);
        int head = s.indexOf("</head>");
        return head < 0 ? html : (s.substring(0, head) + LIVE_TAG + s.substring(head)).getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            ex.getResponseBody().write(body);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() throws IOException {
        closed = true;
        synchronized (versionChanged) {
            versionChanged.notifyAll();
        }
        watcher.close();
        http.stop(0);
        threads.shutdownNow();
    }
}
