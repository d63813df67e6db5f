package org.peeragogy.reader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.Annotation;

/**
 * The notes kept for other handbooks, counted in the notes file itself (the command line's export and notes say how
 * many there are): every kind and author counts, deleted notes (tombstones) and the open handbook's notes do not, and
 * the count is the same once the file is opened again.
 */
class NoteCountsTest {
    @TempDir
    Path dir;

    private static Annotation note(Database db, String book, Annotation.Kind kind, String author) throws StoreException {
        return db.annotations().create(new AnnotationStore.Draft(book, "wiki", kind, Annotation.Colour.YELLOW, "n",
                List.of(), author, kind != Annotation.Kind.CHAPTER_NOTE
                        ? Optional.of(AnnotationStoreTest.anchor("learning together", 10)) : Optional.empty()));
    }

    @Test
    void countsTheLiveNotesOfEveryOtherHandbook() throws Exception {
        try (Database db = Database.open(dir)) {
            assertEquals(0, NoteCounts.otherBooks(db, "book-a"), "no notes at all");
            note(db, "book-a", Annotation.Kind.HIGHLIGHT, "Ana");
            note(db, "book-a", Annotation.Kind.CHAPTER_NOTE, "Ana");
            assertEquals(0, NoteCounts.otherBooks(db, "book-a"), "only the open handbook's");
            note(db, "book-b", Annotation.Kind.HIGHLIGHT, "Ana");
            note(db, "book-b", Annotation.Kind.BOOKMARK, "Ben");
            note(db, "book-c", Annotation.Kind.CHAPTER_NOTE, "Cara");
            Annotation gone = note(db, "book-b", Annotation.Kind.HIGHLIGHT, "Ana");
            db.annotations().delete(gone.id());
            assertEquals(3, NoteCounts.otherBooks(db, "book-a"));
            assertEquals(4, NoteCounts.otherBooks(db, "book-c"), "book-a's two and book-b's two live ones");
        }
        try (Database again = Database.open(dir)) {
            assertEquals(3, NoteCounts.otherBooks(again, "book-a"), "read from the file");
            assertEquals(5, NoteCounts.otherBooks(again, "a handbook with none"));
        }
    }
}
