package dev.threefold.core.write;

import com.sun.jna.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FolderSwapTest {

    @Test
    void onLinuxAndMacOsTwoFoldersAreSwappedInOneStep(@TempDir Path tmp) throws IOException {
        assumeTrue(Platform.isLinux() || Platform.isMac(), "one step only where the system has the call");
        assertTrue(FolderSwap.isAtomic(), "the C library's call is bound");
        Path a = Files.createDirectory(tmp.resolve("a"));
        Path b = Files.createDirectory(tmp.resolve("b"));
        Files.writeString(a.resolve("which"), "old");
        Files.writeString(b.resolve("which"), "new");
        assertTrue(FolderSwap.swap(a, b, tmp.resolve("aside")));
        assertEquals("new", Files.readString(a.resolve("which")));
        assertEquals("old", Files.readString(b.resolve("which")));
        assertFalse(Files.exists(tmp.resolve("aside")), "no rename through a third name");
    }
}
