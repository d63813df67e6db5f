package org.peeragogy.reader.ui.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.share.JsonWriter;

/**
 * A chapter's page with its highlights written into the HTML served (issue 17, decision 0089): the same
 * {@code <mark class="pr-hl pr-COLOUR [pr-under-COLOUR] [pr-has-note]" data-ann="ID">} pieces that reader.js's
 * {@code paint} makes (one mark per piece of text however many highlights cover it, decision 0063), and a bookmark's
 * {@code pr-bookmarked} on its block, so that WebKit lays them out in its first layout, with no script wrapping
 * them before the first picture. Each mark also carries its piece's text offsets ({@code data-pr-at="FROM-TO"}) and
 * the article the highlights' ranges ({@code data-pr-marks}, JSON of ids and offsets only), from which reader.js
 * adopts them as its own (click, flash, a later paint replacing them).
 *
 * <p>Only the article's content is written again, as the content layer's writer wrote it (elements, attributes and
 * text, every text and attribute value escaped; no note's text ever comes here, only ids, colours and offsets); the
 * rest of the page is kept byte for byte. Any thread; pure.
 *
 * @param highlights the highlights written in, as {@link ChapterView#paint} takes them: a later paint of an equal
 *                   list leaves the page as it is
 */
public record MarkedPage(RenderedChapter page, List<ChapterView.Highlight> highlights, String html) {
    private static final List<String> COLOURS = List.of("yellow", "green", "blue", "pink", "purple");
    /** Text here is the white space between table or list parts: no mark goes there (as in reader.js). */
    private static final Set<String> NO_MARK_PARENTS = Set.of("table", "thead", "tbody", "tfoot", "tr", "ul", "ol", "dl");
    private static final Set<String> VOID = Set.of("br", "hr", "img", "col", "wbr");
    private static final Set<String> LEADING_NEWLINE = Set.of("pre", "listing", "textarea");
    private static final String OPEN = "<article id=\"chapter\"";
    private static final String CLOSE = "</article>";
    /**
     * Highlights beginning this far into the text (about two screens at the top of a chapter) are written in; the
     * rest are painted by reader.js when the chapter's notes arrive, after the first picture: every mark written in is
     * parsed and laid out before it (decision 0089's figures: the text came later with all 500 written in).
     */
    static final int WRITTEN_WITHIN = 4000;

    public MarkedPage {
        Objects.requireNonNull(page);
        highlights = List.copyOf(highlights);
        Objects.requireNonNull(html);
    }

    /**
     * {@code page} with those of {@code all} that begin within {@link #WRITTEN_WITHIN} characters of its text (and
     * every bookmark) written in; {@link #highlights} is that list, so a paint of all of them follows; empty for a page with none, a chapter not shown, or a page
     * without the article (nothing to gain: it is served as rendered and painted as before).
     */
    public static Optional<MarkedPage> of(RenderedChapter page, List<ChapterView.Highlight> all) {
        List<ChapterView.Highlight> highlights = all.stream()
                .filter(h -> h.colour().equals("bookmark") || h.start() < WRITTEN_WITHIN).toList();
        if (highlights.isEmpty() || page.notShown().isPresent()) {
            return Optional.empty();
        }
        String html = page.html();
        int open = html.indexOf(OPEN);
        int body = open < 0 ? -1 : html.indexOf('>', open) + 1;
        int close = html.lastIndexOf(CLOSE);
        if (open < 0 || body <= 0 || close < body) {
            return Optional.empty();
        }
        Element root = Jsoup.parseBodyFragment(html.substring(body, close)).body();
        List<ChapterView.Highlight> marks = highlights.stream().filter(h -> !h.colour().equals("bookmark")).toList();
        bookmarks(root, highlights.stream().filter(h -> h.colour().equals("bookmark")).toList());
        wrap(root, marks);
        StringBuilder out = new StringBuilder(html.length() + marks.size() * 120);
        out.append(html, 0, body - 1).append(" data-pr-marks=\"");
        escape(JsonWriter.compact(marks.stream().map(h -> Map.of("id", h.id(), "start", h.start(), "end", h.end()))
                .toList()), out, true);
        out.append("\">");
        write(root, out);
        out.append(html, close, html.length());
        return Optional.of(new MarkedPage(page, highlights, out.toString()));
    }

    /** The text nodes of the article in document order, as the page's script walks them. */
    private static List<TextNode> textNodes(Element root) {
        List<TextNode> nodes = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                nodes.add(t);
            }
        }, root);
        return nodes;
    }

    /** A bookmark marks the block (the nearest element with an id) its first character is in, as reader.js does. */
    private static void bookmarks(Element root, List<ChapterView.Highlight> list) {
        if (list.isEmpty()) {
            return;
        }
        List<TextNode> nodes = textNodes(root);
        for (ChapterView.Highlight b : list) {
            int pos = 0;
            TextNode at = nodes.isEmpty() ? null : nodes.get(nodes.size() - 1);
            for (TextNode t : nodes) {
                int len = t.getWholeText().length();
                if (b.start() < pos + len) {
                    at = t;
                    break;
                }
                pos += len;
            }
            Node el = at == null ? null : at.parent();
            while (el instanceof Element e && e != root && e.id().isEmpty()) {
                el = e.parent();
            }
            if (el instanceof Element e && e != root) {
                e.addClass("pr-bookmarked");
            }
        }
    }

    /** reader.js's wrap and paint: the text cut at every boundary, each covered piece in one mark. */
    private static void wrap(Element root, List<ChapterView.Highlight> list) {
        if (list.isEmpty()) {
            return;
        }
        int[] cuts = list.stream().flatMapToInt(h -> java.util.stream.IntStream.of(h.start(), h.end())).distinct()
                .sorted().toArray();
        record Piece(TextNode node, int start, int end) {
        }
        List<Piece> pieces = new ArrayList<>();
        int pos = 0;
        int c = 0;
        for (TextNode node : textNodes(root)) {
            int from = pos;
            int to = pos + node.getWholeText().length();
            while (c < cuts.length && cuts[c] <= from) {
                c++;
            }
            TextNode current = node;
            int at = from;
            while (c < cuts.length && cuts[c] < to) {
                TextNode rest = current.splitText(cuts[c] - at);
                pieces.add(new Piece(current, at, cuts[c]));
                current = rest;
                at = cuts[c];
                c++;
            }
            pieces.add(new Piece(current, at, to));
            pos = to;
        }
        List<ChapterView.Highlight> byStart = new ArrayList<>(list);
        byStart.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        int next = 0;
        List<ChapterView.Highlight> active = new ArrayList<>();
        for (Piece p : pieces) {
            while (next < byStart.size() && byStart.get(next).start() <= p.start()) {
                active.add(byStart.get(next++));
            }
            active.removeIf(h -> h.end() <= p.start());
            Node parent = p.node().parent();
            if (active.isEmpty() || p.start() == p.end() || !(parent instanceof Element pe)
                    || NO_MARK_PARENTS.contains(pe.normalName())) {
                continue;
            }
            ChapterView.Highlight top = active.get(active.size() - 1);
            StringBuilder name = new StringBuilder("pr-hl pr-").append(colourOf(top));
            if (active.size() > 1) {
                name.append(" pr-under-").append(colourOf(active.get(active.size() - 2)));
            }
            if (active.stream().anyMatch(ChapterView.Highlight::hasNote)) {
                name.append(" pr-has-note");
            }
            Element mark = new Element("mark").attr("class", name.toString()).attr("data-ann", top.id())
                    .attr("data-pr-at", p.start() + "-" + p.end());
            p.node().before(mark);
            mark.appendChild(p.node());
        }
    }

    private static String colourOf(ChapterView.Highlight h) {
        return COLOURS.contains(h.colour()) ? h.colour() : "yellow";
    }

    /** The content layer's SafeHtml.write: elements, attributes and text only, every value escaped. */
    private static void write(Element root, StringBuilder out) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node == root) {
                    return;
                }
                if (node instanceof TextNode text) {
                    if (text.parent() instanceof Element p && LEADING_NEWLINE.contains(p.normalName())
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
    }

    private static void escape(String s, StringBuilder out, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\u00A0' -> out.append("&nbsp;");
                default -> out.append(ch);
            }
        }
    }
}
