package dev.threefold.core.load;

import dev.threefold.core.diag.Diagnostic;
import dev.threefold.core.diag.Diagnostics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The YAML mistakes teachers make, each reported at the line that holds it, in plain words, with the fix. */
class SyntaxMistakeTest {

    static Stream<Arguments> mistakes() {
        return Stream.of(
                arguments("a tab for indentation", "title: A\nlessons:\n\t- title: One\n",
                        "3:1: error: a tab is used to indent this line, and YAML indents with spaces only (replace the tab with spaces)"),
                arguments("a stray tab", "title: A\nsummary: >\n  text\n\tmore\n",
                        "4:1: error: a tab is used to indent this line, and YAML indents with spaces only (replace the tab with spaces)"),
                arguments("a key indented under a key with a value", "title: A\nsummary: B\n  grade: 3\n",
                        "3:3: error: this line is indented more than `summary:` on line 2, so YAML reads it as more of that key's value"
                                + " (start it at the beginning of the line, like `summary:`)"),
                arguments("a key indented by one space too few", "title: A\nlessons:\n  - title: One\n   minutes: 3\n",
                        "4:4: error: this line is indented by 3 spaces, which lines up with nothing above it"
                                + " (indent it by 4 spaces to line it up with `title:` on line 3, if it belongs there)"),
                arguments("a key at the indent of the list's dashes", "title: A\nlessons:\n  - title: One\n  minutes: 20\n",
                        "4:3: error: this line is lined up with the `- ` of the list items above it, where only a new `- ` item can start"
                                + " (indent it by 4 spaces to line it up with `title:` on line 3, or begin it with `- ` to make it a new item)"),
                arguments("a list item at the wrong indent", "title: A\nlessons:\n  - title: One\n - title: Two\n",
                        "4:2: error: this `- ` item is indented by 1 space, which lines up with nothing above it"
                                + " (indent it by 2 spaces to line it up with the `- ` on line 3, if it belongs there)"),
                arguments("text without `- ` in a list", "title: A\nbig_ideas:\n  - a\n  - b\n  c\n",
                        "5:3: error: this line is text on its own, where YAML expects a `- ` item (begin it with `- ` to make it an item of the list)"),
                arguments("an unclosed quote", "title: \"A\nsummary: B\ngrade: 3\n",
                        "1:8: error: the quote `\"` that starts here is never closed (end the text with `\"` on the same line)"),
                arguments("an apostrophe in single quotes", "title: A\nsummary: 'it's fine'\n",
                        "2:13: error: the `'` here ends the quoted text, and more text follows it"
                                + " (inside '...', write an apostrophe as two (`''`), or put the text in double quotes instead)"),
                arguments("no space after the colon", "title:A\nsummary: B\n",
                        "1:6: error: there is no space after the colon of `title:`, so YAML does not read `title` as a key"
                                + " (write a space after the colon: `title: A`)"),
                arguments("no space after the colon, last key", "title: A\nsummary: B # x\ngrade:3\n",
                        "3:6: error: there is no space after the colon of `grade:`, so YAML does not read `grade` as a key"
                                + " (write a space after the colon: `grade: 3`)"),
                arguments("a colon in a value", "title: A\nlessons:\n  - title: Fractions: halves\n",
                        "3:12: error: the value of `title` holds a colon followed by a space, which YAML reads as the start of another key"
                                + " (put the value in quotes: `- title: \"Fractions: halves\"`)"),
                arguments("an unclosed bracket", "title: [a, b\nsummary: c\n",
                        "1:8: error: the `[` that starts here is not closed on its line"
                                + " (close it with `]`, or, if `[` is part of the text, put the whole value in quotes)"),
                arguments("a question mark in brackets", "title: A\nessential_questions: [Why? How, x]\n",
                        "2:26: error: YAML reads a `?` inside [...] as part of its syntax"
                                + " (inside [...] or {...}, put text that holds `?` in quotes, e.g. {prompt: \"Why?\", kind: journal})"),
                arguments("a duplicate key", "title: A\nsubject: B\ntitle: C\n",
                        "3:1: error: title: key `title` is given twice (first at line 1) (keep one of them)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void namesTheLineAndTheFix(String mistake, String yaml, String expected) {
        Diagnostics d = new Diagnostics();
        new YamlReader().read(new SourceFile("units/x.yaml", "units/x.yaml", yaml), d);
        List<Diagnostic> all = d.sorted();
        assertEquals(1, all.size(), all.toString());
        String line = all.get(0).format();
        assertEquals("units/x.yaml:" + expected, line.substring(0, line.lastIndexOf(" [")));
        for (String internal : List.of("org.yaml", "com.fasterxml", "Exception", "not allowed here", "<block", "scanning")) {
            assertFalse(line.contains(internal), line);
        }
    }
}
