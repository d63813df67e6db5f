package org.peeragogy.reader.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Book;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.StoreException;

/**
 * The notes of the open handbook that no chapter shows (issue 11): imported notes whose page names no
 * chapter of it, or whose chapter this edition does not have. They are listed under "Could not place" on
 * every chapter, with the note the reader is looking for ("Find it in this handbook"), so that wherever the
 * reader finds its text they can re-attach it there. For {@link NotesViewModel}: {@link #list} reads on the
 * notes loader's thread ({@link ChapterNotesViewModel}), the rest runs on the FX thread.
 */
final class UnplacedNotesViewModel {
    /** Most words of a quote searched for: enough to name a passage, few enough to survive small edits. */
    static final int QUERY_WORDS = 12;

    private final AnnotationStore store;
    private Supplier<Book> book;
    /** Set on the FX thread, forgotten by {@link #list} on the loader's thread once the note is gone. */
    private volatile String finding;

    UnplacedNotesViewModel(AnnotationStore store) {
        this.store = Objects.requireNonNull(store);
    }

    /** The open handbook (FX thread); until it is given, only the note being looked for is listed. */
    Book book() {
        return book == null ? null : book.get();
    }

    /** The open handbook, for its chapters; until it is given, only the note being looked for is listed. */
    void useBook(Supplier<Book> book) {
        this.book = book;
    }

    /** The note the reader looks for across the handbook: listed on every chapter until it is re-attached. */
    void finding(String id) {
        finding = id;
    }

    /** Forgets the note looked for once it has a place. */
    void placed(String id) {
        if (id.equals(finding)) {
            finding = null;
        }
    }

    /**
     * The live notes of {@code bookIdentity} in no chapter of the handbook, then the note being looked for
     * (when it is not in {@code shown}, the chapter on screen, whose notes are listed already).
     *
     * @param b the open handbook, taken on the FX thread ({@link #book()}); null lists only the note looked for
     *
     * @throws StoreException when the notes cannot be read
     */
    List<Annotation> list(Book b, String bookIdentity, String shown) throws StoreException {
        List<Annotation> out = new ArrayList<>();
        String finding = this.finding;
        if (b != null && b.identity().equals(bookIdentity)) {
            out.addAll(store.elsewhere(bookIdentity, b.chapters().stream().map(Chapter::id).toList()));
        }
        if (finding != null && out.stream().noneMatch(a -> a.id().equals(finding))) {
            Optional<Annotation> looked = store.find(finding).filter(a -> !a.isDeleted());
            if (looked.isEmpty()) {
                this.finding = null;
            } else if (!looked.get().chapterId().equals(shown)) {
                out.add(looked.get());
            }
        }
        return out;
    }

    /**
     * What to search for to find a note's text in the handbook: the first {@value #QUERY_WORDS} words of its
     * quote (else of its note) as one phrase in double quotes; "" when it has no words.
     */
    static String query(Annotation a) {
        String text = a.quote().isBlank() ? a.note() : a.quote();
        List<String> words = Arrays.stream(text.split("[^\\p{L}\\p{N}\\p{M}]+")).filter(w -> !w.isEmpty())
                .limit(QUERY_WORDS).toList();
        return words.isEmpty() ? "" : "\"" + String.join(" ", words) + "\"";
    }
}
