package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.store.Database;

/** What a shown page asks of the window, without the page: a rendered chapter of the real handbook, real SQLite. */
class ChapterViewModelTest {
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

    @TempDir
    Path dataDir;
    private Database db;
    private Handbook handbook;
    private final List<String> problems = new ArrayList<>();
    private NotesViewModel notes;
    private final FindViewModel find = new FindViewModel(TEXTS);
    private ChapterViewModel chapter;
    private RenderedChapter page;
    private String pageText;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dataDir);
        handbook = Handbooks.open(TestHandbooks.fixture());
        notes = new NotesViewModel(db.annotations(), db.settings(), problems::add, TEXTS);
        notes.setAuthorName("Ana");
        chapter = new ChapterViewModel(notes, find, () -> handbook.book().identity());
        page = handbook.render("meetings");
        pageText = ChapterText.of(page.html()).text();
    }

    @AfterEach
    void close() throws Exception {
        handbook.close();
        db.close();
    }

    private ChapterViewModel.Shown show() {
        return chapter.pageShown(page, () -> pageText);
    }

    @Test
    void aNewPageIsAnchoredOnceAndShowingItAgainOnlyAsksForPaint() {
        int at = pageText.indexOf("questions and answers");
        assertTrue(at >= 0);
        assertTrue(show().newPage());
        notes.select(at, at + "questions and answers".length());
        Annotation made = notes.highlight(Annotation.Colour.BLUE, "", List.of()).orElseThrow();

        // Another window's worth of state: a fresh view-model places the saved note in the page's text.
        NotesViewModel again = new NotesViewModel(db.annotations(), db.settings(), problems::add, TEXTS);
        ChapterViewModel other = new ChapterViewModel(again, new FindViewModel(TEXTS), () -> handbook.book().identity());
        assertTrue(other.pageShown(page, () -> pageText).newPage());
        assertEquals(List.of(made.id()), again.placed().stream().map(i -> i.annotation().id()).toList());
        assertEquals(at, again.placed().get(0).placement().start());

        int version = again.paintVersionProperty().get();
        ChapterViewModel.Shown repeat = other.pageShown(page, () -> pageText);
        assertFalse(repeat.newPage());
        assertEquals(version, again.paintVersionProperty().get(), "the notes are not re-read for the same page");
        assertEquals(List.of(), problems);
    }

    @Test
    void findInChapterIsGivenTheNewPagesText() {
        find.queryProperty().set("bell");
        assertEquals("No matches", find.countProperty().get(), "no page yet");
        show();
        assertTrue(find.countProperty().get().startsWith("1 of "), find.countProperty().get());
        for (int[] m : find.marks()) {
            assertEquals("bell", pageText.substring(m[0], m[1]).toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void theWordsOfASearchResultAreFoundInThePageOnceThenForgotten() {
        chapter.markWhenShown(List.of("bell", "role"));
        ChapterViewModel.Shown first = show();
        List<int[]> found = first.found().orElseThrow();
        assertFalse(found.isEmpty());
        List<String> words = found.stream().map(m -> pageText.substring(m[0], m[1]).toLowerCase(Locale.ROOT)).toList();
        assertTrue(words.contains("bell") && words.contains("role"), words.toString());
        assertTrue(words.stream().allMatch(w -> w.equals("bell") || w.equals("role")), words.toString());
        assertEquals(Optional.empty(), show().found());
    }

    @Test
    void aNoteAskedToBeShownIsHandedBackOnceAndAReplacedHandbookAnchorsAfresh() {
        chapter.revealWhenShown("note-1");
        ChapterViewModel.Shown first = show();
        assertEquals(Optional.of("note-1"), first.reveal());
        assertEquals(Optional.empty(), show().reveal());

        chapter.handbookReplaced();
        assertTrue(show().newPage(), "after a handbook switch even the same page is anchored again");
    }
}
