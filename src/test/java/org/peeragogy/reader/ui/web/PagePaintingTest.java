package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.anchoring.ChapterText;

/** Painting by text offsets in the real WebView, and the page's text matching the host's. */
@Tag("ui")
class PagePaintingTest {
    @TempDir
    Path temp;
    private ShownPage page;
    private ChapterView view;
    private Handbook handbook;

    @BeforeAll
    static void toolkit() throws Exception {
        ShownPage.toolkit();
    }

    @AfterEach
    void close() throws Exception {
        if (page != null) {
            page.close();
        }
    }

    private void open(Handbook h) throws Exception {
        page = new ShownPage(temp.resolve("webview"));
        page.open(h);
        view = page.view();
        handbook = h;
    }

    private void show(String chapterId) throws Exception {
        page.show(chapterId);
    }

    private <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return page.fx(c);
    }

    /** The text of every mark with this id, joined: what the reader sees highlighted. */
    private String marked(String id) throws Exception {
        return (String) fx(() -> view.evaluate("Array.prototype.filter.call(document.querySelectorAll('mark.pr-hl'),"
                + "function(m){return m.getAttribute('data-ann')==='" + id + "';})"
                + ".map(function(m){return m.textContent;}).join('')"));
    }

    @Test
    void pageTextIsTheHostsChapterTextForEveryRealChapter() throws Exception {
        open(Handbooks.open(TestHandbooks.real()));
        List<String> different = new ArrayList<>();
        for (Chapter c : handbook.book().chapters()) {
            show(c.id());
            String host = ChapterText.of(handbook.render(c.id()).html()).text();
            String page = fx(view::pageText);
            if (!host.equals(page)) {
                different.add(c.id());
            }
        }
        assertEquals(List.of(), different);
    }

    /**
     * Issue 13: the white space the renderer adds where words meet at a raw line break or a superscript
     * (content.WordGaps) is in the page's text exactly as in the host's, and is never drawn.
     */
    @Test
    void pageTextIsTheHostsChapterTextWhereLineBreaksAndSuperscriptsSeparateWords() throws Exception {
        open(Handbooks.open(TestHandbooks.fixture("scripts")));
        for (Chapter c : handbook.book().chapters()) {
            show(c.id());
            assertEquals(ChapterText.of(handbook.render(c.id()).html()).text(), fx(view::pageText), c.id());
        }
        show("breaks");
        assertTrue(fx(view::pageText).contains("some text 1. The formula E=mc 2 has"), fx(view::pageText));
        assertEquals(4, ((Number) fx(() -> view.evaluate("document.querySelectorAll('span.word-gap').length"))).intValue());
        // Not drawn: no box, so the superscript sits right after the word as before.
        assertEquals(0, ((Number) fx(() -> view.evaluate("Array.prototype.reduce.call("
                + "document.querySelectorAll('span.word-gap'), function(n, g) {"
                + " return n + g.getClientRects().length + g.offsetWidth; }, 0)"))).intValue());
    }

    @Test
    void highlightsPaintExactlyTheirTextAcrossFormattingParagraphsListsAndTables() throws Exception {
        open(Handbooks.open(TestHandbooks.fixture("marks")));
        show("marks");
        String text = fx(view::pageText);
        List<String> quotes = List.of(
                "with emphasis inside, a link",                         // across <em> and into <a>
                "strong words too.\n\nSecond paragraph",                 // across two paragraphs
                "list\ntwo items",                                       // across list items
                "right cell");                                           // in a table cell
        List<ChapterView.Highlight> paint = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            String q = quotes.get(i).replace("\n\n", "\n");
            int at = indexIgnoringWhitespace(text, q);
            assertTrue(at >= 0, "fixture text lacks: " + q);
            paint.add(new ChapterView.Highlight("h" + i, at, at + lengthIgnoringWhitespace(text, at, q), "green", false));
        }
        fx(() -> {
            view.paint(paint);
            return null;
        });
        // The white space between list items or table cells is not text a mark can hold; all else is marked.
        for (ChapterView.Highlight h : paint) {
            assertEquals(text.substring(h.start(), h.end()).replaceAll("\\s+", ""),
                    marked(h.id()).replaceAll("\\s+", ""), h.id());
        }
        assertEquals(0, ((Number) fx(() -> view.evaluate(
                "document.querySelectorAll('tr > mark, tbody > mark, table > mark, ul > mark').length"))).intValue());
    }

    @Test
    void overlappingHighlightsBothShow() throws Exception {
        open(Handbooks.open(TestHandbooks.fixture("marks")));
        show("marks");
        String text = fx(view::pageText);
        int a = text.indexOf("Second paragraph");
        int b = text.indexOf("paragraph follows");
        fx(() -> {
            view.paint(List.of(new ChapterView.Highlight("a", a, a + "Second paragraph".length(), "yellow", false),
                    new ChapterView.Highlight("b", b, b + "paragraph follows".length(), "blue", true)));
            return null;
        });
        assertEquals("Second paragraph", marked("a"));
        assertEquals("paragraph follows", marked("b"));
        assertEquals(1, ((Number) fx(() -> view.evaluate(
                "document.querySelectorAll('mark.pr-yellow > mark.pr-blue, mark.pr-blue > mark.pr-yellow').length")))
                .intValue());
    }

    @Test
    void repaintingReplacesWhatWasPaintedAndLeavesTheTextAlone() throws Exception {
        open(Handbooks.open(TestHandbooks.fixture("marks")));
        show("marks");
        String before = fx(view::pageText);
        fx(() -> {
            view.paint(List.of(new ChapterView.Highlight("x", 5, 40, "pink", false)));
            view.paint(List.of(new ChapterView.Highlight("y", 10, 20, "pink", false)));
            return null;
        });
        assertEquals("", marked("x"));
        assertEquals(before.substring(10, 20), marked("y"));
        assertEquals(before, fx(view::pageText));
    }

    private static int indexIgnoringWhitespace(String text, String quote) {
        String pattern = java.util.regex.Pattern.quote(quote.split("\\s+")[0]);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(String.join("\\s+",
                java.util.Arrays.stream(quote.split("\\s+")).map(java.util.regex.Pattern::quote).toList()))
                .matcher(text);
        return m.find() ? m.start() : -1 + (pattern.isEmpty() ? 0 : 0);
    }

    private static int lengthIgnoringWhitespace(String text, int at, String quote) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(String.join("\\s+",
                java.util.Arrays.stream(quote.split("\\s+")).map(java.util.regex.Pattern::quote).toList()))
                .matcher(text);
        return m.find(at) ? m.end() - m.start() : 0;
    }

    /**
     * Fresh tester 14b (m9): at 1024×600 with Reading settings open the page is about 420 px wide, its left margin
     * shrank to 12 px and the bookmark ribbon beside a chapter's title (placed in the title's ems, about 40 px to
     * its left) showed as a 2-px sliver. The page keeps room for the ribbon whole, at the normal and a larger text
     * size, and for the heat bar on the right.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(doubles = {1.0, 1.5})
    void aBookmarkRibbonBesideTheTitleStaysWholeOnANarrowPage(double textScale) throws Exception {
        open(Handbooks.open(TestHandbooks.fixture()));
        fx(() -> {
            view.node().getScene().getWindow().setWidth(420);
            view.setFontScale(textScale);
            return null;
        });
        show("welcome");
        fx(() -> {
            view.paint(List.of(new ChapterView.Highlight("b", 0, 1, "bookmark", false)));
            return null;
        });
        String script = "(function(){var el=document.querySelector('.pr-bookmarked');if(!el)return 'none';"
                + "var r=el.getBoundingClientRect(),b=getComputedStyle(el,'::before');"
                + "return el.tagName+' '+(r.left+parseFloat(b.left))+' '+(r.left+parseFloat(b.left)+parseFloat(b.width))"
                + "+' '+document.documentElement.clientWidth;})()";
        String[] at = ((String) fx(() -> view.evaluate(script))).split(" ");
        assertEquals("H1", at[0], String.join(" ", at));
        assertTrue(Double.parseDouble(at[1]) >= 2, "the ribbon starts on the page: " + String.join(" ", at));
        assertTrue(Double.parseDouble(at[2]) <= Double.parseDouble(((String) fx(() -> view.evaluate(
                "''+document.querySelector('.pr-bookmarked').getBoundingClientRect().left")))) - 1,
                "and ends before the title: " + String.join(" ", at));
        // The heat bar's widest level (8 px, 3 px out) fits the right margin too.
        double right = ((Number) fx(() -> view.evaluate("document.documentElement.clientWidth"
                + "-document.getElementById('chapter').getBoundingClientRect().right"))).doubleValue();
        assertTrue(right >= 12, "right margin " + right);
    }
}
