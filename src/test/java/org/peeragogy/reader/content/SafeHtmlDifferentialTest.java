package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Stream;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The page the WebView is given parses, in an independent HTML5 parser (validator.nu's, which
 * follows the browser algorithm), into exactly the tree our sanitizer approved (jsoup's reading
 * of the same page), for every hostile payload and every real chapter; and that tree holds
 * nothing that can run or load.
 */
class SafeHtmlDifferentialTest {
    @TempDir
    static Path temp;
    private static Handbook corpus;
    private static List<XssCorpus.Payload> payloads;

    @BeforeAll
    static void writeCorpusHandbook() throws Exception {
        payloads = XssCorpus.all();
        Path dir = Files.createDirectories(temp.resolve("corpus"));
        for (int i = 0; i < payloads.size(); i++) {
            Files.writeString(dir.resolve(chapterId(i) + ".md"),
                    "# Case " + i + "\n\n" + payloads.get(i).html() + "\n\nAfter the case.\n", StandardCharsets.UTF_8);
        }
        corpus = Handbooks.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        corpus.close();
    }

    static String chapterId(int i) {
        return String.format(Locale.ROOT, "case-%03d", i);
    }

    @Test
    void theCorpusIsAllThere() {
        assertEquals(223 + XssCorpus.own().size(), payloads.size());
    }

    @TestFactory
    Stream<DynamicTest> everyHostilePayloadParsesTheSameInAnIndependentParser() {
        return java.util.stream.IntStream.range(0, payloads.size()).mapToObj(i -> DynamicTest.dynamicTest(
                payloads.get(i).name(), () -> checkPage(corpus.render(chapterId(i)).html(), payloads.get(i).name())));
    }

    @TestFactory
    Stream<DynamicTest> everyRealChapterParsesTheSameInAnIndependentParser() throws Exception {
        Handbook real = Handbooks.open(TestHandbooks.real());
        List<DynamicTest> tests = new ArrayList<>();
        for (Chapter c : real.book().chapters()) {
            tests.add(DynamicTest.dynamicTest(c.id(), () -> checkPage(real.render(c.id()).html(), c.id())));
        }
        tests.add(DynamicTest.dynamicTest("close", real::close));
        return tests.stream();
    }

    @Test
    void cdataSectionsAreRemovedAndReported() throws IOException {
        int i = indexOf("cdata-hides-script");
        var rendered = corpus.render(chapterId(i));
        assertFalse(rendered.html().contains("CDATA"), rendered.html());
        assertTrue(rendered.problems().stream().anyMatch(p -> p.detail().contains("CDATA")), rendered.problems().toString());
    }

    @Test
    void stylesOutsideTheAllowListAreRemovedAndReported() throws IOException {
        for (String name : List.of("style-image-set", "style-webkit-image-set", "style-escaped-url", "style-fixed-cover",
                "style-import", "style-var")) {
            var rendered = corpus.render(chapterId(indexOf(name)));
            Element article = Jsoup.parse(rendered.html()).getElementById("chapter");
            for (Element el : article.getAllElements()) {
                String style = el.attr("style");
                assertFalse(style.contains("url") || style.contains("image-set") || style.contains("position")
                        || style.contains("\\") || style.contains("var"), name + ": " + style);
            }
            assertTrue(rendered.problems().stream().anyMatch(p -> p.detail().startsWith("style")), name);
        }
        var fixed = corpus.render(chapterId(indexOf("style-fixed-cover")));
        // The harmless parts of the same attribute stay.
        assertTrue(fixed.html().contains("style=\"width: 100%; height: 100%; background-color") || fixed.html().contains("width: 100%"),
                fixed.html());
    }

    private static int indexOf(String name) {
        for (int i = 0; i < payloads.size(); i++) {
            if (payloads.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static void checkPage(String html, String name) throws Exception {
        Element approved = Jsoup.parse(html).getElementById("chapter");
        HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALLOW);
        Document other = builder.parse(new InputSource(new StringReader(html)));
        Node otherArticle = other.getElementById("chapter");
        if (otherArticle == null) {
            otherArticle = findById(other.getDocumentElement(), "chapter");
        }
        assertEquals(canonical(approved), canonical(otherArticle), name + ": the browser would build another tree");
        String tree = canonical(approved);
        for (Element el : approved.getAllElements()) {
            assertTrue(el == approved || Sanitizer.ALLOWED.contains(el.normalName()), name + ": <" + el.normalName() + ">");
            for (Attribute a : el.attributes()) {
                assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), name + ": " + a);
                String v = Links.compact(a.getValue());
                for (String bad : List.of("javascript:", "vbscript:", "data:", "file:", "url(", "image-set", "http:", "https:")) {
                    assertFalse(v.contains(bad) && !a.getKey().equals("data-external") && !a.getKey().equals("href")
                            && !a.getKey().equals("title"), name + ": " + a);
                }
            }
        }
        assertEquals(1, Jsoup.parse(html).select("script").size(), name + ": " + tree);
    }

    private static Node findById(Node node, String id) {
        if (node instanceof org.w3c.dom.Element e && id.equals(e.getAttribute("id"))) {
            return node;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node found = findById(c, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Elements with sorted attributes and merged text, one per line with its depth; comments shown. */
    private static String canonical(Element root) {
        StringBuilder out = new StringBuilder();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element el) {
                TreeMap<String, String> attrs = new TreeMap<>();
                for (Attribute a : el.attributes()) {
                    attrs.put(a.getKey().toLowerCase(Locale.ROOT), a.getValue());
                }
                out.append(depth).append(" <").append(el.normalName()).append(attrs).append(">\n");
            } else if (node instanceof TextNode t) {
                appendText(out, depth, t.getWholeText());
            } else {
                out.append(depth).append(" #").append(node.nodeName()).append('\n');
            }
        }, root);
        return merge(out.toString());
    }

    private static String canonical(Node root) {
        StringBuilder out = new StringBuilder();
        walk(root, 0, out);
        return merge(out.toString());
    }

    private static void walk(Node node, int depth, StringBuilder out) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> {
                TreeMap<String, String> attrs = new TreeMap<>();
                NamedNodeMap map = node.getAttributes();
                for (int i = 0; i < map.getLength(); i++) {
                    attrs.put(map.item(i).getNodeName().toLowerCase(Locale.ROOT), map.item(i).getNodeValue());
                }
                out.append(depth).append(" <").append(node.getLocalName()).append(attrs).append(">\n");
                for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
                    walk(c, depth + 1, out);
                }
            }
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> appendText(out, depth, node.getNodeValue());
            default -> out.append(depth).append(" #").append(node.getNodeName()).append('\n');
        }
    }

    private static void appendText(StringBuilder out, int depth, String text) {
        out.append(depth).append(" \"").append(text.replace("\n", "\\n")).append("\"\n");
    }

    /** Adjacent text lines at one depth are one text node in the other parser. */
    private static String merge(String lines) {
        StringBuilder out = new StringBuilder();
        String pendingDepth = null;
        StringBuilder pendingText = new StringBuilder();
        for (String line : lines.split("\n")) {
            int space = line.indexOf(' ');
            String depth = line.substring(0, space);
            String rest = line.substring(space + 1);
            if (rest.startsWith("\"")) {
                if (pendingDepth != null && !pendingDepth.equals(depth)) {
                    out.append(pendingDepth).append(" \"").append(pendingText).append("\"\n");
                    pendingText.setLength(0);
                }
                pendingDepth = depth;
                pendingText.append(rest, 1, rest.length() - 1);
                continue;
            }
            if (pendingDepth != null) {
                out.append(pendingDepth).append(" \"").append(pendingText).append("\"\n");
                pendingText.setLength(0);
                pendingDepth = null;
            }
            out.append(line).append('\n');
        }
        if (pendingDepth != null) {
            out.append(pendingDepth).append(" \"").append(pendingText).append("\"\n");
        }
        return out.toString();
    }
}
