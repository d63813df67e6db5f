package org.peeragogy.reader.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an HTML table of contents ({@code index.html}) into {@link TableOfContents} events, with the
 * same rules as {@link TocMarkdown}: headings ({@code h1}-{@code h6}), a short caption just before a
 * list ({@code <span class="part">Introduction:</span><ol>…}), list items without a chapter link that
 * hold a list or are bold (part headings), and chapter links with their list depth. The book's title
 * is the page's {@code <title>}. jsoup builds the tree (its parser is iterative, so no page can
 * overflow the stack); one walk over the nodes, each item's own text read once, so time is linear in
 * the page.
 */
final class TocHtml {
    /** Longer text before a list is a paragraph, not a caption. */
    private static final int MAX_CAPTION = 120;
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> CAPTIONS = Set.of("span", "p", "b", "strong", "div", "em", "center", "dt");
    private static final Set<String> LISTS = Set.of("ul", "ol");

    private TocHtml() {
    }

    static TableOfContents.Toc read(String html, ChapterLinks chapters) {
        Document doc = Jsoup.parse(html);
        List<TableOfContents.Event> events = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private int items;
            private int links;

            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return;
                }
                String tag = el.normalName();
                if (tag.equals("a") && el.hasAttr("href")) {
                    links++;
                    chapters.chapterOf(el.attr("href")).ifPresent(id ->
                            events.add(TableOfContents.Event.link(items, el.text().strip(), id)));
                } else if (tag.equals("li")) {
                    items++;
                    item(el, items, chapters).ifPresent(events::add);
                } else if (items == 0 && links == 0 && HEADINGS.contains(tag)) {
                    events.add(TableOfContents.Event.heading(tag.charAt(1) - '0', TableOfContents.partTitle(el.text())));
                } else if (items == 0 && links == 0 && CAPTIONS.contains(tag) && beforeList(el)) {
                    Own own = own(el, chapters);
                    if (!own.linked() && !own.text().isEmpty() && own.text().length() <= MAX_CAPTION) {
                        events.add(TableOfContents.Event.heading(TableOfContents.CAPTION_RANK, own.text()));
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el) {
                    if (el.normalName().equals("li")) {
                        items--;
                    } else if (el.normalName().equals("a") && el.hasAttr("href")) {
                        links--;
                    }
                }
            }
        }, doc.body());
        Element root = doc.selectFirst("html");
        String language = root == null ? "" : LanguageTags.parse(root.attr("lang")).orElse("");
        return new TableOfContents.Toc(doc.title().strip(), List.copyOf(events), language);
    }

    /** A list item that is a part heading: no chapter link of its own (outside its nested lists), or written bold. */
    private static Optional<TableOfContents.Event> item(Element li, int depth, ChapterLinks chapters) {
        Own own = own(li, chapters);
        if (own.text().isEmpty()) {
            return Optional.empty();
        }
        boolean bold = own.boldOnly();
        return bold || !own.linked() ? Optional.of(TableOfContents.Event.group(depth, own.text(), bold)) : Optional.empty();
    }

    /** An element's own words (nested lists left out), whether it links a chapter, whether it is all bold. */
    private record Own(String text, boolean linked, boolean boldOnly) {
    }

    private static Own own(Element root, ChapterLinks chapters) {
        StringBuilder text = new StringBuilder();
        StringBuilder bold = new StringBuilder();
        boolean linked = false;
        Deque<Node> stack = new ArrayDeque<>();
        Deque<Boolean> inBold = new ArrayDeque<>();
        for (int i = root.childNodeSize() - 1; i >= 0; i--) {
            stack.push(root.childNode(i));
            inBold.push(false);
        }
        while (!stack.isEmpty() && text.length() <= MAX_CAPTION * 4) {
            Node n = stack.pop();
            boolean b = inBold.pop();
            if (n instanceof TextNode t) {
                text.append(t.getWholeText());
                if (b) {
                    bold.append(t.getWholeText());
                }
            } else if (n instanceof Element el && !LISTS.contains(el.normalName())) {
                if (el.normalName().equals("a") && chapters.chapterOf(el.attr("href")).isPresent()) {
                    linked = true;
                }
                if (el.normalName().equals("br") || HEADINGS.contains(el.normalName())) {
                    text.append(' ');
                }
                boolean nowBold = b || el.normalName().equals("b") || el.normalName().equals("strong");
                for (int i = el.childNodeSize() - 1; i >= 0; i--) {
                    stack.push(el.childNode(i));
                    inBold.push(nowBold);
                }
            }
        }
        String words = TableOfContents.partTitle(text.toString().replace('\u00A0', ' '));
        boolean boldOnly = !words.isEmpty() && TableOfContents.partTitle(bold.toString().replace('\u00A0', ' ')).equals(words);
        return new Own(words, linked, boldOnly);
    }

    /** The element's next element, past line breaks and rules, is a list. */
    private static boolean beforeList(Element el) {
        Element next = el.nextElementSibling();
        while (next != null && (next.normalName().equals("br") || next.normalName().equals("hr"))) {
            next = next.nextElementSibling();
        }
        return next != null && LISTS.contains(next.normalName());
    }
}
