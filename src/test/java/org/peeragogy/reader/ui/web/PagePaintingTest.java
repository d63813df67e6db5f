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

    /**
     * The text of every mark of this note, joined: what the reader sees highlighted for it. They are the marks the
     * page flashes when the note is shown (words other notes cover too are one mark, which names the note on top).
     */
    private String marked(String id) throws Exception {
        return (String) fx(() -> {
            view.evaluate("Array.prototype.forEach.call(document.querySelectorAll('mark.pr-flash'),"
                    + "function(m){m.classList.remove('pr-flash');})");
            view.flash(id);
            return view.evaluate("Array.prototype.map.call(document.querySelectorAll('mark.pr-hl.pr-flash'),"
                    + "function(m){return m.textContent;}).join('')");
        });
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
        // The words both cover: one mark, the note begun last on top (its colour, its note's underline; a click
        // opens it), the other's tint laid under it.
        assertEquals("paragraph|b|pr-hl pr-blue pr-under-yellow pr-has-note", fx(() -> view.evaluate(
                "Array.prototype.map.call(document.querySelectorAll('mark.pr-under-yellow'),function(m){"
                + "return m.textContent+'|'+m.getAttribute('data-ann')+'|'+m.className.replace(' pr-flash','');}).join(',')")));
        assertEquals("Second |a|pr-hl pr-yellow", fx(() -> view.evaluate(
                "(function(){var m=document.querySelector('mark.pr-yellow');"
                + "return m.textContent+'|'+m.getAttribute('data-ann')+'|'+m.className.replace(' pr-flash','');})()")));
    }

    /**
     * Fresh tester 15's M4: 3,000 highlights of one passage (6 people × 500) made its words vanish from the page: each
     * highlight was a <mark> nested in the one before, and WebKit lays out no element deeper than its render tree's
     * limit (512), so the text inside was neither laid out nor drawn. However many notes cover a passage, its words
     * are laid out, drawn and readable; every note is still painted over its own text, and the one on top is the
     * one a click opens.
     */
    @Test
    void thousandsOfHighlightsOfOnePassageLeaveItsWordsOnThePageReadable() throws Exception {
        open(Handbooks.open(TestHandbooks.fixture("marks")));
        show("marks");
        String text = fx(view::pageText);
        String passage = "Second paragraph follows the first one.";
        int a = text.indexOf(passage);
        int z = a + passage.length();
        List<String> colours = List.of("yellow", "green", "blue", "pink", "purple");
        List<ChapterView.Highlight> paint = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            // Most cover the passage exactly (as the tester's files); some begin or end a word inside it.
            int start = i % 7 == 0 ? a + 7 : a;
            int end = i % 11 == 0 ? z - 6 : z;
            paint.add(new ChapterView.Highlight("n" + i, start, end, colours.get(i % colours.size()), i % 2 == 0));
        }
        fx(() -> {
            view.paint(paint);
            return null;
        });
        // Laid out: the rendered text (innerText counts only what has a layout box) holds the passage.
        String rendered = (String) fx(() -> view.evaluate("document.getElementById('chapter').innerText"));
        assertTrue(rendered.replaceAll("\\s+", " ").contains(passage), rendered);
        // Drawn: the passage's boxes hold strokes of text that stand out from what is behind them.
        String[] box = ((String) fx(() -> view.evaluate("(function(){var m=document.querySelectorAll('mark.pr-hl');"
                + "if(!m.length)return '';var r=document.createRange();r.setStartBefore(m[0]);"
                + "r.setEndAfter(m[m.length-1]);var b=r.getBoundingClientRect();"
                + "return b.width?b.left+' '+b.top+' '+b.width+' '+b.height:'';})()"))).split(" ");
        assertEquals(4, box.length, "the painted passage has a box on the page");
        javafx.geometry.Rectangle2D area = new javafx.geometry.Rectangle2D(Double.parseDouble(box[0]),
                Double.parseDouble(box[1]), Double.parseDouble(box[2]), Double.parseDouble(box[3]));
        assertTrue(area.getWidth() > 100 && area.getHeight() > 10, "box " + area);
        // The WebView draws on a later pulse than the paint: look again until the strokes show (or 20 s pass).
        int[] ink = {0};
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> {
                ink[0] = strokes(fx(() -> view.node().snapshot(null, null)), area);
                return ink[0] > 100;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            org.junit.jupiter.api.Assertions.fail("pixels of text in the passage's box: " + ink[0] + " " + area);
        }
        // Each note is painted over its own text, however many cover it.
        assertEquals(passage, marked("n1"));
        assertEquals(passage.substring(7), marked("n7"));
        assertEquals(passage.substring(0, passage.length() - 6), marked("n11"));
        assertEquals(passage.substring(7, passage.length() - 6), marked("n77"));
        assertTrue(fx(() -> view.flash("n2999")), "a note among thousands can be shown");
        // A highlight's painting adds at most one element between the text and its paragraph.
        assertEquals(0, ((Number) fx(() -> view.evaluate("document.querySelectorAll('mark.pr-hl mark.pr-hl').length")))
                .intValue());
    }

    /** Pixels of {@code area} that stand out (3:1) from the colour most of its pixels have: the strokes of text. */
    private static int strokes(javafx.scene.image.Image image, javafx.geometry.Rectangle2D area) {
        javafx.scene.image.PixelReader px = image.getPixelReader();
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        int x0 = (int) Math.max(0, area.getMinX());
        int y0 = (int) Math.max(0, area.getMinY());
        int x1 = (int) Math.min(image.getWidth(), area.getMaxX());
        int y1 = (int) Math.min(image.getHeight(), area.getMaxY());
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                counts.merge(px.getArgb(x, y), 1, Integer::sum);
            }
        }
        int most = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        double[] bg = rgb(most);
        int ink = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (org.peeragogy.reader.Wcag.contrast(rgb(px.getArgb(x, y)), bg) >= 3) {
                    ink++;
                }
            }
        }
        return ink;
    }

    private static double[] rgb(int argb) {
        return new double[] {(argb >> 16) & 255, (argb >> 8) & 255, argb & 255, 1};
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
