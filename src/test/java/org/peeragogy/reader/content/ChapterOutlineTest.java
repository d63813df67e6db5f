package org.peeragogy.reader.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.content.anchoring.ChapterText;

/** A chapter's sections and words, as offsets into the text the page shows (the fixture handbook, rendered). */
class ChapterOutlineTest {
    @Test
    void sectionsAreTheH2AndH3HeadingsAtTheirOffsetsAndWordsAreCountedFromAnyPlace() throws Exception {
        try (Handbook h = Handbooks.open(TestHandbooks.fixture())) {
            RenderedChapter page = h.render("meetings");
            ChapterText text = ChapterText.of(page.html());
            ChapterOutline outline = ChapterOutline.of(page.html(), text);
            assertEquals(List.of("Taking turns", "An evening, hour by hour"),
                    outline.sections().stream().map(ChapterOutline.Section::title).toList());
            for (ChapterOutline.Section s : outline.sections()) {
                assertTrue(text.text().startsWith(s.title(), s.offset()), s + " starts where its title is");
            }
            ChapterOutline.Section second = outline.sections().get(1);
            assertEquals(second, outline.sectionAt(second.offset()).orElseThrow());
            assertEquals(outline.sections().get(0), outline.sectionAt(second.offset() - 1).orElseThrow());
            int words = text.text().strip().split("[^\\p{L}\\p{N}]+").length;
            assertEquals(words, outline.words(), 2);
            assertEquals(outline.words(), outline.wordsFrom(0));
            assertEquals(0, outline.wordsFrom(text.length()));
            assertTrue(outline.wordsFrom(second.offset()) < outline.words());
        }
    }
}
