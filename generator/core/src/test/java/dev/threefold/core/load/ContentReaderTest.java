package dev.threefold.core.load;

import dev.threefold.core.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentReaderTest {

    private static void write(Path content, String rel) throws IOException {
        Path file = content.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "title: T\n");
    }

    /**
     * Unit files in the order of their paths as text, whatever the folders: the walk sorts each
     * folder as it reads it, and "b-c/" sorts before "b/" ('-' before '/') as "b.yaml" does.
     * Hidden files are skipped, hidden folders read, links reported and skipped.
     */
    @Test
    void listsUnitFilesInTheOrderOfTheirPaths(@TempDir Path tmp) throws IOException {
        Path content = tmp.resolve("content");
        write(content, "curriculum.yaml");
        for (String rel : List.of("units/b/z.yaml", "units/b-c/a.yaml", "units/b.yaml", "units/a b.yaml", "units/B.yaml",
                "units/b/a/deep.yaml", "units/b/a.yaml", "units/.hidden.yaml", "units/.drafts/d.yaml", "units/é.yaml",
                "units/notes.txt")) {
            write(content, rel);
        }
        Files.createSymbolicLink(content.resolve("units/b/linked"), content.resolve("units/b-c"));
        Diagnostics d = new Diagnostics();
        ContentTree tree = new ContentReader().read(content, d, new CheckedAssets());
        List<String> listed = tree.units().stream().map(UnitFile::path).toList();
        assertEquals(List.of("units/.drafts/d.yaml", "units/B.yaml", "units/a b.yaml", "units/b-c/a.yaml", "units/b.yaml",
                "units/b/a.yaml", "units/b/a/deep.yaml", "units/b/z.yaml", "units/é.yaml"), listed);
        assertEquals(listed.stream().sorted().toList(), listed);
        assertEquals(List.of("symlink " + ShownPath.prefix(tmp) + "content/units/b/linked"),
                d.sorted().stream().map(x -> x.code() + " " + x.position().file()).toList());
    }

    /** Paths open from the working directory: relative to it when the content is under it, however it was given, else absolute. */
    @Test
    void namesFilesSoThatTheyOpenFromTheWorkingDirectory(@TempDir Path tmp) throws IOException {
        Path under = Path.of("target", "shown-path-test", "curriculum");
        write(under, "curriculum.yaml");
        write(under, "units/x.yml");
        write(tmp.resolve("curriculum"), "curriculum.yaml");
        write(tmp.resolve("curriculum"), "units/x.yml");
        Diagnostics d = new Diagnostics();
        new ContentReader().read(under, d, new CheckedAssets());
        new ContentReader().read(under.toAbsolutePath(), d, new CheckedAssets());
        new ContentReader().read(tmp.resolve("curriculum"), d, new CheckedAssets());
        String outside = tmp.toAbsolutePath().resolve("curriculum").toString().replace('\\', '/');
        assertEquals(List.of(outside + "/units/x.yml", "target/shown-path-test/curriculum/units/x.yml",
                        "target/shown-path-test/curriculum/units/x.yml"),
                d.sorted().stream().filter(x -> x.code().equals("file-extension")).map(x -> x.position().file()).toList());
    }
}
