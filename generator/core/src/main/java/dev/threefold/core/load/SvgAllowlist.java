package dev.threefold.core.load;

import java.util.Locale;
import java.util.Set;

/**
 * The SVG elements and attributes an asset may use, by lower-cased local name. The lists are
 * DOMPurify's SVG profile (its svg and svgFilters elements, its svg and xml attributes), with
 * these additions, each checked further by {@link SvgCheck}: {@code use} (only with a
 * {@code #id} link), {@code animate} and {@code set} (only changing a listed, non-link
 * attribute), and a few presentation and accessibility attributes common in hand-made
 * diagrams. Anything else is refused, not looked up in a list of known-bad names.
 */
final class SvgAllowlist {

    static final String SVG = "http://www.w3.org/2000/svg";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String XML = "http://www.w3.org/XML/1998/namespace";
    static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    /**
     * The namespaces of the metadata drawing programs write (Inkscape, Sodipodi, and the RDF,
     * Dublin Core and Creative Commons licence block). A browser knows none of them: their
     * elements are plain XML elements that draw nothing and have no event handlers, and their
     * attributes are not read at all. SVG or HTML elements inside them are still checked.
     */
    private static final Set<String> EDITOR_NAMESPACES = Set.of(
            "http://www.inkscape.org/namespaces/inkscape",
            "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "http://purl.org/dc/elements/1.1/",
            "http://creativecommons.org/ns#",
            "http://web.resource.org/cc/");

    private static final Set<String> ELEMENTS = Set.of(
            // DOMPurify svg
            "svg", "a", "altglyph", "altglyphdef", "altglyphitem", "animatecolor", "animatemotion",
            "animatetransform", "circle", "clippath", "defs", "desc", "ellipse", "filter", "font", "g",
            "glyph", "glyphref", "hkern", "image", "line", "lineargradient", "marker", "mask", "metadata",
            "mpath", "path", "pattern", "polygon", "polyline", "radialgradient", "rect", "stop", "style",
            "switch", "symbol", "text", "textpath", "title", "tref", "tspan", "view", "vkern",
            // DOMPurify svgFilters
            "feblend", "fecolormatrix", "fecomponenttransfer", "fecomposite", "feconvolvematrix",
            "fediffuselighting", "fedisplacementmap", "fedistantlight", "fedropshadow", "feflood",
            "fefunca", "fefuncb", "fefuncg", "fefuncr", "fegaussianblur", "feimage", "femerge",
            "femergenode", "femorphology", "feoffset", "fepointlight", "fespecularlighting",
            "fespotlight", "fetile", "feturbulence",
            // added, with the checks of SvgCheck
            "use", "animate", "set");

    /** The elements that change another attribute of their target, named by attributeName. */
    private static final Set<String> ANIMATIONS = Set.of("animate", "set", "animatecolor", "animatemotion", "animatetransform");

    private static final Set<String> ATTRIBUTES = Set.of(
            // DOMPurify svg
            "accent-height", "accumulate", "additive", "alignment-baseline", "amplitude", "ascent",
            "attributename", "attributetype", "azimuth", "basefrequency", "baseline-shift", "begin", "bias",
            "by", "class", "clip", "clippathunits", "clip-path", "clip-rule", "color", "color-interpolation",
            "color-interpolation-filters", "color-profile", "color-rendering", "cx", "cy", "d", "dx", "dy",
            "diffuseconstant", "direction", "display", "divisor", "dur", "edgemode", "elevation", "end",
            "exponent", "fill", "fill-opacity", "fill-rule", "filter", "filterunits", "flood-color",
            "flood-opacity", "font-family", "font-size", "font-size-adjust", "font-stretch", "font-style",
            "font-variant", "font-weight", "fx", "fy", "g1", "g2", "glyph-name", "glyphref", "gradientunits",
            "gradienttransform", "height", "href", "id", "image-rendering", "in", "in2", "intercept", "k",
            "k1", "k2", "k3", "k4", "kerning", "keypoints", "keysplines", "keytimes", "lang", "lengthadjust",
            "letter-spacing", "kernelmatrix", "kernelunitlength", "lighting-color", "local", "marker-end",
            "marker-mid", "marker-start", "markerheight", "markerunits", "markerwidth", "maskcontentunits",
            "maskunits", "max", "mask", "mask-type", "media", "method", "mode", "min", "name", "numoctaves",
            "offset", "operator", "opacity", "order", "orient", "orientation", "origin", "overflow",
            "paint-order", "path", "pathlength", "patterncontentunits", "patterntransform", "patternunits",
            "points", "preservealpha", "preserveaspectratio", "primitiveunits", "r", "rx", "ry", "radius",
            "refx", "refy", "repeatcount", "repeatdur", "restart", "result", "rotate", "scale", "seed",
            "shape-rendering", "slope", "specularconstant", "specularexponent", "spreadmethod",
            "startoffset", "stddeviation", "stitchtiles", "stop-color", "stop-opacity", "stroke-dasharray",
            "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-opacity",
            "stroke", "stroke-width", "style", "surfacescale", "systemlanguage", "tabindex", "tablevalues",
            "targetx", "targety", "transform", "transform-origin", "text-anchor", "text-decoration",
            "text-rendering", "textlength", "type", "u1", "u2", "unicode", "values", "viewbox", "visibility",
            "version", "vert-adv-y", "vert-origin-x", "vert-origin-y", "width", "word-spacing", "wrap",
            "writing-mode", "xchannelselector", "ychannelselector", "x", "x1", "x2", "y", "y1", "y2", "z",
            "zoomandpan",
            // added: inert presentation and accessibility attributes
            "role", "dominant-baseline", "vector-effect", "pointer-events", "baseprofile", "enable-background",
            "mix-blend-mode", "isolation",
            // added: the values of animate and set, checked as links like every value
            "from", "to", "calcmode");

    /** Attributes whose value is plain text or a name, never a link, so not read as one (DOMPurify's URI-safe ones). */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("class", "id", "name", "role", "lang");

    private SvgAllowlist() {
    }

    static boolean isEditorNamespace(String namespace) {
        return namespace != null && EDITOR_NAMESPACES.contains(namespace);
    }

    static boolean isElement(String localName) {
        return ELEMENTS.contains(lower(localName));
    }

    static boolean isAnimation(String localName) {
        return ANIMATIONS.contains(lower(localName));
    }

    /** A listed attribute in no namespace, or an ARIA or data- one (inert text, as DOMPurify allows them). */
    static boolean isAttribute(String localName) {
        String name = lower(localName);
        return ATTRIBUTES.contains(name) || name.matches("(aria|data)-[-a-z0-9_.]+");
    }

    /** xlink:href and xlink:title; xml:space, xml:lang and xml:id (not xml:base, which would move every link). */
    static boolean isAttribute(String namespace, String localName) {
        return namespace.equals(XLINK) ? localName.equals("href") || localName.equals("title")
                : namespace.equals(XML) && (localName.equals("space") || localName.equals("lang") || localName.equals("id"));
    }

    static boolean isText(String localName) {
        String name = lower(localName);
        return TEXT_ATTRIBUTES.contains(name) || name.startsWith("aria-") || name.startsWith("data-");
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
