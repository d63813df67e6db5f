package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;

/**
 * The notice's standing notice (decision 0068; tester t16's F5, F8): what stands (the group folder's waiting files)
 * comes back when another notice goes, is said under a notice shown beside it, stays over a change of chapter, and
 * goes only when the reader dismisses it or takes one of its choices, until something new stands. Real SQLite file,
 * the fixture handbook; no toolkit.
 */
class NoticeViewModelTest {
    private static final Texts TEXTS = Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path tmp;
    private Database db;
    private Handbook handbook;
    private ReaderViewModel reader;
    private NoticeViewModel notices;
    private final List<String> ran = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        db = Database.open(tmp.resolve("data"));
        handbook = Handbooks.open(TestHandbooks.fixture());
        reader = new ReaderViewModel(handbook, db.settings(), db.readingPositions(), TEXTS);
        notices = new NoticeViewModel(reader);
    }

    @AfterEach
    void close() throws Exception {
        handbook.close();
        db.close();
    }

    private String shown() {
        return notices.noticeProperty().get().map(NoticeViewModel.Notice::text).orElse("");
    }

    private NoticeViewModel.Notice waiting(String text) {
        return new NoticeViewModel.Notice(text, List.of(new NoticeViewModel.Choice("notice-group-preview", "Preview",
                () -> ran.add("preview"))));
    }

    @Test
    void aStandingNoticeComesBackWhenAnotherGoesAndIsSaidBesideAGroupNotice() {
        notices.stand(Optional.of(waiting("Dan updated their notes (30 new)")), true);
        assertEquals("Dan updated their notes (30 new)", shown());

        notices.show("Note deleted", new NoticeViewModel.Choice(NoticeViewModel.UNDO, "Undo", () -> ran.add("undo")));
        assertEquals("Note deleted", shown(), "another notice is shown alone");
        notices.choose(notices.noticeProperty().get().orElseThrow().choices().get(0));
        assertEquals(List.of("undo"), ran);
        assertEquals("Dan updated their notes (30 new)", shown(), "back once the other went");

        notices.showBesideStanding("Merged from the group folder: Ben 1 new.");
        assertEquals("Merged from the group folder: Ben 1 new.\nDan updated their notes (30 new)", shown());
        notices.stand(Optional.of(waiting("Dan updated their notes (31 new)")), false);
        assertEquals("Merged from the group folder: Ben 1 new.\nDan updated their notes (31 new)", shown(),
                "its words follow what waits, where it is shown");

        reader.open("meetings", "");
        assertEquals("Dan updated their notes (31 new)", shown(), "another chapter: the files still wait");

        notices.clear();
        assertTrue(notices.noticeProperty().get().isEmpty(), "dismissed by the reader");
        notices.show("Note deleted");
        notices.clear();
        assertTrue(notices.noticeProperty().get().isEmpty(), "not back until something new stands");
        notices.stand(Optional.of(waiting("Dan updated their notes (32 new)")), true);
        assertEquals("Dan updated their notes (32 new)", shown());
        notices.stand(Optional.empty(), false);
        assertTrue(notices.noticeProperty().get().isEmpty(), "nothing waits: nothing stands");
    }
}
