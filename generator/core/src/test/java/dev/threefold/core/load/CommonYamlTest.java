package dev.threefold.core.load;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link CommonYaml} against Jackson: the sample curriculum, hand-written documents using every
 * part of the subset, documents it must leave to Jackson, and random mutations of all of them.
 */
class CommonYamlTest {

    /** Each of these is in the subset: the common reader must read it, exactly as Jackson does. */
    static final List<String> IN_SUBSET = List.of(
            "title: Fractions\nlessons:\n  - title: One\n    minutes: 20\n",
            "---\ntitle: A # comment\n# a comment line\n   # an indented one\nsubject: B\n",
            "a: \"3\"\nb: 3\nc: 0\nd: 3 ways to compare\ne: 'it''s'\nf: \"tab\\there \\\"q\\\" \\u00e9 \\\\\"\n",
            "tags: [a, b c,  d  ,bench:2.B.33, \"q, r\", 'x']\nempty: []\nnone: {}\n",
            "roles: [{name: Reader, description: \"reads aloud\"}, Recorder, [nested, list]]\n",
            "prompt: {prompt: \"Why?\", kind: journal}\n",
            "summary: |\n  Line one\n  line two\n\n  after a blank line\n\nnext: x\n",
            "summary: |-\n  strip\n\n\nkeep: |+\n  kept\n\n\nend: x\n",
            "folded: >\n  one\n  two\n\n  three\n    indented\n  four\nnext: >-\n  a\n  b\n",
            "deep:\n  list:\n  - a\n  - b\n  map:\n    x: 1\n",
            "lessons:\n  -\n    title: on the next line\n  - title: compact\n    activities:\n      - title: t\n        description: |\n          text\n          more\n      - plain item\n",
            "text:\n  on its own line\nafter: z\n",
            "a: Why doesn't multiplying the top by 3 make it bigger?\nb: two paper \"pans\" (same size)\nc: a#b\n",
            "a: x   # trailing comment\nb:     spaced\nunicode: Ünïcödé — “quotes” ✓\n",
            "  indented: root\n  second: key\n",
            "block: |  # a comment after the indicator\n    indented more\n      and more\n    back\n",
            "grade: [3, 4]\nseq: [K, 1]\nwords: [yesterday, notable, offline, nully]\n",
            "ratio: {min: 0.15, max: 0.6}\ncode: 2.NBT.B.5\nn1: 123456789\nx: 'single # not a comment'\ny: \"double # not one either\"\n");

    /** Each of these needs Jackson: an error to report, or YAML the common reader does not read. */
    static final List<String> OUTSIDE = List.of(
            "a: 1\na: 2\n",                        // duplicate key
            "a: plain\n  continued\n",               // multi-line plain scalar
            "a: \"quoted\n  continued\"\n",          // multi-line quoted scalar
            "a:\tb\n",                              // tab
            "a: b\rc: d\n",                         // a carriage return alone
            "a: yes\n", "a: No\n", "a: null\n", "a: ~\n", "a: 1.5e3\n", "a: 2.5.1\n", "a: +1\n", "a: 0x1F\n", "a: 012\n",
            "a: 2024-01-15\n", "a: 1_000\n", "a: -5\n",
            "a: b: c\n",                             // mapping in a value
            "a: &x 1\nb: *x\n",                      // anchor and alias
            "a:\nb: 1\n",                            // null value
            "a: [1,\n  2]\n",                        // multi-line flow
            "a: [b, ]\n", "a: [b: c]\n", "a: {b}\n", "a: [why?]\n",
            "a: |2\n  x\n",                          // indentation indicator
            "- a\n- b\n",                            // root sequence
            "",                                      // empty
            "a: 1\n---\nb: 2\n",                     // two documents
            "a: \"x\" y\n",                          // text after a quoted scalar
            "\"a\": 1\n",                            // quoted key
            "a: \"\\x41 \\/\"\n",                    // escapes left to Jackson
            "a: |\n\nb: c\n");                       // empty block scalar

    @Test
    void readsTheSubsetExactlyAsJacksonDoes() {
        for (String text : IN_SUBSET) {
            assertTrue(CommonYamlAgreement.check(text), () -> "left to Jackson:\n" + text);
        }
    }

    @Test
    void leavesEverythingElseToJackson() {
        for (String text : OUTSIDE) {
            assertFalse(CommonYamlAgreement.check(text), () -> "read by the common reader:\n" + text);
        }
    }

    /** Files saved on Windows: "\r\n" is one line break to SnakeYAML, so the nodes and positions are those of "\n". */
    @Test
    void readsWindowsLineEndsExactlyAsJacksonDoes() throws IOException {
        List<String> texts = new ArrayList<>(IN_SUBSET);
        texts.addAll(sampleTexts());
        for (String text : texts) {
            String crlf = text.replace("\n", "\r\n");
            assertTrue(CommonYamlAgreement.check(crlf), () -> "left to Jackson:\n" + crlf);
        }
    }

    @Test
    void readsEverySampleFile() throws IOException {
        List<String> texts = sampleTexts();
        assertTrue(texts.size() >= 20, "sample content not found");
        for (String text : texts) {
            assertTrue(CommonYamlAgreement.check(text), () -> "left to Jackson:\n" + text);
        }
    }

    /**
     * Random edits of every document above (deleted, inserted and repeated characters, changed
     * indentation, cut ends): whatever the common reader still reads, Jackson reads the same.
     */
    @Test
    void agreesWithJacksonOnMutatedDocuments() throws IOException {
        List<String> seeds = new ArrayList<>(sampleTexts());
        seeds.addAll(IN_SUBSET);
        IN_SUBSET.forEach(text -> seeds.add(text.replace("\n", "\r\n")));
        seeds.addAll(OUTSIDE);
        Random random = new Random(20261130);
        String alphabet = "\n\n\r   :#-|>+'\"[]{},?*&!%@`\\\t0123456789yn~.a-é";
        int read = 0;
        int tried = 0;
        for (String seed : seeds) {
            for (int i = 0; i < Integer.getInteger("mutants", 150); i++) { // -Dmutants=3000 to look harder
                String mutant = seed;
                int edits = 1 + random.nextInt(3);
                for (int e = 0; e < edits && !mutant.isEmpty(); e++) {
                    mutant = mutate(mutant, random, alphabet);
                }
                tried++;
                if (CommonYamlAgreement.check(mutant)) {
                    read++;
                }
            }
        }
        int total = tried;
        int readCount = read;
        assertTrue(read > tried / 10, () -> "only " + readCount + " of " + total + " mutants were read: the test lost its power");
    }

    private static String mutate(String text, Random random, String alphabet) {
        int at = random.nextInt(text.length());
        int lineStart = text.lastIndexOf('\n', at) + 1;
        return switch (random.nextInt(6)) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 -> text.substring(0, at) + alphabet.charAt(random.nextInt(alphabet.length())) + text.substring(at);
            case 2 -> text.substring(0, lineStart) + " " + text.substring(lineStart);
            case 3 -> text.startsWith(" ", lineStart) ? text.substring(0, lineStart) + text.substring(lineStart + 1) : text;
            case 4 -> {
                int end = text.indexOf('\n', at);
                String line = text.substring(lineStart, end < 0 ? text.length() : end + 1);
                yield text.substring(0, lineStart) + line + text.substring(lineStart);
            }
            default -> text.substring(0, at);
        };
    }

    private static List<String> sampleTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path root : List.of(Path.of("../../content"), Path.of("src/test/resources/sites"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    String text = Files.readString(f);
                    if (!f.toString().contains("hostile")) {
                        texts.add(text);
                    }
                }
            }
        }
        return texts;
    }
}
