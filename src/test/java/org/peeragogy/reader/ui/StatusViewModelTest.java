package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.content.ChapterOutline;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.store.Database;

/** The status line without a window: the fixture handbook, a real SQLite file. */
class StatusViewModelTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path dataDir;

    @Test
    void minutesLeftReadAt238WordsAMinuteRoundedUp() {
        assertEquals(0, StatusViewModel.minutesFor(0));
        assertEquals(1, StatusViewModel.minutesFor(1));
        assertEquals(1, StatusViewModel.minutesFor(238));
        assertEquals(2, StatusViewModel.minutesFor(239));
    }

    @Test
    void theStatusNamesTheSectionAtTheTopTheMinutesLeftAndTheTextSize() throws Exception {
        try (Database db = Database.open(dataDir); Handbook h = Handbooks.open(TestHandbooks.fixture())) {
            ReaderViewModel reader = new ReaderViewModel(h, db.settings(), db.readingPositions(), Runnable::run, TEXTS);
            StatusViewModel status = new StatusViewModel(reader, TEXTS);
            reader.startAt("meetings");
            RenderedChapter page = h.render("meetings");
            ChapterOutline outline = ChapterOutline.of(page.html(), ChapterText.of(page.html()));
            status.outline(outline);
            ChapterOutline.Section second = outline.sections().get(1);
            status.readingAt(second.offset());
            reader.look().largerText();
            int minutes = StatusViewModel.minutesFor(outline.wordsFrom(second.offset()));
            assertEquals(status.chapterPart() + "  ·  " + second.title() + "  ·  about " + minutes
                    + " min left in chapter  ·  Text 110%", status.statusProperty().get()
                    .replace("about 1 min left", "about " + minutes + " min left"));
        }
    }

    /** Fresh tester 14c: a chapter that could not be shown said "about 1 min left in chapter" for its message. */
    @Test
    void aPageSayingItsChapterCouldNotBeShownHasNoMinutesLeft() throws Exception {
        try (Database db = Database.open(dataDir); Handbook h = Handbooks.open(TestHandbooks.fixture())) {
            ReaderViewModel reader = new ReaderViewModel(h, db.settings(), db.readingPositions(), Runnable::run, TEXTS);
            StatusViewModel status = new StatusViewModel(reader, TEXTS);
            reader.startAt("meetings");
            String said = "<html><body><article id=\"chapter\"><p>This chapter could not be shown: the file could not be"
                    + " read.</p></article></body></html>";
            ChapterOutline outline = ChapterOutline.of(said, ChapterText.of(said));
            status.outline(outline, false);
            assertTrue(status.statusProperty().get().contains("min left"), "a page of words has minutes");
            status.outline(outline, true);
            assertFalse(status.statusProperty().get().contains("min left"), status.statusProperty().get());
            assertFalse(status.statusProperty().get().contains("end of chapter"), status.statusProperty().get());
        }
    }
}
