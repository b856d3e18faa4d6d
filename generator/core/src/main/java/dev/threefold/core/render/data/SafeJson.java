package dev.threefold.core.render.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

import java.io.IOException;
import java.io.OutputStream;

/**
 * JSON generators for every JSON file of the site: pretty-printed, and with
 * '<', '>', '&' and '\'' written as \\u escapes, so a JSON file can never
 * close a script element or open markup if someone inlines it into a page.
 */
public final class SafeJson {

    private static final JsonFactory JSON = new JsonFactory();
    private static final CharacterEscapes ESCAPES = new HtmlSafeEscapes();

    private SafeJson() {
    }

    public static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out);
        g.setCharacterEscapes(ESCAPES);
        g.useDefaultPrettyPrinter();
        return g;
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] table;

        HtmlSafeEscapes() {
            table = standardAsciiEscapesForJSON();
            table['<'] = ESCAPE_STANDARD;
            table['>'] = ESCAPE_STANDARD;
            table['&'] = ESCAPE_STANDARD;
            table['\''] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
