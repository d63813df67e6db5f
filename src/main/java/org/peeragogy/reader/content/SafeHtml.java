package org.peeragogy.reader.content;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Writes an approved tree as HTML that a browser parses back into exactly that tree.
 *
 * <p>A sanitizer is only as good as the agreement between its parser and the browser's: markup that
 * the two read differently (a {@code <![CDATA[} section, a comment, a raw-text element, an element
 * the tree builder would move) lets hidden markup come alive. So this writer emits nothing but
 * elements, attributes and text: element and attribute names as the sanitizer approved them,
 * every text and attribute value escaped (never raw, not even inside {@code <pre>}), no comments,
 * no CDATA, no processing instructions. {@link #settle} then parses the output again with an
 * HTML5 tree builder (jsoup's, which follows the WHATWG algorithm) until a parse and a write
 * give the same text: only then is the tree written one the browser will build as written.
 * {@code SafeHtmlDifferentialTest} checks the result with a second, independent HTML5 parser.
 */
final class SafeHtml {
    /** Elements with no end tag (WHATWG HTML, "void elements"). */
    private static final Set<String> VOID = Set.of("br", "hr", "img", "col", "wbr");
    /** Elements whose first newline the parser drops, so one is written back (WHATWG HTML, 13.3). */
    private static final Set<String> LEADING_NEWLINE = Set.of("pre", "listing", "textarea");
    /** A bound on re-parsing; every case seen settles in one or two rounds. */
    private static final int MAX_ROUNDS = 4;

    private SafeHtml() {
    }

    /**
     * The HTML of {@code root}'s children, as described above. Iterative, so any depth is safe.
     * Text has NUL removed and line ends made LF, as the browser's input stream would.
     */
    static String write(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node == root) {
                    return;
                }
                if (node instanceof TextNode text) {
                    Node parent = text.parent();
                    if (parent instanceof Element p && LEADING_NEWLINE.contains(p.normalName())
                            && text.siblingIndex() == 0 && text.getWholeText().startsWith("\n")) {
                        out.append('\n');
                    }
                    escape(text.getWholeText(), out, false);
                } else if (node instanceof Element el) {
                    out.append('<').append(el.normalName());
                    for (Attribute a : el.attributes()) {
                        out.append(' ').append(a.getKey()).append("=\"");
                        escape(a.getValue(), out, true);
                        out.append('"');
                    }
                    out.append('>');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node != root && node instanceof Element el && !VOID.contains(el.normalName())) {
                    out.append("</").append(el.normalName()).append('>');
                }
            }
        }, root);
        return out.toString();
    }

    /**
     * Writes {@code body} (a body element whose children are approved) and returns the HTML once it is
     * a fixed point of parse-and-write; {@code body}'s children are replaced by the settled tree. Trees
     * the HTML tree builder would rearrange (a block inside a {@code <p>} after an unwrapped element,
     * a link inside a link) are rearranged here, before the browser sees them.
     */
    static String settle(Element body) {
        fosterParent(body);
        String html = write(body);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Element reparsed = parse(html);
            String again = write(reparsed);
            if (again.equals(html)) {
                return html;
            }
            html = again;
            body.empty();
            for (Node child : new java.util.ArrayList<>(reparsed.childNodes())) {
                body.appendChild(child);
            }
        }
        // Not seen in practice; the text alone is always safe.
        String text = body.wholeText();
        body.empty().appendElement("p").appendText(text);
        return write(body);
    }

    /** What may stand directly inside each part of a table (WHATWG HTML, "in table" insertion modes). */
    private static final java.util.Map<String, Set<String>> TABLE_CHILDREN = java.util.Map.of(
            "table", Set.of("caption", "colgroup", "thead", "tbody", "tfoot", "tr"),
            "thead", Set.of("tr"), "tbody", Set.of("tr"), "tfoot", Set.of("tr"),
            "tr", Set.of("td", "th"), "colgroup", Set.of("col"));

    /**
     * Moves text and elements that stand where a table allows neither to just before the table, as
     * the browser's tree builder does ("foster parenting"). jsoup's builder keeps some of them in
     * place (text inside a table body), so it cannot be the judge of these: this does it first.
     */
    static void fosterParent(Element body) {
        for (Element el : body.getAllElements()) {
            Set<String> allowed = TABLE_CHILDREN.get(el.normalName());
            if (allowed == null) {
                continue;
            }
            Element table = el.normalName().equals("table") ? el : el.closest("table");
            if (table == null) {
                continue;
            }
            for (Node child : new java.util.ArrayList<>(el.childNodes())) {
                boolean fits = child instanceof TextNode t ? t.isBlank()
                        : child instanceof Element c && allowed.contains(c.normalName());
                if (!fits) {
                    table.before(child);
                }
            }
        }
    }

    /** The body of {@code html} parsed as a browser parses a chapter's article (in body). */
    static Element parse(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        return doc.body();
    }

    private static void escape(String s, StringBuilder out, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\u00A0' -> out.append("&nbsp;");
                case '\0' -> { }
                case '\r' -> {
                    if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                default -> out.append(c);
            }
        }
    }
}
