package dev.threefold.core.load;

import dev.threefold.core.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SVG assets found safe are remembered by stamp, so an unchanged one is not read and parsed again. */
class CheckedAssetsTest {

    private static final String SAFE = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";

    @TempDir
    Path tmp;

    private Path content() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("units"));
        Files.writeString(content.resolve("curriculum.yaml"), "title: T\n");
        Files.writeString(content.resolve("units/u.yaml"), "title: U\n");
        return content;
    }

    private static Path svg(Path content, String rel, String text, long ageMillis) throws IOException {
        Path file = content.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - ageMillis));
        return file;
    }

    private static List<String> problems(Diagnostics d) {
        // Positions name files as they open from the working directory: here, absolute paths to the temporary folder.
        return d.sorted().stream().map(x -> x.code() + " " + x.position().file().substring(x.position().file().indexOf("content/"))).toList();
    }

    @Test
    void anSvgWithTheStampItWasCheckedWithIsNotReadAgain() throws IOException {
        Path content = content();
        Path file = svg(content, "assets/a.svg", SAFE, 60_000);
        FileTime stamped = Files.getLastModifiedTime(file);
        CheckedAssets checked = new CheckedAssets();
        ContentReader reader = new ContentReader();
        assertEquals(List.of("assets/a.svg"), List.copyOf(reader.read(content, new Diagnostics(), checked).assets().keySet()));

        // Not XML at all, at the same size and time: taken as checked, as git takes a file with its
        // stamp as unchanged. It is never read.
        Files.writeString(file, "x".repeat(SAFE.length()));
        Files.setLastModifiedTime(file, stamped);
        Diagnostics d = new Diagnostics();
        assertEquals(List.of("assets/a.svg"), List.copyOf(reader.read(content, d, checked).assets().keySet()));
        assertEquals(List.of(), problems(d));

        Diagnostics fresh = new Diagnostics();
        reader.read(content, fresh, new CheckedAssets());
        assertEquals(List.of("unsafe-asset content/assets/a.svg"), problems(fresh), "without the list it is parsed, and refused");
    }

    @Test
    void anSvgChangedJustNowIsCheckedOnEveryRead() throws IOException {
        Path content = content();
        Path file = svg(content, "assets/a.svg", SAFE, 0); // within the clock's tick of the listing: no stamp
        CheckedAssets checked = new CheckedAssets();
        ContentReader reader = new ContentReader();
        reader.read(content, new Diagnostics(), checked);
        Files.writeString(file, "x".repeat(SAFE.length()));
        Diagnostics d = new Diagnostics();
        reader.read(content, d, checked);
        assertEquals(List.of("unsafe-asset content/assets/a.svg"), problems(d));
    }
}
