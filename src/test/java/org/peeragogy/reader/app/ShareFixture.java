package org.peeragogy.reader.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.peeragogy.reader.TestHandbooks;
import org.peeragogy.reader.book.Annotation;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Placement;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.content.anchoring.Anchoring;
import org.peeragogy.reader.content.anchoring.ChapterText;
import org.peeragogy.reader.share.NoteSharing;
import org.peeragogy.reader.store.AnnotationStore;
import org.peeragogy.reader.store.Database;

/**
 * The real handbook and profiles with notes on it, for the sharing tests and benchmark. They stay on the real
 * handbook because what they share is addressed by its chapters and their published addresses
 * ({@code https://peeragogy.github.io/<id>.html}), as notes made on peeragogy.org's pages are.
 */
final class ShareFixture {
    /** Opened on first use, so that without the real handbook each test is skipped rather than this class failing to load. */
    static final Handbook HANDBOOK = new RealOnFirstUse();

    /** The real handbook ({@link TestHandbooks#real()}), opened by the first call that needs it. */
    private static final class RealOnFirstUse implements Handbook {
        private Handbook real;

        private synchronized Handbook real() {
            if (real == null) {
                try {
                    real = Handbooks.open(TestHandbooks.real());
                } catch (org.peeragogy.reader.content.HandbookException e) {
                    throw new IllegalStateException(e);
                }
            }
            return real;
        }

        @Override
        public org.peeragogy.reader.book.Book book() {
            return real().book();
        }

        @Override
        public org.peeragogy.reader.book.RenderedChapter render(String chapterId) throws java.io.IOException {
            return real().render(chapterId);
        }

        @Override
        public Optional<org.peeragogy.reader.book.Resource> resource(String path) throws java.io.IOException {
            return real().resource(path);
        }

        @Override
        public String location() {
            return real().location();
        }

        @Override
        public boolean isGuide() {
            return false;
        }

        @Override
        public Optional<Link> resolveChapterLink(String href) {
            return real().resolveChapterLink(href);
        }

        @Override
        public synchronized void close() throws java.io.IOException {
            if (real != null) {
                real.close();
                real = null;
            }
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

    /**
     * Makes the notes file {@code file} say it was written by {@code authorId} (its {@code exported_by}, decision
     * 0061): a participant's own file, made in a test from a shared profile by exporting one person's notes.
     */
    static Path writtenBy(Path file, String authorId) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.PreparedStatement ps = c.prepareStatement("UPDATE meta SET value = ? WHERE key = 'exported_by'")) {
            ps.setString(1, authorId);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("no exported_by in " + file);
            }
        }
        return file;
    }

    static Path dir(Path root, String name) {
        return root.resolve(name);
    }
}
