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
    void eachBlockGivesItsOwnTextOnceUnderItsNearestHeading() {
        List<IndexedUnit> units = SearchUnits.units("tea", "Tea time", PAGE);
        assertEquals(List.of(
                new IndexedUnit("tea", "top", "Tea time", "Tea time", ""),
                new IndexedUnit("tea", "b1", "Tea time", "Tea time", "First paragraph next line."),
                new IndexedUnit("tea", "sub", "Tea time", "Sub part", ""),
                new IndexedUnit("tea", "b5", "Tea time", "Sub part", "Inside a list item."),
                new IndexedUnit("tea", "b8", "Tea time", "Sub part", "nested item"),
                new IndexedUnit("tea", "b6", "Tea time", "Sub part", "Loose text"),
                new IndexedUnit("tea", "b11", "Tea time", "Sub part", "cell one")), units);
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
                assertEquals(text.text().isBlank(), units.isEmpty(), c.id());
                StringBuilder all = new StringBuilder();
                for (IndexedUnit u : units) {
                    assertTrue(u.blockId().isEmpty() || blocks.contains(u.blockId()), c.id() + " " + u.blockId());
                    assertFalse(u.text().isEmpty() && u.heading().isEmpty(), c.id() + " empty unit " + u.blockId());
                    assertEquals(c.title(), u.title());
                    all.append(u.text().isEmpty() ? u.heading() : u.text()).append(' ');
                }
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
