package org.peeragogy.reader.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.anchoring.ChapterText;

/**
 * A page served with its highlights written in (decision 0089): its text is the page's text as rendered, every offset
 * the same; its marks are reader.js's (one per piece, the note on top, the one under it, a note's underline); the rest
 * of the page is as rendered; and ids come in as attribute values only.
 */
class MarkedPageTest {
    private static RenderedChapter gardens() throws Exception {
        try (Handbook h = Handbooks.open(TestHandbooks.fixture())) {
            return h.render("gardens");
        }
    }

    @Test
    void theTextAndEveryOffsetStayAsRenderedAndTheMarksAreThePagesOwn() throws Exception {
        RenderedChapter page = gardens();
        String text = ChapterText.of(page.html()).text();
        int a = text.indexOf("vegetable bed");
        int b = text.indexOf("bed");
        List<ChapterView.Highlight> list = List.of(
                new ChapterView.Highlight("n1", a, a + "vegetable bed".length(), "green", false),
                new ChapterView.Highlight("n2", b, b + 3, "pink", true),
                new ChapterView.Highlight("bm", 0, 10, "bookmark", false));
        MarkedPage marked = MarkedPage.of(page, list).orElseThrow();

        assertEquals(text, ChapterText.of(marked.html()).text(), "the text as rendered");
        String html = page.html();
        int article = html.indexOf("<article");
        assertEquals(html.substring(0, article), marked.html().substring(0, article), "the page before its article");
        assertTrue(marked.html().endsWith(html.substring(html.lastIndexOf("</article>"))));
        Document doc = Jsoup.parse(marked.html());
        Elements marks = doc.select("#chapter mark.pr-hl");
        assertEquals(2, marks.size(), "'vegetable ' and 'bed': one mark per piece");
        Element first = marks.get(0);
        assertEquals("vegetable ", first.wholeText());
        assertEquals("pr-hl pr-green", first.className());
        assertEquals("n1", first.attr("data-ann"));
        assertEquals(a + "-" + (a + 10), first.attr("data-pr-at"));
        Element both = marks.get(1);
        assertEquals("bed", both.wholeText());
        assertEquals("pr-hl pr-pink pr-under-green pr-has-note", both.className(), "the one begun last on top");
        assertEquals("n2", both.attr("data-ann"));
        assertEquals(1, doc.select("#chapter .pr-bookmarked").size(), "the bookmark's block");
        String ranges = doc.getElementById("chapter").attr("data-pr-marks");
        assertTrue(ranges.contains("\"id\":\"n1\"") && ranges.contains("\"start\":" + a)
                && ranges.contains("\"end\":" + (b + 3)), ranges);
        assertTrue(!ranges.contains("colour") && !ranges.contains("note") && !ranges.contains("bm"),
                "the highlights' ids and offsets only: " + ranges);
    }

    @Test
    void anIdFromAFileIsAnAttributeValueNeverMarkup() throws Exception {
        RenderedChapter page = gardens();
        String text = ChapterText.of(page.html()).text();
        int a = text.indexOf("vegetable bed");
        String id = "x\" onclick=\"alert(1)\"><script>alert(2)</script>&amp;";
        MarkedPage marked = MarkedPage.of(page, List.of(new ChapterView.Highlight(id, a, a + 9, "no-such-colour",
                false))).orElseThrow();
        Document doc = Jsoup.parse(marked.html());
        assertEquals(0, doc.select("script").size() - Jsoup.parse(page.html()).select("script").size(), "no script");
        assertEquals(0, doc.select("[onclick]").size());
        Element mark = doc.selectFirst("mark.pr-hl");
        assertEquals(id, mark.attr("data-ann"));
        assertEquals("pr-hl pr-yellow", mark.className(), "an unknown colour paints as yellow, as in the page");
        assertEquals(text, ChapterText.of(marked.html()).text());
    }

    @Test
    void onlyTheHighlightsOfTheFirstScreensAreWrittenInTheRestArePaintedAfter() throws Exception {
        RenderedChapter page = gardens();
        ChapterView.Highlight near = new ChapterView.Highlight("near", 1, 5, "blue", false);
        ChapterView.Highlight far = new ChapterView.Highlight("far", MarkedPage.WRITTEN_WITHIN, MarkedPage.WRITTEN_WITHIN
                + 4, "blue", false);
        MarkedPage marked = MarkedPage.of(page, List.of(near, far)).orElseThrow();
        assertEquals(List.of(near), marked.highlights(), "a paint of both follows, and is sent");
        assertTrue(MarkedPage.of(page, List.of(far)).isEmpty());
    }

    @Test
    void aPageWithNothingToPaintIsServedAsRendered() throws Exception {
        assertTrue(MarkedPage.of(gardens(), List.of()).isEmpty());
    }
}
