package org.peeragogy.reader.content;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.IndexSource;
import org.peeragogy.reader.book.IndexedUnit;
import org.peeragogy.reader.book.Problem;
import org.peeragogy.reader.book.RenderedChapter;

/**
 * Splits rendered chapters into the passages the search index keeps, each one piece of text as the page
 * shows it: the chapter's title once (the header above the article, {@link ChapterTitle}, or the heading
 * that opens the body and shows the title), each other heading, and one unit per block of the page
 * (every block has an {@code id}, see {@link Sanitizer}) holding the block's own text. Text of a nested
 * block belongs to the innermost one only (a {@code <li>} holding a {@code <p>} gives one unit, the
 * paragraph's); blocks without text are skipped. No unit repeats another's text, so a hit always shows
 * the words that found it (issue 12).
 */
public final class SearchUnits implements IndexSource {
    /** Bump when the splitting changes, so that every stored index is rebuilt. */
    // 2: chapters not shown (decision 0011) have no passages; 3: the title once, not in every passage
    static final String VERSION = "blocks-3";

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final Handbook handbook;

    private SearchUnits(Handbook handbook) {
        this.handbook = handbook;
    }

    /** The index source for a handbook: renders each chapter when asked. */
    public static SearchUnits of(Handbook handbook) {
        return new SearchUnits(handbook);
    }

    /** A chapter the reader does not show (decision 0011) has no passages: its page only says why. */
    @Override
    public List<IndexedUnit> units(Chapter chapter) throws IOException {
        RenderedChapter page = handbook.render(chapter.id());
        if (page.count(Problem.Kind.NOT_SHOWN) > 0) {
            return List.of();
        }
        return units(chapter.id(), chapter.title(), page.html());
    }

    @Override
    public String version() {
        return VERSION;
    }

    /** The units of one rendered page ({@code RenderedChapter.html()}) of the chapter titled {@code title}. */
    public static List<IndexedUnit> units(String chapterId, String title, String pageHtml) {
        Document doc = Jsoup.parse(pageHtml);
        Element article = doc.getElementById("chapter");
        if (article == null) {
            return List.of();
        }
        List<IndexedUnit> out = new ArrayList<>();
        Element header = doc.selectFirst("header." + ChapterTitle.CSS_CLASS);
        Element titleHeading = header != null ? null : ChapterTitle.leadingHeading(article)
                .filter(h -> ChapterTitle.shownBy(title, h.text())).orElse(null);
        if (header != null && !collapse(header.text()).isEmpty()) {
            out.add(new IndexedUnit(chapterId, "", IndexedUnit.Kind.TITLE, collapse(header.text())));
        }
        // Open blocks, innermost last; each collects the text whose nearest block it is.
        Deque<Element> blocks = new ArrayDeque<>();
        Deque<StringBuilder> texts = new ArrayDeque<>();
        StringBuilder loose = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    (texts.isEmpty() ? loose : texts.peek()).append(t.getWholeText());
                } else if (node instanceof Element e && e != article) {
                    if (isBlock(e)) {
                        blocks.push(e);
                        texts.push(new StringBuilder());
                    } else if (e.normalName().equals("br") || e.normalName().equals("img")) {
                        (texts.isEmpty() ? loose : texts.peek()).append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && !blocks.isEmpty() && blocks.peek() == e) {
                    blocks.pop();
                    String text = collapse(texts.pop().toString());
                    if (text.isEmpty()) {
                        return;
                    }
                    IndexedUnit.Kind kind = e == titleHeading ? IndexedUnit.Kind.TITLE
                            : HEADINGS.contains(e.normalName()) ? IndexedUnit.Kind.HEADING : IndexedUnit.Kind.PASSAGE;
                    out.add(new IndexedUnit(chapterId, e.id(), kind, text));
                }
            }
        }, article);
        String rest = collapse(loose.toString());
        if (!rest.isEmpty()) {
            out.add(header == null ? 0 : 1, new IndexedUnit(chapterId, "", IndexedUnit.Kind.PASSAGE, rest));
        }
        return out;
    }

    private static boolean isBlock(Element e) {
        return !e.id().isEmpty() && Sanitizer.BLOCKS.contains(e.normalName());
    }

    private static String collapse(String s) {
        return s.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
