package dev.threefold.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of Threefold being run: the project's version, which Maven writes into threefold-version.properties. */
public final class ThreefoldVersion {

    private static final String VERSION = read();

    private ThreefoldVersion() {
    }

    /** E.g. {@code 0.1.0-SNAPSHOT}: what {@code threefold --version} prints and the version a new site's pom asks for. */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = ThreefoldVersion.class.getResourceAsStream("threefold-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("threefold-version.properties is missing from the core's classes: build them with Maven");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read threefold-version.properties from the core jar", e);
        }
    }
}
