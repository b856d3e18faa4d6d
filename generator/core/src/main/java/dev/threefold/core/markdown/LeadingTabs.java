package dev.threefold.core.markdown;

/**
 * Writes the tabs in each line's leading white space as spaces, to the next multiple of four
 * columns: how CommonMark reads them when it finds a line's block structure.
 */
final class LeadingTabs {

    private static final int TAB_STOP = 4;

    private LeadingTabs() {
    }

    static String expand(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean leading = true;
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(c);
                leading = true;
                column = 0;
            } else if (leading && c == '\t') {
                int spaces = TAB_STOP - column % TAB_STOP;
                out.append(" ".repeat(spaces));
                column += spaces;
            } else {
                out.append(c);
                leading = leading && c == ' ';
                column++;
            }
        }
        return out.toString();
    }
}
