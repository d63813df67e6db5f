package org.peeragogy.reader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.TextAnchor;
import org.peeragogy.reader.book.TextPositionSelector;
import org.peeragogy.reader.book.TextQuoteSelector;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.StoreException;

/** A real notes file with notes in it, made through the store as the reader makes them. */
public final class NotesFixture {
    private NotesFixture() {
    }

    /** Adds {@code n} highlights with notes and tags to the notes file in {@code dataDir}; returns them. */
    public static List<Annotation> write(Path dataDir, String book, String chapter, int n) throws StoreException {
        try (Database db = Database.open(dataDir)) {
            return add(db, book, chapter, n, "note");
        }
    }

    /** Adds {@code n} highlights to an open database; {@code label} starts each note's text. */
    public static List<Annotation> add(Database db, String book, String chapter, int n, String label)
            throws StoreException {
        List<Annotation> made = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String quote = "passage " + i + " of the chapter";
            made.add(db.annotations().create(new AnnotationStore.Draft(book, chapter, Annotation.Kind.HIGHLIGHT,
                    Annotation.Colour.values()[i % Annotation.Colour.values().length],
                    label + " " + i + ": what we learned together, and what to try next week with the group.",
                    List.of("tag" + (i % 7), "peer"), "Ana",
                    Optional.of(new TextAnchor(new TextQuoteSelector(quote, "before ", " after"),
                            new TextPositionSelector(10 * i, 10 * i + quote.length()), "b" + i, "fingerprint")))));
        }
        return made;
    }
}
