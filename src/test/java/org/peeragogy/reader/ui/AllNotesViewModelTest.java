package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.TestHandbook;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.TextPositionSelector;
import org.peeragogy.reader.book.TextQuoteSelector;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;

class AllNotesViewModelTest {
    @TempDir
    Path dataDir;
    private Database db;
    private Handbook handbook;
    private AllNotesViewModel vm;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dataDir);
        handbook = Handbooks.open(TestHandbook.folder());
        vm = new AllNotesViewModel(db.annotations(), handbook::book, m -> { });
        add("wiki", 300, Annotation.Colour.GREEN, "wiki later", "tools");
        add("foreword", 10, Annotation.Colour.YELLOW, "first words", "history");
        add("wiki", 20, Annotation.Colour.PINK, "Wiki early", "tools", "history");
        add("stuck", 5, Annotation.Colour.GREEN, "from More chapters");
        vm.refresh();
    }

    @AfterEach
    void close() throws Exception {
        handbook.close();
        db.close();
    }

    private void add(String chapter, int start, Annotation.Colour c, String note, String... tags) throws Exception {
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
        List<Annotation> shown = vm.shown();
        assertEquals(4, shown.size());
        for (int i = 1; i < shown.size(); i++) {
            assertFalse(shown.get(i).updated().isAfter(shown.get(i - 1).updated()), notes().toString());
        }
    }

    @Test
    void filtersCombine() {
        vm.colourProperty().set(Annotation.Colour.GREEN);
        assertEquals(List.of("wiki later", "from More chapters"), notes());
        vm.tagProperty().set("tools");
        assertEquals(List.of("wiki later"), notes());
        vm.colourProperty().set(null);
        vm.chapterIdProperty().set("wiki");
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
        db.annotations().create(new AnnotationStore.Draft(handbook.book().identity(), "wiki", Annotation.Kind.HIGHLIGHT,
                Annotation.Colour.BLUE, "the other Ana's", List.of(), "Ana", Optional.of(new TextAnchor(
                        new TextQuoteSelector("q", "", ""), new TextPositionSelector(1, 2), "b1", "f")), anotherAna));
        vm.refresh();
        String me = db.settings().readerId();
        assertEquals(2, vm.authors().size(), vm.authors().toString());
        assertEquals(java.util.Set.of(me, anotherAna), java.util.Set.copyOf(vm.authors()));
        // Both are called Ana: each choice says which Ana it is.
        assertEquals("Ana · acct:ana@another.example", vm.authorLabel(anotherAna));
        assertEquals("Ana · id " + me.substring(9, 17), vm.authorLabel(me));
        vm.authorProperty().set(anotherAna);
        assertEquals(List.of("the other Ana's"), notes());
        vm.authorProperty().set(me);
        assertEquals(4, notes().size());
    }
}
