package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.book.Annotation;

/**
 * Deleting someone else's note asks first, naming them, and the notice names them; the reader's own goes in one step
 * (a tester, as Bob, deleted Alice's highlight with nothing said of whose it was). Decided by author id, no toolkit.
 */
class NoteDeletionViewModelTest {
    private static final String BOB = "urn:uuid:b0b";
    private static final String ALICE = "urn:uuid:a11ce";

    private static Annotation note(Annotation.Kind kind, String note, String author, String authorId) {
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        return new Annotation("n-" + authorId, "book", "ch", kind, Annotation.Colour.YELLOW, note, List.of(), author,
                authorId, t, t, Optional.empty(), Optional.empty());
    }

    private static NoteDeletionViewModel asBob(Locale language) {
        return new NoteDeletionViewModel(Texts.of(language), a -> a.authorId().equals(BOB), Annotation::author);
    }

    @Test
    void anotherPersonsHighlightIsAskedAboutNamingThem() {
        Annotation hers = note(Annotation.Kind.HIGHLIGHT, "", "Alice", ALICE);
        NoteDeletionViewModel vm = asBob(Locale.ENGLISH);
        NoteDeletionViewModel.What what = NoteDeletionViewModel.what(hers, false, false);
        Dialogs.Question q = vm.question(hers, what).orElseThrow();
        assertEquals("This is Alice's highlight. Delete it from your copy? Alice's own copy keeps it.", q.header());
        assertEquals("delete-others-note", q.paneId());
        assertEquals("Delete", vm.deleteButton());
        assertEquals("Cancel", vm.cancelButton());
        assertEquals("Alice's highlight deleted.", vm.deleted(hers, what));
    }

    @Test
    void theReadersOwnNoteGoesWithoutAQuestionAsBefore() {
        Annotation his = note(Annotation.Kind.HIGHLIGHT, "", "Bob", BOB);
        NoteDeletionViewModel vm = asBob(Locale.ENGLISH);
        assertTrue(vm.question(his, NoteDeletionViewModel.what(his, false, false)).isEmpty());
        assertEquals("Highlight deleted.", vm.deleted(his, NoteDeletionViewModel.what(his, false, false)));
    }

    @Test
    void theQuestionAndNoticeSayWhatTheNoteIs() {
        NoteDeletionViewModel vm = asBob(Locale.ENGLISH);
        Annotation withWords = note(Annotation.Kind.HIGHLIGHT, "Good point", "Alice", ALICE);
        assertEquals("Alice's note deleted.", vm.deleted(withWords, NoteDeletionViewModel.what(withWords, false, false)));
        assertEquals("Alice's question deleted.", vm.deleted(withWords, NoteDeletionViewModel.what(withWords, true, false)));
        assertEquals("Alice's reply deleted.", vm.deleted(withWords, NoteDeletionViewModel.what(withWords, false, true)));
        Annotation chapter = note(Annotation.Kind.CHAPTER_NOTE, "On the chapter", "Alice", ALICE);
        assertTrue(vm.question(chapter, NoteDeletionViewModel.what(chapter, false, false)).orElseThrow().header()
                .startsWith("This is Alice's chapter note."));
        Annotation mark = note(Annotation.Kind.BOOKMARK, "", "Alice", ALICE);
        assertEquals("Alice's bookmark removed.", vm.deleted(mark, NoteDeletionViewModel.what(mark, false, false)));
    }

    @Test
    void theQuestionIsInTheWindowsLanguage() {
        Annotation hers = note(Annotation.Kind.HIGHLIGHT, "", "Alice", ALICE);
        NoteDeletionViewModel vm = asBob(Locale.forLanguageTag("es"));
        NoteDeletionViewModel.What what = NoteDeletionViewModel.what(hers, false, false);
        assertEquals("Este es el resaltado de Alice. ¿Borrarlo de tu copia? La copia de Alice lo conserva.",
                vm.question(hers, what).orElseThrow().header());
        assertEquals("Resaltado de Alice borrado.", vm.deleted(hers, what));
    }
}
