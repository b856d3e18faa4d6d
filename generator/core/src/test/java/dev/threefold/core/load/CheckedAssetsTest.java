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

    @Test
    void isKeptBetweenBuildsOfTheSameCodeOnly() throws IOException {
        Path content = content();
        svg(content, "assets/a.svg", SAFE, 60_000);
        svg(content, "assets/gone.svg", SAFE, 60_000);
        svg(content, "assets/b c/d.svg", SAFE, 60_000);
        Files.writeString(content.resolve("assets/photo.png"), "png");
        CheckedAssets checked = new CheckedAssets();
        new ContentReader().read(content, new Diagnostics(), checked);
        Files.delete(content.resolve("assets/gone.svg"));
        new ContentReader().read(content, new Diagnostics(), checked);
        Path file = tmp.resolve("cache/checked-assets");
        checked.writeIfChanged(file, "code 1");

        List<String> lines = Files.readAllLines(file);
        assertEquals(List.of("threefold-checked-assets 2", "code 1"), lines.subList(0, 2));
        assertEquals(List.of("assets/a.svg", "assets/b c/d.svg"), lines.subList(2, lines.size()).stream()
                .map(l -> l.substring(l.indexOf('\t') + 1)).toList(), "SVGs only, those gone forgotten");
        CheckedAssets same = CheckedAssets.read(file, "code 1");
        CheckedAssets other = CheckedAssets.read(file, "code 2");
        String stamp = lines.get(2).substring(0, lines.get(2).indexOf('\t'));
        assertTrue(same.knownSafe("assets/a.svg", stamp));
        assertFalse(same.knownSafe("assets/a.svg", stamp + "1"));
        assertFalse(other.knownSafe("assets/a.svg", stamp), "another version of the code checks every SVG again");
        assertFalse(CheckedAssets.read(tmp.resolve("missing"), "code 1").knownSafe("assets/a.svg", stamp));
    }

    @Test
    void anSvgFoundSafeUnderTheOlderRulesIsCheckedAgain() throws IOException {
        Path content = content();
        // The SVG of issue 26: the checks before the allowlist let it through, and listed it as safe.
        Path file = svg(content, "assets/a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><a><animate attributeName=\"href\""
                + " values=\"javascript:alert(1)\"/><text x=\"10\" y=\"50\">click me</text></a></svg>", 60_000);
        String stamp = FileStamp.of(Files.readAttributes(file, BasicFileAttributes.class), System.currentTimeMillis());
        Path list = tmp.resolve("cache/checked-assets");
        Files.createDirectories(list.getParent());
        Files.write(list, List.of("threefold-checked-assets 1", "code 1", stamp + "\tassets/a.svg"));

        Diagnostics d = new Diagnostics();
        new ContentReader().read(content, d, CheckedAssets.read(list, "code 1"));
        assertEquals(List.of("unsafe-asset content/assets/a.svg"), problems(d), "the same code version, but a list of the older rules");
    }
}
