package dev.threefold.core.load;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether an SVG can run script when a reader opens it: every element and attribute must be on
 * {@link SvgAllowlist}, every value that could be a link must pass {@link SvgLinks}, and CSS
 * {@link SvgCss}. The file is read with the JDK's XML parser (no DTDs, no external entities),
 * as a browser reads it, not with patterns; the first problem found is reported.
 */
final class SvgCheck {

    private SvgCheck() {
    }

    static Optional<String> problem(byte[] bytes) {
        Document doc;
        try {
            doc = parser().parse(new ByteArrayInputStream(bytes));
        } catch (SAXException | IOException e) {
            String why = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "a DOCTYPE, which may pull in other files" : e.getMessage();
            return Optional.of("the SVG is not plain, well-formed XML: " + why);
        }
        // In document order, without recursion: a deeply nested file must not overflow the stack.
        for (Node n = doc.getFirstChild(); n != null; n = next(n)) {
            Optional<String> problem = n.getNodeType() == Node.ELEMENT_NODE ? element((Element) n)
                    : n.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE ? Optional.of("the SVG has a processing instruction (<?"
                    + n.getNodeName() + "?>), which can apply a style sheet or XSLT from another file") : Optional.empty();
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** The message for a link with a refused scheme; {@code where} names the attribute or CSS. */
    static String schemeProblem(String scheme, String where) {
        return "the SVG links to " + scheme + ": content (" + where + "); links may only be http:, https:, mailto:, #id or a path";
    }

    private static Node next(Node n) {
        if (n.getFirstChild() != null) {
            return n.getFirstChild();
        }
        for (Node up = n; up != null; up = up.getParentNode()) {
            if (up.getNextSibling() != null) {
                return up.getNextSibling();
            }
        }
        return null;
    }

    private static Optional<String> element(Element e) {
        String name = e.getLocalName();
        boolean editor = SvgAllowlist.isEditorNamespace(e.getNamespaceURI());
        if (!editor) {
            Optional<String> problem = elementName(e);
            if (problem.isEmpty() && SvgAllowlist.isAnimation(name)) {
                problem = animationTarget(e);
            }
            if (problem.isEmpty() && name.equalsIgnoreCase("use")) {
                problem = useTarget(e);
            }
            if (problem.isEmpty() && name.equalsIgnoreCase("style")) {
                problem = SvgCss.problem(e.getTextContent(), "<style>");
            }
            if (problem.isPresent()) {
                return problem;
            }
        }
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Optional<String> problem = attribute((Attr) attrs.item(i), e.getTagName(), editor);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> elementName(Element e) {
        String ns = e.getNamespaceURI();
        String name = e.getLocalName();
        if (ns == null) {
            return Optional.of("the SVG holds a <" + e.getTagName() + "> element outside the SVG namespace"
                    + " (its <svg> needs xmlns=\"" + SvgAllowlist.SVG + "\")");
        }
        if (!ns.equals(SvgAllowlist.SVG)) {
            return Optional.of("the SVG holds " + article(name) + " <" + e.getTagName() + "> element of " + ns + ", which is not an SVG drawing element");
        }
        if (name.equalsIgnoreCase("script")) {
            return Optional.of("the SVG holds a <" + name + "> element");
        }
        if (name.equalsIgnoreCase("foreignObject")) {
            return Optional.of("the SVG holds a <" + name + "> element, which can show HTML");
        }
        if (!SvgAllowlist.isElement(name)) {
            return Optional.of("the SVG holds a <" + name + "> element, which is not on the list of safe SVG elements");
        }
        return Optional.empty();
    }

    /** An animation may change a listed attribute, but never a link (which it could set to javascript:) or an event handler. */
    private static Optional<String> animationTarget(Element e) {
        if (!e.hasAttribute("attributeName")) {
            return Optional.empty(); // animateMotion moves along a path; others without a target do nothing
        }
        String target = e.getAttribute("attributeName").strip();
        String lower = SvgLinks.normalized(target);
        String has = "the SVG has " + article(e.getLocalName()) + " <" + e.getLocalName() + "> that changes ";
        if (lower.contains("href")) {
            return Optional.of(has + "a link (" + target + ")");
        }
        if (lower.startsWith("on")) {
            return Optional.of(has + "an event handler (" + target + ")");
        }
        if (!SvgAllowlist.isAttribute(target) || lower.equals("style")) {
            return Optional.of(has + target + ", which an animation may not change");
        }
        return Optional.empty();
    }

    /** A {@code <use>} may only show an element of the same file: a file it pulled in would not be checked. */
    private static Optional<String> useTarget(Element e) {
        for (String href : new String[] {e.getAttribute("href"), e.getAttributeNS(SvgAllowlist.XLINK, "href")}) {
            if (!href.isEmpty() && !SvgLinks.isFragment(href)) {
                return Optional.of("the SVG has a <use> that points outside the file (" + shown(href)
                        + "); it may only show an element of the same file (#id)");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> attribute(Attr a, String elementTag, boolean editorElement) {
        String ns = a.getNamespaceURI();
        String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
        if (SvgAllowlist.XMLNS.equals(ns) || SvgAllowlist.isEditorNamespace(ns)) {
            return Optional.empty(); // namespace declarations and editor metadata: no browser reads them
        }
        if (ns == null && name.toLowerCase(Locale.ROOT).startsWith("on")) {
            return Optional.of("the SVG has an event handler (" + name + ")");
        }
        boolean listed = ns == null ? editorElement || SvgAllowlist.isAttribute(name) : SvgAllowlist.isAttribute(ns, name);
        if (!listed) {
            return Optional.of("the SVG has an attribute " + a.getName() + " on <" + elementTag
                    + ">, which is not on the list of safe SVG attributes");
        }
        String where = a.getName() + " of <" + elementTag + ">";
        if (ns == null && name.equalsIgnoreCase("style")) {
            return SvgCss.problem(a.getValue(), where);
        }
        boolean text = ns == null ? SvgAllowlist.isText(name) : !name.equals("href");
        return text ? Optional.empty() : SvgLinks.refusedScheme(a.getValue()).map(scheme -> schemeProblem(scheme, where));
    }

    private static String article(String word) {
        return "aeiouAEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    /** A value as the message shows it: on one line, and a long data: link cut short. */
    private static String shown(String value) {
        String line = value.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // report by exception, not on stderr
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
