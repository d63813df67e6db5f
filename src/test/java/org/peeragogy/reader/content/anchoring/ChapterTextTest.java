package org.peeragogy.reader.content.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.peeragogy.reader.content.anchoring.Pages.chapter;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ChapterTextTest {
    @Test
    void textIsTheConcatenatedTextNodesWithoutNormalisation() {
        ChapterText t = chapter("<h2 id=\"h\">Two  spaces</h2>\n<p id=\"b1\">one\n<em>two</em>  three</p>\n");
        assertEquals("Two  spaces\none\ntwo  three\n", t.text());
    }

    /** Fresh tester 17a's F12: the quote of a sentence with a footnote read "habit forming.1". */
    @Test
    void aQuoteLeavesOutTheFootnoteReferencesNumbersWhileTheTextKeepsThem() {
        ChapterText t = chapter("<p id=\"b1\">It is habit forming.<sup id=\"fnref-1\"><a class=\"footnote-ref\""
                + " href=\"#fn-1\">1</a></sup> Then more<sup><a class=\"footnote-ref\" href=\"#fn-2\">2</a></sup>"
                + "<span hidden class=\"word-gap\"> </span>text, and x<sup>2</sup>.</p>");
        assertEquals("It is habit forming.1 Then more2 text, and x2.", t.text());
        assertEquals("It is habit forming. Then more text, and x2.", t.quoted(0, t.length()));
        assertEquals("habit forming.", t.quoted(6, 21));
        assertEquals("x2", t.quoted(t.text().indexOf("x2"), t.text().indexOf("x2") + 2), "a superscript of the text stays");
    }

    @Test
    void theFixtureHandbooksRenderedFootnoteIsLeftOutOfAQuote() throws Exception {
        try (var h = org.peeragogy.reader.content.Handbooks.open(org.peeragogy.reader.TestHandbooks.fixture())) {
            ChapterText t = ChapterText.of(h.render("gardens").html());
            int start = t.text().indexOf("Nobody knew");
            int end = t.text().indexOf("Watering by rota") - 1;
            String quote = t.quoted(start, end);
            assertEquals(true, t.text().substring(start, end).matches("(?s).*meeting\\.\\s?\\d.*"),
                    "the page's text has the reference's number: " + t.text().substring(start, end));
            assertEquals(true, quote.contains("at the next meeting."), quote);
            assertEquals(false, quote.matches("(?s).*meeting\\.\\s?\\d.*"), quote);
        }
    }

    @Test
    void lineBreakElementContributesNothing() {
        assertEquals("ab", chapter("<p id=\"b1\">a<br>b</p>").text());
    }

    @Test
    void entitiesAreDecoded() {
        assertEquals("a & b\u00A0c <d>", chapter("<p id=\"b1\">a &amp; b&nbsp;c &lt;d&gt;</p>").text());
    }

    @Test
    void carriageReturnsBecomeLineFeedsAsInTheBrowser() {
        assertEquals("a\nb\nc", ChapterText.of("<article id=\"chapter\">a\r\nb\rc</article>").text());
    }

    @Test
    void whitespaceBetweenTableRowsAndCellsIsKept() {
        ChapterText t = chapter("<table id=\"b1\">\n<tr id=\"b2\">\n<td id=\"b3\">x</td>\n</tr>\n</table>");
        assertEquals("\n\nx\n\n", t.text());
    }

    @Test
    void textOutsideTheArticleIsLeftOut() {
        ChapterText t = ChapterText.of("<html><head><title>T</title></head><body><nav>menu</nav>"
                + "<article id=\"chapter\"><p id=\"b1\">inside</p></article><footer>f</footer></body></html>");
        assertEquals("inside", t.text());
    }

    @Test
    void pageWithoutChapterArticleIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ChapterText.of("<p>nothing</p>"));
    }

    @Test
    void blockStartIsTheOffsetOfTheBlocksFirstText() {
        ChapterText t = chapter("<h1 id=\"top\">Title</h1>\n<p id=\"b1\">First</p>\n<ul id=\"b2\">\n"
                + "<li id=\"b3\">item</li>\n</ul>");
        assertEquals(OptionalInt.of(0), t.blockStart("top"));
        assertEquals(OptionalInt.of(t.text().indexOf("First")), t.blockStart("b1"));
        assertEquals(OptionalInt.of(t.text().indexOf("item")), t.blockStart("b3"));
        assertEquals(OptionalInt.empty(), t.blockStart("nope"));
    }

    @Test
    void blockAtGivesTheInnermostBlock() {
        ChapterText t = chapter("<blockquote id=\"b1\">\n<p id=\"b2\">quoted</p>\n</blockquote>");
        assertEquals(Optional.of("b2"), t.blockAt(t.text().indexOf("quoted")));
        assertEquals(Optional.of("b1"), t.blockAt(0));
        assertEquals(Optional.empty(), t.blockAt(t.length()));
    }

    @Test
    void inlineElementsWithIdsAreNotBlocks() {
        ChapterText t = chapter("<p id=\"b1\">see <span id=\"note\">this</span></p>");
        assertEquals(Optional.of("b1"), t.blockAt(t.text().indexOf("this")));
    }

    @Test
    void fingerprintIsSha256OfTheText() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                ChapterText.of("<article id=\"chapter\">abc</article>").fingerprint());
    }

    @Test
    void leadingNewlineOfPreIsDroppedAsInTheBrowser() {
        // HTML5 ignores a line feed right after <pre>; jsoup must agree for offsets to match WebKit's.
        assertEquals("code\n", chapter("<pre id=\"b1\">\ncode\n</pre>").text());
    }
}
