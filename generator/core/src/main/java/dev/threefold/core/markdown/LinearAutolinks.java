package dev.threefold.core.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.Range;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;
import com.vladsch.flexmark.util.sequence.SegmentedSequence;
import org.jetbrains.annotations.NotNull;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * flexmark's autolink extension (0.64.8), changed where it takes more than linear time, with its
 * output on ordinary text; used in its place. {@link #process} is flexmark's
 * {@code AutolinkNodePostProcessor.process} (BSD-2-Clause, Copyright (c) 2015-2016 Atlassian
 * and 2016-2020 Vladimir Schneider) with these changes:
 * <ul>
 * <li>the bare {@code scheme://} runs come from {@link UriPrefixes}, not a regex that tries every
 * word boundary to the end of a run;
 * <li>they join autolink-java's links in one pass ({@link AutolinkSpans});
 * <li>offsets in the unescaped text map back by binary search ({@link OriginalOffsets});
 * <li>the scanners read the unescaped text as a String;
 * <li>a text node takes into its link text at most {@value #MAX_ABSORBED} entity and text nodes
 * that follow it with no space between. flexmark takes them all, from every text node of such a
 * run, so {@code a&amp;a&amp;...} cost the square of its length; with the limit a link may run
 * on past at most that many of them, which a written URL or address does not need;
 * <li>a text node with more than {@value #MAX_ESCAPES} backslash escapes and entities is left
 * as text, its addresses not made links: flexmark's unescaping grows its list of pieces by a
 * fixed step, so such a text ({@code \*www.a.b } repeated) cost the square of its length. No
 * paragraph a teacher writes holds that many escapes.
 * </ul>
 * Its options for ignored links and IntelliJ's dummy identifier are left out: this project sets
 * neither.
 */
final class LinearAutolinks extends NodePostProcessor {

    static final int MAX_ABSORBED = 16;
    static final int MAX_ESCAPES = 1024;

    private static final LinkExtractor LINKS = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL))
            .build();

    /** For {@code Parser.EXTENSIONS}, in place of flexmark's {@code AutolinkExtension}. */
    static final class Extension implements Parser.ParserExtension {
        @Override
        public void parserOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(Parser.Builder builder) {
            builder.postProcessorFactory(new Factory());
        }
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @NotNull
        @Override
        public NodePostProcessor apply(@NotNull Document document) {
            return new LinearAutolinks();
        }
    }

    @Override
    public void process(@NotNull NodeTracker state, @NotNull Node node) {
        if (node.getAncestorOfType(DoNotDecorate.class, DoNotLinkDecorate.class) != null) {
            return;
        }
        BasedSequence combined = node.getChars();
        BasedSequence original = combined;
        Node firstNode = node;
        Node lastNode = node;
        List<Range> htmlEntities = new ArrayList<>();

        if (node.getNext() instanceof TypographicText || node.getNext() instanceof HtmlEntity) {
            // absorbed in case it is part of the link
            if (node.getNext().getChars().isContinuationOf(combined)) {
                Node typographic = node.getNext();
                List<BasedSequence> combinedSequences = new ArrayList<>();
                combinedSequences.add(combined);
                int absorbed = 0;
                while ((typographic instanceof TypographicText || typographic instanceof HtmlEntity || typographic instanceof Text)
                        && absorbed < MAX_ABSORBED) {
                    if (!typographic.getChars().isContinuationOf(combined) || typographic.getChars().startsWith(" ") || combined.endsWith(" ")) {
                        break;
                    }
                    combined = typographic.getChars();
                    if (typographic instanceof HtmlEntity) {
                        htmlEntities.add(Range.of(combined.getStartOffset(), combined.getEndOffset()));
                    }
                    combinedSequences.add(combined);
                    lastNode = typographic;
                    typographic = typographic.getNext();
                    absorbed++;
                }
                if (!mayHoldLink(combinedSequences)) {
                    return;
                }
                original = SegmentedSequence.create(node.getChars(), combinedSequences);
            }
        }

        if (escapes(original) > MAX_ESCAPES) {
            return;
        }
        ReplacedTextMapper textMapper = new ReplacedTextMapper(original);
        BasedSequence unescapedHtml = original;
        if (!htmlEntities.isEmpty()) {
            unescapedHtml = Escaping.unescapeHtml(original, htmlEntities, textMapper);
        }
        BasedSequence literal = Escaping.unescape(unescapedHtml, textMapper);

        String text = literal.toString(); // the scanners read every character: a String's are cheaper than a segmented sequence's
        List<LinkSpan> linksList = AutolinkSpans.merge(LINKS.extractLinks(text), UriPrefixes.in(text));

        int lastEscaped = 0;
        boolean wrapInTextBase = !(node.getParent() instanceof TextBase);
        TextBase textBase = wrapInTextBase ? null : (TextBase) node.getParent();
        boolean processedNode = false;

        for (LinkSpan link : linksList) {
            BasedSequence linkText = literal.subSequence(link.getBeginIndex(), link.getEndIndex()).trimEnd();
            int startOffset = OriginalOffsets.of(textMapper, link.getBeginIndex());
            processedNode = true;

            if (lastEscaped == 0 && firstNode != lastNode && startOffset >= node.getChars().length()) {
                return; // the first link is not in this text node: the next text node's turn does it
            }

            if (wrapInTextBase) {
                wrapInTextBase = false;
                textBase = new TextBase(original);
                node.insertBefore(textBase);
                state.nodeAdded(textBase);
            }

            if (startOffset > lastEscaped) {
                add(state, node, textBase, new Text(original.subSequence(lastEscaped, startOffset)));
            }

            BasedSequence linkChars = linkText.baseSubSequence(linkText.getStartOffset(), linkText.getEndOffset());
            Text contentNode = new Text(linkChars);
            LinkNode linkNode;
            if (link.getType() == LinkType.EMAIL) {
                linkNode = new MailLink();
                ((MailLink) linkNode).setText(linkChars);
            } else {
                linkNode = new AutoLink();
                ((AutoLink) linkNode).setText(linkChars);
                ((AutoLink) linkNode).setUrlChars(linkChars);
            }
            linkNode.setCharsFromContent();
            linkNode.appendChild(contentNode);
            if (textBase != null) {
                textBase.appendChild(linkNode);
            } else {
                node.insertBefore(linkNode);
            }
            state.nodeAddedWithChildren(linkNode);

            lastEscaped = OriginalOffsets.of(textMapper, link.getBeginIndex() + linkText.length());
        }

        if (lastEscaped > 0) {
            if (firstNode != lastNode) {
                // remove the absorbed nodes already linked; the sequence stops before the rest
                Node removeNode = firstNode.getNext();
                int length = node.getChars().length();
                while (removeNode != null) {
                    if (length >= lastEscaped) {
                        original = original.subSequence(0, length);
                        break;
                    }
                    length += removeNode.getChars().length();
                    Node next = removeNode.getNext();
                    removeNode.unlink();
                    state.nodeRemoved(removeNode);
                    if (removeNode == lastNode) {
                        break;
                    }
                    removeNode = next;
                }
            }
            if (lastEscaped < original.length()) {
                add(state, node, textBase, new Text(original.subSequence(lastEscaped, original.length())));
            }
        }

        if (processedNode) {
            node.unlink();
            state.nodeRemoved(node);
        }
    }

    /**
     * Whether the text of a run of nodes can hold a link once unescaped, cheaply: building it as
     * flexmark does costs more than the rest, at every text node of a run of entities. flexmark
     * decodes entities twice (the entity nodes, then all the text with its backslash escapes),
     * so this decodes twice with every backslash dropped, which only adds candidates.
     */
    private static boolean mayHoldLink(List<BasedSequence> pieces) {
        StringBuilder raw = new StringBuilder();
        pieces.forEach(raw::append);
        String text = raw.toString();
        for (int round = 0; round < 2 && text.indexOf('&') >= 0; round++) {
            text = Escaping.unescapeHtml(text.replace("\\", ""));
        }
        return SimpleParagraph.mayHoldAutolink(text.replace("\\", ""));
    }

    private static void add(NodeTracker state, Node node, TextBase textBase, Node text) {
        if (textBase != null) {
            textBase.appendChild(text);
        } else {
            node.insertBefore(text);
        }
        state.nodeAdded(text);
    }

    /** The backslash escapes and entities (or what may be one: an {@code &}) in {@code text}, counted in one pass. */
    private static int escapes(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || (c == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1)))) {
                n++;
            }
        }
        return n;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && c > ' ' && !Character.isLetterOrDigit(c);
    }
}
