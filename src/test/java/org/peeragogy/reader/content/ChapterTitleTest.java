package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;

/**
 * Every chapter shows its title at the top (issue 12), above the article, so the text notes are anchored
 * to is the same as before.
 */
class ChapterTitleTest {
    @TempDir
    Path dir;

    private static Element header(String html) {
        return Jsoup.parse(html).selectFirst("header." + ChapterTitle.CSS_CLASS);
    }

    @Test
    void aTitleOnlyInFrontMatterIsShownAboveTheTextAsEscapedText() throws Exception {
        Files.writeString(dir.resolve("tea.md"), "---\ntitle: \"Tea & <b>biscuits</b>\"\n---\n\nThe body starts here.\n");
        try (Handbook h = Handbooks.open(dir)) {
            String html = h.render("tea").html();
            Element header = header(html);
            assertTrue(header != null, html);
            // A title is words, never markup (issue 13's rule, decision 0015): the tags are taken out, and
            // what is left is written as escaped text.
            assertEquals("Tea & biscuits", header.selectFirst("h1").text(), "text, never markup");
            assertTrue(header.select("b").isEmpty(), html);
            assertTrue(html.contains("<h1>Tea &amp; biscuits</h1>"), html);
            // Before the article, not in it: the chapter's text is the body's alone.
            Document doc = Jsoup.parse(html);
            assertEquals("chapter", doc.selectFirst("header." + ChapterTitle.CSS_CLASS).nextElementSibling().id());
            assertEquals("The body starts here.", ChapterText.of(html).text().strip());
        }
    }

    @Test
    void aBodyThatOpensWithItsTitleIsNotGivenItTwiceButADifferentOpeningHeadingIs() throws Exception {
        Files.writeString(dir.resolve("same.md"), "---\ntitle: Same title\n---\n\n## Same  Title.\n\nText.\n");
        Files.writeString(dir.resolve("other.md"), "---\ntitle: The real title\n---\n\n# Welcome!\n\nText.\n");
        Files.writeString(dir.resolve("late.md"), "---\ntitle: Late\n---\n\nText first.\n\n# Late\n");
        try (Handbook h = Handbooks.open(dir)) {
            assertEquals(null, header(h.render("same").html()));
            assertEquals("The real title", header(h.render("other").html()).text());
            assertEquals("Late", header(h.render("late").html()).text());
        }
    }

    @Test
    void aHeadingShowsTheTitleWhatEverItsCaseSpacingEndPunctuationOrBracketedQualifier() {
        assertTrue(ChapterTitle.shownBy("Creating a guide (pattern)", "Creating a guide"));
        assertTrue(ChapterTitle.shownBy("Pattern audit routine (pattern)", "Pattern Audit Routine"));
        assertTrue(ChapterTitle.shownBy("Wrapper", " wrapper: "));
        assertFalse(ChapterTitle.shownBy("Workbook", "☞ Welcome to the Peeragogy Workbook!"));
        assertFalse(ChapterTitle.shownBy("Wrapper", ""));
    }

    @Test
    void everyRealChapterShowsItsTitleOnceAndItsNotesPlaceExactlyAsBefore() throws Exception {
        List<String> withHeader = new ArrayList<>();
        try (Handbook h = Handbooks.open(TestHandbooks.real())) {
            for (Chapter c : h.book().chapters()) {
                String html = h.render(c.id()).html();
                Element header = header(html);
                Element article = Jsoup.parse(html).getElementById("chapter");
                if (header != null) {
                    withHeader.add(c.id());
                    assertEquals(c.title(), header.text());
                } else {
                    assertTrue(ChapterTitle.leadingHeading(article).filter(e -> ChapterTitle.shownBy(c.title(), e.text()))
                            .isPresent(), c.id());
                }
                // A note made on the page as it was before titles were shown places at the same offsets.
                String before = html.replaceFirst("<header class=\"" + ChapterTitle.CSS_CLASS + "\">.*?</header>", "");
                ChapterText old = ChapterText.of(before);
                ChapterText now = ChapterText.of(html);
                assertEquals(old.fingerprint(), now.fingerprint(), c.id());
                int start = old.length() / 3;
                int end = Math.min(old.length(), start + 40);
                if (end > start) {
                    TextAnchor a = Anchoring.describe(old, start, end);
                    Placement p = Anchoring.locate(now, a);
                    assertEquals(List.of(start, end, Placement.Kind.EXACT), List.of(p.start(), p.end(), p.kind()), c.id());
                }
            }
        }
        // The issue counted 30 chapters that opened on body text.
        assertTrue(withHeader.size() >= 30, withHeader.size() + " " + withHeader);
    }
}
