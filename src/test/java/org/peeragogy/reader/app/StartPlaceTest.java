package org.peeragogy.reader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peeragogy.reader.book.ForwardingHandbook;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.book.RenderedChapter;
import org.peeragogy.reader.content.Handbooks;
import org.peeragogy.reader.store.Database;
import org.peeragogy.reader.store.ReadingPositions;

/** The saved place is checked before the window trusts it (issue 9). */
class StartPlaceTest {
    @TempDir
    Path temp;

    /** Three chapters, in file-name order: a (Alpha), b (Beta), c (Gamma). */
    static Path threeChapters(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.md"), "# Alpha\n\nThe first chapter.\n");
        Files.writeString(dir.resolve("b.md"), "# Beta\n\nThe second chapter.\n");
        Files.writeString(dir.resolve("c.md"), "# Gamma\n\nThe third chapter.\n");
        return dir;
    }

    /** A real handbook whose chapter {@code broken} fails to render the way {@code failure} says. */
    private static final class Failing extends ForwardingHandbook {
        private final String broken;
        private final Supplier<Throwable> failure;

        Failing(Handbook real, String broken, Supplier<Throwable> failure) {
            super(real);
            this.broken = broken;
            this.failure = failure;
        }

        @Override
        public RenderedChapter render(String chapterId) throws IOException {
            if (chapterId.equals(broken)) {
                Throwable t = failure.get();
                if (t instanceof IOException io) {
                    throw io;
                }
                if (t instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) t;
            }
            return real.render(chapterId);
        }
    }

    private StartPlace startWithSavedPlace(Handbook handbook, String chapter) throws Exception {
        try (Database db = Database.open(temp.resolve("data"))) {
            db.readingPositions().put(handbook.book().identity(), new ReadingPositions.Position(chapter, 0.4));
            return StartPlace.choose(handbook, Optional.empty(), db.readingPositions());
        }
    }

    @Test
    void aSavedChapterThatOverflowsTheStackWhenRenderedGivesWayToTheFirstChapterWithTheReason() throws Exception {
        try (Handbook h = new Failing(Handbooks.open(threeChapters(temp.resolve("book"))), "b",
                () -> new StackOverflowError())) {
            StartPlace place = startWithSavedPlace(h, "b");

            assertEquals(Optional.of("a"), place.openAt());
            assertEquals("a", place.page().orElseThrow().chapter().id());
            assertEquals(Optional.of("The chapter you were reading, Beta (b), could not be opened: its text is nested"
                    + " too deeply to be shown. Opened the first chapter instead."), place.notice().map(Reason::english));
        }
    }

    @Test
    void aSavedChapterWhoseFileIsGoneGivesWayToTheFirstChapterWithTheReason() throws Exception {
        try (Handbook h = new Failing(Handbooks.open(threeChapters(temp.resolve("book"))), "c",
                () -> new NoSuchFileException("/somewhere/c.md"))) {
            StartPlace place = startWithSavedPlace(h, "c");

            assertEquals(Optional.of("a"), place.openAt());
            assertEquals(Optional.of("The chapter you were reading, Gamma (c), could not be opened: its file is missing"
                    + " (/somewhere/c.md). Opened the first chapter instead."), place.notice().map(Reason::english));
        }
    }

    @Test
    void aSavedChapterNoLongerInTheHandbookGivesWayToTheFirstChapter() throws Exception {
        Path book = threeChapters(temp.resolve("book"));
        Files.delete(book.resolve("c.md"));
        try (Handbook h = Handbooks.open(book)) {
            StartPlace place = startWithSavedPlace(h, "c");

            assertEquals(Optional.of("a"), place.openAt());
            assertEquals(Optional.of("The chapter you were reading, 'c', could not be opened: it is not in this handbook."
                    + " Opened the first chapter instead."), place.notice().map(Reason::english));
        }
    }

    @Test
    void aSavedChapterThatRendersIsResumedWithItsPageReady() throws Exception {
        try (Handbook h = Handbooks.open(threeChapters(temp.resolve("book")))) {
            StartPlace place = startWithSavedPlace(h, "b");

            assertEquals(Optional.empty(), place.openAt(), "resume, with the saved scroll position");
            assertEquals("b", place.page().orElseThrow().chapter().id());
            assertEquals(Optional.empty(), place.notice());
        }
    }

    @Test
    void aFailureIsAlwaysDescribedInWords() {
        assertEquals("an unexpected NullPointerException", StartPlace.describe(new NullPointerException()).english());
        assertEquals("an unexpected IllegalStateException", StartPlace.describe(new IllegalStateException(" ")).english());
        assertFalse(StartPlace.describe(new OutOfMemoryError()).english().isBlank());
        assertTrue(StartPlace.describe(new IOException("disk gone")).english().equals("disk gone"));
    }
}
