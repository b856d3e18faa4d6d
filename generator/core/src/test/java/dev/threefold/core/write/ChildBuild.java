package dev.threefold.core.write;

import dev.threefold.core.Build;
import dev.threefold.core.BuildRequest;

import java.io.IOException;
import java.nio.file.Path;

/** A build in a JVM of its own, as a second command line or a CI job would run it. */
final class ChildBuild {

    private ChildBuild() {
    }

    /** Builds args[0] into args[1]; exits 0 on success, 1 on failure, 2 when the output is refused. */
    public static void main(String[] args) {
        try {
            boolean ok = new Build().build(new BuildRequest(Path.of(args[0]), Path.of(args[1]), null, false, ""),
                    waiting -> System.out.println(waiting)).succeeded();
            System.exit(ok ? 0 : 1);
        } catch (OutputFolder.Unusable e) {
            System.out.println(e.getMessage());
            System.exit(2);
        }
    }

    /** Starts a build of {@code content} into {@code out}; what it prints goes to {@code log}. */
    static Process start(Path content, Path out, Path log) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ChildBuild.class.getName(),
                content.toString(), out.toString()).redirectErrorStream(true)
                .redirectOutput(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(log.toFile())).start();
    }
}
