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
    /** The window's words in English, as the tests read them. */
    private static final org.peeragogy.reader.ui.Texts TEXTS = org.peeragogy.reader.ui.Texts.of(java.util.Locale.ENGLISH);

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
        vm = new AllNotesViewModel(db.annotations(), handbook::book, m -> { }, TEXTS);
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
    void filtersByAuthorIdAndTwoPeopleOfOneNameAreTwoChoices() throws Exception {
        String anotherAna = "acct:ana@another.example";
        db.annotations().create(new AnnotationStore.Draft(handbook.book().identity(), "meetings", Annotation.Kind.HIGHLIGHT,
                Annotation.Colour.BLUE, "the other Ana's", List.of(), "Ana", Optional.of(new TextAnchor(
                        new TextQuoteSelector("q", "", ""), new TextPositionSelector(1, 2), "b1", "f")), anotherAna));
        vm.refresh();
        String me = db.settings().readerId();
        assertEquals(2, vm.authors().size(), vm.authors().toString());
        assertEquals(java.util.Set.of(me, anotherAna), java.util.Set.copyOf(vm.authors()));
        // Both are called Ana: each choice says which Ana it is.
        // In the words of the Group view, the notes panel and the digest (decision 0101).
        assertEquals("Ana (acct:ana@another.example)", vm.authorLabel(anotherAna));
        assertEquals("Ana (id " + me.substring(9, 17) + ")", vm.authorLabel(me));
        vm.authorProperty().set(anotherAna);
        assertEquals(List.of("the other Ana's"), notes());
        vm.authorProperty().set(me);
        assertEquals(4, notes().size());
    }

    @Test
    void theNotesAreReadOnTheReadersThreadAndALateOlderReadIsDropped() throws Exception {
        java.util.ArrayDeque<Runnable> reads = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Runnable> ui = new java.util.ArrayDeque<>();
        AllNotesViewModel offThread = new AllNotesViewModel(db.annotations(), handbook::book, m -> { }, reads::add, ui::add, TEXTS);
        offThread.refresh();
        assertEquals(0, offThread.shown().size(), "nothing is read on the asking thread");
        Runnable older = reads.poll();
        older.run(); // read with four notes, not yet shown
        add("welcome", 40, Annotation.Colour.BLUE, "a fifth note");
        offThread.refresh();
        reads.poll().run();
        Runnable olderShown = ui.poll();
        ui.poll().run(); // the newer read is shown first
        olderShown.run(); // the older one arrives late and is dropped
        assertEquals(5, offThread.shown().size());
    }
}
