package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
import org.peeragogy.reader.ui.web.MarkedPage;
import org.peeragogy.reader.ui.web.PageMarks;

/**
 * The pages prepared ahead with their highlights (decision 0089), without a window: the fixture handbook, a real
 * SQLite file, the notes read at once. A page prepared is served only while nothing has changed since; a save in the
 * chapter shown leaves the other pages as prepared (not read again); a note deleted in another chapter, or another
 * layer of people, prepares them again.
 */
class MarksAheadViewModelTest {
    private static final Texts TEXTS = Texts.of(java.util.Locale.ENGLISH);
    @TempDir
    Path dataDir;
    private Database db;
    private Handbook handbook;
    private NotesViewModel vm;
    private PageMarks marks;
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dataDir);
        handbook = Handbooks.open(TestHandbooks.fixture());
        vm = new NotesViewModel(db.annotations(), db.settings(), problems::add, TEXTS);
        marks = vm.pageMarks();
    }

    @AfterEach
    void close() throws Exception {
        handbook.close();
        db.close();
    }

    private RenderedChapter show(String chapter) throws Exception {
        RenderedChapter page = handbook.render(chapter);
        vm.chapterShown(handbook.book().identity(), chapter, ChapterText.of(page.html()));
        return page;
    }

    private Annotation highlight(RenderedChapter shown, String quote) {
        int at = ChapterText.of(shown.html()).text().indexOf(quote);
        vm.select(at, at + quote.length());
        return vm.highlight(Annotation.Colour.GREEN, "", List.of()).orElseThrow();
    }

    private MarkedPage ready(RenderedChapter page) {
        return marks.ready(page).orElseThrow(() -> new AssertionError(page.chapter().id() + " is not prepared"));
    }

    @Test
    void aPageIsPreparedWithTheNotesOfItsChapterAndKeptUntilTheyChange() throws Exception {
        RenderedChapter gardensShown = show("gardens");
        Annotation beans = highlight(gardensShown, "how deep to sow beans");
        RenderedChapter welcome = show("welcome");
        RenderedChapter gardens = handbook.render("gardens");
        marks.ahead(List.of(CompletableFuture.completedFuture(gardens)));
        MarkedPage first = ready(gardens);
        assertEquals(List.of(beans.id()), first.highlights().stream().map(h -> h.id()).toList());
        assertTrue(first.html().contains("data-ann=\"" + beans.id() + "\""));
        assertTrue(marks.ready(handbook.render("gardens")).isEmpty(), "only for the page it was prepared from");

        // A save in the chapter shown: the other pages stay as prepared, not read again.
        highlight(welcome, "Welcome");
        assertSame(first, ready(gardens));

        // A note deleted in another chapter (All notes): prepared again, without it.
        vm.delete(beans.id());
        MarkedPage after = marks.ready(gardens).orElse(null);
        assertTrue(after == null || after.highlights().stream().noneMatch(h -> h.id().equals(beans.id())),
                "never the deleted note");
        assertFalse(marks.prepared("gardens"), "nothing left to paint there");
    }

    @Test
    void anotherLayerOfPeoplePreparesThePagesAgain() throws Exception {
        RenderedChapter gardensShown = show("gardens");
        highlight(gardensShown, "how deep to sow beans");
        show("welcome");
        RenderedChapter gardens = handbook.render("gardens");
        marks.ahead(List.of(CompletableFuture.completedFuture(gardens)));
        MarkedPage first = ready(gardens);
        vm.setLayers(Set.of(db.settings().readerId()), Set.of(), Map.of());
        assertTrue(marks.ready(gardens).isEmpty(), "the reader's own notes hidden: nothing to paint");
        vm.setLayers(Set.of(), Set.of(), Map.of());
        assertNotSame(first, ready(gardens));
        assertEquals(first.html(), ready(gardens).html());
        assertEquals(List.of(), problems);
    }
}
