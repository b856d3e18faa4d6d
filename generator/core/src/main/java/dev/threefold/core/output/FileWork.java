package dev.threefold.core.output;

import java.io.IOException;

/** Work on files that may fail, run later: once a staged file is closed, or on a thread of its own. */
@FunctionalInterface
interface FileWork {
    void run() throws IOException;
}
