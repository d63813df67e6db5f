package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.IndexedUnit;
import org.peeragogy.reader.content.anchoring.ChapterText;

/**
 * Words that meet at a raw line break or a superscript are separate words in the chapter's text (issue 13),
 * the text that anchoring, find and search read; the page looks as it did.
 */
class WordGapsTest {
    @TempDir
    Path dir;

    private static String text(Handbook h, String id) throws Exception {
        return ChapterText.of(h.render(id).html()).text();
    }

    @Test
    void aRawLineBreakAFootnoteReferenceAndASuperscriptSeparateWords() throws Exception {
        try (Handbook h = Handbooks.open(TestHandbooks.fixture("scripts"))) {
            String text = text(h, "breaks");
            assertTrue(text.contains("alpha\nbeta"), text);
            assertTrue(text.contains("gamma\ndelta"), text);
            assertTrue(text.contains("some text 1. The formula"), text);
            assertTrue(text.contains("E=mc 2 has"), text);
            // A superscript glued to words on both sides gets a gap on both sides.
            assertTrue(text.contains("1 st place"), text);
            // Markdown's own hard break already has its newline: nothing is added.
            assertTrue(text.contains("two spaces\nstays as it was."), text);
        }
    }

    @Test
    void theGapsAreHiddenOrCollapsibleSoThePageLooksAsBefore() throws Exception {
        try (Handbook h = Handbooks.open(TestHandbooks.fixture("scripts"))) {
            Element article = Jsoup.parse(h.render("breaks").html()).getElementById("chapter");
            List<Element> gaps = article.select("span." + WordGaps.CSS_CLASS);
            // Before the footnote reference, before "2", and on both sides of "st".
            assertEquals(4, gaps.size(), article.html());
            for (Element gap : gaps) {
                assertTrue(gap.hasAttr("hidden"), gap.outerHtml());
                assertEquals(" ", gap.wholeText());
                assertTrue(gap.children().isEmpty());
            }
            // After a raw <br> the text goes on with a newline: white space at the start of a line, not drawn.
            Element br = article.selectFirst("br");
            assertTrue(((org.jsoup.nodes.TextNode) br.nextSibling()).getWholeText().startsWith("\nbeta"));
        }
    }

    @Test
    void aLineBreakInsidePreformattedTextGetsNoNewlineThatWouldShow() throws Exception {
        Files.writeString(dir.resolve("pre.md"), "<pre>one<br>two</pre>\n\nthree<br>four\n");
        try (Handbook h = Handbooks.open(dir)) {
            String text = text(h, "pre");
            assertTrue(text.contains("onetwo"), text);
            assertTrue(text.contains("three\nfour"), text);
        }
    }

    @Test
    void aSuperscriptAfterASpaceOrBeforePunctuationGetsNoGap() throws Exception {
        Files.writeString(dir.resolve("sup.md"), "Note <sup>a</sup>, and x<sup>2</sup>.\n");
        try (Handbook h = Handbooks.open(dir)) {
            String html = h.render("sup").html();
            assertEquals(1, Jsoup.parse(html).select("span." + WordGaps.CSS_CLASS).size(), html);
            assertTrue(text(h, "sup").contains("Note a, and x 2."), text(h, "sup"));
        }
    }

    @Test
    void searchSeesTheSameSeparateWords() throws Exception {
        try (Handbook h = Handbooks.open(TestHandbooks.fixture("scripts"))) {
            List<String> texts = SearchUnits.of(h).units(h.book().chapter("breaks").orElseThrow()).stream()
                    .map(IndexedUnit::text).toList();
            assertTrue(texts.stream().anyMatch(t -> t.contains("says alpha beta and")), texts.toString());
            assertTrue(texts.stream().anyMatch(t -> t.contains("some text 1. The formula")), texts.toString());
            assertFalse(texts.stream().anyMatch(t -> t.contains("text1")), texts.toString());
        }
    }
}
