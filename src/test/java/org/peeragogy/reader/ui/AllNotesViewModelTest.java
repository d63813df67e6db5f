package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.TextPositionSelector;
import org.peeragogy.reader.book.TextQuoteSelector;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.SteppingClock;

class AllNotesViewModelTest {
    @TempDir
    Path dataDir;
    private Database db;
    private Handbook handbook;
    private AllNotesViewModel vm;
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-01T10:00:00Z"));

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dataDir);
        db.useClock(clock);
        handbook = Handbooks.open(TestHandbooks.fixture());
        vm = new AllNotesViewModel(db.annotations(), handbook::book, m -> { });
        add("meetings", 300, Annotation.Colour.GREEN, "wiki later", "tools");
        add("welcome", 10, Annotation.Colour.YELLOW, "first words", "history");
        add("meetings", 20, Annotation.Colour.PINK, "Wiki early", "tools", "history");
        add("field-trips", 5, Annotation.Colour.GREEN, "from More chapters");
        vm.refresh();
    }

    @AfterEach
    void close() throws Exception {
        handbook.close();
        db.close();
    }

    /** Adds a highlight a minute after the one before (the clock says so; nothing waits). */
    private void add(String chapter, int start, Annotation.Colour c, String note, String... tags) throws Exception {
        clock.advance(Duration.ofMinutes(1));
        db.annotations().create(new AnnotationStore.Draft(handbook.book().identity(), chapter, Annotation.Kind.HIGHLIGHT,
                c, note, List.of(tags), "Ana", Optional.of(new TextAnchor(new TextQuoteSelector("q" + start, "", ""),
                        new TextPositionSelector(start, start + 2), "b1", "f"))));
    }

    private List<String> notes() {
        return vm.shown().stream().map(Annotation::note).toList();
    }

    @Test
    void bookOrderFollowsChaptersThenPlaceInTheChapter() {
        assertEquals(List.of("first words", "Wiki early", "wiki later", "from More chapters"), notes());
    }

    @Test
    void newestFirstOrdersByLastChange() {
        vm.orderProperty().set(AllNotesViewModel.Order.NEWEST);
        assertEquals(List.of("from More chapters", "Wiki early", "first words", "wiki later"), notes());
    }

    @Test
    void filtersCombine() {
        vm.colourProperty().set(Annotation.Colour.GREEN);
        assertEquals(List.of("wiki later", "from More chapters"), notes());
        vm.tagProperty().set("tools");
        assertEquals(List.of("wiki later"), notes());
        vm.colourProperty().set(null);
        vm.chapterIdProperty().set("meetings");
        assertEquals(List.of("Wiki early", "wiki later"), notes());
    }

    @Test
    void textFilterIgnoresCaseAndLooksAtNoteQuoteAndTags() {
        vm.textProperty().set("WIKI");
        assertEquals(List.of("Wiki early", "wiki later"), notes());
        vm.textProperty().set("histo");
        assertEquals(List.of("first words", "Wiki early"), notes());
    }

    @Test
    void tagsOfferedAreTheOnesInUse() {
        assertEquals(List.of("history", "tools"), vm.tags());
    }

    @Test
    void filtersByAuthor() throws Exception {
        db.annotations().create(new AnnotationStore.Draft(handbook.book().identity(), "meetings", Annotation.Kind.HIGHLIGHT,
                Annotation.Colour.BLUE, "Ben's", List.of(), "Ben", Optional.of(new TextAnchor(
                        new TextQuoteSelector("q", "", ""), new TextPositionSelector(1, 2), "b1", "f"))));
        vm.refresh();
        assertEquals(List.of("Ana", "Ben"), vm.authors());
        vm.authorProperty().set("Ben");
        assertEquals(List.of("Ben's"), notes());
    }
}
