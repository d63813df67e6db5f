package org.peeragogy.reader.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.peeragogy.reader.TestHandbook;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;

/** The real handbook and profiles with notes on it, for the sharing tests and benchmark. */
final class ShareFixture {
    static final Handbook HANDBOOK = open();

    private static Handbook open() {
        try {
            return Handbooks.open(TestHandbook.folder());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static NoteSharing sharing(Database db) {
        return new NoteSharing(db, new HandbookChapters(HANDBOOK), "test");
    }

    /** Another person than the profile's reader, by id, for notes "by Bo" made in one profile. */
    static final String BO = "acct:bo@hypothes.is";

    /** Highlights the n-th sentence-ish piece of a chapter (a unique quote), as the profile's reader. */
    static Annotation highlight(Database db, String chapter, int n, String author, Annotation.Colour colour,
                                String note, String... tags) throws Exception {
        return highlightBy(db, chapter, n, author, null, colour, note, tags);
    }

    /** As {@link #highlight}, by the author with {@code authorId} (null: the profile's reader). */
    static Annotation highlightBy(Database db, String chapter, int n, String author, String authorId,
                                  Annotation.Colour colour, String note, String... tags) throws Exception {
        ChapterText text = ChapterText.of(HANDBOOK.render(chapter).html());
        String t = text.text();
        int from = Math.min(t.length() - 60, 200 + n * 97);
        while (true) {
            String quote = t.substring(from, from + 40);
            if (!quote.isBlank() && Anchoring.findQuote(text, quote).occurrences() == 1) {
                Placement at = Anchoring.findQuote(text, quote).match().orElseThrow();
                return db.annotations().create(new AnnotationStore.Draft(HANDBOOK.book().identity(), chapter,
                        Annotation.Kind.HIGHLIGHT, colour, note, List.of(tags), author,
                        Optional.of(Anchoring.describe(text, at.start(), at.end())), authorId));
            }
            from += 7;
        }
    }

    static Annotation chapterNote(Database db, String chapter, String author, String note) throws Exception {
        return chapterNoteBy(db, chapter, author, null, note);
    }

    /** A chapter note by the author with {@code authorId} (null: the profile's reader). */
    static Annotation chapterNoteBy(Database db, String chapter, String author, String authorId, String note)
            throws Exception {
        return db.annotations().create(new AnnotationStore.Draft(HANDBOOK.book().identity(), chapter,
                Annotation.Kind.CHAPTER_NOTE, Annotation.Colour.BLUE, note, List.of("overview"), author, Optional.empty(),
                authorId));
    }

    static Path dir(Path root, String name) {
        return root.resolve(name);
    }
}
