package dev.threefold.core.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CommonMark with tables and autolinks. Raw HTML is escaped, never passed
 * through. Links to files are resolved against the YAML file that holds them,
 * checked against the content's assets and rewritten to work from the page;
 * {@code unit:<id>} links become links to that unit's page. Thread-safe: the
 * parser and renderer are immutable and shared.
 */
public final class MarkdownRenderer {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Set<String> PASS_THROUGH_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern UNIT_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** Where a markdown field comes from and which page shows it. */
    public record Context(String sourcePath, String pageRoot, Set<String> assets) {
    }

    /**
     * A link problem, to be reported at the markdown field's position. Links that could run
     * script are only warnings: they are dropped from the page, so hostile content still builds safely.
     */
    public record Problem(String code, String message, String hint, boolean warning) {
        Problem(String code, String message, String hint) {
            this(code, message, hint, false);
        }
    }

    public record Result(String html, List<String> unitLinks, List<Problem> problems) {
    }

    /**
     * Flexmark's parsers by extensions used, [tables][autolinks], and its renderer. The table and
     * autolink extensions cost more per field than the rest of flexmark (the table one compiles a
     * regex for every document), and they can only act on text holding a pipe, or a URL or e-mail
     * address, so fields without those are parsed without them, with the same result.
     */
    private record Flexmark(Parser[][] parsers, HtmlRenderer renderer) {

        static Flexmark make() {
            Parser[][] parsers = new Parser[2][2];
            for (int tables = 0; tables < 2; tables++) {
                for (int autolinks = 0; autolinks < 2; autolinks++) {
                    List<com.vladsch.flexmark.util.misc.Extension> extensions = new ArrayList<>();
                    if (tables == 1) {
                        extensions.add(TablesExtension.create());
                    }
                    if (autolinks == 1) {
                        extensions.add(new LinearAutolinks.Extension()); // flexmark's autolink extension, in linear time
                    }
                    parsers[tables][autolinks] = Parser.builder(options(extensions))
                            .customInlineParserFactory(LinearInlineParser.FACTORY)
                            .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()) // flexmark adds it only for its own inline parser
                            .build();
                }
            }
            return new Flexmark(parsers, HtmlRenderer.builder(options(List.of(TablesExtension.create()))).build());
        }
    }

    /**
     * Made on first need, by the first thread that needs it (others wait for it): most fields
     * never need flexmark ({@link SimpleBlocks}), and making its parsers costs about 60 ms of CPU
     * and the loading of its classes, which a build of such fields, or a rebuild binding one
     * unit, then never pays.
     */
    private static final class Shared {
        static final Flexmark FLEXMARK = Flexmark.make();
    }

    private static MutableDataSet options(List<com.vladsch.flexmark.util.misc.Extension> extensions) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "md-table");
        return options;
    }

    private Parser parserFor(String source) {
        int tables = source.indexOf('|') >= 0 ? 1 : 0;
        int autolinks = SimpleParagraph.mayHoldAutolink(source) ? 1 : 0;
        return Shared.FLEXMARK.parsers()[tables][autolinks];
    }

    /** Whether fields flexmark is not needed for are rendered by {@link SimpleBlocks}; else flexmark renders every one. */
    private final boolean shortcuts;

    /**
     * A renderer that takes the shortcuts where they apply, unless the system property
     * {@code threefold.markdown} is {@code flexmark} (to time the difference, or to rule it out).
     */
    public MarkdownRenderer() {
        this(!"flexmark".equals(System.getProperty("threefold.markdown")));
    }

    /** @param shortcuts whether to render the fields they apply to with {@link SimpleBlocks} */
    public MarkdownRenderer(boolean shortcuts) {
        this.shortcuts = shortcuts;
    }

    public Result render(String source, Context context) {
        List<String> unitLinks = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String simple = shortcuts ? SimpleBlocks.render(source, url -> resolve(url, context, unitLinks, problems)) : null;
        if (simple != null) {
            return new Result(simple, List.copyOf(unitLinks), List.copyOf(problems));
        }
        return renderWithFlexmark(source, context); // what the shortcut noted before it gave up is dropped
    }

    /**
     * Flexmark's table extension throws on some legal input, e.g. a table's separator row
     * indented with four or more tabs (it counts a tab as columns, then as characters).
     * CommonMark reads leading tabs as spaces to the next multiple of four, so such a field is
     * rendered again with its leading tabs written as spaces; if flexmark still throws, the
     * field gets a problem at its position rather than failing the build with a stack trace.
     * So does a field nested too deeply to render ({@link Nesting}), and, as the last line of
     * defence, one on which flexmark runs out of stack anyway (its regexes recurse once per
     * character of some constructs, e.g. a link title tens of thousands of characters long).
     */
    Result renderWithFlexmark(String source, Context context) {
        try {
            return flexmark(source, context);
        } catch (StackOverflowError e) {
            return unformatted(source, tooComplex());
        } catch (RuntimeException firstFailure) {
            try {
                return flexmark(LeadingTabs.expand(source), context);
            } catch (StackOverflowError e) {
                return unformatted(source, tooComplex());
            } catch (RuntimeException e) {
                return unformatted(source, new Problem("markdown-parser-failure",
                        "the markdown parser (flexmark) failed on this text: " + e,
                        "look for unusual indentation or a malformed table in this field and simplify it"));
            }
        }
    }

    /** The field as written, escaped, in one paragraph: what a page shows of a field that could not be rendered. */
    private static Result unformatted(String source, Problem problem) {
        return new Result("<p>" + HtmlSanitizer.escapeText(source) + "</p>", List.of(), List.of(problem));
    }

    private static Problem tooDeep() {
        return new Problem("markdown-too-deep",
                "this markdown is nested more than " + Nesting.MAX + " levels deep (block quotes, lists, emphasis or links inside one another)",
                "use fewer `>` or list markers in a row, and close each `*`, `_` or `[` that is left open; until then the page shows the text as written");
    }

    private static Problem tooComplex() {
        return new Problem("markdown-too-complex",
                "the markdown parser (flexmark) ran out of stack on this text: something in it runs on too long (e.g. thousands of `*` or `-` in a row, or a link title thousands of characters long)",
                "break the long run or link title up; until then the page shows the text as written");
    }

    /** Parse, check the depth, check and rewrite links, render, sanitize. */
    private Result flexmark(String source, Context context) {
        if (Nesting.tooDeepAtLineStarts(source)) {
            return unformatted(source, tooDeep());
        }
        Document doc = parserFor(source).parse(source);
        if (Nesting.tooDeep(doc)) {
            return unformatted(source, tooDeep());
        }
        List<String> unitLinks = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(doc);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof Link || node instanceof Image || node instanceof Reference) {
                LinkNodeBase link = (LinkNodeBase) node;
                String rewritten = resolve(link.getUrl().toString(), context, unitLinks, problems);
                link.setUrl(BasedSequence.of(rewritten));
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                todo.push(child);
            }
        }
        return new Result(HtmlSanitizer.sanitize(Shared.FLEXMARK.renderer().render(doc)), List.copyOf(unitLinks), List.copyOf(problems));
    }

    private static String resolve(String url, Context ctx, List<String> unitLinks, List<Problem> problems) {
        if (url.isEmpty() || url.startsWith("#")) {
            return url;
        }
        var scheme = SCHEME.matcher(url);
        if (scheme.find()) {
            String name = url.substring(0, scheme.end() - 1).toLowerCase(Locale.ROOT);
            if (PASS_THROUGH_SCHEMES.contains(name)) {
                return url;
            }
            if (name.equals("unit")) {
                String id = url.substring(scheme.end());
                if (!UNIT_ID.matcher(id).matches()) {
                    problems.add(new Problem("bad-unit-link", "link `" + url + "` does not name a unit id",
                            "write `unit:<id>`, e.g. `unit:fractions-on-a-line`"));
                    return "#";
                }
                unitLinks.add(id);
                return ctx.pageRoot() + "units/" + id + "/index.html";
            }
            problems.add(new Problem("link-scheme", "link `" + url + "` uses `" + name + ":`, which is not allowed; it was left out",
                    "use http:, https:, mailto:, tel:, unit:<id> or a path to a file under content/assets", true));
            return "#";
        }
        if (url.startsWith("/") || url.startsWith("\\")) {
            problems.add(new Problem("absolute-link", "link `" + url + "` is an absolute path",
                    "write it relative to this YAML file, e.g. `../../assets/" + lastSegment(url) + "`"));
            return "#";
        }
        int cut = indexOfAny(url, '?', '#');
        String pathPart = cut < 0 ? url : url.substring(0, cut);
        String suffix = cut < 0 ? "" : url.substring(cut);
        String decoded;
        try {
            decoded = URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("bad-link", "link `" + url + "` has a broken %-escape",
                    "write a space as %20 and a per cent sign as %25"));
            return "#";
        }
        String target = normalize(parentOf(ctx.sourcePath()), decoded);
        if (target == null) {
            problems.add(new Problem("link-outside-content", "link `" + url + "` points outside content/",
                    "link only to files under content/assets"));
            return "#";
        }
        if (!target.startsWith("assets/") || !ctx.assets().contains(target)) {
            problems.add(new Problem("missing-asset", "link `" + url + "` points to `content/" + target
                    + "`, which is not a file under content/assets",
                    "put the file under content/assets and link to it relative to this YAML file"));
            return "#";
        }
        return ctx.pageRoot() + encodePath(target) + suffix;
    }

    /** Joins and normalizes; null when the result climbs above the content folder. */
    static String normalize(String baseDir, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        for (String s : (baseDir + "/" + relative).split("[/\\\\]")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(s);
            }
        }
        return String.join("/", parts);
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String encodePath(String path) {
        StringBuilder sb = new StringBuilder();
        for (String seg : path.split("/")) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(java.net.URLEncoder.encode(seg, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }
}
