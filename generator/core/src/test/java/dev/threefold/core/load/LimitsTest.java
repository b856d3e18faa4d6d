package dev.threefold.core.load;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;
import dev.threefold.core.BuildResult;
import dev.threefold.core.diag.Diagnostic;
import dev.threefold.core.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that would exhaust a build or leave content/: each fails fast with a clear diagnostic. */
class LimitsTest {

    private static Diagnostic only(String yaml) {
        Diagnostics d = new Diagnostics();
        new YamlReader().read(new SourceFile("units/x.yaml", "content/units/x.yaml", yaml), d);
        assertEquals(1, d.sorted().size(), d.sorted().toString());
        return d.sorted().get(0);
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "a: " + "[".repeat(500) + "]".repeat(500) + "\n";
        long start = System.nanoTime();
        Diagnostic d = only(deep);
        assertTrue(d.isError(), d.format());
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
    }

    @Test
    void hugeFilesAreRefusedBeforeParsing() {
        String huge = "summary: \"" + "x".repeat(YamlReader.MAX_FILE_CHARS) + "\"\n";
        Diagnostic d = only(huge);
        assertEquals("file-too-large", d.code());
        assertTrue(d.message().contains("more than the limit of 2097152"), d.message());
    }

    @Test
    void aliasesAreRefused() {
        Diagnostic d = only("a: &x hello\nb: *x\n");
        assertEquals("content/units/x.yaml:2:4: error: b: YAML aliases (*x) are not supported "
                + "(write the value out in full instead of using an anchor and alias) [yaml-alias]", d.format());
    }

    @Test
    void symbolicLinksInContentAreRefused(@TempDir Path tmp) throws IOException {
        Path content = Files.createDirectories(tmp.resolve("content/units"));
        Files.writeString(tmp.resolve("content/curriculum.yaml"), "title: T\n");
        Path secret = Files.writeString(tmp.resolve("secret.yaml"), "title: secret\n");
        Files.createSymbolicLink(content.resolve("linked.yaml"), secret);
        BuildResult r = new Build().validate(BuildRequest.validate(tmp.resolve("content"), false));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.format().equals(
                ShownPath.prefix(tmp) + "content/units/linked.yaml:1:1: error: symbolic links are not followed "
                        + "(copy the file into content/ instead of linking to it) [symlink]")), r.diagnostics().toString());
    }

    @Test
    void filesThatAreNotUtf8AreReported(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("content/units"));
        Files.writeString(tmp.resolve("content/curriculum.yaml"), "title: T\n");
        Files.write(tmp.resolve("content/units/latin1.yaml"), new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xE9, '\n'});
        BuildResult r = new Build().validate(BuildRequest.validate(tmp.resolve("content"), false));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("encoding")
                && d.position().file().equals(ShownPath.prefix(tmp) + "content/units/latin1.yaml")), r.diagnostics().toString());
    }

    @Test
    void aReplacementCharacterWrittenInUtf8IsText(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("content/units"));
        Files.writeString(tmp.resolve("content/curriculum.yaml"), "title: T \uFFFD\n");
        BuildResult r = new Build().validate(BuildRequest.validate(tmp.resolve("content"), false));
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.code().equals("encoding")), r.diagnostics().toString());
    }
}
