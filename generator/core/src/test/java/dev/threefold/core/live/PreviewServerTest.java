package dev.threefold.core.live;

import dev.threefold.core.BuildRequest;
import dev.threefold.core.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A running preview server, driven over HTTP while its content is edited, renamed, deleted, broken and fixed. */
class PreviewServerTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(URI base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 10 s for: " + what);
            }
            Thread.sleep(20);
        }
    }

    private static boolean pageContains(PreviewServer server, String path, String fragment) {
        byte[] page = server.site().file(path);
        return page != null && new String(page, java.nio.charset.StandardCharsets.UTF_8).contains(fragment);
    }

    @Test
    void servesOnLoopbackAndFollowsEveryKindOfEdit(@TempDir Path tmp) throws Exception {
        Path content = Fixtures.copy(Fixtures.site("basic"), tmp.resolve("content"));
        try (PreviewServer server = PreviewServer.start(new BuildRequest(content, null, null, false, ""), "127.0.0.1", 0, s -> { })) {
            URI base = server.uri();
            assertEquals("127.0.0.1", base.getHost(), "never on all interfaces unless asked");
            var home = get(base, "/");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains(PreviewServer.LIVE_TAG), "pages get the reload script");
            assertEquals("text/css; charset=utf-8", get(base, "/theme/style.css").headers().firstValue("Content-Type").orElseThrow());
            assertTrue(get(base, "/__threefold/live.js").body().contains("EventSource"));

            // edit
            LiveSiteTest.edit(content.resolve("units/grade-3/fractions.yaml"), "title: Fair Shares", "title: Fair Shares Two");
            await(() -> pageContains(server, "units/fractions/index.html", "<h1>Fair Shares Two</h1>"),
                    "a rebuild after the edit; problems: " + server.site().problems());
            assertTrue(get(base, "/units/fractions/").body().contains("<h1>Fair Shares Two</h1>"));

            // rename
            long v2 = server.site().version();
            Files.move(content.resolve("units/grade-3/fractions.yaml"), content.resolve("units/grade-3/fair-shares.yaml"));
            // the other unit's prerequisite now names a unit that is gone: an error, and the last good site stays
            await(() -> server.site().version() > v2 && server.site().hasErrors(), "the rename");
            assertTrue(get(base, "/__threefold/problems.json").body().contains("prerequisite `fractions` is not a unit id"));
            assertEquals(200, get(base, "/units/fractions/index.html").statusCode(), "the last good site is still served");
            LiveSiteTest.edit(content.resolve("units/grade-4/deep/decimal-tenths.yaml"), "prerequisites: [fractions]",
                    "prerequisites: [fair-shares]");
            LiveSiteTest.edit(content.resolve("units/grade-4/deep/decimal-tenths.yaml"), "(unit:fractions)", "(unit:fair-shares)");
            await(() -> !server.site().hasErrors(), "the fix");
            assertEquals(200, get(base, "/units/fair-shares/index.html").statusCode());
            assertEquals(404, get(base, "/units/fractions/index.html").statusCode());

            // break and fix
            Path unit = content.resolve("units/grade-3/fair-shares.yaml");
            String good = Files.readString(unit);
            Files.writeString(unit, good.replace("minutes: 25", "minutes: lots"));
            // an editor's save may be seen half-written first; the broken value's own error follows
            await(() -> server.site().problems().stream().anyMatch(d -> d.message().contains("got \"lots\"")), "the broken save");
            assertTrue(get(base, "/__threefold/problems.json").body().contains("got \\\"lots\\\""));
            assertEquals(200, get(base, "/units/fair-shares/").statusCode(), "the last good site is still served");
            Files.writeString(unit, good);
            await(() -> !server.site().hasErrors(), "the fixed save");

            // delete
            Files.delete(content.resolve("units/grade-4/deep/decimal-tenths.yaml"));
            await(() -> server.site().file("units/tenths/index.html") == null, "the deletion");
            assertEquals(404, get(base, "/units/tenths/").statusCode());
            assertFalse(get(base, "/tags/fractions/").body().contains("Tenths"));

            assertEquals(400, get(base, "/units/%2e%2e/%2e%2e/secret").statusCode(), "no way out of the site");
        }
    }

    @Test
    void theEventStreamAnnouncesEachRebuild(@TempDir Path tmp) throws Exception {
        Path content = Fixtures.copy(Fixtures.site("basic"), tmp.resolve("content"));
        try (PreviewServer server = PreviewServer.start(new BuildRequest(content, null, null, false, ""), "127.0.0.1", 0, s -> { })) {
            var lines = http.send(HttpRequest.newBuilder(server.uri().resolve("/__threefold/events")).build(),
                    HttpResponse.BodyHandlers.ofLines()).body().iterator();
            assertEquals("data: " + server.site().version(), lines.next());
            LiveSiteTest.edit(content.resolve("units/grade-3/fractions.yaml"), "title: Fair Shares", "title: Fair Shares Three");
            String next = lines.next();
            while (next.isEmpty() || next.startsWith(":")) {
                next = lines.next();
            }
            assertEquals("data: " + server.site().version(), next);
        }
    }
}
