package dev.threefold.core.load;

import dev.threefold.core.diag.Diagnostic;
import dev.threefold.core.diag.Diagnostics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlReaderTest {

    private final YamlReader reader = new YamlReader();

    private Node read(String text, Diagnostics d) {
        return reader.read(new SourceFile("units/x.yaml", "content/units/x.yaml", text), d).orElse(null);
    }

    @Test
    void everyValueKnowsItsLineAndColumn() {
        Diagnostics d = new Diagnostics();
        Node.MapNode root = (Node.MapNode) read("title: Fractions\nlessons:\n  - title: One\n    minutes: 20\n", d);
        Node.ListNode lessons = (Node.ListNode) root.entries().get("lessons").value();
        Node.MapNode lesson = (Node.MapNode) lessons.items().get(0);
        Node.ScalarNode minutes = (Node.ScalarNode) lesson.entries().get("minutes").value();
        assertEquals(4, minutes.at().line());
        assertEquals(14, minutes.at().column());
        assertEquals(Node.ScalarType.INT, minutes.type());
        assertEquals(Node.ScalarType.STRING, ((Node.ScalarNode) root.entries().get("title").value()).type());
        assertTrue(d.sorted().isEmpty());
    }

    @Test
    void quotedNumbersStayStrings() {
        Node.MapNode root = (Node.MapNode) read("a: \"3\"\nb: 3\n", new Diagnostics());
        assertEquals(Node.ScalarType.STRING, ((Node.ScalarNode) root.entries().get("a").value()).type());
        assertEquals(Node.ScalarType.INT, ((Node.ScalarNode) root.entries().get("b").value()).type());
    }

    @Test
    void duplicateKeysAreReportedWithBothLines() {
        Diagnostics d = new Diagnostics();
        read("title: A\nsubject: B\ntitle: C\n", d);
        List<Diagnostic> all = d.sorted();
        assertEquals(1, all.size());
        assertEquals("content/units/x.yaml:3:1: error: title: key `title` is given twice (first at line 1) (keep one of them) [duplicate-key]",
                all.get(0).format());
    }

    @Test
    void syntaxErrorsNameTheLine() {
        Diagnostics d = new Diagnostics();
        read("title: A\nlessons:\n  - title: [unclosed\n  - x\n", d);
        Diagnostic e = d.sorted().get(0);
        assertEquals("yaml-syntax", e.code());
        assertTrue(e.position().line() >= 3, e.format());
    }

    @Test
    void aliasBombsFailFast() {
        StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                y.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            y.append("]\n");
            prev = c;
        }
        Diagnostics d = new Diagnostics();
        long start = System.nanoTime();
        read(y.toString(), d);
        assertTrue(d.hasErrors(), "an alias bomb must be refused");
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
    }

    @Test
    void emptyFilesAreReported() {
        Diagnostics d = new Diagnostics();
        read("", d);
        assertEquals("empty-file", d.sorted().get(0).code());
    }

    @Test
    void aQuestionMarkInAFlowMappingGetsAQuotingHint() {
        Diagnostics d = new Diagnostics();
        read("reflection_prompts:\n  - {prompt: Why?, kind: journal}\n", d);
        Diagnostic e = d.sorted().get(0);
        assertEquals(2, e.position().line());
        assertTrue(e.hint().contains("put text that holds `?` in quotes"), e.format());
    }
}
