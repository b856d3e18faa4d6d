package dev.threefold.core.load;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Assets are copied into the site as they are, and a reader may open one
 * directly. Files a browser would run script from are refused: HTML and
 * JavaScript always, SVG when it holds scripts, event handlers, script links
 * or embedded HTML. SVG is read with the JDK's XML parser (no DTDs, no
 * external entities), not with patterns.
 */
public final class AssetCheck {

    private static final Set<String> ALWAYS_REFUSED = Set.of("html", "htm", "xhtml", "shtml", "js", "mjs", "xml", "xsl", "swf");

    private AssetCheck() {
    }

    /** Whether the asset's bytes are read to tell (an SVG), not only its name. */
    public static boolean isParsed(String path) {
        return extension(path).equals("svg");
    }

    private static String extension(String path) {
        return path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** Why this asset is refused, or empty when it is safe to publish. */
    public static Optional<String> problem(String path, byte[] bytes) {
        String ext = extension(path);
        if (ALWAYS_REFUSED.contains(ext)) {
            return Optional.of("." + ext + " files can run script when opened, so they are not published");
        }
        if (!ext.equals("svg")) {
            return Optional.empty();
        }
        try {
            Document doc = parser().parse(new ByteArrayInputStream(bytes));
            NodeList all = doc.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
                if (name.equalsIgnoreCase("script") || name.equalsIgnoreCase("foreignObject")) {
                    return Optional.of("the SVG holds a <" + name + "> element");
                }
                NamedNodeMap attrs = e.getAttributes();
                for (int j = 0; j < attrs.getLength(); j++) {
                    String attr = attrs.item(j).getNodeName().toLowerCase(Locale.ROOT);
                    String value = attrs.item(j).getNodeValue().strip().toLowerCase(Locale.ROOT);
                    if (attr.startsWith("on")) {
                        return Optional.of("the SVG has an event handler (" + attr + ")");
                    }
                    if (attr.endsWith("href") && (value.startsWith("javascript:") || value.startsWith("data:"))) {
                        return Optional.of("the SVG links to " + value.substring(0, value.indexOf(':') + 1) + " content");
                    }
                }
            }
            return Optional.empty();
        } catch (SAXException | IOException e) {
            String why = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "a DOCTYPE, which may pull in other files" : e.getMessage();
            return Optional.of("the SVG is not plain, well-formed XML: " + why);
        }
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
