package dev.threefold.core.render.data;

import java.io.ByteArrayOutputStream;

/** UTF-8 JSON text as the inside of a single-quoted JavaScript string literal. */
final class JsString {

    private JsString() {
    }

    /**
     * Escapes backslashes and single quotes. JSON text holds no raw line breaks or other control
     * characters (they are escaped inside its strings), and in UTF-8 neither byte occurs inside a
     * multi-byte character, so this is all a literal needs. Single quotes, because JSON is full of
     * double quotes and {@link SafeJson} writes none of the other kind: the literal is the JSON's size.
     */
    static byte[] escape(byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + json.length / 8);
        for (byte b : json) {
            if (b == '\\' || b == '\'') {
                out.write('\\');
            }
            out.write(b);
        }
        return out.toByteArray();
    }
}
