package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.IndexedUnit;
import org.peeragogy.reader.content.anchoring.ChapterText;

class SearchUnitsTest {
    private static final String PAGE = "<!DOCTYPE html><html><body><article id=\"chapter\">"
            + "<h2 id=\"top\">Tea   time</h2>"
            + "<p id=\"b1\">First <em>para</em>graph<br>next line.</p>"
            + "<p id=\"b2\">  </p>"
            + "<h3 id=\"sub\">Sub part</h3>"
            + "<ul id=\"b3\"><li id=\"b4\"><p id=\"b5\">Inside a list item.</p></li>"
            + "<li id=\"b6\">Loose text <ul id=\"b7\"><li id=\"b8\">nested item</li></ul></li></ul>"
            + "<table id=\"b9\"><tr id=\"b10\"><td id=\"b11\">cell one</td><td id=\"b12\"></td></tr></table>"
            + "</article></body></html>";

    @Test
    void eachBlockGivesItsOwnTextOnceAndTheOpeningHeadingThatShowsTheTitleIsTheTitle() {
        List<IndexedUnit> units = SearchUnits.units("tea", "Tea time", PAGE);
        assertEquals(List.of(
                new IndexedUnit("tea", "top", IndexedUnit.Kind.TITLE, "Tea time"),
                new IndexedUnit("tea", "b1", IndexedUnit.Kind.PASSAGE, "First paragraph next line."),
                new IndexedUnit("tea", "sub", IndexedUnit.Kind.HEADING, "Sub part"),
                new IndexedUnit("tea", "b5", IndexedUnit.Kind.PASSAGE, "Inside a list item."),
                new IndexedUnit("tea", "b8", IndexedUnit.Kind.PASSAGE, "nested item"),
                new IndexedUnit("tea", "b6", IndexedUnit.Kind.PASSAGE, "Loose text"),
                new IndexedUnit("tea", "b11", IndexedUnit.Kind.PASSAGE, "cell one")), units);
    }

    @Test
    void aTitleShownAboveTheArticleIsOneUnitAtTheTopAndAnOpeningHeadingThatDiffersIsAHeading() {
        String page = "<!DOCTYPE html><html><body><header class=\"pr-chapter-title\"><h1>Tea &amp; biscuits</h1></header>"
                + "<article id=\"chapter\"><h2 id=\"why\">Why tea</h2><p id=\"b1\">Because.</p></article></body></html>";
        assertEquals(List.of(
                new IndexedUnit("tea", "", IndexedUnit.Kind.TITLE, "Tea & biscuits"),
                new IndexedUnit("tea", "why", IndexedUnit.Kind.HEADING, "Why tea"),
                new IndexedUnit("tea", "b1", IndexedUnit.Kind.PASSAGE, "Because.")),
                SearchUnits.units("tea", "Tea & biscuits", page));
    }

    @Test
    void everyRealChapterGivesUnitsWhoseBlocksAreOnThePageAndNoWordIsLost() throws Exception {
        try (Handbook h = Handbooks.open(TestHandbooks.real())) {
            SearchUnits source = SearchUnits.of(h);
            int total = 0;
            for (Chapter c : h.book().chapters()) {
                String html = h.render(c.id()).html();
                ChapterText text = ChapterText.of(html);
                Set<String> blocks = new HashSet<>(text.blockIds());
                List<IndexedUnit> units = source.units(c);
                StringBuilder all = new StringBuilder();
                int titles = 0;
                for (IndexedUnit u : units) {
                    assertTrue(u.blockId().isEmpty() || blocks.contains(u.blockId()), c.id() + " " + u.blockId());
                    assertFalse(u.text().isEmpty(), c.id() + " empty unit " + u.blockId());
                    if (u.kind() == IndexedUnit.Kind.TITLE) {
                        titles++;
                        if (u.blockId().isEmpty()) {
                            continue; // shown above the article, not part of its text
                        }
                    }
                    all.append(u.text()).append(' ');
                }
                // Every chapter's title is found once, as the page shows it.
                assertEquals(1, titles, c.id());
                // Same words as the page text, each once: nested blocks are not repeated.
                assertEquals(words(text.text()), words(all.toString()), c.id());
                total += units.size();
            }
            assertTrue(total > 1000, "units: " + total);
        }
    }

    private static List<String> words(String s) {
        return List.of(s.split("[\\s\\u00a0]+")).stream().filter(w -> !w.isEmpty()).sorted().toList();
    }
}
