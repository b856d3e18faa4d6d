package dev.threefold.core.write;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Platform;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Swaps two folders in one step where the operating system can: Linux's
 * {@code renameat2(RENAME_EXCHANGE)} and macOS's {@code renamex_np(RENAME_SWAP)}.
 * Afterwards each path names what the other named before, and no instant
 * exists at which either path is missing or half of one and half of the other.
 *
 * <p>Elsewhere (Windows, a file system that refuses the call) it falls back to
 * two renames, {@code a → aside} and {@code b → a}. Between them {@code a} is
 * missing; a build killed there is repaired by the next build, which puts
 * {@code aside} back (see {@link StagingWriter}).
 */
final class FolderSwap {

    /** The C library's calls, bound once; null where neither exists or JNA cannot load. */
    private static final Exchange NATIVE = loadNative();

    private FolderSwap() {
    }

    /** The native call that swaps two paths; throws where the file system does not support it. */
    private interface Exchange {
        void swap(String a, String b) throws LastErrorException;
    }

    /** Linux (glibc 2.28 and later, musl 1.1.21 and later). */
    private static final class Linux {
        private static final int AT_FDCWD = -100;
        private static final int RENAME_EXCHANGE = 2;

        static {
            Native.register("c");
        }

        private static native int renameat2(int olddirfd, String oldpath, int newdirfd, String newpath, int flags)
                throws LastErrorException;

        static void swap(String a, String b) {
            renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
        }
    }

    /** macOS 10.12 and later. */
    private static final class MacOs {
        private static final int RENAME_SWAP = 2;

        static {
            Native.register("c");
        }

        private static native int renamex_np(String from, String to, int flags) throws LastErrorException;

        static void swap(String a, String b) {
            renamex_np(a, b, RENAME_SWAP);
        }
    }

    private static Exchange loadNative() {
        try {
            if (Platform.isLinux()) {
                Linux.swap("", ""); // binds the call; fails with ENOENT, as it should
            } else if (Platform.isMac()) {
                MacOs.swap("", "");
            } else {
                return null;
            }
        } catch (LastErrorException expected) {
            return Platform.isLinux() ? Linux::swap : MacOs::swap;
        } catch (LinkageError | RuntimeException e) { // no such call in this C library, or JNA cannot load here
            return null;
        }
        return null;
    }

    /** Whether {@link #swap} is one atomic step on this system (file systems may still refuse it). */
    static boolean isAtomic() {
        return NATIVE != null;
    }

    /**
     * Swaps the existing folders {@code a} and {@code b}, which lie in the same folder.
     *
     * @param aside where {@code a} is moved if the swap cannot be one step: a free name beside them
     * @return whether it was one step
     */
    static boolean swap(Path a, Path b, Path aside) throws IOException {
        if (NATIVE != null) {
            try {
                NATIVE.swap(a.toString(), b.toString());
                return true;
            } catch (LastErrorException e) {
                // EINVAL / ENOSYS / ENOTSUP: this file system or kernel cannot exchange; fall back below.
                // Anything else (permissions, a missing path) fails the same way for the renames, which say why.
            }
        }
        move(a, aside);
        move(b, a);
        Files.move(aside, b, StandardCopyOption.ATOMIC_MOVE);
        return false;
    }

    /** Renames, in one step where the file system can. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
