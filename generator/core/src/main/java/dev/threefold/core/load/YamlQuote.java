package dev.threefold.core.load;

/** Writes text as a quoted YAML value, for hints that show a line as it should be written. */
public final class YamlQuote {

    private YamlQuote() {
    }

    /** In double quotes, unless the text holds `"` or `\` (an escape there): then in single quotes, where `'` is doubled. */
    public static String quoted(String text) {
        if (text.indexOf('"') < 0 && text.indexOf('\\') < 0) {
            return "\"" + text + "\"";
        }
        return "'" + text.replace("'", "''") + "'";
    }
}
