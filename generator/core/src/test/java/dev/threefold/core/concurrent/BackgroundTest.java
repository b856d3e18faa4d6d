package dev.threefold.core.concurrent;

import dev.threefold.core.render.page.Theme;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Work done beside the build hands over its value, or throws what it threw, as if it had run in place. */
class BackgroundTest {

    @Test
    void givesTheValue() {
        assertEquals("theme", Background.start("test", () -> "theme").get());
    }

    @Test
    void throwsWhatTheWorkThrewAsItWas() {
        Theme.ThemeException failure = new Theme.ThemeException("cannot read theme assets in x: denied", null);
        Background<String> b = Background.start("test", () -> {
            throw failure;
        });
        assertSame(failure, assertThrows(Theme.ThemeException.class, b::get), "the CLI and the plugin catch it by type");
        UncheckedIOException io = new UncheckedIOException(new IOException("gone"));
        assertSame(io, assertThrows(UncheckedIOException.class, Background.start("test", () -> {
            throw io;
        })::get));
    }
}
