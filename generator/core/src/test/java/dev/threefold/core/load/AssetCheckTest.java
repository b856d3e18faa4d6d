package dev.threefold.core.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assets that could run script in a reader's browser are refused; real diagrams and handouts are not. */
class AssetCheckTest {

    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";

    private static Optional<String> svg(String body) {
        return AssetCheck.problem("assets/a.svg", (SVG + body + "</svg>").getBytes(StandardCharsets.UTF_8));
    }

    private static void refused(String body, String because) {
        Optional<String> problem = svg(body);
        assertTrue(problem.isPresent(), "accepted: " + body);
        assertTrue(problem.get().contains(because), problem.get());
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = AssetCheckTest.class.getResourceAsStream("/svg/" + name)) {
            return in.readAllBytes();
        }
    }

    // Accepted: these pass the checks before the allowlist too; they hold the allowlist to real files.

    @Test
    void anInkscapeDrawingWithMetadataGradientsAFilterTextAndUseIsPublished() throws IOException {
        assertEquals(Optional.empty(), AssetCheck.problem("assets/number-line.svg", resource("inkscape.svg")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"animated.svg", "illustrator.svg", "matplotlib.svg"})
    void anAnimatedDiagramAndExportsOfIllustratorAndMatplotlibArePublished(String name) throws IOException {
        assertEquals(Optional.empty(), AssetCheck.problem("assets/" + name, resource(name)));
    }

    @Test
    void theSampleContentsDiagramIsPublished() throws IOException {
        Path sample = Path.of("../../content/assets/images/fraction-strips.svg");
        assertEquals(Optional.empty(), AssetCheck.problem("assets/images/fraction-strips.svg", Files.readAllBytes(sample)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.png", "b.JPG", "c.pdf", "d.docx", "e.mp4", "f.woff2", "g.csv", "h.md", "i.txt", "j.zip", "k.vtt"})
    void theTypesACurriculumPublishesAreAllowed(String name) {
        assertEquals(Optional.empty(), AssetCheck.problem("assets/" + name, new byte[0]));
    }

    // Refused: each of these was published before the allowlist.

    @Test
    void theIssueSvgAnAnimateThatSetsALinkToJavascript() {
        refused("<a><animate attributeName=\"href\" values=\"javascript:alert(1)\"/><text x=\"10\" y=\"50\">click me</text></a>",
                "has an <animate> that changes a link (href)");
    }

    @Test
    void aSetThatChangesXlinkHref() {
        refused("<a><set attributeName=\"xlink:href\" to=\"https://example.org/\"/><text>x</text></a>",
                "has a <set> that changes a link (xlink:href)");
    }

    @Test
    void anAnimationOfAnEventHandler() {
        refused("<rect><animateTransform attributeName=\"onclick\" type=\"rotate\" from=\"0\" to=\"9\"/></rect>",
                "has an <animateTransform> that changes an event handler (onclick)");
        refused("<rect><animateMotion attributeName=\"onbegin\" path=\"M0,0 L9,9\"/></rect>",
                "has an <animateMotion> that changes an event handler (onbegin)");
    }

    @Test
    void anAnimationOfAnAttributeOffTheList() {
        refused("<rect><animate attributeName=\"style\" values=\"fill:red\"/></rect>", "changes style, which an animation may not change");
        refused("<rect><set attributeName=\"xml:base\" to=\"https://example.org/\"/></rect>", "changes xml:base");
    }

    @Test
    void aUseThatPointsOutsideTheFile() {
        refused("<use href=\"https://example.org/icons.svg#star\"/>", "a <use> that points outside the file (https://example.org/icons.svg#star)");
        refused("<use xlink:href=\"icons.svg#star\"/>", "a <use> that points outside the file (icons.svg#star)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<a href=\"java&#x09;script:alert(1)\"><text>x</text></a>|javascript: content (href of <a>)",
            "<a xlink:href=\"&#106;avascript:alert(1)\"><text>x</text></a>|javascript: content (xlink:href of <a>)",
            "<a href=\"&#x20;JAVA&#x0A;SCRIPT&#x0D;:alert(1)\"><text>x</text></a>|javascript: content (href of <a>)",
            "<a href=\"vbscript:msgbox(1)\"><text>x</text></a>|vbscript: content",
            "<a href=\"file:///etc/passwd\"><text>x</text></a>|file: content",
            "<image href=\"da&#x09;ta:image/svg+xml;base64,PHN2Zy8+\"/>|data: content (href of <image>)",
            "<feImage href=\"&#xA0;data:image/png;base64,AAAA\"/>|data: content (href of <feImage>)",
            "<rect><animate attributeName=\"fill\" values=\"red;javascript:alert(1)\"/></rect>|javascript: content (values of <animate>)",
            "<rect><animate attributeName=\"fill\" from=\"url(data:image/png;base64,AAAA)\" to=\"red\"/></rect>|data: content (from of <animate>)",
            "<rect><animate attributeName=\"fill\" by=\"javascript:x\"/></rect>|javascript: content (by of <animate>)",
            "<rect fill=\"url( 'data:image/png;base64,AAAA' )\"/>|data: content (fill of <rect>)"})
    void aLinkWithASchemeOtherThanHttpHttpsOrMailto(String body, String because) {
        refused(body, because);
    }

    @Test
    void htmlAndElementsOfOtherVocabularies() {
        refused("<g><iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"https://example.org/\"/></g>",
                "an <iframe> element of http://www.w3.org/1999/xhtml");
        refused("<g><math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi>x</mi></math></g>", "<math> element of");
        refused("<x:widget xmlns:x=\"urn:example:widgets\"/>", "<x:widget> element of urn:example:widgets");
        refused("<g xmlns=\"\"><rect/></g>", "outside the SVG namespace");
    }

    @Test
    void svgElementsOffTheList() {
        refused("<blink>old</blink>", "<blink> element, which is not on the list of safe SVG elements");
        refused("<discard begin=\"1s\"/>", "<discard> element, which is not on the list");
        refused("<rect><cursor/></rect>", "<cursor> element");
    }

    @Test
    void attributesOffTheList() {
        refused("<a xml:base=\"https://example.org/\" href=\"page\"><text>x</text></a>",
                "an attribute xml:base on <a>, which is not on the list of safe SVG attributes");
        refused("<a target=\"_top\" href=\"https://example.org/\"><text>x</text></a>", "attribute target on <a>");
        refused("<rect xmlns:x=\"urn:example\" x:onclick=\"alert(1)\"/>", "attribute x:onclick on <rect>");
        refused("<rect xlink:actuate=\"onLoad\"/>", "attribute xlink:actuate");
    }

    @Test
    void anEventHandlerInAnyCaseOrOnEditorMetadata() {
        refused("<rect onClick=\"alert(1)\"/>", "an event handler (onClick)");
        refused("<sodipodi:namedview xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\" onload=\"alert(1)\"/>",
                "an event handler (onload)");
    }

    @Test
    void editorMetadataIsInertButWhatItHoldsIsChecked() {
        assertEquals(Optional.empty(), svg("<metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " rdf:about=\"javascript:ignored\"/></metadata>"));
        refused("<metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><script>alert(1)</script></rdf:RDF></metadata>",
                "<script> element");
    }

    @Test
    void aStyleSheetOrXsltProcessingInstruction() {
        Optional<String> problem = AssetCheck.problem("assets/a.svg", ("<?xml version=\"1.0\"?><?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?>"
                + SVG + "</svg>").getBytes(StandardCharsets.UTF_8));
        assertTrue(problem.orElse("").contains("processing instruction (<?xml-stylesheet?>)"), problem.toString());
    }

    @Test
    void cssThatLoadsOrHidesALink() {
        refused("<style>@import url(https://example.org/more.css);</style>", "CSS (<style>) imports another style sheet (@import)");
        refused("<style>@IMPORT 'more.css';</style>", "(@import)");
        refused("<rect style=\"fill: u\\72l(javascript:alert(1))\"/>", "CSS (style of <rect>) uses an escape");
        refused("<style>rect { fill: url( \"data:image/png;base64,AAAA\" ) }</style>", "data: content (<style>)");
        refused("<rect style=\"background-image: image-set('javascript:x' 1x)\"/>", "javascript: content (style of <rect>)");
        refused("<style>svg { background-image: image-set(/**/'data:image/png;base64,AAAA' 1x) }</style>", "data: content (<style>)");
        assertEquals(Optional.empty(), svg("<style>rect { fill: url(#g); stroke: red; font-family: 'A: B' }</style>"
                + "<rect style=\"fill:url(#g);marker-end:url(#m)\"/>"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "page.html|.html files are not published",
            "tool.js|.js files are not published",
            "feed.xml|.xml files are not published",
            "setup.exe|.exe files are not published",
            "notes.SHTML|.shtml files are not published",
            "README|files without an extension are not published",
            "drawing.svgz|.svgz files are not published: save the drawing as plain .svg"})
    void anyOtherTypeIsRefusedWithTheTypesThatAreAllowed(String name, String because) {
        String problem = AssetCheck.problem("assets/" + name, new byte[0]).orElse("");
        assertTrue(problem.startsWith(because), problem);
        if (!name.endsWith(".svgz")) {
            assertTrue(problem.contains("assets may be avif, bmp, csv,"), problem);
        }
    }
}
