package dev.threefold.core.render.page;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default theme's assets, read from the jar a user runs as from the folder the tests run from. */
class ThemeAssetsTest {

    private static final String FOLDER = Theme.DEFAULT_ROOT + "/assets/";

    @Test
    void aJarGivesTheSameAssetsAsTheFolder(@TempDir Path tmp) throws Exception {
        URL folder = Theme.class.getClassLoader().getResource(Theme.DEFAULT_ROOT + "/assets");
        Map<String, byte[]> fromFolder = Theme.defaultAssets(folder);
        assertTrue(fromFolder.containsKey("theme/style.css"), fromFolder.keySet().toString());
        assertTrue(fromFolder.keySet().stream().anyMatch(k -> k.startsWith("theme/vendor/")), "files in subfolders too");

        Path jar = tmp.resolve("threefold.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("threefold/"));
            zip.putNextEntry(new ZipEntry("threefold/themes/default/assets-old/style.css")); // a sibling that only starts alike
            zip.write("old".getBytes());
            zip.putNextEntry(new ZipEntry(FOLDER));
            for (Map.Entry<String, byte[]> e : fromFolder.entrySet()) {
                zip.putNextEntry(new ZipEntry(FOLDER + e.getKey().substring("theme/".length())));
                zip.write(e.getValue());
            }
        }
        // As the class loader names the folder, with its "/", and as written without it.
        for (String name : new String[] {FOLDER, FOLDER.substring(0, FOLDER.length() - 1)}) {
            Map<String, byte[]> fromJar = Theme.defaultAssets(new URL("jar:" + jar.toUri() + "!/" + name));
            assertEquals(fromFolder.keySet(), fromJar.keySet());
            fromFolder.forEach((path, bytes) -> assertArrayEquals(bytes, fromJar.get(path), path));
        }
    }

    @Test
    void aJarWithoutTheAssetsIsAnErrorNotASiteWithoutStyles(@TempDir Path tmp) throws Exception {
        Path jar = tmp.resolve("other.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("README.md"));
        }
        Theme.ThemeException e = assertThrows(Theme.ThemeException.class,
                () -> Theme.defaultAssets(new URL("jar:" + jar.toUri() + "!/" + FOLDER)));
        assertTrue(e.getMessage().contains("hold no file"), e.getMessage());
    }

    @Test
    void aUserThemesAssetsReplaceAndAddToTheDefaultOnes(@TempDir Path tmp) throws Exception {
        Path theme = tmp.resolve("theme");
        Files.createDirectories(theme.resolve("assets/img"));
        Files.writeString(theme.resolve("assets/style.css"), "body { color: teal; }");
        Files.writeString(theme.resolve("assets/img/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Map<String, byte[]> assets = new Theme(theme).assets();
        assertEquals("body { color: teal; }", new String(assets.get("theme/style.css"), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(assets.containsKey("theme/img/logo.svg"), assets.keySet().toString());
        assertTrue(assets.containsKey("theme/search.js"), "the default theme's other assets stay");
    }
}
